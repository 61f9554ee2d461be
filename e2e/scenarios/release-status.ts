import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BrowserDriver, PageDriver } from '../harness/driver';
import { WORLDS } from '../harness/paths.mjs';
import { startWorldServer, type WorldServer } from '../server/server.mjs';
import { SEED_ARTICLE } from './foundation';
import { readWithCardsOpen } from '../harness/cards';

type StartDriver = (server: WorldServer, userDataDir: string) => Promise<BrowserDriver>;

/** What the "5.13" badge of the seed article shows, read through its open shadow root. */
const badge513 = () => {
  const host = document.querySelector('kc-release[data-kc-subject="5.13"]');
  if (!host?.shadowRoot) return null;
  return {
    kind: host.getAttribute('data-kc-kind'),
    state: host.getAttribute('data-kc-state'),
    label: host.shadowRoot.querySelector('button')?.textContent ?? '',
    times: [...host.shadowRoot.querySelectorAll('time')].map((time) => time.getAttribute('datetime')),
    text: host.shadowRoot.textContent ?? '',
    evidence: [...host.shadowRoot.querySelectorAll('a[data-kc-evidence]')].map((a) => a.getAttribute('href')),
    before: host.previousSibling?.textContent?.slice(-4),
  };
};
const hasBadge = () => document.querySelector('kc-release') !== null;
const noBadge = () => document.querySelector('kc-release') === null;

/** Release status on the seed article (issue: release status), in each real browser. */
export function releaseStatusScenarios(startDriver: StartDriver) {
  let server: WorldServer;
  let driver: BrowserDriver;
  let profile: string;
  let article: PageDriver;

  beforeAll(async () => {
    server = await startWorldServer({ worlds: [path.join(WORLDS, 'demo')], port: 0 });
    profile = await mkdtemp(path.join(os.tmpdir(), 'kc-e2e-release-'));
    driver = await startDriver(server, profile);
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
    await rm(profile, { recursive: true, force: true });
  });

  const requestsTo = (...hosts: string[]) => server.requests().filter((request) => hosts.includes(request.host));

  it('puts a badge right after "5.13": released 2021-06-27, end of life since 2021-09-18, with its evidence', async () => {
    article = await driver.open(SEED_ARTICLE);
    await article.waitFor(hasBadge);
    const badge = await readWithCardsOpen(article, badge513);
    expect(badge).toMatchObject({ kind: 'release', state: 'eol', label: 'EOL', before: '5.13' });
    expect(badge?.times).toEqual(expect.arrayContaining(['2021-06-27', '2021-09-18']));
    expect(badge?.text).toContain('5.13.19');
    expect(badge?.text).toMatch(/checked/);
    expect(badge?.evidence).toEqual(expect.arrayContaining(['https://endoflife.date/linux', 'https://kernelnewbies.org/Linux_5.13']));
    expect(requestsTo('www.kernel.org', 'endoflife.date').length).toBeGreaterThan(0);
    await article.waitFor(() =>
      document.querySelector('kc-status')?.shadowRoot?.textContent?.includes('release status beside 1 kernel version'),
    );
  });

  it('removes the badges when "Release status" is switched off, and brings them back when on', async () => {
    const popup = await driver.openPopup();
    await popup.clickByName('Release status');
    await article.waitFor(noBadge);
    // The panel stays: only this kind of annotation was switched off.
    expect(await article.evaluate(() => document.querySelector('kc-status') !== null)).toBe(true);
    await popup.clickByName('Release status');
    await article.waitFor(hasBadge);
    expect((await readWithCardsOpen(article, badge513))?.state).toBe('eol');
    await popup.close();
  });

  it('answers a reload from its cache while kernel.org and endoflife.date are unreachable', async () => {
    server.setFault({ host: 'www.kernel.org' }, { reset: true });
    server.setFault({ host: 'endoflife.date' }, { reset: true });
    server.resetLog();
    await article.reload();
    await article.waitFor(hasBadge);
    const badge = await readWithCardsOpen(article, badge513);
    expect(badge?.state).toBe('eol');
    expect(badge?.text).toMatch(/checked/);
    expect(requestsTo('www.kernel.org', 'endoflife.date')).toHaveLength(0);
    server.clearFaults();
  });

  it('answers from the bundled snapshot, and says so, when both services fail on a first visit', async () => {
    const popup = await driver.openPopup();
    await popup.clickByName('Clear cache');
    await popup.close();
    server.setFault({ host: 'www.kernel.org' }, { status: 500, body: 'Internal Server Error' });
    server.setFault({ host: 'endoflife.date' }, { status: 500, body: 'Internal Server Error' });
    await article.reload();
    await article.waitFor(hasBadge, 20_000);
    const badge = await readWithCardsOpen(article, badge513);
    expect(badge?.state).toBe('eol');
    expect(badge?.times).toEqual(expect.arrayContaining(['2021-06-27', '2021-09-18']));
    expect(badge?.text).toContain('From bundled data of');
    server.clearFaults();
    await article.close();
  });
}

