/**
 * Phoronix search, topic and RSS sources over a fake network serving the news world
 * (e2e/worlds/news: listings generated in the real layout from real titles, see their
 * .source.md) and the real RSS feed of 2 August 2025.
 */
import nodeConsole from 'node:console';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  capArticles,
  createOffscreenParser,
  defaultMarkupParser,
  OFFSCREEN_JUSTIFICATION,
  parseInOffscreenDocument,
  parseWithDom,
  type MarkupParser,
  type OffscreenHost,
} from '@/utils/dom/parse-markup';
import { answerParseMarkup, isOffscreenMessage, MARKUP_LIMITS, validateParseMarkupRequest } from '@/utils/messaging/offscreen-protocol';
import { FetchError } from '@/utils/net/fetch-error';
import { fetchPhoronixRss, fetchPhoronixSearch, fetchPhoronixTopic, phoronixSearchUrl, phoronixTopicUrl, PHORONIX_RSS_URL } from '@/utils/sources/phoronix';
import { fakeHttp, textResponse, type Responder } from '../helpers/fake-http';
import { localFixture, sharedFixture } from '../helpers/fixtures';

const here = dirname(fileURLToPath(import.meta.url));
const world = (path: string) => readFileSync(resolve(here, '../../e2e/worlds/news', path), 'utf8');
const demoPage = (name: string) => readFileSync(resolve(here, '../../e2e/worlds/demo/pages', name), 'utf8');

const NOW = Date.UTC(2026, 7, 23, 9, 0, 0);
const RSS_2025 = () => sharedFixture('phoronix-rss/phoronix-rss-2025-08-02.xml');
const XML = { 'content-type': 'application/rss+xml; charset=UTF-8' };

/** The news world as Phoronix, with the real 2025 feed at /rss.php. */
const NEWS_WORLD: Record<string, () => Response> = {
  'https://www.phoronix.com/search/Rust': () => textResponse(world('pages/search-Rust.html')),
  'https://www.phoronix.com/search/Rust+Linux': () => textResponse(world('pages/search-Rust+Linux.html')),
  'https://www.phoronix.com/linux/Linux+Kernel': () => textResponse(world('pages/topic-Linux+Kernel.html')),
  'https://www.phoronix.com/rss.php': () => textResponse(RSS_2025(), { headers: XML }),
};

const serveWorld: Responder = (url) => NEWS_WORLD[url]?.() ?? textResponse('Not found', { status: 404 });

/** Serves `body` at every URL. */
const serve = (body: string, init: ResponseInit = {}): Responder => () => textResponse(body, init);

async function refusal(work: Promise<unknown>): Promise<FetchError> {
  try {
    await work;
  } catch (error) {
    expect(error).toBeInstanceOf(FetchError);
    return error as FetchError;
  }
  throw new Error('expected a FetchError');
}

describe('Phoronix URLs', () => {
  it('joins words with + and encodes each', () => {
    expect(phoronixSearchUrl('Rust')).toBe('https://www.phoronix.com/search/Rust');
    expect(phoronixSearchUrl('Rust Linux')).toBe('https://www.phoronix.com/search/Rust+Linux');
    expect(phoronixSearchUrl(['Rust', 'Linux'])).toBe('https://www.phoronix.com/search/Rust+Linux');
    expect(phoronixSearchUrl(['  C++ ', 'io_uring/zc', 'Ext4?#'])).toBe('https://www.phoronix.com/search/C%2B%2B+io_uring%2Fzc+Ext4%3F%23');
    expect(phoronixTopicUrl('Linux Kernel')).toBe('https://www.phoronix.com/linux/Linux+Kernel');
    expect(PHORONIX_RSS_URL).toBe('https://www.phoronix.com/rss.php');
    expect(() => phoronixSearchUrl('   ')).toThrow(RangeError);
  });
});

