import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startGitHubStandIn } from '../github/github-api.mjs';
import type { BrowserDriver, PageDriver } from '../harness/driver';
import { STORY_WORLDS } from '../harness/paths.mjs';
import { startWorldServer, type WorldServer } from '../server/server.mjs';
import { SEED_ARTICLE } from './foundation';

type StartDriver = (server: WorldServer, userDataDir: string) => Promise<BrowserDriver>;

const SEED_CANONICAL = 'https://www.phoronix.com/news/Rust-Hits-Linux-Next';

/** The "Since this article" panel, read through its open shadow root. */
const newsPanel = () => {
  const host = document.querySelector('kc-news[data-kc-kind="news"]');
  const root = host?.shadowRoot;
  if (!host || !root) return null;
  return {
    subject: host.getAttribute('data-kc-subject'),
    state: host.getAttribute('data-kc-state'),
    text: root.textContent ?? '',
    events: [...root.querySelectorAll('li')].map((item) => ({
      kind: item.getAttribute('data-kind'),
      date: item.querySelector('time')?.getAttribute('datetime') ?? null,
      text: item.querySelector('.kc-news__text')?.textContent ?? '',
      href: item.querySelector('a[data-kc-evidence]')?.getAttribute('href') ?? null,
    })),
  };
};
// Page functions travel to the browser as source: no closures over test variables.
const panelWithStory = () => {
  const root = document.querySelector('kc-news')?.shadowRoot;
  const kinds = [...(root?.querySelectorAll('li') ?? [])].map((item) => item.getAttribute('data-kind'));
  return document.querySelector('kc-news')?.hasAttribute('data-kc-state') && kinds.includes('mainline') && kinds.includes('release');
};
const noPanel = () => document.querySelector('kc-news') === null;

