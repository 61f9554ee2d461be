import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { startGitHubStandIn } from '../github/github-api.mjs';
import { axeViolations, describeViolations } from '../harness/axe';
import type { BrowserDriver, PageDriver } from '../harness/driver';
import { WORLDS } from '../harness/paths.mjs';
import { startWorldServer, type WorldServer } from '../server/server.mjs';
import { SEED_ARTICLE } from './foundation';

type StartDriver = (server: WorldServer, userDataDir: string) => Promise<BrowserDriver>;
type StandIn = Awaited<ReturnType<typeof startGitHubStandIn>>;

const VALID_TOKEN = 'kc-test-token';

// Page functions travel to the browser as source: no closures over test variables, so each
// value they type is written into them.
const rendered = () => document.querySelector('#kc-token') !== null;
const typeValidToken = () => {
  const input = document.querySelector<HTMLInputElement>('#kc-token')!;
  input.value = 'kc-test-token';
  input.dispatchEvent(new Event('input', { bubbles: true }));
};
const typeInvalidToken = () => {
  const input = document.querySelector<HTMLInputElement>('#kc-token')!;
  input.value = 'nope';
  input.dispatchEvent(new Event('input', { bubbles: true }));
};
const tokenStatus = () => document.getElementById('kc-token-status')?.textContent ?? '';
const tokenChecked = () => ['ok', 'error'].includes(document.getElementById('kc-token-status')?.getAttribute('data-kind') ?? '');
/** What the page shows of the token, and every place the whole of it could be. */
const tokenShown = () => ({
  saved: document.querySelector('[data-kc-token]')?.getAttribute('data-kc-token') ?? null,
  masked: document.querySelector('[data-kc-token] code')?.textContent ?? null,
  text: document.body.textContent ?? '',
  markup: document.documentElement.outerHTML,
  fields: [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].map((field) => field.value),
});
/** The token as stored, read by the extension page itself. */
const storedToken = async () => {
  type Area = { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
  const extension = globalThis as unknown as { browser?: Area; chrome: Area };
  const stored = await (extension.browser ?? extension.chrome).storage.local.get('githubToken');
  return (stored.githubToken as string | null | undefined) ?? null;
};
/** Downloads are caught at the link's click, not written to disk: the file name and its text. */
const catchDownloads = () => {
  const downloads: { name: string; text: Promise<string> }[] = [];
  (window as unknown as { kcDownloads: typeof downloads }).kcDownloads = downloads;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, text: fetch(this.href).then((response) => response.text()) });
  };
};
const downloaded = async () => {
  const downloads = (window as unknown as { kcDownloads: { name: string; text: Promise<string> }[] }).kcDownloads;
  return Promise.all(downloads.map(async (download) => ({ name: download.name, text: await download.text })));
};
const exportShown = () => (document.querySelector<HTMLTextAreaElement>('#kc-exported')?.value ?? null) !== null;
const exportedText = () => document.querySelector<HTMLTextAreaElement>('#kc-exported')?.value ?? '';
const threeAnnotations = () => document.querySelectorAll('kc-mainline').length >= 3;
/** The focused control: its name, and whether its focus ring is drawn. */
const focused = () => {
  const element = document.activeElement as HTMLElement | null;
  const style = element ? getComputedStyle(element) : null;
  return { tag: element?.tagName ?? null, id: element?.id ?? '', text: element?.textContent?.trim() ?? '', ring: style ? `${style.outlineStyle} ${style.outlineWidth}` : '' };
};
const focusTokenField = () => document.querySelector<HTMLInputElement>('#kc-token')!.focus();
const focusResetButton = () => [...document.querySelectorAll('button')].find((button) => button.textContent === 'Reset to defaults')!.focus();
const resetQuestionOpen = () => document.querySelector('#kc-reset-question') !== null;
const resetQuestionClosed = () => document.querySelector('#kc-reset-question') === null;

/**
 * The options page in each real browser: the GitHub token checked against the GitHub stand-in
 * and then sent to api.github.com only, an invalid one refused, and exports without it.
 */
