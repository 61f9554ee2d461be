/**
 * The annotator's start and its answers ahead: the background remembers the questions a page
 * asked over its port, and when the page is opened again the content script asks, in one
 * message, for the user's choices and those questions' answers — the background's answers of
 * that moment, never last visit's; the annotator takes each for its question instead of
 * asking, once. Nothing is answered ahead (or fetched) for a page the reader would not see
 * annotated now.
 */
import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AnswerCache } from '@/utils/cache/answer-cache';
import { openCacheStore } from '@/utils/cache/cache-store';
import { parseWithDom } from '@/utils/dom/parse-markup';
import { createBackgroundHandlers } from '@/utils/messaging/background-handlers';
import { ArticleIndex } from '@/utils/news/article-index';
import { parseBundledReleaseData } from '@/utils/release/bundled-data';
import { GitHubSource } from '@/utils/sources/github';
import { AHEAD_DEADLINE_MS, answersAhead, RecentQuestions } from '@/utils/messaging/answers-ahead';
import { askAnnotatorStart, connectEarly, disconnectQuestions, sendMessage, sendOneMessage, takeAnswersAhead, takeAskedAnnotatorStart } from '@/utils/messaging/content-messaging';
import { registerHandlers, type Handlers } from '@/utils/messaging/register-handlers';
import { togglePageOff } from '@/utils/settings/page-off';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings-rules';
import { readStoredChoices } from '@/utils/settings/stored-choices';
import { saveSettings } from '@/utils/settings/settings';
import type { Answer, AnswerAhead, CurrentReleases, ReleaseStatusesAnswer } from '@/utils/types';
import { deliverMessage } from '../helpers/deliver-message';
import { fakeHttp, jsonResponse } from '../helpers/fake-http';
import { sharedFixture } from '../helpers/fixtures';
import { fakePorts } from '../helpers/fake-ports';

