import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { startGitHubStandIn } from '../github/github-api.mjs';
import type { BrowserDriver, PageDriver } from '../harness/driver';
import { WORLDS } from '../harness/paths.mjs';
import { startWorldServer, type WorldServer } from '../server/server.mjs';
import { SEED_ARTICLE } from './foundation';
import { readWithCardsOpen } from '../harness/cards';

type StartDriver = (server: WorldServer, userDataDir: string) => Promise<BrowserDriver>;
type StandIn = Awaited<ReturnType<typeof startGitHubStandIn>>;

const LINUX_NEXT_MERGE = 'c7c4c9b88eecb28d3b48ba855cd6f9f7391a33b2';
const GIT = 'https://git.kernel.org/pub/scm/linux/kernel/git';
export const COMMIT_PAGES = {
  landed: `${GIT}/torvalds/linux.git/commit/?id=07a3ce7c09379672dde171413e7740f64e423e08`,
  netNext: `${GIT}/netdev/net-next.git/commit/?id=97df8dcaad8f41008ac55d4e80c4ac35317a7d7f`,
  nextMerge: `${GIT}/next/linux-next.git/commit/?id=80d15e092a0394fbb670e349bb945540d1a00cbe`,
  backport: `${GIT}/stable/linux.git/commit/?id=cf8395f410fe2d98d06add33faa7c573f0122ae4`,
};
export const PULL_THREAD = 'https://lore.kernel.org/linux-cifs/CAH2r5mtxKs7+wFMoE2m9gMZLc9vr3Jj9eEm21JZCNsunuiydDQ@mail.gmail.com/T/';

/** Every mainline annotation on the page, read through its open shadow root. */
const mainlineAnnotations = () =>
  [...document.querySelectorAll('kc-mainline')].map((host) => ({
    subject: host.getAttribute('data-kc-subject'),
    state: host.getAttribute('data-kc-state'),
    release: host.getAttribute('data-kc-release'),
    tag: host.getAttribute('data-kc-tag'),
    display: host.getAttribute('data-kc-display'),
    label: host.shadowRoot?.querySelector('button')?.textContent ?? null,
    text: host.shadowRoot?.textContent ?? '',
    times: [...(host.shadowRoot?.querySelectorAll('time') ?? [])].map((time) => time.getAttribute('datetime')),
    evidence: [...(host.shadowRoot?.querySelectorAll('a[data-kc-evidence]') ?? [])].map((a) => a.getAttribute('href')),
  }));
type Annotation = ReturnType<typeof mainlineAnnotations>[number];

// Page functions travel to the browser as source: no closures over test variables.
const twoAnnotations = () => document.querySelectorAll('kc-mainline').length >= 2;
const threeAnnotations = () => document.querySelectorAll('kc-mainline').length >= 3;
const aBanner = () => document.querySelector('kc-mainline[data-kc-display="banner"]') !== null;

