/**
 * The later-news resolver over the news world (Phoronix search, topic page and RSS
 * generated in the real layout from real titles; see e2e/worlds/news/*.source.md) and the
 * local index of articles seen before.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AnswerCache } from '@/utils/cache/answer-cache';
import { MemoryCacheStore } from '@/utils/cache/cache-store';
import { parseWithDom } from '@/utils/dom/parse-markup';
import { ArticleIndex } from '@/utils/news/article-index';
import { knownDevelopments, resolveLaterNews } from '@/utils/resolvers/later-news';
import type { NewsArticle, NewsSubject } from '@/utils/types';
import { fakeHttp, textResponse } from '../helpers/fake-http';

const here = dirname(fileURLToPath(import.meta.url));
const world = (path: string) => readFileSync(resolve(here, '../../e2e/worlds/news', path), 'utf8');
const ROUTES: Record<string, () => string> = {
  'https://www.phoronix.com/search/Rust': () => world('pages/search-Rust.html'),
  'https://www.phoronix.com/search/Rust+Linux': () => world('pages/search-Rust+Linux.html'),
  'https://www.phoronix.com/linux/Linux+Kernel': () => world('pages/topic-Linux+Kernel.html'),
  'https://www.phoronix.com/rss.php': () => world('pages/rss.xml'),
};

const SEED: NewsSubject = {
  url: 'https://www.phoronix.com/news/Rust-Hits-Linux-Next',
  title: 'Initial Support For The Rust Language Lands In Linux-Next',
  publishedAt: '2021-03-19T16:40:00.000Z',
  category: 'Linux Kernel',
  keyTerms: ['rust', 'kernel', 'linux-next', 'mainline', 'rustc', 'drivers', 'merge', 'toolchain'],
  mentions: { versions: ['5.13'], paths: ['rust/'], trees: ['linux-next'] },
};

function rig(respond: (url: string) => Response = (url) => (ROUTES[url] ? textResponse(ROUTES[url]()) : new Response('not found', { status: 404 }))) {
  const http = fakeHttp((url) => respond(url));
  const cache = new AnswerCache(new MemoryCacheStore('unit test'), { now: http.clock.now });
  const index = ArticleIndex.inMemory('unit test');
  const services = { cache, http: http.client, index: async () => index, parse: parseWithDom, now: http.clock.now };
  return { ...http, index, resolve: (subject: NewsSubject, refresh = false) => resolveLaterNews(services, subject, { refresh }) };
}

describe('later news for the seed article', () => {
  it('finds later coverage of Rust in the kernel, all published after it, each once', async () => {
    const { resolve } = rig();
    const answer = await resolve(SEED);
    expect(answer.state).toBe('found');
    expect(answer.subject).toBe(SEED.url);
    const titles = answer.articles.map((ranked) => ranked.article.title);
    expect(titles.slice(0, 5).join(' | ')).toMatch(/Rust .*Linux 6\.\d+|Linux 6\.\d+ .*Rust/);
    expect(titles.slice(0, 5).join(' | ')).not.toMatch(/Rusticl|Redox|Coreutils|uutils/);
    expect(new Set(answer.articles.map((ranked) => ranked.article.url)).size).toBe(answer.articles.length);
    for (const { article } of answer.articles) expect((article.publishedAt ?? article.date)! >= '2021-03-19').toBe(true);
    expect(answer.checkedAt).toBeDefined();
  });

  it('keeps what it fetched in the index, so the same question is answered offline later', async () => {
    const online = rig();
    const first = await online.resolve(SEED);
    expect(await online.index.count()).toBeGreaterThan(50);

    // A new background (empty answer cache), Phoronix unreachable, the same index.
    const offline = fakeHttp(() => new Response('Service Unavailable', { status: 503 }), { sleep: async () => undefined });
    const cache = new AnswerCache(new MemoryCacheStore('unit test'), { now: offline.clock.now });
    const answer = await resolveLaterNews({ cache, http: offline.client, index: async () => online.index, parse: parseWithDom, now: offline.clock.now }, SEED);
    expect(answer.state).toBe('unavailable');
    expect(answer.failure?.reason).toBe('http-error');
    expect(answer.articles.map((ranked) => ranked.article.url)).toEqual(first.articles.map((ranked) => ranked.article.url));
  });

  it('answers a second time from its cache, without asking Phoronix', async () => {
    const { resolve, fetched } = rig();
    await resolve(SEED);
    const asked = fetched.length;
    await resolve(SEED);
    expect(fetched).toHaveLength(asked);
  });

  it('a refresh with Phoronix down: unavailable, with the reason, and the articles found before', async () => {
    let down = false;
    const { resolve } = rig((url) =>
      down ? new Response('Service Unavailable', { status: 503 }) : ROUTES[url] ? textResponse(ROUTES[url]()) : new Response('not found', { status: 404 }),
    );
    const before = await resolve(SEED);
    expect(before.state).toBe('found');
    down = true;
    const answer = await resolve(SEED, true);
    expect(answer).toMatchObject({ state: 'unavailable', failure: { reason: 'http-error' } });
    expect(answer.articles.map((ranked) => ranked.article.url)).toEqual(before.articles.map((ranked) => ranked.article.url));
    // Phoronix back: the next refresh says so.
    down = false;
    expect((await resolve(SEED, true)).state).toBe('found');
  });

  it('with Phoronix down and nothing seen before: unavailable, with the reason', async () => {
    const { resolve } = rig(() => new Response('Service Unavailable', { status: 503 }));
    const answer = await resolve(SEED);
    expect(answer).toMatchObject({ state: 'unavailable', articles: [], failure: { reason: 'http-error' } });
  });

  it('a bot wall or a page that is not a listing is a failure, never "no news"', async () => {
    const { resolve } = rig((url) => (url.endsWith('rss.php') ? new Response('<rss>', { status: 200 }) : textResponse('<html><body><p>Hello</p></body></html>')));
    expect((await resolve(SEED)).state).toBe('unavailable');
  });

  it('an article nothing later is about: none', async () => {
    const { resolve } = rig();
    const answer = await resolve({ url: 'https://www.phoronix.com/news/Zork-Tape', title: 'Zork Tape Archive Format Restored', publishedAt: '2026-08-20T12:00:00.000Z', keyTerms: ['zork', 'tape'], mentions: { versions: [], paths: [], trees: [] } });
    expect(answer).toMatchObject({ state: 'none', articles: [] });
  });
});

describe('markers on listing teasers', () => {
  it('marks a teaser whose story has later articles in the index, and nothing when the index is empty', async () => {
    const index = ArticleIndex.inMemory('unit test');
    const teaser = { url: 'https://www.phoronix.com/news/Linux-6.12-Rust', title: 'Rust In Linux 6.12 Prepares For Rust Binder, Supports Sanitizers & CPU Mitigations', date: '2024-09-25' };
    expect(await knownDevelopments(index, [teaser], Date.now())).toEqual([]);
    const later: NewsArticle[] = [
      { url: 'https://www.phoronix.com/news/Linux-6.19-Rust', title: 'Rust Updates For Linux 6.19, Rust Minimum Baseline To Likely Follow Debian Stable', date: '2025-12-01', seenIn: 'search', seenAt: 1 },
      { url: 'https://www.phoronix.com/news/Wine-10.0', title: 'Wine 10.0 Released', date: '2025-01-21', seenIn: 'rss', seenAt: 1 },
    ];
    await index.add(later);
    expect(await knownDevelopments(index, [teaser, { url: 'https://www.phoronix.com/news/Mesa-25.3', title: 'Mesa 25.3 Released', date: '2025-11-20' }], Date.now())).toEqual([{ url: teaser.url, count: 1 }]);
  });
});