// The page tests/setup.ts connects ports from.
const PAGE = 'https://www.phoronix.com/news/Rust-Hits-Linux-Next';
const tab = { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
const pageSender = { id: fakeBrowser.runtime.id, url: PAGE, tab, frameId: 0 };

const releasesAt = (fetchedAt: number): Answer<CurrentReleases> => ({ value: { latestStable: '6.12.1', releases: [] }, fetchedAt, stale: false, from: 'cache' });
const statusesAt = (asOf: number): ReleaseStatusesAnswer => ({ statuses: [], source: 'kernel.org', asOf }) as unknown as ReleaseStatusesAnswer;
const VERSIONS = { versions: [{ version: '6.1', series: '6.1' }], publishedAt: '2022-11-01T12:00:00.000Z' };

let stops: (() => void)[] = [];
beforeEach(() => {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((message: unknown) => deliverMessage(message, pageSender)) as typeof fakeBrowser.runtime.sendMessage);
});
afterEach(() => {
  disconnectQuestions();
  stops.forEach((stop) => stop());
  stops = [];
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** The background as entrypoints/background wires it: every page's port questions remembered, the stored choices read for the start. */
function background(handlers: Handlers): RecentQuestions {
  const recent = new RecentQuestions();
  stops.push(registerHandlers(handlers, fakeBrowser.runtime.id, undefined, { recent, readChoices: readStoredChoices }));
  return recent;
}

/** A visit's questions, asked as the annotator asks them (over the port). */
async function visit(): Promise<void> {
  connectEarly();
  await sendMessage('getCurrentReleases', { refresh: false });
  await sendMessage('getReleaseStatuses', VERSIONS);
  disconnectQuestions();
}

describe('the questions remembered', () => {
  it("are each page's own, the fragment aside, in the order asked, each once", () => {
    const recent = new RecentQuestions();
    recent.record(`${PAGE}#comments`, 'getReleaseStatuses', VERSIONS);
    recent.record(PAGE, 'getCurrentReleases', { refresh: false });
    recent.record(PAGE, 'getReleaseStatuses', VERSIONS);
    recent.record('https://lore.kernel.org/all/x@y/T/', 'getMainlineStatus', { query: { kind: 'msgid', msgid: 'x@y' } });
    expect(recent.questionsOf(PAGE)).toEqual([
      { type: 'getReleaseStatuses', data: VERSIONS },
      { type: 'getCurrentReleases', data: { refresh: false } },
    ]);
    expect(recent.questionsOf('https://www.phoronix.com/news/Another')).toEqual([]);
    expect(recent.questionsOf(undefined)).toEqual([]);
  });

  it("leave out the popup's Refresh (asked past the cache) and what no overlay waits on", () => {
    const recent = new RecentQuestions();
    recent.record(PAGE, 'getCurrentReleases', { refresh: true });
    recent.record(PAGE, 'getReleaseStatuses', { ...VERSIONS, refresh: true });
    recent.record(PAGE, 'reportPage', { page: {}, mentions: [] });
    recent.record(PAGE, 'recordArticles', { articles: [] });
    recent.record(PAGE, 'clearCache', undefined);
    expect(recent.questionsOf(PAGE)).toEqual([]);
  });

  it("are forgotten with the popup's Clear cache, along with the answers", async () => {
    const { client, fetched } = fakeHttp(() => jsonResponse(JSON.parse(sharedFixture('kernel.org/releases.json_partial_2020-12-14_archey4.json'))));
    const cache = openCacheStore().then((store) => new AnswerCache(store));
    const bundledReleases = async () => parseBundledReleaseData(JSON.parse(readFileSync(new URL('../../public/data/kernel-releases.json', import.meta.url), 'utf8')));
    const recentQuestions = new RecentQuestions();
    const handlers = createBackgroundHandlers({ http: client, cache, bundledReleases, github: new GitHubSource(client), articles: () => ArticleIndex.open(), parse: parseWithDom, recentQuestions });
    stops.push(registerHandlers(handlers, fakeBrowser.runtime.id, undefined, { recent: recentQuestions, readChoices: readStoredChoices }));
    connectEarly();
    await sendMessage('getCurrentReleases', { refresh: false });
    disconnectQuestions();
    expect((await sendOneMessage('getAnnotatorStart')).answersAhead.map(({ type }) => type)).toEqual(['getCurrentReleases']);
    const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    expect(await deliverMessage({ id: 1, type: 'clearCache', data: undefined, timestamp: Date.now() }, popup)).toMatchObject({ res: { entries: 0 } });
    expect((await sendOneMessage('getAnnotatorStart')).answersAhead).toEqual([]);
    expect(fetched).toEqual(['https://www.kernel.org/releases.json']);
  });

  it('keep a long page to its first 24 questions, and forget the page asked least lately first', () => {
    const recent = new RecentQuestions();
    for (let n = 0; n < 30; n++) recent.record(PAGE, 'getMainlineStatus', { query: { kind: 'commit', sha: `${n}`.padStart(12, 'a') } });
    expect(recent.questionsOf(PAGE)).toHaveLength(24);
    for (let n = 0; n < 40; n++) recent.record(`https://www.phoronix.com/news/Article-${n}`, 'getCurrentReleases', { refresh: false });
    expect(recent.questionsOf(PAGE)).toEqual([]);
    expect(recent.questionsOf('https://www.phoronix.com/news/Article-0')).toHaveLength(1);
  });
});

describe('the answers ahead', () => {
  it("are the background's answers now, to the questions the page asked on its last visit", async () => {
    let now = 1_000;
    const releases = vi.fn(async () => releasesAt(now));
    const statuses = vi.fn(async () => statusesAt(now));
    background({ getCurrentReleases: releases, getReleaseStatuses: statuses });
    expect(await sendOneMessage('getAnnotatorStart')).toEqual({ choices: await readStoredChoices(), answersAhead: [] });
    await visit();
    now = 2_000;
    const ahead = (await sendOneMessage('getAnnotatorStart')).answersAhead;
    expect(ahead).toEqual([
      { type: 'getCurrentReleases', data: { refresh: false }, res: releasesAt(2_000) },
      { type: 'getReleaseStatuses', data: VERSIONS, res: statusesAt(2_000) },
    ]);
    expect(releases).toHaveBeenCalledTimes(2);
  });

  it('leave out a question the background is slower over than the deadline, or refuses, or fails on: the page asks it', async () => {
    vi.useFakeTimers();
    const questions = [
      { type: 'getCurrentReleases', data: { refresh: false } },
      { type: 'getReleaseStatuses', data: VERSIONS },
      { type: 'getMainlineStatus', data: { query: 'not a query' } },
      { type: 'getLaterNews', data: { subject: {} } },
    ] as const;
    const given = answersAhead(questions, async ({ type }) => {
      if (type === 'getCurrentReleases') return { res: releasesAt(1) };
      if (type === 'getReleaseStatuses') return new Promise((resolve) => setTimeout(() => resolve({ res: statusesAt(1) }), AHEAD_DEADLINE_MS + 1));
      if (type === 'getMainlineStatus') return { err: { name: 'InvalidMessageError', message: 'bad' } };
      throw new Error('IndexedDB went away');
    });
    await vi.advanceTimersByTimeAsync(AHEAD_DEADLINE_MS);
    expect(await given).toEqual([{ type: 'getCurrentReleases', data: { refresh: false }, res: releasesAt(1) }]);
  });

  it.each([
    ['Kernel Context is off', async () => saveSettings({ ...DEFAULT_SETTINGS, enabled: false })],
    ['Phoronix is switched off', async () => saveSettings({ ...DEFAULT_SETTINGS, sites: { ...DEFAULT_SETTINGS.sites, phoronix: false } })],
    ['the page is switched off', async () => void (await togglePageOff(PAGE))],
  ])('are none, and nothing is looked up for them, when %s', async (_what, switchOff) => {
    const releases = vi.fn(async () => releasesAt(1));
    const statuses = vi.fn(async () => statusesAt(1));
    background({ getCurrentReleases: releases, getReleaseStatuses: statuses });
    await visit();
    await switchOff();
    expect((await sendOneMessage('getAnnotatorStart')).answersAhead).toEqual([]);
    expect([releases.mock.calls.length, statuses.mock.calls.length]).toEqual([1, 1]);
  });

  it('leave out the badges of a kind switched off, and keep the panel\'s release list', async () => {
    const statuses = vi.fn(async () => statusesAt(1));
    background({ getCurrentReleases: async () => releasesAt(1), getReleaseStatuses: statuses });
    await visit();
    await saveSettings({ ...DEFAULT_SETTINGS, kinds: { ...DEFAULT_SETTINGS.kinds, release: false } });
    expect(((await sendOneMessage('getAnnotatorStart')).answersAhead).map(({ type }) => type)).toEqual(['getCurrentReleases']);
    expect(statuses).toHaveBeenCalledTimes(1);
  });
});

describe('the annotator taking them', () => {
  const ahead: AnswerAhead[] = [{ type: 'getCurrentReleases', data: { refresh: false }, res: releasesAt(5) }];

  it('takes the answer for its question instead of asking, once; the same question again, or another, is asked', async () => {
    const releases = vi.fn(async ({ refresh }: { refresh: boolean }) => ({ ...releasesAt(9), stale: refresh }));
    background({ getCurrentReleases: releases });
    takeAnswersAhead(Promise.resolve(ahead));
    await expect(sendMessage('getCurrentReleases', { refresh: false })).resolves.toEqual(releasesAt(5));
    expect(fakePorts().received).toHaveLength(0);
    await expect(sendMessage('getCurrentReleases', { refresh: false })).resolves.toEqual(releasesAt(9));
    await expect(sendMessage('getCurrentReleases', { refresh: true })).resolves.toEqual({ ...releasesAt(9), stale: true });
    expect(releases).toHaveBeenCalledTimes(2);
  });

  it('asks when the answers ahead did not come', async () => {
    background({ getCurrentReleases: async () => releasesAt(9) });
    takeAnswersAhead(Promise.reject(new Error('Could not establish connection')));
    await expect(sendMessage('getCurrentReleases', { refresh: false })).resolves.toEqual(releasesAt(9));
  });

  it('asks once the page has been open a few seconds: answers ahead are for its opening moments', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    background({ getCurrentReleases: async () => releasesAt(9) });
    takeAnswersAhead(Promise.resolve(ahead));
    await vi.advanceTimersByTimeAsync(5_000);
    const asked = sendMessage('getCurrentReleases', { refresh: false });
    await vi.advanceTimersByTimeAsync(10);
    await expect(asked).resolves.toEqual(releasesAt(9));
  });
});

describe("the annotator's start, handed from the content script", () => {
  it('gives the annotator the choices stored and the answers ahead, once; a second copy of the annotator starts without', async () => {
    background({ getCurrentReleases: async () => releasesAt(3), getReleaseStatuses: async () => statusesAt(3) });
    await saveSettings({ ...DEFAULT_SETTINGS, kinds: { ...DEFAULT_SETTINGS.kinds, news: false } });
    await visit();
    askAnnotatorStart();
    const choices = takeAskedAnnotatorStart();
    await expect(choices).resolves.toEqual(await readStoredChoices());
    expect((await choices)!.settings.kinds.news).toBe(false);
    await expect(sendMessage('getCurrentReleases', { refresh: false })).resolves.toEqual(releasesAt(3));
    expect(fakePorts().received).toHaveLength(1);
    expect(takeAskedAnnotatorStart()).toBeUndefined();
  });

  it('is nothing when the content script asked for none, and a failed one is the annotator\'s to handle, with no unhandled rejection meanwhile', async () => {
    expect(takeAskedAnnotatorStart()).toBeUndefined();
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async () => Promise.reject(new Error('Extension context invalidated.'))) as typeof fakeBrowser.runtime.sendMessage);
    askAnnotatorStart();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(takeAskedAnnotatorStart()).rejects.toThrow('Extension context invalidated.');
  });
});