describe.each<[string, () => MarkupParser]>([
  ['the DOM', () => parseWithDom],
  ['an offscreen document', () => createOffscreenParser(() => fakeOffscreen().host)],
])('Phoronix sources, parsed with %s', (_name, makeParser) => {
  let parse: MarkupParser;
  beforeEach(() => {
    parse = makeParser();
  });

  it('search: every "Rust" item, newest first as Phoronix lists them, with digest dates', async () => {
    const { client, fetched } = fakeHttp(serveWorld);
    const articles = await fetchPhoronixSearch(client, 'Rust', parse, NOW);
    expect(fetched).toEqual(['https://www.phoronix.com/search/Rust']);
    expect(articles).toHaveLength(37);
    expect(articles[0]).toEqual({
      url: 'https://www.phoronix.com/news/Rust-Coreutils-cp-Ubuntu-Images',
      title: 'Rust Coreutils cp Ended Up Breaking Ubuntu Image Builds With Latest Incompatibility',
      date: '2026-07-03',
      seenIn: 'search',
      seenAt: NOW,
    });
    expect(articles.at(-1)).toEqual({
      url: 'https://www.phoronix.com/news/Apache-NeatBeans-18',
      title: 'Apache NetBeans 18 Released With Many Improvements, Initial Support For Rust',
      date: '2023-06-02',
      seenIn: 'search',
      seenAt: NOW,
    });
    // Kernel Rust and homonyms alike; reviews keep their /review/ URL.
    expect(articles.map((a) => a.url)).toEqual(expect.arrayContaining(['https://www.phoronix.com/news/Linux-6.19-Rust', 'https://www.phoronix.com/news/Redox-OS-February', 'https://www.phoronix.com/review/rocm-rusticl-strix-halo']));
    const dates = articles.map((a) => a.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    expect(articles.every((a) => a.publishedAt === undefined)).toBe(true);
  });

  it('search with several terms asks for them joined by +', async () => {
    const { client, fetched } = fakeHttp(serveWorld);
    const articles = await fetchPhoronixSearch(client, ['Rust', 'Linux'], parse, NOW);
    expect(fetched).toEqual(['https://www.phoronix.com/search/Rust+Linux']);
    expect(articles.map((a) => a.url)).toEqual([
      'https://www.phoronix.com/news/Asterinas-0.18',
      'https://www.phoronix.com/news/Rust-DRM-For-Linux-7.1',
      'https://www.phoronix.com/news/Linux-7.0-rc4-More-Rust',
      'https://www.phoronix.com/news/Linux-6.19-Rust',
      'https://www.phoronix.com/news/Linux-6.14-Rust-PCI-Device-Drv',
      'https://www.phoronix.com/news/Linux-6.12-Rust',
      'https://www.phoronix.com/news/Linux-Patches-Multiple-Rust-Ver',
      'https://www.phoronix.com/news/Linux-6.4-Feature-Recap',
    ]);
    expect(articles[5]?.title).toBe('Rust In Linux 6.12 Prepares For Rust Binder, Supports Sanitizers & CPU Mitigations');
  });

  it('topic: the Linux Kernel page, 60 items', async () => {
    const { client, fetched } = fakeHttp(serveWorld);
    const articles = await fetchPhoronixTopic(client, 'Linux Kernel', parse, NOW);
    expect(fetched).toEqual(['https://www.phoronix.com/linux/Linux+Kernel']);
    expect(articles).toHaveLength(60);
    expect(articles.every((a) => a.seenIn === 'topic' && a.seenAt === NOW)).toBe(true);
    expect(articles.every((a) => /Linux [67]\.|Kernel/.test(a.title))).toBe(true);
    expect(articles[0]).toMatchObject({ url: 'https://www.phoronix.com/news/AMD-Solarflare-NIC-CXL-Type-2', date: '2026-08-21' });
  });

  it('RSS: the real feed, 32 items with instants, dates and summaries', async () => {
    const { client, fetched, fetchMock } = fakeHttp(serveWorld);
    const articles = await fetchPhoronixRss(client, parse, NOW);
    expect(fetched).toEqual(['https://www.phoronix.com/rss.php']);
    expect(new Headers(fetchMock.mock.calls[0]?.[1]?.headers).get('accept')).toMatch(/application\/rss\+xml/);
    expect(articles).toHaveLength(32);
    expect(articles[0]).toEqual({
      url: 'https://www.phoronix.com/news/Linux-6.17-MM',
      title: 'Linux 6.17 Memory Management Optimizations, DAMON_STAT & Other Improvements',
      publishedAt: '2025-08-02T15:50:00.000Z',
      date: '2025-08-02',
      summary: 'All of the memory management "MM" changes were merged this week for the ongoing Linux 6.17 merge window...',
      seenIn: 'rss',
      seenAt: NOW,
    });
  });

  it("RSS: the news world's generated feed (30 newest dataset items, noon Eastern on the digest date)", async () => {
    const { client } = fakeHttp(serve(world('pages/rss.xml'), { headers: XML }));
    const articles = await fetchPhoronixRss(client, parse, NOW);
    expect(articles).toHaveLength(30);
    expect(articles[0]).toEqual({
      url: 'https://www.phoronix.com/news/AMD-RDNA-4m-Firmware-Published',
      title: 'AMD RDNA 4m Firmware Published For Linux Ahead Of Launch',
      publishedAt: '2026-08-22T16:00:00.000Z',
      date: '2026-08-22',
      seenIn: 'rss',
      seenAt: NOW,
    });
  });

  it('a bot wall is a bot-wall failure, never an empty listing', async () => {
    const { client } = fakeHttp(serve(localFixture('anubis-challenge_lore.kernel.org.html')));
    expect((await refusal(fetchPhoronixSearch(client, 'Rust', parse, NOW))).reason).toBe('bot-wall');
    expect((await refusal(fetchPhoronixRss(client, parse, NOW))).reason).toBe('bot-wall');
  });

  it.each<[string, () => string]>([
    ['an unrelated HTML page', () => demoPage('unrelated.html')],
    ['a Phoronix article (2022 layout)', () => sharedFixture('phoronix-article/news-Steam-May-2019-Numbers_2022-10_recapture.html')],
    ['a Phoronix article (old layout)', () => sharedFixture('phoronix-article/news_item-Steam-May-2019-Numbers_2019-06-02_old-layout.html')],
    ['the RSS feed', RSS_2025],
    ['JSON', () => '{"results": []}'],
    ['garbage', () => '\u0000\u0001 not markup at all'],
  ])('a listing URL answering with %s is a bad-response', async (_what, body) => {
    // happy-dom (unlike browsers) tries to load the recorded articles' iframes and stylesheets, and logs each refusal.
    vi.spyOn(nodeConsole, 'error').mockImplementation(() => undefined);
    const { client } = fakeHttp(serve(body()));
    const error = await refusal(fetchPhoronixSearch(client, 'Rust', parse, NOW));
    expect(error.reason).toBe('bad-response');
    expect(error.detail).toBe('https://www.phoronix.com/search/Rust is not a Phoronix listing page');
  });

  it.each<[string, () => string]>([
    ['an HTML page', () => world('pages/search-Rust.html')],
    ['an Atom feed', () => sharedFixture('lore-atom/lore_util-linux_new.atom_2020-05-17.xml')],
    ['malformed XML', () => '<?xml version="1.0"?><rss version="2.0"><channel><item><title>x</titl></item></channel></rss>'],
    ['garbage', () => 'Service temporarily unavailable'],
  ])('the RSS URL answering with %s is a bad-response', async (_what, body) => {
    const { client } = fakeHttp(serve(body(), { headers: XML }));
    const error = await refusal(fetchPhoronixRss(client, parse, NOW));
    expect(error.reason).toBe('bad-response');
    expect(error.detail).toBe("https://www.phoronix.com/rss.php is not Phoronix's RSS feed");
  });

  it.each<[string, () => string]>([
    ["the news world's search page", () => world('pages/search-Rust.html')],
    ['a recorded front page (2021)', () => sharedFixture('phoronix-listing/phoronix-home-2021-04_phxcms11.html')],
  ])('%s cut short, anywhere before its footer, is a bad-response: never fewer articles, never none', async (_what, page) => {
    // happy-dom (unlike browsers) tries to load the recorded page's stylesheets, and logs each refusal.
    vi.spyOn(nodeConsole, 'error').mockImplementation(() => undefined);
    const whole = page();
    const footer = whole.indexOf('<div id="footer"');
    const firstArticle = whole.indexOf('<article', whole.indexOf('id="main"'));
    expect(footer).toBeGreaterThan(firstArticle);
    expect(firstArticle).toBeGreaterThan(0);
    const { client: wholeClient } = fakeHttp(serve(whole));
    const all = await fetchPhoronixSearch(wholeClient, 'Rust', parse, NOW);
    expect(all.length).toBeGreaterThan(0);
    for (const at of [firstArticle, Math.round((firstArticle + footer) / 2), footer]) {
      const { client } = fakeHttp(serve(whole.slice(0, at)));
      const error = await refusal(fetchPhoronixSearch(client, 'Rust', parse, NOW));
      expect(error.reason).toBe('bad-response');
      expect(error.detail).toContain('/search/Rust ended before its footer: the page was cut short');
    }
  });

  it('a 503 (after the retries) is an http-error', async () => {
    const { client, fetched } = fakeHttp(serve('<html><body>Service Unavailable</body></html>', { status: 503 }));
    const error = await refusal(fetchPhoronixTopic(client, 'Linux Kernel', parse, NOW));
    expect(error).toMatchObject({ reason: 'http-error', status: 503 });
    expect(fetched).toHaveLength(3);
  });

  it('an empty answer is a bad-response', async () => {
    const { client } = fakeHttp(serve('   '));
    expect((await refusal(fetchPhoronixRss(client, parse, NOW))).reason).toBe('bad-response');
  });
});

describe('what a parse may hand back', () => {
  function bigListing(count: number, title: (n: number) => string): string {
    const teasers = Array.from({ length: count }, (_, n) => `<article><header><a href="/news/Item-${n}">${title(n)}</a></header><div class="details">1 June 2026</div><p>${'Summary words. '.repeat(100)}</p></article>`);
    return `<html><body><div id="main">${teasers.join('')}<article><header><a href="/news/Item-0">Duplicate</a></header></article></div><div id="footer"></div></body></html>`;
  }

  it('at most 200 items, titles within 300 characters and summaries within 1,000', async () => {
    const items = await parseWithDom('phoronix-listing', 'https://www.phoronix.com/search/Item', bigListing(250, (n) => `Item ${n} ${'long '.repeat(n === 3 ? 200 : 1)}`));
    expect(items).toHaveLength(MARKUP_LIMITS.maxItems);
    expect(items?.[0]).toMatchObject({ url: 'https://www.phoronix.com/news/Item-0', title: 'Item 0 long', date: '2026-06-01' });
    expect(items?.[3]?.title.length).toBe(300);
    expect(items?.[3]?.title.endsWith('…')).toBe(true);
    expect(items?.every((item) => (item.summary?.length ?? 0) <= 1_000)).toBe(true);
    expect(items?.[0]?.summary?.length).toBe(1_000);
  });

  it('keeps the first of duplicate URLs', () => {
    expect(capArticles([
      { url: 'https://www.phoronix.com/news/A', title: 'First' },
      { url: 'https://www.phoronix.com/news/A', title: 'Second' },
    ])).toEqual([{ url: 'https://www.phoronix.com/news/A', title: 'First' }]);
  });

  it('refuses text beyond the size cap before parsing it', async () => {
    const huge = 'x'.repeat(MARKUP_LIMITS.maxTextLength + 1);
    await expect(parseWithDom('phoronix-listing', 'https://www.phoronix.com/search/Rust', huge)).rejects.toMatchObject({ reason: 'bad-response' });
  });
});

/* ───────────────────── the offscreen document (Chrome MV3) ───────────────────── */

const RUNTIME_ID = 'kernel-context-test-id';

/**
 * Chrome's offscreen API as the background sees it: creating the document registers its
 * message listener (the real one, entrypoints/offscreen/main.ts's `answerParseMarkup`), and
 * messages reach it as Chrome would deliver them.
 */
function fakeOffscreen(options: { senderId?: string; answer?: (message: unknown) => unknown } = {}) {
  let exists = false;
  const created: unknown[] = [];
  const host: OffscreenHost = {
    hasDocument: vi.fn(async () => exists),
    createDocument: vi.fn(async () => {
      if (exists) throw new Error('Only a single offscreen document may be created.');
      created.push({ reasons: ['DOM_PARSER'], justification: OFFSCREEN_JUSTIFICATION });
      exists = true;
    }),
    sendMessage: vi.fn(async (message: unknown) => {
      if (!exists) throw new Error('Could not establish connection. Receiving end does not exist.');
      // Chrome delivers a structured clone.
      const delivered = structuredClone(message);
      if (options.answer) return options.answer(delivered);
      if (!isOffscreenMessage(delivered)) return undefined;
      return answerParseMarkup(delivered, { id: options.senderId ?? RUNTIME_ID }, RUNTIME_ID, parseWithDom);
    }),
  };
  return { host, created, close: () => (exists = false) };
}

describe('parsing in the offscreen document', () => {
  it('creates the document once and reuses it', async () => {
    const offscreen = fakeOffscreen();
    const parse = createOffscreenParser(() => offscreen.host);
    const { client } = fakeHttp(serveWorld);
    await Promise.all([fetchPhoronixSearch(client, 'Rust', parse, NOW), fetchPhoronixRss(client, parse, NOW)]);
    await fetchPhoronixTopic(client, 'Linux Kernel', parse, NOW);
    expect(offscreen.created).toHaveLength(1);
    expect(offscreen.host.createDocument).toHaveBeenCalledTimes(1);
    expect(offscreen.host.sendMessage).toHaveBeenCalledTimes(3);
  });

  it('finds a document left by an earlier service worker, and re-creates one that went away', async () => {
    const offscreen = fakeOffscreen();
    await offscreen.host.createDocument();
    const parse = createOffscreenParser(() => offscreen.host);
    const { client } = fakeHttp(serveWorld);
    await fetchPhoronixRss(client, parse, NOW);
    expect(offscreen.host.createDocument).toHaveBeenCalledTimes(1);
    offscreen.close();
    expect(await fetchPhoronixRss(client, parse, NOW)).toHaveLength(32);
    expect(offscreen.host.createDocument).toHaveBeenCalledTimes(2);
  });

  it('sends a typed request the offscreen side validates', async () => {
    const offscreen = fakeOffscreen();
    const parse = createOffscreenParser(() => offscreen.host);
    await parse('phoronix-rss', 'https://www.phoronix.com/rss.php', RSS_2025());
    const [message] = vi.mocked(offscreen.host.sendMessage).mock.calls[0] ?? [];
    expect(validateParseMarkupRequest(message)).toEqual({ target: 'kernel-context-offscreen', type: 'parse-markup', kind: 'phoronix-rss', url: 'https://www.phoronix.com/rss.php', text: RSS_2025() });
  });

  it('the offscreen side refuses messages from elsewhere and malformed requests', async () => {
    const parse = createOffscreenParser(() => fakeOffscreen({ senderId: 'another-extension' }).host);
    await expect(parse('phoronix-rss', PHORONIX_RSS_URL, RSS_2025())).rejects.toMatchObject({ reason: 'bad-response', detail: expect.stringContaining('outside Kernel Context') });
    for (const message of [
      { target: 'kernel-context-offscreen', type: 'parse-markup', kind: 'phoronix-article', url: PHORONIX_RSS_URL, text: '' },
      { target: 'kernel-context-offscreen', type: 'parse-markup', kind: 'phoronix-rss', url: 'not a url', text: '' },
      { target: 'kernel-context-offscreen', type: 'parse-markup', kind: 'phoronix-rss', url: PHORONIX_RSS_URL, text: '', extra: 1 },
      { target: 'kernel-context-offscreen', type: 'parse-markup', kind: 'phoronix-rss', url: PHORONIX_RSS_URL, text: 42 },
      null,
    ]) {
      expect(await answerParseMarkup(message, { id: RUNTIME_ID }, RUNTIME_ID, parseWithDom)).toMatchObject({ ok: false });
    }
  });

  it.each<[string, unknown]>([
    ['nothing', undefined],
    ['a non-canonical URL', { ok: true, items: [{ url: 'https://evil.example/news/X', title: 'X' }] }],
    ['an overlong title', { ok: true, items: [{ url: 'https://www.phoronix.com/news/X', title: 'x'.repeat(301) }] }],
    ['markup instead of fields', { ok: true, items: [{ url: 'https://www.phoronix.com/news/X', title: 'X', html: '<img onerror=alert(1)>' }] }],
    ['too many items', { ok: true, items: Array.from({ length: 201 }, (_, n) => ({ url: `https://www.phoronix.com/news/X${n}`, title: 'X' })) }],
    ['a timestamp that is none', { ok: true, items: [{ url: 'https://www.phoronix.com/news/X', title: 'X', publishedAt: 'yesterday' }] }],
  ])('the background refuses an answer with %s', async (_what, answer) => {
    const parse = createOffscreenParser(() => fakeOffscreen({ answer: () => answer }).host);
    const { client } = fakeHttp(serveWorld);
    expect((await refusal(fetchPhoronixSearch(client, 'Rust', parse, NOW))).reason).toBe('bad-response');
  });

  it('a document that cannot be created is a bad-response, and the next request tries again', async () => {
    const offscreen = fakeOffscreen();
    vi.mocked(offscreen.host.createDocument).mockRejectedValueOnce(new Error('Offscreen documents are not allowed'));
    const parse = createOffscreenParser(() => offscreen.host);
    const { client } = fakeHttp(serveWorld);
    const error = await refusal(fetchPhoronixRss(client, parse, NOW));
    expect(error).toMatchObject({ reason: 'bad-response', detail: expect.stringContaining('Offscreen documents are not allowed') });
    expect(await fetchPhoronixRss(client, parse, NOW)).toHaveLength(32);
  });

  it('without the offscreen API there is nothing to parse with: bad-response', async () => {
    const { client } = fakeHttp(serveWorld);
    const error = await refusal(fetchPhoronixRss(client, createOffscreenParser(() => null), NOW));
    expect(error.reason).toBe('bad-response');
  });

  it('the offscreen page is chosen only where there is no DOMParser', () => {
    expect(defaultMarkupParser()).toBe(parseWithDom);
    vi.stubGlobal('DOMParser', undefined);
    try {
      expect(defaultMarkupParser()).toBe(parseInOffscreenDocument);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
