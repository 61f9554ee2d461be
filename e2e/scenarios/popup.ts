import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { startGitHubStandIn } from '../github/github-api.mjs';
import type { BrowserDriver, PageDriver } from '../harness/driver';
import { launchFirefox } from '../harness/firefox.mjs';
import { BUILDS, STORY_WORLDS, WORLDS } from '../harness/paths.mjs';
import { startWorldServer, type WorldServer } from '../server/server.mjs';
import { ALLOWED_HOSTS } from '../../utils/net/allowed-hosts';
import { SEED_ARTICLE } from './foundation';

type StartDriver = (server: WorldServer, userDataDir: string) => Promise<BrowserDriver>;

// Page functions travel to the browser as source: no closures over test variables.
/** Per kind, the states of the article's overlays, as the popup should count them. */
const overlayStates = () => {
  const states: Record<string, string[]> = {};
  for (const element of document.querySelectorAll('[data-kc-kind][data-kc-state]')) {
    (states[element.getAttribute('data-kc-kind')!] ??= []).push(element.getAttribute('data-kc-state')!);
  }
  for (const list of Object.values(states)) list.sort();
  return states;
};
/** Every annotation of the seed article is in: its release badge, three mainline answers, the news panel. */
const seedAnnotated = () =>
  document.querySelector('kc-status') !== null &&
  document.querySelector('kc-release[data-kc-state]') !== null &&
  document.querySelectorAll('kc-mainline[data-kc-state]').length >= 3 &&
  document.querySelector('kc-news[data-kc-state]') !== null;
const noKcElement = () => [...document.querySelectorAll('*')].every((element) => !element.localName.startsWith('kc-'));
/** The article's markup as it would be with every `kc-*` element taken out. */
const bodyWithoutOverlays = () => {
  const body = document.body.cloneNode(true) as HTMLElement;
  for (const element of [...body.querySelectorAll('*')]) if (element.localName.startsWith('kc-')) element.remove();
  return body.innerHTML;
};
const bodyNow = () => document.body.innerHTML;
const noRelease = () => document.querySelector('kc-release') === null;
const someRelease = () => document.querySelector('kc-release[data-kc-state]') !== null;
const noMainline = () => document.querySelector('kc-mainline') === null;
const threeMainline = () => document.querySelectorAll('kc-mainline[data-kc-state]').length >= 3;
const noNews = () => document.querySelector('kc-news') === null;
const someNews = () => document.querySelector('kc-news[data-kc-state]') !== null;

const popupLines = () => [...document.querySelectorAll('.kc-popup__counts li')].map((item) => item.textContent ?? '');
const popupPageText = () => document.querySelector('[data-testid="page-summary"]')?.textContent ?? '';
const popupText = () => document.querySelector('main')?.textContent ?? '';
const announced = () => document.querySelector('[data-testid="announcement"]')?.textContent ?? '';
const popupSeesSeed = () => {
  const lines = [...document.querySelectorAll('.kc-popup__counts li')].map((item) => item.textContent ?? '');
  return lines.some((line) => /^Mainline: .*merged.*not merged.*unknown/.test(line)) && lines.some((line) => line.startsWith('Release: 1 ')) && lines.some((line) => line === 'Later news: 1 found');
};
const popupSaysPageOff = () => document.querySelector('[data-testid="page-summary"]')?.textContent?.includes('Kernel Context is off on this page.') === true;
const refreshDone = () => document.querySelector('[data-testid="announcement"]')?.textContent?.startsWith('Refreshed') === true;
const releaseOffInPopup = () => [...document.querySelectorAll('.kc-popup__counts li')].some((item) => item.textContent === 'Release: switched off');