export function optionsScenarios(startDriver: StartDriver) {
  let server: WorldServer;
  let github: StandIn;
  let driver: BrowserDriver;
  let profile: string;
  let options: PageDriver;

  beforeAll(async () => {
    github = await startGitHubStandIn();
    server = await startWorldServer({
      worlds: [path.join(WORLDS, 'demo'), path.join(WORLDS, 'mainline')],
      port: 0,
      handlers: { 'api.github.com': github.api.handle },
    });
    profile = await mkdtemp(path.join(os.tmpdir(), 'kc-e2e-options-'));
    driver = await startDriver(server, profile);
    options = await driver.openExtensionPage('options.html');
    await options.waitFor(rendered, 15_000);
  });

  beforeEach(() => {
    github.api.fullAnonymousBudget();
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
    await rm(profile, { recursive: true, force: true });
  });

  const gitHubRequests = () => server.requests().filter((request) => request.host === 'api.github.com' && request.method !== 'OPTIONS');

  it('options: a valid token is checked with one call, stored, and shown masked as kc-test-user’s', async () => {
    server.resetLog();
    github.api.resetCalls();
    await options.evaluate(typeValidToken);
    await options.clickByName('Check and save');
    await options.waitFor(tokenChecked, 15_000);
    expect(await options.evaluate(tokenStatus)).toBe('Valid token for kc-test-user; saved as ••••••••oken.');

    const shown = await options.evaluate(tokenShown);
    expect(shown).toMatchObject({ saved: 'saved', masked: '••••••••oken' });
    expect(shown.text).toContain('(valid for kc-test-user)');
    expect(shown.markup).not.toContain(VALID_TOKEN);
    expect(shown.fields).not.toContain(VALID_TOKEN);
    expect(await options.evaluate(storedToken)).toBe(VALID_TOKEN);

    // One call: GET /user, with the token, answered 200.
    expect(gitHubRequests().map((request) => [request.method, request.path, request.headers.authorization, request.status])).toEqual([
      ['GET', '/user', `Bearer ${VALID_TOKEN}`, 200],
    ]);
  });

  it('options: with the token, the seed article’s GitHub requests carry it, and no other host sees an Authorization header', async () => {
    server.resetLog();
    github.api.resetCalls();
    const article = await driver.open(SEED_ARTICLE);
    await article.waitFor(threeAnnotations, 30_000);
    await article.close();

    const toGitHub = gitHubRequests();
    expect(toGitHub.length).toBeGreaterThan(0);
    for (const request of toGitHub) expect(request.headers.authorization, request.path).toBe(`Bearer ${VALID_TOKEN}`);
    expect(github.api.calls().every((call) => call.authenticated)).toBe(true);

    const elsewhere = server.requests().filter((request) => request.host !== 'api.github.com');
    expect(elsewhere.length).toBeGreaterThan(0);
    expect(elsewhere.filter((request) => request.headers.authorization !== undefined).map((request) => `${request.host}${request.path}`)).toEqual([]);
    console.log(`[options] seed article with a token: ${toGitHub.length} GitHub API requests, each with it; ${elsewhere.length} to other hosts, none with an Authorization header`);
  });

  it('options: an invalid token ("nope") is refused with GitHub’s reason and not stored', async () => {
    server.resetLog();
    await options.evaluate(typeInvalidToken);
    await options.clickByName('Check and save');
    await options.waitFor(tokenChecked, 15_000);
    expect(await options.evaluate(tokenStatus)).toBe('Not saved: GitHub does not accept this token (Bad credentials).');
    expect(gitHubRequests().map((request) => [request.path, request.headers.authorization, request.status])).toEqual([['/user', 'Bearer nope', 401]]);
    // The valid token stays; "nope" went nowhere else.
    expect(await options.evaluate(storedToken)).toBe(VALID_TOKEN);
    expect(server.requests().some((request) => JSON.stringify(request.headers).includes('nope') && request.host !== 'api.github.com')).toBe(false);
  });

  it('options: Export downloads the settings and shows them, without the token', async () => {
    await options.evaluate(catchDownloads);
    await options.clickByName('Export');
    await options.waitFor(exportShown);
    const [download, ...more] = await options.evaluate(downloaded);
    expect(more).toEqual([]);
    expect(download?.name).toBe('kernel-context-settings.json');
    const file = JSON.parse(download!.text) as Record<string, unknown>;
    expect(Object.keys(file).sort()).toEqual(['cacheLimitMb', 'format', 'pagesOff', 'settings', 'version']);
    expect(file).toMatchObject({ format: 'kernel-context-settings', version: 1, cacheLimitMb: 20, pagesOff: [] });
    expect(download!.text).not.toContain(VALID_TOKEN);
    expect(download!.text).not.toContain('oken');
    expect(await options.evaluate(exportedText)).toBe(download!.text);
    // Exporting took nothing away.
    expect(await options.evaluate(storedToken)).toBe(VALID_TOKEN);
  });

  it('options: keyboard only — a token typed and submitted with Enter, the reset question asked and declined, focus always visible', async () => {
    await options.evaluate(focusTokenField);
    for (const key of ['n', 'o', 'p', 'e']) await options.press(key);
    await options.press('Enter');
    await options.waitFor(() => document.getElementById('kc-token-status')?.textContent?.includes('Bad credentials'), 15_000);
    await options.press('Tab');
    expect(await options.evaluate(focused)).toMatchObject({ tag: 'BUTTON', text: 'Check and save', ring: 'solid 3px' });
    await options.press('Tab');
    expect(await options.evaluate(focused)).toMatchObject({ tag: 'SELECT', id: 'kc-cache-limit', ring: 'solid 3px' });

    await options.evaluate(focusResetButton);
    await options.press('Enter');
    await options.waitFor(resetQuestionOpen);
    // The safe answer has focus; Escape declines and gives focus back.
    expect(await options.evaluate(focused)).toMatchObject({ tag: 'BUTTON', text: 'No', ring: 'solid 3px' });
    await options.press('Escape');
    await options.waitFor(resetQuestionClosed);
    expect(await options.evaluate(focused)).toMatchObject({ tag: 'BUTTON', text: 'Reset to defaults', ring: 'solid 3px' });
    expect(await options.evaluate(storedToken)).toBe(VALID_TOKEN);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`options: axe finds no serious or critical violation, WCAG AA contrast included, with messages and the reset question shown (${scheme})`, async () => {
      try {
        await options.emulateColorScheme(scheme);
        await options.clickByName('Reset to defaults');
        await options.waitFor(resetQuestionOpen);
        const violations = await axeViolations(options);
        expect(violations, describeViolations(violations)).toEqual([]);
        await options.clickByName('No');
        await options.waitFor(resetQuestionClosed);
      } finally {
        await options.emulateColorScheme('light');
      }
    });
  }

  it('options: Remove deletes the token', async () => {
    await options.clickByName('Remove');
    await options.waitFor(() => document.querySelector('[data-kc-token="none"]') !== null);
    expect(await options.evaluate(storedToken)).toBeNull();
    expect(await options.evaluate(tokenStatus)).toBe('Token removed. GitHub allows 60 requests an hour again.');
  });
}
