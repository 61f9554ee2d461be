import { parseWithDom } from '@/utils/dom/parse-markup';
import { ArticleIndex } from '@/utils/news/article-index';
import { GitHubSource } from '@/utils/sources/github';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBundledReleaseData } from '@/utils/release/bundled-data';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Runtime } from 'webextension-polyfill';
import { AnswerCache } from '@/utils/cache/answer-cache';
import { openCacheStore } from '@/utils/cache/cache-store';
import { createBackgroundHandlers } from '@/utils/messaging/background-handlers';
import type { ProtocolMap } from '@/utils/messaging/protocol';
import { registerHandlers, type Handlers } from '@/utils/messaging/register-handlers';
import type { Answer, CacheStats, CurrentReleases } from '@/utils/types';
import { fakeHttp, jsonResponse } from '../helpers/fake-http';
import { sharedFixture } from '../helpers/fixtures';
import { deliverMessage } from '../helpers/deliver-message';

/** What @webext-core/messaging@2 puts on the wire: `{ id, type, data, timestamp }`. */
function wireMessage(type: string, data: unknown) {
  return { id: 4242, type, data, timestamp: Date.now() };
}

interface Reply {
  res?: unknown;
  err?: { name?: string; message?: string };
}

/** Delivers a message to the background's listeners as the browser would, returning the reply. */
async function deliver(message: unknown, sender: Runtime.MessageSender): Promise<Reply | undefined> {
  return (await deliverMessage(message, sender)) as Reply | undefined;
}

const popupSender = (): Runtime.MessageSender => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });
const contentScriptSender = (): Runtime.MessageSender => ({
  id: fakeBrowser.runtime.id,
  url: 'https://www.phoronix.com/news/Rust-Linux-Next',
  tab: { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
});

const RELEASES: Answer<CurrentReleases> = {
  value: { latestStable: '6.1.1', releases: [] },
  fetchedAt: 1_000,
  stale: false,
  from: 'cache',
};

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  stop = undefined;
});

describe('registerHandlers', () => {
  function register(handlers: Handlers) {
    stop = registerHandlers(handlers, fakeBrowser.runtime.id);
  }

  it("answers a valid message from the extension's own pages", async () => {
    const handler = vi.fn(async (_data: { refresh: boolean }) => RELEASES);
    register({ getCurrentReleases: handler });
    const reply = await deliver(wireMessage('getCurrentReleases', { refresh: true }), popupSender());
    expect(reply).toEqual({ res: RELEASES });
    expect(handler).toHaveBeenCalledTimes(1);
    expect(handler.mock.calls[0]?.[0]).toEqual({ refresh: true });
  });

  it('answers its own content scripts and hands the handler the sender', async () => {
    const handler = vi.fn((_data: { refresh: boolean }, sender: Runtime.MessageSender) => ({ ...RELEASES, fetchedAt: sender.tab?.id ?? -1 }));
    register({ getCurrentReleases: handler });
    const reply = await deliver(wireMessage('getCurrentReleases', { refresh: false }), contentScriptSender());
    expect(reply).toEqual({ res: { ...RELEASES, fetchedAt: 7 } });
  });

  it("answers the extension pages' own messages to those pages only, never to a content script", async () => {
    const handler = vi.fn(() => [{ resource: 'core', remaining: 60 }]);
    register({ getRateLimits: handler });
    const refused = await deliver(wireMessage('getRateLimits', undefined), contentScriptSender());
    expect(refused?.err?.name).toBe('InvalidMessageError');
    expect(handler).not.toHaveBeenCalled();
    expect(await deliver(wireMessage('getRateLimits', undefined), popupSender())).toEqual({ res: [{ resource: 'core', remaining: 60 }] });
  });

  it.each<[string, Runtime.MessageSender]>([
    ['another extension', { id: 'some-other-extension-id' }],
    ['a web page', { url: 'https://evil.example/' }],
    ['a sender without id', {}],
  ])('rejects a message from %s without calling the handler', async (_name, sender) => {
    const handler = vi.fn(async () => RELEASES);
    register({ getCurrentReleases: handler });
    const reply = await deliver(wireMessage('getCurrentReleases', { refresh: true }), sender);
    expect(reply?.res).toBeUndefined();
    expect(reply?.err?.name).toBe('InvalidMessageError');
    expect(handler).not.toHaveBeenCalled();
  });

  it.each<[string, unknown]>([
    ['an extra field', { refresh: true, url: 'https://evil.example/' }],
    ['a wrong type', { refresh: 'yes' }],
    ['no data', undefined],
  ])('rejects malformed data (%s) without calling the handler', async (_name, data) => {
    const handler = vi.fn(async () => RELEASES);
    register({ getCurrentReleases: handler });
    const reply = await deliver(wireMessage('getCurrentReleases', data), popupSender());
    expect(reply?.err?.name).toBe('InvalidMessageError');
    expect(handler).not.toHaveBeenCalled();
  });

  it('does not answer message types it has no handler for', async () => {
    const handler = vi.fn(async () => RELEASES);
    register({ getCurrentReleases: handler });
    const reply = await deliver(wireMessage('deleteEverything', undefined), popupSender());
    expect(reply).toBeUndefined();
    expect(handler).not.toHaveBeenCalled();
  });

  it('passes a failing handler’s error back to the sender', async () => {
    register({
      clearCache: async () => {
        throw new Error('IndexedDB is gone');
      },
    });
    const reply = await deliver(wireMessage('clearCache', undefined), popupSender());
    expect(reply?.err?.message).toBe('IndexedDB is gone');
  });

  it('stops answering once stopped', async () => {
    const handler = vi.fn(async () => RELEASES);
    const stopNow = registerHandlers({ getCurrentReleases: handler }, fakeBrowser.runtime.id);
    stopNow();
    const reply = await deliver(wireMessage('getCurrentReleases', { refresh: false }), popupSender());
    expect(reply).toBeUndefined();
    expect(handler).not.toHaveBeenCalled();
  });
});