/** The popup (issue: popup and options) in each real browser, on the seed article. */
export function popupScenarios(startDriver: StartDriver) {
  let server: WorldServer;
  let github: Awaited<ReturnType<typeof startGitHubStandIn>>;
  let driver: BrowserDriver;
  let profile: string;
  let article: PageDriver;
  let popup: PageDriver;

  beforeAll(async () => {
    github = await startGitHubStandIn();
    server = await startWorldServer({
      worlds: STORY_WORLDS,
      port: 0,
      handlers: { 'api.github.com': github.api.handle },
    });
    profile = await mkdtemp(path.join(os.tmpdir(), 'kc-e2e-popup-'));
    driver = await startDriver(server, profile);
    article = await driver.open(SEED_ARTICLE);
    await article.waitFor(seedAnnotated, 30_000);
    // Opened after the article: the popup speaks of the most recently used web page.
    popup = await driver.openPopup();
  });

  // GitHub's full anonymous budget for each scenario: a refresh asks it all again.
  beforeEach(() => {
    github.api.fullAnonymousBudget();
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
    await rm(profile, { recursive: true, force: true });
  });

  it('shows what was found on the article, each kind counted by state in words, with the cache and GitHub', async () => {
    await popup.waitFor(popupSeesSeed, 15_000);
    expect(await popup.evaluate(popupPageText)).toContain('Found on this page: 1 kernel version, 1 commit, 1 mailing-list message');
    const lines = await popup.evaluate(popupLines);
    expect(lines).toContain('Release: 1 at end of life');
    expect(lines).toContain('Later news: 1 found');
    // The mainline line counts exactly the states the article's overlays carry.
    const mainline = (await article.evaluate(overlayStates)).mainline ?? [];
    expect(mainline).toEqual(expect.arrayContaining(['merged', 'not-merged', 'unknown']));
    const count = (state: string) => mainline.filter((each) => each === state).length;
    expect(lines).toContain(`Mainline: ${count('merged')} merged, ${count('not-merged')} not merged, ${count('unknown')} unknown`);

    const text = await popup.evaluate(popupText);
    expect(text).toMatch(/\d+ answers, [\d.,]+ (B|kB|MB), oldest checked/);
    expect(text).toMatch(/\d+ of 60 requests left, resets at/);
    expect(text).toContain('No token (60 requests an hour)');
    // Chrome and Firefox MV2 grant the host permissions at install: no warning.
    expect(text).not.toContain('Allow access to the sites');
  });

  it('"Off on this page only" removes every kc-* overlay from the article live, leaving its markup as it was, and brings them back', async () => {
    const original = await article.evaluate(bodyWithoutOverlays);
    await popup.clickByName('Off on this page only');
    await article.waitFor(noKcElement);
    expect(await article.evaluate(bodyNow)).toBe(original);
    await popup.waitFor(popupSaysPageOff);
    expect(await popup.evaluate(announced)).toBe('Kernel Context is now off on this page.');

    await popup.clickByName('Off on this page only');
    await article.waitFor(seedAnnotated, 30_000);
    await popup.waitFor(popupSeesSeed, 15_000);
    expect(await popup.evaluate(announced)).toBe('Kernel Context is on again on this page.');
  });

  let afterRefresh: string[] = [];
  let releaseListAsks = 0;

  it('"Refresh this page" asks again past the cache, and the overlays come back', async () => {
    server.resetLog();
    await popup.clickByName('Refresh this page');
    await popup.waitFor(refreshDone, 30_000);
    await article.waitFor(seedAnnotated, 30_000);
    await popup.waitFor(popupSeesSeed, 15_000);
    afterRefresh = server.requests().map((request) => request.host);
    releaseListAsks = server.requests().filter((request) => request.host === 'www.kernel.org' && request.path.startsWith('/releases.json')).length;
    expect(afterRefresh.some((host) => host === 'www.kernel.org' || host === 'endoflife.date' || host === 'api.github.com')).toBe(true);
  });

  it('"Refresh this page" asks every source again: endoflife.date, GitHub and Phoronix too', () => {
    expect(new Set(afterRefresh)).toEqual(new Set(['www.kernel.org', 'endoflife.date', 'api.github.com', 'www.phoronix.com']));
  });

  it('"Refresh this page" fetches kernel.org\'s release list once: the badges and the panel share it', () => {
    expect(releaseListAsks).toBe(1);
  });

  it('each kind switch takes its overlays off the open article and brings them back, live', async () => {
    await popup.clickByName('Release status');
    await article.waitFor(noRelease);
    await popup.waitFor(releaseOffInPopup);
    // Only that kind: the others stay.
    expect(await article.evaluate(threeMainline)).toBe(true);
    await popup.clickByName('Release status');
    await article.waitFor(someRelease, 30_000);

    await popup.clickByName('Mainline status');
    await article.waitFor(noMainline);
    expect(await article.evaluate(someRelease)).toBe(true);
    await popup.clickByName('Mainline status');
    await article.waitFor(threeMainline, 30_000);

    await popup.clickByName('Later news');
    await article.waitFor(noNews);
    expect(await article.evaluate(threeMainline)).toBe(true);
    await popup.clickByName('Later news');
    await article.waitFor(someNews, 30_000);

    await popup.waitFor(popupSeesSeed, 15_000);
  });
}

