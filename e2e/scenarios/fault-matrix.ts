import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { startGitHubStandIn } from '../github/github-api.mjs';
import type { BrowserDriver, PageDriver } from '../harness/driver';
import { ROOT, STORY_WORLDS } from '../harness/paths.mjs';
import { startWorldServer, type Fault, type LoggedRequest, type WorldServer } from '../server/server.mjs';
import { SEED_ARTICLE } from './foundation';
import { PULL_THREAD } from './mainline-status';
import { readWithCardsOpen } from '../harness/cards';

/**
 * Issue #9's fault matrix: every upstream Kernel Context asks, broken in every way the issue
 * names, on the seed article (which draws on all four: kernel.org's release list,
 * endoflife.date's history, GitHub for mainline status, Phoronix for later news).
 *
 * Each round starts from a warm page holding the right answers, breaks the round's upstreams
 * at the world server, and presses the popup's "Refresh this page" (every source asked again
 * past the cache). It then asserts:
 *  - the article is unchanged apart from our `kc-*` overlays;
 *  - the affected overlays say `unavailable` with the reason and keep the last known answer
 *    (and the overlays of upstreams not broken keep the right answer);
 *  - each broken host got at most `URLs asked × attempts per URL` requests (the HttpClient's
 *    1 + 2 retries for 5xx, resets and short Retry-Afters; 1 for anything else; times the
 *    browser's own resends of a reset connection), and a plain reload within the failure
 *    window sends it none at all (no retry storm);
 *  - nothing wrong was cached: with the faults cleared, another refresh brings the right
 *    answers back (which also warms the page for the next round).
 * One more round starts cold (first visit while offline), where nothing is known to keep.
 *
 * Rows are data (UPSTREAMS × FAULTS). The rows of one fault run in the same round, all four
 * upstreams broken at once: their overlays are asserted one host at a time, and the hosts'
 * request counts are separate, so this costs one refresh per fault instead of one per row.
 * That matters most for the hang: the HttpClient's 10 s timeout per attempt is fixed (not
 * configurable from outside the background), and the seed article chains two of them
 * (an answer that waits on another source's), so the round takes ~20 s, not the ~70 s of
 * one round per upstream. Firefox runs the main rows (`rows: 'main'`), its hang row for
 * Phoronix alone (one timeout), without the reload check.
 *
 * "Offline" is every host resetting every connection (the drivers have no offline emulation
 * for an extension's background): the client sees the network failure an unplugged cable
 * gives, reason "could not be reached". (With the browser itself offline the client refuses
 * before asking, reason "you are offline": a unit test's business, tests/net.)
 *
 * lore.kernel.org: Kernel Context never fetches lore (no source module asks it; mainline
 * answers come from GitHub). Its row therefore breaks the lore *page itself* and asserts the
 * page is left as served, with no broken overlay and no request to lore beyond the page.
 */

type StartDriver = (server: WorldServer, userDataDir: string) => Promise<BrowserDriver>;

export type UpstreamName = 'kernel.org' | 'endoflife.date' | 'GitHub' | 'Phoronix';

interface Upstream {
  name: UpstreamName;
  host: string;
  /** Break only these paths (the article itself is on www.phoronix.com). */
  pathPrefixes?: string[];
  /** What the host answers in, for faults that send a body. */
  format: 'json' | 'html';
  /** Distinct URLs one refresh of the seed article may ask of this host (each then retried). */
  urlsPerRefresh: number;
  why: string;
}

const UPSTREAMS: Upstream[] = [
  // The status panel's release list and the release data behind the badges ask for it separately.
  { name: 'kernel.org', host: 'www.kernel.org', pathPrefixes: ['/releases.json'], format: 'json', urlsPerRefresh: 1, why: 'releases.json, once for the release badges and the panel' },
  { name: 'endoflife.date', host: 'endoflife.date', format: 'json', urlsPerRefresh: 2, why: 'the v1 API, then the v0 API when v1 itself fails (an HTTP error, another shape; not the host down)' },
  // One first call per subject (the merge, rust/, the RFC message); tags and release dates stay cached.
  { name: 'GitHub', host: 'api.github.com', format: 'json', urlsPerRefresh: 3, why: "one call per mainline subject (compare, a path's history, a search)" },
  { name: 'Phoronix', host: 'www.phoronix.com', pathPrefixes: ['/search/', '/linux/', '/rss.php'], format: 'html', urlsPerRefresh: 4, why: 'two searches, the topic page and the RSS feed' },
];