/** Mainline status (issue: mainline status) in each real browser, against the git-backed GitHub stand-in. */
export function mainlineStatusScenarios(startDriver: StartDriver) {
  let server: WorldServer;
  let github: StandIn;
  let driver: BrowserDriver;
  let profile: string;
  let article: PageDriver;

  beforeAll(async () => {
    github = await startGitHubStandIn();
    server = await startWorldServer({
      worlds: [path.join(WORLDS, 'demo'), path.join(WORLDS, 'mainline')],
      port: 0,
      handlers: { 'api.github.com': github.api.handle },
    });
    profile = await mkdtemp(path.join(os.tmpdir(), 'kc-e2e-mainline-'));
    driver = await startDriver(server, profile);
  });

  // Each scenario starts with GitHub's full anonymous hourly budget (60 core, 10 search a minute).
  beforeEach(() => {
    github.api.fullAnonymousBudget();
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
    await rm(profile, { recursive: true, force: true });
  });

  const gitHubRequests = () => server.requests().filter((request) => request.host === 'api.github.com');
  const find = (annotations: Annotation[], subject: string) => annotations.find((annotation) => annotation.subject === subject);

  it('the seed article: the linux-next merge never reaches mainline, the code under rust/ did in Linux 6.1', async () => {
    server.resetLog();
    article = await driver.open(SEED_ARTICLE);
    await article.waitFor(threeAnnotations, 30_000);
    const annotations = await readWithCardsOpen(article, mainlineAnnotations);

    const merge = find(annotations, LINUX_NEXT_MERGE);
    expect(merge).toMatchObject({ state: 'not-merged', release: null, label: 'never in mainline' });
    expect(merge?.text).toContain('linux-next is rebuilt daily');
    expect(merge?.evidence).toContain(`https://git.kernel.org/next/linux-next/c/${LINUX_NEXT_MERGE}`);

    const rust = find(annotations, 'rust/');
    expect(rust).toMatchObject({ state: 'merged', release: '6.1', tag: 'v6.1-rc1', label: 'in 6.1' });
    expect(rust?.text).toContain('In mainline since Linux 6.1 (first tag v6.1-rc1');
    expect(rust?.times).toEqual(expect.arrayContaining(['2022-09-28', '2022-12-11']));
    expect(rust?.evidence).toEqual(expect.arrayContaining(['https://git.kernel.org/torvalds/h/v6.1-rc1']));

    // The RFC announcement is no patch: nothing in mainline links it, and that is all that is said.
    expect(find(annotations, 'CANiq72nbNxpps+p4wYp03ncrbGH9FFoTfHQZwg_vGdPO41eGmQ@mail.gmail.com')?.state).toBe('unknown');

    const cold = gitHubRequests().length;
    console.log(`[mainline] seed article, cold: ${cold} GitHub API requests (${JSON.stringify(github.api.calls().map((call) => call.path.split('?')[0]!.replace(/[0-9a-f]{40}/g, '<sha>')))})`);
    expect(cold).toBeGreaterThan(0);

    server.resetLog();
    await article.reload();
    await article.waitFor(threeAnnotations, 30_000);
    const warm = gitHubRequests().length;
    console.log(`[mainline] seed article, warm: ${warm} GitHub API requests`);
    expect(warm).toBe(0);
    expect(find(await readWithCardsOpen(article, mainlineAnnotations), 'rust/')?.state).toBe('merged');
  });

  it('a git.kernel.org commit page of a commit that landed: a banner with its first release', async () => {
    const page = await driver.open(COMMIT_PAGES.landed);
    await page.waitFor(aBanner, 30_000);
    const [banner] = (await readWithCardsOpen(page, mainlineAnnotations)).filter((annotation) => annotation.display === 'banner');
    expect(banner).toMatchObject({ subject: '07a3ce7c09379672dde171413e7740f64e423e08', state: 'merged', release: '6.2', tag: 'v6.2-rc1' });
    expect(banner?.text).toContain('In mainline since Linux 6.2 (first tag v6.2-rc1');
    // The banner sits under the commit header table.
    expect(await page.evaluate(() => document.querySelector('table.commit-info')?.nextElementSibling?.tagName)).toBe('KC-MAINLINE');
    await page.close();
  });

  it('a git.kernel.org commit page of a net-next commit that did not land: "not in mainline", checked', async () => {
    const page = await driver.open(COMMIT_PAGES.netNext);
    await page.waitFor(aBanner, 30_000);
    const [banner] = (await readWithCardsOpen(page, mainlineAnnotations)).filter((annotation) => annotation.display === 'banner');
    expect(banner).toMatchObject({ subject: '97df8dcaad8f41008ac55d4e80c4ac35317a7d7f', state: 'not-merged' });
    expect(banner?.text).toMatch(/Not in mainline \(checked .+\)/);
    await page.close();
  });

  it('a lore [GIT PULL] thread with a pr-tracker-bot reply: merged, in Linux 6.19', async () => {
    const page = await driver.open(PULL_THREAD);
    await page.waitFor(aBanner, 30_000);
    await page.waitFor(twoAnnotations, 30_000);
    const annotations = await readWithCardsOpen(page, mainlineAnnotations);
    const banner = annotations.find((annotation) => annotation.display === 'banner');
    expect(banner).toMatchObject({ subject: 'CAH2r5mtxKs7+wFMoE2m9gMZLc9vr3Jj9eEm21JZCNsunuiydDQ@mail.gmail.com', state: 'merged', release: '6.19', tag: 'v6.19-rc2' });
    expect(banner?.text).toContain("pr-tracker-bot's merge, verified in git");
    // The bot's own link to the merge gets a badge too.
    expect(find(annotations, 'cccbdb9bc555d694a145c0f87103d6e541618e22')).toMatchObject({ state: 'merged', release: '6.19' });
    await page.close();
  });

  it('removes every mainline overlay when "Mainline status" is switched off, and brings them back', async () => {
    const popup = await driver.openPopup();
    await popup.clickByName('Mainline status');
    await article.waitFor(() => document.querySelector('kc-mainline') === null);
    // Release badges stay: only this kind was switched off.
    expect(await article.evaluate(() => document.querySelector('kc-release') !== null)).toBe(true);
    await popup.clickByName('Mainline status');
    await article.waitFor(threeAnnotations, 30_000);
    await popup.close();
  });

  it('GitHub out of quota (403, x-ratelimit-remaining: 0): unavailable, rate-limited until the reset, and no request until then', async () => {
    const resetAt = Date.now() + 45 * 60_000;
    github.api.setRateLimit('core', { remaining: 0, resetAt });
    server.resetLog();
    const page = await driver.open(COMMIT_PAGES.nextMerge);
    await page.waitFor(aBanner, 30_000);
    const banner = (await readWithCardsOpen(page, mainlineAnnotations)).find((annotation) => annotation.display === 'banner');
    expect(banner?.state).toBe('unavailable');
    expect(banner?.text).toMatch(/Mainline status unavailable: rate-limited until \S+/);
    // The reset time GitHub gave (whole seconds), as a <time>.
    expect(banner?.times.some((time) => Math.abs(Date.parse(time ?? '') - resetAt) <= 1000)).toBe(true);
    const spent = gitHubRequests().length;
    expect(spent).toBeGreaterThan(0);
    expect(gitHubRequests().every((request) => request.status === 403)).toBe(true);

    // Another subject, and the same one again: no request to GitHub until the reset.
    await page.goto(COMMIT_PAGES.backport);
    await page.waitFor(aBanner, 30_000);
    expect((await readWithCardsOpen(page, mainlineAnnotations)).find((annotation) => annotation.display === 'banner')?.state).toBe('unavailable');
    await page.reload();
    await page.waitFor(aBanner, 30_000);
    expect(gitHubRequests()).toHaveLength(spent);
    await page.close();
  });
}