/** kernel.org's own release table gains, per row, the release's age and its series' end of life. */
export function releaseTableScenarios(startDriver: StartDriver) {
  let server: WorldServer;
  let driver: BrowserDriver;
  let profile: string;

  beforeAll(async () => {
    server = await startWorldServer({ worlds: [path.join(WORLDS, 'demo')], port: 0 });
    profile = await mkdtemp(path.join(os.tmpdir(), 'kc-e2e-table-'));
    driver = await startDriver(server, profile);
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
    await rm(profile, { recursive: true, force: true });
  });

  it('adds "released N days ago" and the EOL date inside each version cell of www.kernel.org', async () => {
    const page = await driver.open('https://www.kernel.org/');
    await page.waitFor(() => document.querySelectorAll('#releases kc-release').length === 8);
    const rows = await page.evaluate(() =>
      [...document.querySelectorAll('#releases kc-release')].map((host) => ({
        subject: host.getAttribute('data-kc-subject'),
        state: host.getAttribute('data-kc-state'),
        inCell: host.parentElement?.tagName === 'TD' && host.previousElementSibling?.tagName === 'STRONG',
        facts: host.shadowRoot?.querySelector('.kc-badge__facts')?.textContent ?? '',
        times: [...(host.shadowRoot?.querySelectorAll('.kc-badge__facts time') ?? [])].map((time) => time.getAttribute('datetime')),
      })),
    );
    expect(rows.map((row) => row.subject)).toEqual(['5.1-rc6', '5.0.10', '4.19.37', '4.14.114', '4.9.171', '4.4.179', '3.18.139', '3.16.65']);
    expect(rows.every((row) => row.inCell)).toBe(true);
    // 4.19 was a long-term series whose end of life has passed.
    const lts419 = rows.find((row) => row.subject === '4.19.37')!;
    expect(lts419.state).toBe('eol');
    expect(lts419.facts).toMatch(/^ released .+ ago · EOL /);
    expect(lts419.times[0]).toBe('2019-04-27');
    await page.close();
  });

  it('takes every overlay off www.kernel.org when the site switch "kernel.org" is off, and puts them back when on', async () => {
    const page = await driver.open('https://www.kernel.org/');
    await page.waitFor(() => document.querySelectorAll('#releases kc-release').length === 8);
    const popup = await driver.openPopup();
    await popup.clickByName('kernel.org');
    await page.waitFor(() => document.querySelector('kc-release, kc-status') === null);
    await popup.clickByName('kernel.org');
    await page.waitFor(() => document.querySelectorAll('#releases kc-release').length === 8);
    await popup.close();
    await page.close();
  });
}