/** Later news and the "since this article" panel (issue: later news), in each real browser. */
export function laterNewsScenarios(startDriver: StartDriver) {
  let server: WorldServer;
  let driver: BrowserDriver;
  let profile: string;
  let article: PageDriver;
  let github: Awaited<ReturnType<typeof startGitHubStandIn>>;

  beforeAll(async () => {
    github = await startGitHubStandIn();
    server = await startWorldServer({
      worlds: STORY_WORLDS,
      port: 0,
      handlers: { 'api.github.com': github.api.handle },
    });
    profile = await mkdtemp(path.join(os.tmpdir(), 'kc-e2e-news-'));
    driver = await startDriver(server, profile);
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
    await rm(profile, { recursive: true, force: true });
  });

  it('the seed article: its story in date order — 5.13 released without Rust, Rust merged for 6.1, 6.1 released, then later coverage of Rust in the kernel', async () => {
    article = await driver.open(SEED_ARTICLE);
    await article.waitFor(panelWithStory, 30_000);
    const panel = await article.evaluate(newsPanel);
    expect(panel).toMatchObject({ subject: SEED_CANONICAL, state: 'found' });
    const events = panel!.events;
    const dates = events.map((event) => event.date ?? '');
    expect(dates).toEqual([...dates].sort());
    expect(dates.every((date) => date >= '2021-03-19')).toBe(true);

    const index = (pattern: RegExp) => events.findIndex((event) => pattern.test(event.text));
    const released513 = index(/^Linux 5\.13 released — without code under rust\/ \(first in 6\.1\)$/);
    const eol513 = index(/^Linux 5\.13 reached end of life/);
    const rustMerged = index(/^Code under rust\/: the commit that reached mainline for Linux 6\.1 \(first tag v6\.1-rc1\)$/);
    const released61 = index(/^Linux 6\.1 released, with code under rust\/$/);
    expect([released513, eol513, rustMerged, released61].every((position) => position >= 0)).toBe(true);
    expect(released513 < eol513 && eol513 < rustMerged && rustMerged < released61).toBe(true);
    expect(events[released513]?.date).toBe('2021-06-27');
    expect(events[released61]?.date).toBe('2022-12-11');

    // Later articles: Rust in the kernel, each a Phoronix link with its date; no homonym among those shown.
    const articles = events.filter((event) => event.kind === 'article');
    expect(articles.length).toBeGreaterThanOrEqual(3);
    expect(articles.length).toBeLessThanOrEqual(5);
    expect(articles.every((event) => event.href?.startsWith('https://www.phoronix.com/') && event.date)).toBe(true);
    expect(articles.map((event) => event.text).join(' | ')).toMatch(/Linux (6\.\d+|7\.\d)/);
    expect(articles.map((event) => event.text).join(' | ')).not.toMatch(/Rusticl|Redox|Coreutils|uutils/);
    expect(panel!.text).toMatch(/checked/);
  });

  it('shows the rest of the later articles behind "more"', async () => {
    const before = (await article.evaluate(newsPanel))!.events.length;
    const more = await article.evaluate(() => document.querySelector('kc-news')?.shadowRoot?.querySelector('.kc-news__more')?.textContent ?? null);
    if (more === null) return expect(before).toBeGreaterThan(0);
    await article.evaluate(() => (document.querySelector('kc-news')?.shadowRoot?.querySelector('.kc-news__more') as HTMLButtonElement).click());
    expect((await article.evaluate(newsPanel))!.events.length).toBeGreaterThan(before);
  });

  it('remembers that the reader collapsed the panel, on the next visit too', async () => {
    await article.evaluate(() => (document.querySelector('kc-news')?.shadowRoot?.querySelector('.kc-news__toggle') as HTMLButtonElement).click());
    expect(await article.evaluate(() => document.querySelector('kc-news')?.shadowRoot?.querySelector('.kc-news__toggle')?.getAttribute('aria-expanded'))).toBe('false');
    await article.reload();
    await article.waitFor(() => document.querySelector('kc-news')?.shadowRoot?.querySelector('.kc-news__toggle')?.getAttribute('aria-expanded') === 'false', 30_000);
    await article.evaluate(() => (document.querySelector('kc-news')?.shadowRoot?.querySelector('.kc-news__toggle') as HTMLButtonElement).click());
    await article.waitFor(() => document.querySelector('kc-news')?.shadowRoot?.querySelector('.kc-news__toggle')?.getAttribute('aria-expanded') === 'true');
  });

  it('marks teasers on a Phoronix listing whose story has later articles it has already seen', async () => {
    const listing = await driver.open('https://www.phoronix.com/search/Rust');
    await listing.waitFor(() => document.querySelector('kc-news[data-kc-kind="news"]') !== null, 30_000);
    const marked = await listing.evaluate(() =>
      [...document.querySelectorAll('kc-news')].map((marker) => ({
        subject: marker.getAttribute('data-kc-subject'),
        state: marker.getAttribute('data-kc-state'),
        after: marker.previousElementSibling?.textContent ?? '',
      })),
    );
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every((marker) => marker.state === 'found' && marker.subject?.startsWith('https://www.phoronix.com/'))).toBe(true);
    expect(marked.map((marker) => marker.after).join(' | ')).toMatch(/Rust In Linux 6\.12|Linux 6\.14 Looks To Land Rust/);
    await listing.close();
  });

  it('hides the panel when "Later news" is switched off, and brings it back when on', async () => {
    const popup = await driver.openPopup();
    await popup.clickByName('Later news');
    await article.waitFor(noPanel);
    expect(await article.evaluate(() => document.querySelector('kc-release') !== null)).toBe(true);
    await popup.clickByName('Later news');
    await article.waitFor(panelWithStory, 30_000);
    await popup.close();
  });

  it('with Phoronix answering 503: the panel says later news is unavailable, and still shows the release and mainline events', async () => {
    const popup = await driver.openPopup();
    await popup.clickByName('Clear cache');
    await popup.close();
    for (const pathPrefix of ['/search/', '/linux/', '/rss.php']) server.setFault({ host: 'www.phoronix.com', pathPrefix }, { status: 503, body: 'Service Unavailable' });
    await article.reload();
    await article.waitFor(() => document.querySelector('kc-news')?.getAttribute('data-kc-state') === 'unavailable', 30_000);
    await article.waitFor(panelWithStory, 30_000);
    const panel = await article.evaluate(newsPanel);
    expect(panel?.text).toContain('Later news is unavailable: Phoronix could not be asked');
    expect(panel?.events.some((event) => /^Linux 5\.13 released/.test(event.text))).toBe(true);
    expect(panel?.events.some((event) => event.kind === 'mainline')).toBe(true);
    server.clearFaults();
    await article.close();
  });
}