const ANUBIS = readFileSync(path.join(ROOT, 'tests/fixtures/anubis-challenge_lore.kernel.org.html'), 'utf8');
const HTML = 'text/html; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';
const RETRIES = 2;
/** The HttpClient's retries after a network error (a reset): none, the browsers resend (RESENDS). */
const NETWORK_RETRIES = 0;
/** How a request Chromium's extension back-off refused is worded (see `throttledByChromium`). */
const THROTTLED_BY_CHROMIUM = /the server could not be reached \(.*Failed to fetch\)/;
/**
 * How many times the server may see one fetch whose connection is reset before any answer:
 * Chromium resends a request once when a kept-alive connection it reused is reset
 * (HttpNetworkTransaction); Firefox restarts the transaction up to
 * `network.http.request.max-attempts` = 10 times. So the HttpClient does not retry a network
 * error itself (networkRetries 0): it would multiply those.
 */
const RESENDS: Record<string, number> = { chromium: 2, firefox: 10 };
/** Longer than Chromium's back-off after the few 5xx answers of one round. */
const CHROMIUM_BACKOFF_MS = 2_000;

interface FaultCase {
  id: string;
  /** Which of its rows are main rows, also run in Firefox (the issue's main rows): all, some upstreams, or none. */
  main: boolean | UpstreamName[];
  fault: (upstream: Upstream) => Fault;
  /** Attempts the HttpClient may make per URL. */
  attempts: number;
  /** The reason, as the overlays word it. */
  reason: (upstream: Upstream) => RegExp;
  /** How long the broken refresh may take to settle. */
  settleMs?: number;
  /** Every host at once, the article's own included (no reload then: the page could not load). */
  everyHost?: boolean;
  /** Epoch ms before which the client rightly refuses to ask again (a rate-limit reset). */
  askAgainAt?: () => number;
  /** How long a host stays blocked after its last broken answer (its Retry-After). */
  blocksMs?: number;
  /**
   * Chromium throttles an extension's requests to a URL after 500/503/509 answers (its anti-DDoS
   * back-off, extensions/renderer/extension_throttle_entry.cc: two errors ignored, then
   * 0.7 s × 1.4ⁿ): a request is then refused inside the browser, `fetch` rejects with "Failed to
   * fetch", and the reason reads "could not be reached". It is what a Chrome user sees, so it is
   * accepted here, and the recovery waits out that back-off.
   */
  throttledByChromium?: boolean;
  /** The browser itself resends a request whose connection is reset (see RESENDS). */
  resent?: boolean;
}

const RESET: FaultCase = { id: 'connection reset', main: false, fault: () => ({ reset: true }), attempts: 1 + NETWORK_RETRIES, resent: true, reason: () => /the server could not be reached/ };

/** GitHub's quota-exhausted answer resets a few seconds from now, so the round can recover. */
let gitHubResetAt = 0;