/** The manifest's host permissions, as the popup asks for them. */
const HOST_ORIGINS = ALLOWED_HOSTS.map((host) => `https://${host}/*`);

/**
 * Firefox MV3, where host permissions are optional and revocable. Firefox (ESR 153 here)
 * grants them to a temporary add-on at install, as it does to an installed one since
 * Firefox 127; the reader can revoke them in about:addons, which `permissions.remove`
 * does here. Prompts are turned off (`extensions.webextOptionalPermissionPrompts`), so the
 * popup's request is granted as if the reader had accepted.
 */
export function firefoxMv3HostAccessScenarios() {
  let server: WorldServer;
  let profile: string;
  let firefox: Awaited<ReturnType<typeof launchFirefox>>;
  const opened: Page[] = [];

  beforeAll(async () => {
    const manifest = path.join(BUILDS.firefoxMv3, 'manifest.json');
    if (!existsSync(manifest) || (JSON.parse(readFileSync(manifest, 'utf8')) as { manifest_version: number }).manifest_version !== 3) {
      throw new Error(`No Firefox MV3 build in ${BUILDS.firefoxMv3}: run \`npx wxt build -b firefox --mv3\` first`);
    }
    server = await startWorldServer({ worlds: [path.join(WORLDS, 'demo')], port: 0 });
    profile = await mkdtemp(path.join(os.tmpdir(), 'kc-e2e-firefox-mv3-'));
    firefox = await launchFirefox({
      server,
      userDataDir: profile,
      extensionDir: BUILDS.firefoxMv3,
      extraPrefs: { 'extensions.webextOptionalPermissionPrompts': false },
    });
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
    await rm(profile, { recursive: true, force: true });
  });

  const openPopup = async () => {
    const page = await firefox.openPopup();
    opened.push(page);
    // The permission check answers just after the first paint.
    await page.waitForFunction(() => document.querySelector('[data-testid="page-summary"]') !== null, { timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    return page;
  };
  const allowButton = (page: Page) =>
    page.evaluate(() => [...document.querySelectorAll('button')].some((button) => button.textContent === 'Allow access to the sites'));

  it('is an MV3 add-on granted its host permissions at install: the popup warns of nothing', async () => {
    const popup = await openPopup();
    expect(await popup.evaluate(() => browser.runtime.getManifest().manifest_version)).toBe(3);
    expect(await popup.evaluate((origins: string[]) => browser.permissions.contains({ origins }), HOST_ORIGINS)).toBe(true);
    expect(await allowButton(popup)).toBe(false);
  });

  it('with host access revoked, the popup says so plainly and "Allow access to the sites" grants it from the click', async () => {
    const first = opened[0]!;
    expect(await first.evaluate((origins: string[]) => browser.permissions.remove({ origins }), HOST_ORIGINS)).toBe(true);
    // The open popup follows the change at once.
    await first.waitForFunction(() => [...document.querySelectorAll('button')].some((button) => button.textContent === 'Allow access to the sites'), { timeout: 5_000 });

    // Without access the content script does not run on the article, and a new popup says both.
    const article = await firefox.browser.newPage();
    opened.push(article);
    await article.goto(SEED_ARTICLE);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await article.evaluate(() => document.querySelector('kc-status') === null)).toBe(true);
    const popup = await openPopup();
    const text = await popup.evaluate(() => document.querySelector('main')?.textContent ?? '');
    expect(text).toContain('Kernel Context has not been allowed to read Phoronix and kernel.org pages');
    expect(text).toContain('Kernel Context does not read this page.');

    const button = await popup.waitForSelector('::-p-text(Allow access to the sites)');
    await button!.click();
    await popup.waitForFunction(() => ![...document.querySelectorAll('button')].some((each) => each.textContent === 'Allow access to the sites'), { timeout: 5_000 });
    expect(await popup.evaluate((origins: string[]) => browser.permissions.contains({ origins }), HOST_ORIGINS)).toBe(true);
    expect(await popup.evaluate(() => document.querySelector('[data-testid="announcement"]')?.textContent)).toMatch(/^Access to the sites allowed/);

    // Pages loaded from now on are annotated again.
    await article.reload();
    await article.waitForFunction(() => document.querySelector('kc-status') !== null, { timeout: 15_000 });
  });
}