/** The snapshot shipped in public/, read from disk as the background reads it from the extension. */
const bundledSnapshot = async () => parseBundledReleaseData(JSON.parse(readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../public/data/kernel-releases.json'), 'utf8')));

describe('the background handlers behind registerHandlers', () => {
  it('answers getReleaseStatuses from the bundled snapshot when both services fail, and says why', async () => {
    const { client } = fakeHttp(() => new Response('Internal Server Error', { status: 500 }));
    const cache = openCacheStore().then((store) => new AnswerCache(store));
    stop = registerHandlers(createBackgroundHandlers({ http: client, cache, bundledReleases: bundledSnapshot, github: new GitHubSource(client), articles: () => ArticleIndex.open(), parse: parseWithDom, today: () => '2026-08-22' }), fakeBrowser.runtime.id);
    const reply = await deliver(
      wireMessage('getReleaseStatuses', { versions: [{ version: '5.13', series: '5.13' }], publishedAt: '2021-03-19T16:40:00.000Z' }),
      contentScriptSender(),
    );
    expect(reply?.err).toBeUndefined();
    const answer = reply?.res as ReturnType<ProtocolMap["getReleaseStatuses"]>;
    expect(answer.source).toBe('bundled');
    expect(answer.failure?.reason).toBe('http-error');
    expect(answer.statuses[0]).toMatchObject({ subject: '5.13', state: 'eol', releasedOn: '2021-06-27', eol: { date: '2021-09-18', lastPoint: '5.13.19' } });
  });

  it('answers getCurrentReleases from kernel.org, then from the cache, and reports and clears the cache', async () => {
    const releasesJson: unknown = JSON.parse(sharedFixture('kernel.org/releases.json_partial_2020-12-14_archey4.json'));
    const { client, fetched } = fakeHttp(() => jsonResponse(releasesJson));
    const cache = openCacheStore().then((store) => new AnswerCache(store));
    stop = registerHandlers(createBackgroundHandlers({ http: client, cache, bundledReleases: bundledSnapshot, github: new GitHubSource(client), articles: () => ArticleIndex.open(), parse: parseWithDom }), fakeBrowser.runtime.id);

    const first = await deliver(wireMessage('getCurrentReleases', { refresh: false }), contentScriptSender());
    const answer = first?.res as ReturnType<ProtocolMap['getCurrentReleases']>;
    expect(answer.from).toBe('network');
    expect(answer.value?.latestStable).toBe('5.10.1');

    const second = await deliver(wireMessage('getCurrentReleases', { refresh: false }), contentScriptSender());
    expect((second?.res as Answer<CurrentReleases>).from).toBe('cache');
    expect(fetched).toEqual(['https://www.kernel.org/releases.json']);

    const stats = (await deliver(wireMessage('getCacheStats', undefined), popupSender()))?.res as CacheStats;
    expect(stats.entries).toBe(1);
    const cleared = (await deliver(wireMessage('clearCache', undefined), popupSender()))?.res as CacheStats;
    expect(cleared.entries).toBe(0);
  });
});
