/**
 * The message boundary: what a content script (which lives in a web page's process) or
 * anything else can make the background do. Every hostile message goes through the real
 * registration (registerHandlers + the background's handlers) over a fake network; it must
 * be refused without a request, without a write to settings or the cache, and without
 * touching Object.prototype. What is accepted may only ever reach the allowed hosts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isAllowedUrl } from '@/utils/net/allowed-hosts';
import { EXTENSION_PAGE_MESSAGES } from '@/utils/messaging/register-handlers';
import type { CacheStats } from '@/utils/types';
import { jsonResponse } from '../helpers/fake-http';
import { contentScriptSender, deliverOverPort, deliverRaw, popupSender, send, startBackground, TRANSPORTS, useTransport, wireMessage, type Background, type Transport } from './background';

let background: Background;
const fetched = () => background.http.fetched;

beforeEach(() => {
  // Whatever reaches the network gets an empty GitHub search, so an accepted message can be followed to its requests.
  background = startBackground((url) => (url.startsWith('https://api.github.com/search/') ? jsonResponse({ total_count: 0, incomplete_results: false, items: [] }) : new Response('Not Found', { status: 404 })));
});
afterEach(() => background.stop());

/** Everything stored in browser.storage, every area. */
async function storageSnapshot() {
  return {
    local: await fakeBrowser.storage.local.get(null),
    sync: await fakeBrowser.storage.sync.get(null),
    session: await fakeBrowser.storage.session.get(null),
  };
}

async function cacheEntries(): Promise<number> {
  return ((await send('getCacheStats', undefined, popupSender()))?.res as CacheStats).entries;
}

/** Sends each message and expects every one refused as invalid, with no request, no setting, no cache entry. */
async function expectRefused(messages: readonly (readonly [type: string, data: unknown])[], sender = contentScriptSender()) {
  const before = await storageSnapshot();
  for (const [type, data] of messages) {
    const reply = await send(type, data, sender);
    expect(reply?.res, `${type} was answered`).toBeUndefined();
    expect(reply?.err?.name, `${type}: ${JSON.stringify(reply)}`).toBe('InvalidMessageError');
  }
  expect(fetched()).toEqual([]);
  expect(await storageSnapshot()).toEqual(before);
  expect(await cacheEntries()).toBe(0);
}

const SUBJECT = {
  url: 'https://www.phoronix.com/news/Rust-Hits-Linux-Next',
  title: 'Initial Support For The Rust Language Lands In Linux-Next',
  publishedAt: '2021-03-19T16:40:00.000Z',
  keyTerms: ['rust'],
  mentions: { versions: [], paths: [], trees: [] },
};
const ARTICLE = { url: 'https://www.phoronix.com/news/X', title: 'X', seenIn: 'listing', seenAt: 1 };

