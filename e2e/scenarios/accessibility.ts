import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { startGitHubStandIn } from '../github/github-api.mjs';
import { axeViolations, describeViolations } from '../harness/axe';
import type { BrowserDriver, PageDriver } from '../harness/driver';
import { ROOT, STORY_WORLDS } from '../harness/paths.mjs';
import { startWorldServer, type WorldServer } from '../server/server.mjs';
import { SEED_ARTICLE } from './foundation';
import { COMMIT_PAGES } from './mainline-status';

type StartDriver = (server: WorldServer, userDataDir: string) => Promise<BrowserDriver>;

/** The options page is another piece of work; its check runs once its entrypoint exists. */
const HAS_OPTIONS_PAGE = existsSync(path.join(ROOT, 'entrypoints/options/index.html'));

/** Our overlays on a page: every element whose tag starts with kc-, named for axe's `include`. */
const OVERLAY_TAGS = ['kc-status', 'kc-release', 'kc-mainline', 'kc-news'];

// Page functions travel to the browser as source: no closures over test variables.
const noOverlay = () => document.querySelector('kc-status, kc-release, kc-mainline, kc-news') === null;
const annotated = () =>
  document.querySelector('kc-status') !== null &&
  document.querySelector('kc-release') !== null &&
  document.querySelectorAll('kc-mainline').length >= 3 &&
  Boolean(document.querySelector('kc-news')?.shadowRoot?.querySelector('li[data-kind="mainline"]'));
const aBanner = () => Boolean(document.querySelector('kc-mainline[data-kc-display="banner"]')?.getAttribute('data-kc-state'));
const popupReady = () => document.querySelector('input[role="switch"]') !== null;
const optionsReady = () => (document.querySelector('#app')?.childElementCount ?? 0) > 0;

/** The focused element, followed through open shadow roots, and the overlay it is in. */
const focused = () => {
  let element: Element | null = document.activeElement;
  let host: Element | null = null;
  while (element?.shadowRoot?.activeElement) {
    host = element;
    element = element.shadowRoot.activeElement;
  }
  return {
    host: host?.localName ?? null,
    subject: host?.getAttribute('data-kc-subject') ?? null,
    claim: host?.getAttribute('data-kc-claim') ?? null,
    display: host?.getAttribute('data-kc-display') ?? null,
    tag: element?.localName ?? null,
    inCard: Boolean(element?.closest('.kc-card')),
    href: element?.getAttribute('href') ?? null,
  };
};
type Focused = ReturnType<typeof focused>;

/** Every inline badge on the page (not the banners), as `host|subject|claim`. */
const badgeKeys = () =>
  [...document.querySelectorAll('kc-release, kc-mainline')]
    .filter((host) => host.getAttribute('data-kc-display') !== 'banner' && host.shadowRoot?.querySelector('button.kc-badge__button'))
    .map((host) => `${host.localName}|${host.getAttribute('data-kc-subject')}|${host.getAttribute('data-kc-claim') ?? ''}`);

/** The badge after the rust/ path (not the claim's, whose subject is rust/ too). */
const RUST_BADGE = 'kc-mainline[data-kc-subject="rust/"]:not([data-kc-claim])';
const RUST_KEY = 'kc-mainline|rust/|';

/** The card of the rust/ badge: whether it is shown, its button's aria-expanded, and how many links it holds. */
const rustCard = () => {
  const root = document.querySelector('kc-mainline[data-kc-subject="rust/"]:not([data-kc-claim])')?.shadowRoot;
  const card = root?.querySelector<HTMLElement>('.kc-card');
  return {
    shown: card ? getComputedStyle(card).display !== 'none' : false,
    expanded: root?.querySelector('button')?.getAttribute('aria-expanded') ?? null,
    links: card?.querySelectorAll('a[href]').length ?? 0,
  };
};