const FAULTS: FaultCase[] = [
  { id: '500', main: false, fault: () => ({ status: 500, body: 'Internal Server Error' }), attempts: 1 + RETRIES, throttledByChromium: true, reason: () => /the server answered with an error \(.*HTTP 500/ },
  // Firefox's share: Phoronix alone (one 10 s timeout; the whole row chains two).
  { id: 'hang past the timeout', main: ['Phoronix'], fault: () => ({ hang: true }), attempts: 1, reason: () => /the server did not answer in time/, settleMs: 40_000 },
  {
    id: '503 + Retry-After',
    main: true,
    // One second: short enough for the client to wait it out (twice), then give up.
    fault: () => ({ status: 503, headers: { 'retry-after': '1' }, body: 'Service Unavailable' }),
    attempts: 1 + RETRIES,
    blocksMs: 1000,
    throttledByChromium: true,
    // The host is then blocked for that second: a request that would have gone meanwhile is refused as rate-limited.
    reason: () => /(the server answered with an error|rate-limited) until .*(HTTP 503|asked us to wait)/,
  },
  RESET,
  {
    id: '403 rate limit',
    main: false,
    fault: (upstream) =>
      upstream.name === 'GitHub'
        ? { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-limit': '60', 'x-ratelimit-reset': String(Math.ceil(gitHubResetAt / 1000)), 'content-type': JSON_TYPE }, body: '{"message":"API rate limit exceeded"}' }
        : { status: 403, body: 'Forbidden' },
    attempts: 1,
    reason: (upstream) => (upstream.name === 'GitHub' ? /rate-limited until .*(HTTP 403|asked us to wait)/ : /the server answered with an error \(.*HTTP 403/),
    askAgainAt: () => gitHubResetAt,
  },
  { id: '429 + Retry-After', main: false, fault: () => ({ status: 429, headers: { 'retry-after': '1' }, body: 'Too Many Requests' }), attempts: 1 + RETRIES, blocksMs: 1000, reason: () => /rate-limited until/ },
  {
    id: 'malformed body',
    main: true,
    fault: (upstream) =>
      upstream.format === 'json'
        ? { body: '{"releases": [{"moniker": "mainline", "version": "6.', contentType: JSON_TYPE }
        : // A page cut short before its listing began (one that breaks off inside the listing reads as fewer teasers).
          { body: '<!DOCTYPE html><html><head><title>Phoronix</title></head><body><div class="navbar"><a href="/">Phoronix</a> <a href="/news/Linux-7.0-Rele', contentType: HTML },
    attempts: 1,
    reason: () => /the answer was not understood/,
  },
  { id: 'empty body', main: false, fault: (upstream) => ({ body: '', contentType: upstream.format === 'json' ? JSON_TYPE : HTML }), attempts: 1, reason: () => /the answer was not understood/ },
  { id: 'bot-wall page', main: false, fault: () => ({ body: ANUBIS, contentType: HTML }), attempts: 1, reason: () => /anti-bot check blocked the request/ },
  { id: 'offline', main: true, fault: () => ({ reset: true }), attempts: 1 + NETWORK_RETRIES, resent: true, reason: () => /the server could not be reached/, everyHost: true },
];

/** lore.kernel.org's own page, broken: what a reader would see if lore failed. */
const LORE_FAULTS: { id: string; main: boolean; fault: Fault; text: string }[] = [
  { id: '503', main: true, fault: { status: 503, headers: { 'content-type': HTML }, body: '<html><head><title>503</title></head><body><h1>503 Service Unavailable</h1></body></html>' }, text: '503 Service Unavailable' },
  { id: 'bot-wall page', main: false, fault: { body: ANUBIS, contentType: HTML }, text: '' },
  { id: 'empty body', main: false, fault: { body: '', contentType: HTML }, text: '' },
  { id: 'malformed HTML', main: true, fault: { body: '<html><body><div class="msg"><pre>From: Steve French &lt;smfrench@gm', contentType: HTML }, text: 'From: Steve French <smfrench@gm' },
];

// Page functions travel to the browser as source: no closures over test variables.
/** Everything the seed article shows, read through the overlays' open shadow roots. */
const readSeed = () => {
  const textOf = (root: ShadowRoot | null | undefined) => {
    if (!root) return '';
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let text = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!node.parentElement?.closest('style')) text += node.textContent;
    return text;
  };
  const body = document.body.cloneNode(true) as HTMLElement;
  for (const element of [...body.querySelectorAll('*')]) if (element.localName.startsWith('kc-')) element.remove();
  const panel = document.querySelector('kc-status')?.shadowRoot;
  const news = document.querySelector('kc-news');
  return {
    body: body.innerHTML,
    panel: {
      text: textOf(panel),
      available: Boolean(panel?.querySelector('.kc-panel__source [data-kc-state="available"]')),
      failure: panel?.querySelector('.kc-panel__failure[data-kc-state="unavailable"]')?.textContent ?? null,
    },
    release: [...document.querySelectorAll('kc-release')].map((host) => ({
      subject: host.getAttribute('data-kc-subject'),
      state: host.getAttribute('data-kc-state'),
      text: textOf(host.shadowRoot),
      times: [...(host.shadowRoot?.querySelectorAll('time') ?? [])].map((time) => time.getAttribute('datetime')),
    })),
    mainline: [...document.querySelectorAll('kc-mainline')].map((host) => ({
      subject: host.getAttribute('data-kc-subject'),
      state: host.getAttribute('data-kc-state'),
      release: host.getAttribute('data-kc-release'),
      text: textOf(host.shadowRoot),
    })),
    news: news
      ? {
          state: news.getAttribute('data-kc-state'),
          failure: news.shadowRoot?.querySelector('.kc-news__failure')?.textContent ?? null,
          articles: news.shadowRoot?.querySelectorAll('li[data-kind="article"]').length ?? 0,
        }
      : null,
  };
};
type Seed = Awaited<ReturnType<typeof readSeed>>;

/** Marks the overlays on the page, so the ones a refresh mounts anew can be told apart. */
const markOld = () => {
  for (const element of document.querySelectorAll('kc-status, [data-kc-kind]')) element.setAttribute('data-kc-test-old', '');
};
/** Every overlay of the seed article mounted anew and settled (answered, or failed). */
const seedSettled = () =>
  document.querySelector('[data-kc-test-old]') === null &&
  Boolean(document.querySelector('kc-status')?.shadowRoot?.querySelector('.kc-panel__source [data-kc-state]')) &&
  document.querySelector('kc-release[data-kc-state]') !== null &&
  document.querySelectorAll('kc-mainline[data-kc-state]').length >= 3 &&
  document.querySelector('kc-news[data-kc-state]') !== null;
/** Every overlay of the seed article settled after a reload. */
const seedReloaded = () =>
  Boolean(document.querySelector('kc-status')?.shadowRoot?.querySelector('.kc-panel__source [data-kc-state]')) &&
  document.querySelector('kc-release[data-kc-state]') !== null &&
  document.querySelectorAll('kc-mainline[data-kc-state]').length >= 3 &&
  document.querySelector('kc-news[data-kc-state]') !== null;
/** A refresh under way: the old overlays gone, the news panel asking. */
const seedPending = () => document.querySelector('[data-kc-test-old]') === null && document.querySelector('kc-news') !== null;
/** Per upstream, whether the overlays it feeds are still waiting for it (none claiming anything). */
const pendingState = () => ({
  'kernel.org': !document.querySelector('kc-status')?.shadowRoot?.querySelector('.kc-panel__source [data-kc-state]'),
  // The release badges wait for kernel.org and endoflife.date both.
  'endoflife.date': document.querySelector('kc-release') === null,
  GitHub: document.querySelector('kc-mainline') === null,
  Phoronix: !document.querySelector('kc-news')?.hasAttribute('data-kc-state'),
  unavailable: document.querySelectorAll('[data-kc-state="unavailable"]').length,
});
const cacheCleared = () => document.querySelector('[data-testid="announcement"]')?.textContent === 'Cache cleared.';
const refreshReady = () =>
  [...document.querySelectorAll('button')].some((button) => button.textContent === 'Refresh this page' && button.getAttribute('aria-disabled') !== 'true');

const readLore = () => {
  const body = document.body?.cloneNode(true) as HTMLElement | undefined;
  const overlays = [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('kc-'));
  for (const element of [...(body?.querySelectorAll('*') ?? [])]) if (element.localName.startsWith('kc-')) element.remove();
  return {
    body: body?.innerHTML ?? null,
    text: body?.textContent?.trim() ?? '',
    overlays: overlays.map((element) => element.localName),
    states: overlays.map((element) => element.getAttribute('data-kc-state')).filter((state) => state !== null),
    panel: document.querySelector('kc-status')?.shadowRoot?.querySelector('.kc-panel')?.textContent ?? '',
  };
};
const loreRead = () => Boolean(document.querySelector('kc-status')?.shadowRoot?.querySelector('.kc-panel__found')?.textContent);

const LINUX_NEXT_MERGE = 'c7c4c9b88eecb28d3b48ba855cd6f9f7391a33b2';
const RFC_MESSAGE = 'CANiq72nbNxpps+p4wYp03ncrbGH9FFoTfHQZwg_vGdPO41eGmQ@mail.gmail.com';
/** The seed article's answers, as the warm cache and every recovery must give them. */
const RIGHT_MAINLINE: Record<string, { state: string; release?: string }> = {
  'rust/': { state: 'merged', release: '6.1' },
  [LINUX_NEXT_MERGE]: { state: 'not-merged' },
  [RFC_MESSAGE]: { state: 'unknown' },
};

/**
 * Polls a page function every 100 ms from here. The drivers' waitFor polls on animation
 * frames, which Firefox all but stops in a background tab (the article, behind the popup):
 * a settled page would be noticed seconds late.
 */
async function until(page: PageDriver, fn: () => unknown, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await page.evaluate(fn)) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${fn.name || 'a page condition'}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

interface Counts {
  round: string;
  browser: string;
  /** Per host: requests during the broken refresh, during a plain reload in the failure window, and during recovery. */
  hosts: Record<string, { broken: number; bound: number; reload: number | null; recovery: number }>;
  seconds: number;
}

/** The fault matrix (issue #9). `rows: 'main'` runs the main rows only (Firefox's share of the CI budget). */
export function faultMatrixScenarios(startDriver: StartDriver, { rows }: { rows: 'full' | 'main' }) {
  let server: WorldServer;
  let github: Awaited<ReturnType<typeof startGitHubStandIn>>;
  let driver: BrowserDriver;
  let profile: string;
  let article: PageDriver;
  let popup: PageDriver;
  let baseline: Seed;
  const summary: Counts[] = [];
  const faults = FAULTS.flatMap((fault) => {
    const names = rows === 'full' || fault.main === true ? UPSTREAMS.map((upstream) => upstream.name) : fault.main || [];
    return names.length > 0 ? [{ fault, broken: UPSTREAMS.filter((upstream) => names.includes(upstream.name)) }] : [];
  });
  const loreFaults = LORE_FAULTS.filter((fault) => rows === 'full' || fault.main);

  let startedAt = 0;

  beforeAll(async () => {
    startedAt = Date.now();
    github = await startGitHubStandIn();
    server = await startWorldServer({
      worlds: STORY_WORLDS,
      port: 0,
      handlers: { 'api.github.com': github.api.handle },
    });
    profile = await mkdtemp(path.join(os.tmpdir(), 'kc-e2e-faults-'));
    driver = await startDriver(server, profile);
  });

  // GitHub's full anonymous budget for every round: each refresh asks it again.
  beforeEach(() => {
    server.clearFaults();
    github.api.fullAnonymousBudget();
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
    await rm(profile, { recursive: true, force: true });
    printSummary(summary, (Date.now() - startedAt) / 1000);
  });

  /** Requests the extension made to a host (the browser's own favicon and the article page left out). */
  const extensionRequests = (log: LoggedRequest[], host: string) =>
    log.filter((request) => request.host === host && request.path !== '/favicon.ico' && !request.path.startsWith('/scan.php'));

  const refresh = async (settleMs = 30_000) => {
    await until(popup, refreshReady, settleMs);
    await article.evaluate(markOld);
    await popup.clickByName('Refresh this page');
  };

  /** The right answers of one upstream's overlays (what the warm cache and every recovery give). */
  const expectRightFor = (seed: Seed, name: UpstreamName, when: string) => {
    const badge = seed.release.find((each) => each.subject === '5.13');
    switch (name) {
      case 'kernel.org':
        expect(seed.panel.available, `${when}: the release list`).toBe(true);
        expect(seed.panel.failure, `${when}: no failure in the panel`).toBeNull();
        break;
      case 'endoflife.date':
        expect(badge?.state, `${when}: 5.13`).toBe('eol');
        expect(badge?.times, `${when}: 5.13's dates`).toEqual(expect.arrayContaining(['2021-06-27', '2021-09-18']));
        expect(badge?.text, `${when}: 5.13's last point release`).toContain('5.13.19');
        break;
      case 'GitHub':
        for (const [subject, right] of Object.entries(RIGHT_MAINLINE)) {
          const answers = seed.mainline.filter((each) => each.subject === subject);
          expect(answers.length, `${when}: ${subject}`).toBeGreaterThan(0);
          for (const answer of answers) {
            expect(answer.state, `${when}: ${subject}`).toBe(right.state);
            if (right.release) expect(answer.release, `${when}: ${subject}'s release`).toBe(right.release);
            expect(answer.text, `${when}: ${subject}`).not.toContain('Last known');
          }
        }
        break;
      case 'Phoronix':
        expect(seed.news?.state, `${when}: later news`).toBe('found');
        expect(seed.news?.failure, `${when}: later news`).toBeNull();
        expect(seed.news?.articles, `${when}: later articles`).toBeGreaterThanOrEqual(3);
        break;
    }
  };

  const expectRight = (seed: Seed, when: string) => {
    expect(seed.body, `${when}: the article's own markup`).toBe(baseline.body);
    for (const upstream of UPSTREAMS) expectRightFor(seed, upstream.name, when);
  };

  /** What an upstream's overlays must show while it is broken: unavailable, the reason, the last known answer. */
  const expectBroken = (seed: Seed, upstream: Upstream, reason: RegExp, when: string) => {
    const badge = seed.release.find((each) => each.subject === '5.13');
    switch (upstream.name) {
      case 'kernel.org':
        // The panel keeps the list it had and says the refresh failed, and why.
        expect(seed.panel.available, `${when}: the last known release list`).toBe(true);
        expect(seed.panel.failure, `${when}: the panel`).toMatch(/refresh failed: /);
        expect(seed.panel.failure, `${when}: the panel's reason (${seed.panel.failure})`).toMatch(reason);
        expect(badge?.state, `${when}: 5.13, last known`).toBe('eol');
        break;
      case 'endoflife.date':
        // Release states have no `unavailable`: the badge keeps its last known state and dates,
        // and its card says the refresh failed, and why.
        expect(badge?.text, `${when}: 5.13's card names the failure`).toMatch(/asking again failed/);
        expect(badge?.text, `${when}: 5.13's card gives the reason`).toMatch(reason);
        expect(badge?.state, `${when}: 5.13, last known`).toBe('eol');
        expect(badge?.times, `${when}: 5.13's dates, last known`).toEqual(expect.arrayContaining(['2021-06-27', '2021-09-18']));
        break;
      case 'GitHub':
        for (const [subject, right] of Object.entries(RIGHT_MAINLINE)) {
          const answers = seed.mainline.filter((each) => each.subject === subject);
          expect(answers.length, `${when}: ${subject}`).toBeGreaterThan(0);
          for (const answer of answers) {
            expect(answer.state, `${when}: ${subject}`).toBe('unavailable');
            expect(answer.text, `${when}: ${subject}'s reason`).toMatch(/Mainline status unavailable: /);
            expect(answer.text, `${when}: ${subject}'s reason (${answer.text})`).toMatch(reason);
            expect(answer.text, `${when}: ${subject}'s last known answer`).toContain('Last known: ');
            if (right.release) expect(answer.release, `${when}: ${subject}'s last known release`).toBe(right.release);
          }
        }
        break;
      case 'Phoronix':
        expect(seed.news?.state, `${when}: later news`).toBe('unavailable');
        expect(seed.news?.failure, `${when}: later news`).toMatch(/^Later news is unavailable: Phoronix could not be asked/);
        expect(seed.news?.failure, `${when}: later news's reason (${seed.news?.failure})`).toMatch(reason);
        expect(seed.news?.failure, `${when}: later news`).toContain('showing articles seen before');
        expect(seed.news?.articles, `${when}: the articles seen before`).toBeGreaterThanOrEqual(3);
        break;
    }
  };

  it('warms the seed article: every overlay holds the right answer', async () => {
    article = await driver.open(SEED_ARTICLE);
    await until(article, seedReloaded, 30_000);
    // Opened after the article: the popup's "Refresh this page" acts on it.
    popup = await driver.openPopup();
    baseline = await readWithCardsOpen(article, readSeed);
    expect(baseline.body).toContain('Initial Support For The Rust Language Lands In Linux-Next');
    expectRight(baseline, 'warm');
  });

  for (const { fault, broken } of faults) {
    const names = broken.map((upstream) => upstream.name).join(', ');
    const others = broken.length < UPSTREAMS.length ? ' (the others unaffected)' : '';
    it(`${fault.id}: ${names} — unavailable with the reason and the last known answer${others}, requests within their bounds, the right answers back once recovered`, async () => {
      const started = Date.now();
      // GitHub gives its reset in whole seconds.
      gitHubResetAt = Math.ceil(Date.now() / 1000 + 2) * 1000;
      const counts: Counts['hosts'] = {};
      // The recovery runs whatever happened, so one failing round does not fail the next ones.
      let failed: unknown;
      lastBrokenAt = 0;
      try {
        await breakAndCheck(fault, broken, counts);
      } catch (error) {
        failed = error;
      }
      try {
        await recoverAndCheck(fault, broken, counts);
      } catch (error) {
        failed ??= error;
      }
      summary.push({ round: fault.id, browser: driver.name, hosts: counts, seconds: (Date.now() - started) / 1000 });
      if (failed) throw failed;
    });
  }

  /** When the upstreams last answered broken (the server's log is reset for the reload). */
  let lastBrokenAt = 0;

  const reasonFor = (fault: FaultCase, upstream: Upstream) => {
    const reason = fault.reason(upstream);
    return fault.throttledByChromium && driver.name === 'chromium' ? new RegExp(`${reason.source}|${THROTTLED_BY_CHROMIUM.source}`) : reason;
  };

  const breakAndCheck = async (fault: FaultCase, broken: Upstream[], counts: Counts['hosts']) => {
    if (fault.everyHost) server.setFault({}, fault.fault(UPSTREAMS[0]!));
    else
      for (const upstream of broken)
        for (const pathPrefix of upstream.pathPrefixes ?? ['']) server.setFault({ host: upstream.host, ...(pathPrefix ? { pathPrefix } : {}) }, fault.fault(upstream));

    server.resetLog();
    await refresh();
    if (fault.settleMs) {
      // Before the timeout nothing has answered: the old overlays are gone and none claims anything yet.
      await until(article, seedPending, 10_000);
      const pending = await article.evaluate(pendingState);
      expect(pending.unavailable, `${fault.id}: pending, nothing unavailable yet`).toBe(0);
      for (const upstream of broken) expect(pending[upstream.name], `${fault.id}: ${upstream.name}'s overlays pending`).toBe(true);
    }
    await until(article, seedSettled, fault.settleMs ?? 30_000);
    const seed = await readWithCardsOpen(article, readSeed);
    const log = server.requests();
    lastBrokenAt = Math.max(0, ...log.map((request) => request.at));
    expect(seed.body, `${fault.id}: the article's own markup`).toBe(baseline.body);
    for (const upstream of UPSTREAMS) if (!broken.includes(upstream)) expectRightFor(seed, upstream.name, `${fault.id}, ${upstream.name} (not broken)`);
    for (const upstream of broken) {
      const when = `${fault.id}, ${upstream.name}`;
      const reason = reasonFor(fault, upstream);
      const made = extensionRequests(log, upstream.host).length;
      const resends = fault.resent ? (RESENDS[driver.name] ?? 1) : 1;
      const bound = upstream.urlsPerRefresh * fault.attempts * resends;
      counts[upstream.host] = { broken: made, bound, reload: null, recovery: 0 };
      expectBroken(seed, upstream, reason, when);
      const asked = `${when}: requests to ${upstream.host} (${upstream.why}; ${fault.attempts} attempt(s) each${resends > 1 ? `, each sent up to ${resends} times by ${driver.name}` : ''})`;
      expect(made, asked).toBeGreaterThan(0);
      expect(made, asked).toBeLessThanOrEqual(bound);
    }
    // The reload needs the article's own host, and costs a page load: Chromium's full matrix has it.
    if (fault.everyHost || rows === 'main') return;

    // A reader reloading meanwhile: the failures stand (2 minutes) and nothing is asked again.
    server.resetLog();
    await article.reload();
    await until(article, seedReloaded, 30_000);
    const reloaded = await readWithCardsOpen(article, readSeed);
    const again = server.requests();
    expect(reloaded.body, `${fault.id}, reloaded: the article's own markup`).toBe(baseline.body);
    for (const upstream of broken) {
      const when = `${fault.id}, ${upstream.name}, reloaded`;
      counts[upstream.host]!.reload = extensionRequests(again, upstream.host).length;
      expectBroken(reloaded, upstream, reasonFor(fault, upstream), when);
      expect(counts[upstream.host]!.reload, `${when}: requests to ${upstream.host}`).toBe(0);
    }
  };

  /** The upstreams recover: one refresh brings the right answers back (nothing wrong was cached). */
  const recoverAndCheck = async (fault: FaultCase, broken: Upstream[], counts: Counts['hosts']) => {
    server.clearFaults();
    const lastBroken = lastBrokenAt || Date.now();
    const askAgainAt = Math.max(
      fault.askAgainAt?.() ?? 0,
      fault.blocksMs ? lastBroken + fault.blocksMs : 0,
      fault.throttledByChromium && driver.name === 'chromium' ? lastBroken + CHROMIUM_BACKOFF_MS : 0,
    );
    if (askAgainAt > Date.now()) await new Promise((resolve) => setTimeout(resolve, askAgainAt - Date.now() + 250));
    github.api.fullAnonymousBudget();
    server.resetLog();
    await refresh(fault.settleMs);
    await until(article, seedSettled, 30_000);
    expectRight(await readWithCardsOpen(article, readSeed), `${fault.id}, recovered`);
    const recovered = server.requests();
    for (const upstream of broken) if (counts[upstream.host]) counts[upstream.host]!.recovery = extensionRequests(recovered, upstream.host).length;
  };

  if (rows === 'full')
    it('first visit while offline (nothing cached): unavailable with the reason, the bundled release data named as such, no guess; the right answers once back', async () => {
      const started = Date.now();
      const counts: Counts['hosts'] = {};
      await popup.clickByName('Clear cache');
      await until(popup, cacheCleared);
      // Every upstream resets its connections; the article itself still loads.
      for (const upstream of UPSTREAMS)
        for (const pathPrefix of upstream.pathPrefixes ?? ['']) server.setFault({ host: upstream.host, ...(pathPrefix ? { pathPrefix } : {}) }, { reset: true });
      let failed: unknown;
      try {
        server.resetLog();
        await article.reload();
        await until(article, seedReloaded, 30_000);
        const seed = await readWithCardsOpen(article, readSeed);
        const log = server.requests();
        const when = 'first visit offline';
        expect(seed.body, `${when}: the article's own markup`).toBe(baseline.body);
        expect(seed.panel.available, `${when}: no release list`).toBe(false);
        expect(seed.panel.failure, `${when}: the panel`).toMatch(/^kernel\.org release list unavailable: the server could not be reached/);
        const badge = seed.release.find((each) => each.subject === '5.13');
        // The snapshot shipped in the extension answers, and says it is one, and why.
        expect(badge?.state, `${when}: 5.13 from the bundled snapshot`).toBe('eol');
        expect(badge?.text, `${when}: 5.13's source`).toMatch(/From bundled data of .+ \(kernel\.org and endoflife\.date: the server could not be reached/);
        for (const subject of Object.keys(RIGHT_MAINLINE)) {
          for (const answer of seed.mainline.filter((each) => each.subject === subject)) {
            expect(answer.state, `${when}: ${subject}`).toBe('unavailable');
            expect(answer.text, `${when}: ${subject} (${answer.text})`).toMatch(/Mainline status unavailable: the server could not be reached/);
            expect(answer.text, `${when}: ${subject}, nothing known before`).not.toContain('Last known');
          }
        }
        expect(seed.news?.state, `${when}: later news`).toBe('unavailable');
        expect(seed.news?.failure, `${when}: later news`).toMatch(/^Later news is unavailable: Phoronix could not be asked \(the server could not be reached/);
        const resends = RESENDS[driver.name] ?? 1;
        for (const upstream of UPSTREAMS) {
          const made = extensionRequests(log, upstream.host).length;
          const bound = upstream.urlsPerRefresh * RESET.attempts * resends;
          counts[upstream.host] = { broken: made, bound, reload: null, recovery: 0 };
          expect(made, `${when}: requests to ${upstream.host}`).toBeGreaterThan(0);
          expect(made, `${when}: requests to ${upstream.host}`).toBeLessThanOrEqual(bound);
        }
        // Reloaded again at once: the failures stand, nothing is asked.
        server.resetLog();
        await article.reload();
        await until(article, seedReloaded, 30_000);
        const again = server.requests();
        for (const upstream of UPSTREAMS) {
          counts[upstream.host]!.reload = extensionRequests(again, upstream.host).length;
          expect(counts[upstream.host]!.reload, `${when}, reloaded: requests to ${upstream.host}`).toBe(0);
        }
      } catch (error) {
        failed = error;
      }
      try {
        lastBrokenAt = 0;
        await recoverAndCheck(RESET, UPSTREAMS, counts);
      } catch (error) {
        failed ??= error;
      }
      summary.push({ round: 'first visit offline', browser: driver.name, hosts: counts, seconds: (Date.now() - started) / 1000 });
      if (failed) throw failed;
    });

  it(`lore.kernel.org (${loreFaults.map((fault) => fault.id).join(', ')}): never fetched by Kernel Context, so a broken lore page is left as served, with no broken overlay and no request beyond the page`, async () => {
    const started = Date.now();
    const url = new URL(PULL_THREAD);
    const counts: Counts['hosts'] = {};
    for (const fault of loreFaults) {
      const when = `lore, ${fault.id}`;
      server.clearFaults();
      // The same broken page from a host Kernel Context does not read: the page as the browser shows it alone.
      server.setFault({ host: 'localhost' }, fault.fault);
      const plain = await driver.open(`https://localhost:${server.port}${url.pathname}${url.search}`);
      const served = await plain.evaluate(readLore);
      await plain.close();

      server.setFault({ host: 'lore.kernel.org' }, fault.fault);
      server.resetLog();
      const page = await driver.open(PULL_THREAD);
      // The content script has read the page once its panel says what it found; anything it
      // would ask about would be asked at once (a moment is left for that).
      await until(page, loreRead, 10_000);
      await new Promise((resolve) => setTimeout(resolve, 250));
      const lore = await page.evaluate(readLore);
      const log = server.requests();
      await page.close();
      expect(lore.body, `${when}: the page as served`).toBe(served.body);
      if (fault.text) expect(lore.text, `${when}: the page as served`).toContain(fault.text);
      // Only the status panel, saying the page mentions nothing it knows.
      expect(lore.overlays, `${when}: no annotation on a broken page`).toEqual(['kc-status']);
      expect(lore.panel, `${when}: the panel`).toContain('No kernel versions, commits, patches or source paths are mentioned on this page.');
      expect(lore.states.filter((state) => state === 'unavailable'), `${when}: nothing unavailable`).toEqual([]);
      // The page's own sub-resources (the bot wall's script and style) name it as their referrer.
      const loreRequests = log.filter((request) => request.host === 'lore.kernel.org' && request.path !== '/favicon.ico' && !String(request.headers.referer ?? '').startsWith('https://lore.kernel.org/'));
      expect(loreRequests.map((request) => request.path), `${when}: the page itself, once`).toEqual([url.pathname + url.search]);
      const elsewhere = log.filter((request) => request.host !== 'lore.kernel.org');
      expect(elsewhere.map((request) => `${request.host}${request.path}`), `${when}: no other request`).toEqual([]);
      counts[`lore.kernel.org (${fault.id})`] = { broken: loreRequests.length, bound: 1, reload: null, recovery: 0 };
    }
    server.clearFaults();
    summary.push({ round: 'lore page broken', browser: driver.name, hosts: counts, seconds: (Date.now() - started) / 1000 });
  });
}

/** The figures README § Reliability quotes: per round, requests per host (broken refresh / reload / recovery, and the bound). */
function printSummary(summary: Counts[], seconds: number): void {
  if (summary.length === 0) return;
  const lines = [`[fault-matrix] ${summary[0]!.browser}: ${summary.length} rounds, ${seconds.toFixed(0)} s with the browser's start and stop (requests made / bound per host)`];
  for (const { round, hosts, seconds } of summary) {
    const cells = Object.entries(hosts).map(
      ([host, count]) => `${host} ${count.broken}/${count.bound}${count.reload === null ? '' : ` reload ${count.reload}`}${count.recovery ? ` recovery ${count.recovery}` : ''}`,
    );
    lines.push(`  ${round.padEnd(22)} ${seconds.toFixed(1).padStart(5)} s  ${cells.join(' · ')}`);
  }
  console.log(lines.join('\n'));
}