// Every check twice: over a runtime message (how the popup asks) and over the port a content
// script asks its questions over.
describe.each(TRANSPORTS)('over a %s', (transport: Transport) => {
  beforeEach(() => useTransport(transport));
  /** A type the background does not handle: over a runtime message no answer at all; over the port, an answer that says so. */
  const expectUnanswered = (reply: Awaited<ReturnType<typeof send>>, what: string) => {
    if (transport === 'runtime message') expect(reply, what).toBeUndefined();
    else {
      expect(reply?.res, what).toBeUndefined();
      expect(reply?.err?.name, what).toBe('InvalidMessageError');
    }
  };

  describe('messages that would make the background fetch elsewhere', () => {
    it('are refused before any request: URLs to other hosts, schemes and paths in every field that reaches a source', async () => {
      await expectRefused([
        ['getLaterNews', { subject: { ...SUBJECT, url: 'https://evil.example/news/X' } }],
        ['getLaterNews', { subject: { ...SUBJECT, url: 'https://www.phoronix.com.evil.example/news/X' } }],
        ['getLaterNews', { subject: { ...SUBJECT, url: 'javascript:alert(1)' } }],
        ['getLaterNews', { subject: { ...SUBJECT, url: 'http://www.phoronix.com/news/X' } }],
        ['getLaterNews', { subject: SUBJECT, url: 'https://evil.example/' }],
        ['getLaterNews', { subject: { ...SUBJECT, feed: 'https://evil.example/rss' } }],
        ['recordArticles', { articles: [{ ...ARTICLE, url: 'https://evil.example/news/X' }] }],
        ['recordArticles', { articles: [{ ...ARTICLE, url: 'data:text/html,<script>alert(1)</script>' }] }],
        ['getKnownDevelopments', { teasers: [{ url: 'https://evil.example/news/X', title: 'X' }] }],
        ['getMainlineStatus', { query: { kind: 'commit', sha: 'https://evil.example/' } }],
        ['getMainlineStatus', { query: { kind: 'commit', sha: '../../../../evil' } }],
        ['getMainlineStatus', { query: { kind: 'commit', sha: 'abcdef1234567', tree: '../../evil.example' } }],
        ['getMainlineStatus', { query: { kind: 'path', path: '../../../etc/passwd' } }],
        ['getMainlineStatus', { query: { kind: 'path', path: '/etc/passwd' } }],
        ['getMainlineStatus', { query: { kind: 'path', path: 'https://evil.example/x' } }],
        ['getMainlineStatus', { query: { kind: 'path', path: 'rust/?per_page=100&redirect=https://evil.example' } }],
        ['getMainlineStatus', { query: { kind: 'path', path: 'rust/#x' } }],
        ['getMainlineStatus', { query: { kind: 'pull', msgid: 'a@b', subject: 'x', tag: 'v6.1 https://evil.example' } }],
        ['getMainlineStatus', { query: { kind: 'url', url: 'https://evil.example/' } }],
        ['getMainlineStatus', { query: { kind: 'path', path: 'rust/', url: 'https://evil.example/' } }],
        ['getReleaseStatuses', { versions: [{ version: '../../evil', series: '5.13' }] }],
        ['getReleaseStatuses', { versions: [{ version: '5.13', series: '5.13' }], source: 'https://evil.example/releases.json' }],
        ['getCurrentReleases', { refresh: true, url: 'https://evil.example/releases.json' }],
      ]);
    });

    it('there is no message that takes a URL to fetch: made-up types are not answered and ask nothing', async () => {
      const before = await storageSnapshot();
      for (const type of ['fetch', 'fetchUrl', 'proxy', 'getUrl', 'setSettings', 'setToken', 'eval', '']) {
        const reply = await send(type, { url: 'https://evil.example/', value: true });
        expect(reply?.res, type).toBeUndefined();
      }
      expect(fetched()).toEqual([]);
      expect(await storageSnapshot()).toEqual(before);
    });

    it("types named after Object's own properties reach no function of Object's (the messaging library's lookup did)", async () => {
      for (const type of ['__proto__', 'constructor', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toString', 'toLocaleString', 'valueOf', '__defineGetter__', '__lookupGetter__']) {
        expectUnanswered(await send(type, { refresh: true }), type);
      }
      expect(fetched()).toEqual([]);
    });

    it('what is accepted reaches only the allowed hosts: a URL inside a message id or a path stays a search term on api.github.com', async () => {
      const accepted = [
        { query: { kind: 'msgid', msgid: 'https://evil.example/x@evil.example' } },
        { query: { kind: 'commit', sha: 'abcdef1234567', linkMsgids: ['x@evil.example/?q=1'] } },
        { query: { kind: 'pull', msgid: 'a@b', subject: '" OR 1=1 https://evil.example', tag: 'tags/../../evil' } },
      ];
      for (const data of accepted) expect((await send('getMainlineStatus', data))?.err, JSON.stringify(data)).toBeUndefined();
      expect(fetched().length).toBeGreaterThan(0);
      for (const url of fetched()) {
        expect(isAllowedUrl(new URL(url)), url).toBe(true);
        expect(new URL(url).hostname).toBe('api.github.com');
      }
    });
  });

  describe('malformed messages', () => {
    it('of the wrong types are refused', async () => {
      await expectRefused([
        ['getCurrentReleases', { refresh: 'true' }],
        ['getCurrentReleases', [true]],
        ['getCurrentReleases', 'refresh'],
        ['getCurrentReleases', null],
        ['getReleaseStatuses', { versions: { version: '5.13', series: '5.13' } }],
        ['getReleaseStatuses', { versions: [{ version: 5.13, series: '5.13' }] }],
        ['getReleaseStatuses', { versions: [], publishedAt: 'yesterday' }],
        ['getMainlineStatus', { query: null }],
        ['getMainlineStatus', { query: 'rust/' }],
        ['getMainlineStatus', { query: { kind: 'path', path: ['rust/'] } }],
        ['getMainlineStatus', { query: { kind: 'commit', sha: 12345678 } }],
        ['getMainlineStatus', { query: { kind: 'path', path: 'rust/' }, refresh: 'yes' }],
        ['getLaterNews', { subject: { ...SUBJECT, keyTerms: 'rust' } }],
        ['getLaterNews', { subject: { ...SUBJECT, mentions: null } }],
        ['recordArticles', { articles: [{ ...ARTICLE, seenIn: 'everywhere' }] }],
        ['recordArticles', { articles: [{ ...ARTICLE, seenAt: '1' }] }],
        ['reportPage', { page: { kind: 'evil-page', url: 'https://www.phoronix.com/' }, mentions: [] }],
        ['reportPage', { page: { kind: 'phoronix-article', url: 'https://www.phoronix.com/' }, mentions: [{ kind: 'script', text: 'x' }] }],
      ]);
    });

    it('that are huge are refused, quickly: 100,000-item arrays, megabyte strings, deep nesting', async () => {
      const many = <T>(n: number, item: T) => Array.from({ length: n }, () => item);
      const version = { version: '5.13', series: '5.13' };
      const mention = { kind: 'version', text: '5.13', version: '5.13', series: '5.13' };
      const megabyte = 'a'.repeat(1_000_000);
      let deep: unknown = { kind: 'path', path: 'rust/' };
      for (let i = 0; i < 10_000; i++) deep = { query: deep };
      const started = performance.now();
      await expectRefused([
        ['getReleaseStatuses', { versions: many(100_000, version) }],
        ['getReleaseStatuses', { versions: many(501, version) }],
        ['reportPage', { page: { kind: 'phoronix-article', url: 'https://www.phoronix.com/news/X' }, mentions: many(100_000, mention) }],
        ['reportPage', { page: { kind: 'phoronix-article', url: 'https://www.phoronix.com/news/X' }, mentions: many(100_000, { kind: 'junk' }) }],
        ['recordArticles', { articles: many(201, ARTICLE) }],
        ['getKnownDevelopments', { teasers: many(100_000, { url: ARTICLE.url, title: 'X' }) }],
        ['getLaterNews', { subject: { ...SUBJECT, keyTerms: many(31, 'rust') } }],
        ['getLaterNews', { subject: { ...SUBJECT, title: megabyte } }],
        ['getLaterNews', { subject: SUBJECT, body: 'word '.repeat(2_000_000) }],
        ['getMainlineStatus', { query: { kind: 'commit', sha: 'abcdef1234567', linkMsgids: many(6, 'a@b') } }],
        ['getMainlineStatus', { query: { kind: 'msgid', msgid: `${megabyte}@b` } }],
        ['getMainlineStatus', { query: { kind: 'path', path: `${megabyte}/` } }],
        ['getMainlineStatus', deep],
        ['recordArticles', { articles: [{ ...ARTICLE, title: megabyte }] }],
      ]);
      expect(performance.now() - started).toBeLessThan(5_000);
    });

    it('carrying prototype-pollution keys are refused and pollute nothing', async () => {
      const pollute = (json: string) => JSON.parse(json) as unknown;
      await expectRefused([
        ['getCurrentReleases', pollute('{"refresh":true,"__proto__":{"polluted":true}}')],
        ['getCurrentReleases', pollute('{"refresh":true,"constructor":{"prototype":{"polluted":true}}}')],
        ['getMainlineStatus', pollute('{"query":{"kind":"path","path":"rust/","__proto__":{"polluted":true}}}')],
        ['getMainlineStatus', pollute('{"query":{"__proto__":{"kind":"path","path":"rust/"}}}')],
        ['getReleaseStatuses', pollute('{"versions":[{"version":"5.13","series":"5.13","__proto__":{"polluted":true}}]}')],
        ['getLaterNews', pollute(`{"subject":${JSON.stringify(SUBJECT)},"__proto__":{"polluted":true}}`)],
        ['recordArticles', pollute(`{"articles":[{"url":"https://www.phoronix.com/news/X","title":"X","seenIn":"listing","seenAt":1,"__proto__":{"polluted":true}}]}`)],
        ['reportPage', pollute('{"page":{"kind":"phoronix-article","url":"https://www.phoronix.com/","constructor":{"prototype":{"polluted":true}}},"mentions":[]}')],
      ]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
    });

    it('that are not messages of the protocol at all reach no handler', async () => {
      const before = await storageSnapshot();
      for (const raw of [null, 'getCurrentReleases', 42, [], { type: 'getCurrentReleases' }, { type: 42, data: {} }, { type: { toString: () => 'getCurrentReleases' }, data: { refresh: true }, id: 1, timestamp: 0 }]) {
        const reply = await (transport === 'question port' ? deliverOverPort : deliverRaw)(raw, contentScriptSender());
        expect(reply?.res, JSON.stringify(raw)).toBeUndefined();
      }
      expect(fetched()).toEqual([]);
      expect(await storageSnapshot()).toEqual(before);
    });
  });

  describe('who may ask', () => {
    it('nothing is answered to another extension, a web page or a sender without an id', async () => {
      for (const sender of [{ id: 'another-extension' }, { url: 'https://evil.example/' }, {}, { id: `${fakeBrowser.runtime.id}x`, url: fakeBrowser.runtime.getURL('/popup.html') }]) {
        for (const [type, data] of [['getCurrentReleases', { refresh: true }], ['getMainlineStatus', { query: { kind: 'path', path: 'rust/' } }], ['clearCache', undefined]] as const) {
          const reply = await send(type, data, sender);
          expect(reply?.err?.name, `${type} from ${JSON.stringify(sender)}`).toBe('InvalidMessageError');
        }
      }
      expect(fetched()).toEqual([]);
    });

    it("a content script is refused the extension pages' messages: the cache, its clearing, the rate limits, checking a token", async () => {
      expect([...EXTENSION_PAGE_MESSAGES].sort()).toEqual(['clearCache', 'getCacheStats', 'getRateLimits', 'validateGitHubToken']);
      await expectRefused([
        ['clearCache', undefined],
        ['getCacheStats', undefined],
        ['getRateLimits', undefined],
        ['validateGitHubToken', { token: 'ghp_0123456789abcdefghijklmnopqrstuvwxyz' }],
      ]);
      // The popup is answered.
      expect((await send('getRateLimits', undefined, popupSender()))?.res).toEqual([]);
    });

    it('a token cannot carry a header into the request', async () => {
      await expectRefused(
        [
          ['validateGitHubToken', { token: 'ghp_x\r\nX-Evil: 1' }],
          ['validateGitHubToken', { token: 'ghp_x y' }],
          ['validateGitHubToken', { token: 'x'.repeat(256) }],
          ['validateGitHubToken', { token: '' }],
        ],
        popupSender(),
      );
    });

    it('the messages sent to tabs (page report, refresh, off on this page) have no handler in the background', async () => {
      for (const type of ['getPageReport', 'refreshPage', 'toggleThisPage']) {
        expectUnanswered(await send(type, undefined), type);
      }
    });
  });
});

describe("a page's window messages", () => {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const files = (dir: string): string[] =>
    readdirSync(join(root, dir)).flatMap((name) => {
      const path = join(dir, name);
      return statSync(join(root, path)).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
    });

  it('are never listened to: no code of the content script, its components or utils reads window messages', () => {
    const listening = /addEventListener\(\s*['"`]message(error)?['"`]|\bonmessage\s*=|\.onmessage\b|new\s+(MessageChannel|BroadcastChannel)\b/;
    const offenders = [...['entrypoints/annotator', 'components', 'utils'].flatMap(files), 'entrypoints/content-start.ts'].filter((path) => listening.test(readFileSync(join(root, path), 'utf8')));
    expect(offenders.map((path) => relative(root, join(root, path)))).toEqual([]);
  });

  it('posted to the window reach no handler of the background', async () => {
    window.postMessage(wireMessage('getMainlineStatus', { query: { kind: 'path', path: 'rust/' } }), '*');
    window.postMessage({ type: 'clearCache', target: 'kernel-context' }, '*');
    await new Promise((done) => setTimeout(done, 50));
    expect(fetched()).toEqual([]);
  });
});