/** A long review: 120 paragraphs, each naming one release (oldest series first), after the seed article's page. */
const LONG_REVIEW = 'https://www.phoronix.com/review/kc-e2e-long-review';
const LONG_VERSIONS = [
  ...Array.from({ length: 20 }, (_, i) => `3.${i}`),
  ...Array.from({ length: 21 }, (_, i) => `4.${i}`),
  ...Array.from({ length: 20 }, (_, i) => `5.${i}`),
  ...Array.from({ length: 20 }, (_, i) => `6.${i}`),
  ...Array.from({ length: 39 }, (_, i) => `2.6.${i + 1}`),
];

/**
 * A page longer than its first screen (issue: performance): the annotator paints the first
 * screen's badges, then reads the whole page and adds the rest, up to the first 50; the
 * panel's "Show all" paints the others. No version gets two badges.
 */
export function longPageScenarios(startDriver: StartDriver) {
  let server: WorldServer;
  let driver: BrowserDriver;
  let profile: string;
  let world: string;

  beforeAll(async () => {
    world = await mkdtemp(path.join(os.tmpdir(), 'kc-e2e-long-world-'));
    const seed = await readFile(path.join(WORLDS, 'demo/pages/phoronix-rust-hits-linux-next.html'), 'utf8');
    const paragraphs = LONG_VERSIONS.map((version) => `Linux ${version} was tested again for this review.<br><br>`).join('\n');
    await writeFile(path.join(world, 'review.html'), seed.replace(/(<div class="content">)/, `$1${paragraphs}`));
    await writeFile(
      path.join(world, 'world.json'),
      JSON.stringify({ description: 'A long review made from the demo seed page.', routes: [{ host: 'www.phoronix.com', path: new URL(LONG_REVIEW).pathname, file: 'review.html' }] }),
    );
    server = await startWorldServer({ worlds: [path.join(WORLDS, 'demo'), world], port: 0 });
    profile = await mkdtemp(path.join(os.tmpdir(), 'kc-e2e-long-'));
    driver = await startDriver(server, profile);
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
    await rm(profile, { recursive: true, force: true });
    await rm(world, { recursive: true, force: true });
  });

  it('reads a long review to its end: the first 50 versions get a badge, "Show all" the others, each once per paragraph, right after its version', async () => {
    const page = await driver.open(LONG_REVIEW);
    const badges = () => [...document.querySelectorAll('kc-release')].map((host) => host.getAttribute('data-kc-subject'));
    const panelText = () => document.querySelector('kc-status')?.shadowRoot?.textContent ?? '';
    // "Show all" is offered once the whole page is read: the first screen names fewer than 50 versions.
    await page.waitFor(() => Boolean(document.querySelector('kc-status')?.shadowRoot?.querySelector('.kc-panel__show-all')), 30_000);
    expect(await page.evaluate(badges)).toEqual(LONG_VERSIONS.slice(0, 50));
    const held = Number(/(\d+) more versions are not marked yet/.exec(await page.evaluate(panelText))?.[1]);
    await page.evaluate(() => document.querySelector('kc-status')?.shadowRoot?.querySelector<HTMLButtonElement>('.kc-panel__show-all')?.click());
    await page.waitFor(() => document.querySelectorAll('kc-release').length > 50);
    const all = await page.evaluate(badges);
    expect(all.length).toBe(50 + held);
    // The review's versions in order, then the seed article's own "5.13" (one per paragraph naming it).
    expect(all.slice(0, LONG_VERSIONS.length)).toEqual(LONG_VERSIONS);
    expect(new Set(all.slice(LONG_VERSIONS.length))).toEqual(new Set(['5.13']));
    const before = await page.evaluate(() => [...document.querySelectorAll('kc-release')].map((host) => host.previousSibling?.textContent ?? ''));
    for (const [index, version] of LONG_VERSIONS.entries()) expect(before[index]?.endsWith(`Linux ${version}`)).toBe(true);
    await page.close();
  });
}