/** Keyboard use and accessibility (axe-core, WCAG AA colour contrast), in each real browser. */
export function accessibilityScenarios(startDriver: StartDriver) {
  let server: WorldServer;
  let github: Awaited<ReturnType<typeof startGitHubStandIn>>;
  let driver: BrowserDriver;
  let profile: string;
  let article: PageDriver;
  const opened: PageDriver[] = [];

  beforeAll(async () => {
    github = await startGitHubStandIn();
    server = await startWorldServer({
      worlds: STORY_WORLDS,
      port: 0,
      handlers: { 'api.github.com': github.api.handle },
    });
    profile = await mkdtemp(path.join(os.tmpdir(), 'kc-e2e-a11y-'));
    driver = await startDriver(server, profile);
  });

  afterEach(async () => {
    // Pages a test opened are closed, and the colour scheme is light again (Firefox's is browser-wide).
    await article?.emulateColorScheme('light').catch(() => undefined);
    for (const page of opened.splice(0)) await page.close().catch(() => undefined);
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
    github?.api.close();
    await rm(profile, { recursive: true, force: true });
  });

  /** Tabs through the page until focus reaches the badge `key` (`host|subject|claim`); returns what it passed on the way. */
  const tabTo = async (page: PageDriver, key: string, limit = 400): Promise<Focused[]> => {
    const passed: Focused[] = [];
    for (let i = 0; i < limit; i++) {
      await page.press('Tab');
      const now = await page.evaluate(focused);
      passed.push(now);
      if (`${now.host}|${now.subject}|${now.claim ?? ''}` === key && now.tag === 'button') return passed;
    }
    throw new Error(`Tab never reached ${key} in ${limit} presses`);
  };

  const expectNoViolations = async (page: PageDriver, where: string, include?: readonly string[]) => {
    const violations = await axeViolations(page, { include });
    expect(violations, `${where}:\n${describeViolations(violations)}`).toEqual([]);
  };

  it('the keyboard shortcut Alt+Shift+K (the manifest command) turns Kernel Context off on this page only, and on again', async () => {
    article = await driver.open(SEED_ARTICLE);
    await article.waitFor(annotated, 30_000);

    await article.pressShortcut('Alt+Shift+K');
    await article.waitFor(noOverlay);
    // Off on this page only: it stays off when reloaded, while another page is annotated.
    await article.reload();
    const other = await driver.open(COMMIT_PAGES.landed);
    opened.push(other);
    await other.waitFor(aBanner, 30_000);
    expect(await article.evaluate(noOverlay)).toBe(true);

    await article.pressShortcut('Alt+Shift+K');
    await article.waitFor(annotated, 30_000);
  });

  it('Tab reaches every badge; Enter and Space open its card, Tab moves into its links, Escape closes it and focus returns to the button, and leaving the badge closes it', async () => {
    const badges = await article.evaluate(badgeKeys);
    expect(badges).toEqual(expect.arrayContaining([RUST_KEY]));
    expect(badges.some((key) => key.startsWith('kc-release|'))).toBe(true);

    // From the top of the page, every badge's button is a Tab stop, and no closed card adds one.
    await article.reload();
    await article.waitFor(annotated, 30_000);
    const last = badges.at(-1)!;
    const walk = await tabTo(article, last);
    const reached = new Set(walk.filter((stop) => stop.tag === 'button').map((stop) => `${stop.host}|${stop.subject}|${stop.claim ?? ''}`));
    expect([...badges].filter((key) => !reached.has(key))).toEqual([]);
    expect(walk.filter((stop) => stop.inCard)).toEqual([]);

    // The rust/ badge: closed until pressed.
    await article.reload();
    await article.waitFor(annotated, 30_000);
    await tabTo(article, RUST_KEY);
    expect(await article.evaluate(rustCard)).toMatchObject({ shown: false, expanded: 'false' });

    await article.press('Enter');
    const open = await article.evaluate(rustCard);
    expect(open).toMatchObject({ shown: true, expanded: 'true' });
    expect(open.links).toBeGreaterThan(0);
    expect(await article.evaluate(focused)).toMatchObject({ subject: 'rust/', claim: null, tag: 'button' });

    // Tab moves into the card's links; Escape closes it and gives focus back to the button.
    await article.press('Tab');
    expect(await article.evaluate(focused)).toMatchObject({ subject: 'rust/', claim: null, tag: 'a', inCard: true });
    await article.press('Escape');
    expect(await article.evaluate(rustCard)).toMatchObject({ shown: false, expanded: 'false' });
    expect(await article.evaluate(focused)).toMatchObject({ subject: 'rust/', claim: null, tag: 'button', inCard: false });

    // Space toggles it as Enter does.
    await article.press('Space');
    expect(await article.evaluate(rustCard)).toMatchObject({ shown: true, expanded: 'true' });
    await article.press('Space');
    expect(await article.evaluate(rustCard)).toMatchObject({ shown: false, expanded: 'false' });

    // Opened again, Tab walks through its links and out of the badge, which closes it.
    await article.press('Enter');
    for (let i = 0; i < open.links; i++) {
      await article.press('Tab');
      expect(await article.evaluate(focused)).toMatchObject({ subject: 'rust/', claim: null, tag: 'a', inCard: true });
    }
    await article.press('Tab');
    expect(await article.evaluate(focused)).not.toMatchObject({ subject: 'rust/', claim: null });
    expect(await article.evaluate(rustCard)).toMatchObject({ shown: false, expanded: 'false' });
    // Shift+Tab comes back to the button itself: a closed card holds no Tab stop.
    await article.press('Shift+Tab');
    expect(await article.evaluate(focused)).toMatchObject({ subject: 'rust/', claim: null, tag: 'button' });
    expect(await article.evaluate(rustCard)).toMatchObject({ shown: false });
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`axe finds no serious or critical violation in our overlays on the annotated seed article, nor in an open card (${scheme})`, async () => {
      await article.emulateColorScheme(scheme);
      await article.reload();
      await article.waitFor(annotated, 30_000);
      await expectNoViolations(article, `seed article overlays (${scheme})`, OVERLAY_TAGS);
      // A card is checked open: closed, axe does not see it.
      await tabTo(article, RUST_KEY);
      await article.press('Enter');
      expect(await article.evaluate(rustCard)).toMatchObject({ shown: true });
      // Its colours are checked once its fade-in is over.
      await article.waitFor(() => document.querySelector('kc-mainline[data-kc-subject="rust/"]:not([data-kc-claim])')?.shadowRoot?.querySelector('.kc-card')?.getAnimations().every((animation) => animation.playState === 'finished'));
      await expectNoViolations(article, `the rust/ badge's open card (${scheme})`, [RUST_BADGE]);
    });

    it(`axe finds no serious or critical violation in the banner on a git.kernel.org commit page (${scheme})`, async () => {
      const page = await driver.open(COMMIT_PAGES.landed);
      opened.push(page);
      await page.emulateColorScheme(scheme);
      await page.waitFor(aBanner, 30_000);
      await expectNoViolations(page, `commit page banner (${scheme})`, OVERLAY_TAGS);
    });

    it(`axe finds no serious or critical violation in the badges and dates inside www.kernel.org's release table (${scheme})`, async () => {
      const page = await driver.open('https://www.kernel.org/');
      opened.push(page);
      await page.emulateColorScheme(scheme);
      await page.waitFor(() => document.querySelectorAll('#releases kc-release').length >= 8 && document.querySelector('#releases kc-release')?.shadowRoot?.querySelector('.kc-badge__facts time') !== null);
      await expectNoViolations(page, `kernel.org release table (${scheme})`, OVERLAY_TAGS);
    });

    it(`axe finds no serious or critical violation in the popup (${scheme})`, async () => {
      const popup = await driver.openPopup();
      opened.push(popup);
      await popup.emulateColorScheme(scheme);
      await popup.waitFor(popupReady);
      await expectNoViolations(popup, `popup (${scheme})`);
    });

    it.skipIf(!HAS_OPTIONS_PAGE)(`axe finds no serious or critical violation in the options page (${scheme})`, async () => {
      const options = await driver.openExtensionPage('options.html');
      opened.push(options);
      await options.emulateColorScheme(scheme);
      await options.waitFor(optionsReady);
      await expectNoViolations(options, `options page (${scheme})`);
    });
  }
}
