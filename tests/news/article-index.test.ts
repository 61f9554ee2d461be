import { openCacheDatabase } from '@/utils/cache/database';
import { ArticleIndex, DEFAULT_MAX_ARTICLES, mergeArticles } from '@/utils/news/article-index';
import type { NewsArticle } from '@/utils/types';

const RUST_619: NewsArticle = {
  url: 'https://www.phoronix.com/news/Linux-6.19-Rust',
  title: 'Rust Updates For Linux 6.19, Rust Minimum Baseline To Likely Follow Debian Stable',
  date: '2025-12-01',
  seenIn: 'search',
  seenAt: 1_000,
};

const RUST_612: NewsArticle = {
  url: 'https://www.phoronix.com/news/Linux-6.12-Rust',
  title: 'Rust In Linux 6.12 Prepares For Rust Binder, Supports Sanitizers & CPU Mitigations',
  publishedAt: '2024-09-25T14:00:00.000Z',
  date: '2024-09-25',
  summary: 'The Rust changes for Linux 6.12 were merged.',
  category: 'Linux Kernel',
  seenIn: 'rss',
  seenAt: 2_000,
};

const UNDATED: NewsArticle = {
  url: 'https://www.phoronix.com/review/rocm-rusticl-strix-halo',
  title: 'Rusticl vs. AMD ROCm Performance On Ryzen AI Max+ "Strix Halo"',
  seenIn: 'listing',
  seenAt: 3_000,
};

function article(n: number, seenAt = n): NewsArticle {
  return { url: `https://www.phoronix.com/news/Item-${n}`, title: `Item ${n}`, date: `2025-01-${String((n % 28) + 1).padStart(2, '0')}`, seenIn: 'topic', seenAt };
}

const STORES: readonly (readonly [string, (maxArticles?: number) => Promise<ArticleIndex>])[] = [
  ['IndexedDB', (maxArticles) => ArticleIndex.open({ maxArticles })],
  ['memory', async (maxArticles) => ArticleIndex.inMemory('test', { maxArticles })],
];

describe.each(STORES)('ArticleIndex (%s)', (_name, open) => {
  it('starts empty, keeps what is added, and counts it', async () => {
    const index = await open();
    expect(await index.count()).toBe(0);
    expect(await index.all()).toEqual([]);
    await index.add([RUST_619, RUST_612, UNDATED]);
    expect(await index.count()).toBe(3);
    // Most recently published first, undated last.
    expect(await index.all()).toEqual([RUST_619, RUST_612, UNDATED]);
  });

  it('keeps one record per URL, merging sightings: fields the newer one lacks are kept, the newest seenAt wins', async () => {
    const index = await open();
    await index.add([RUST_612]);
    // Seen later on a search page, whose teaser has no summary, category or time.
    const fromSearch: NewsArticle = { url: RUST_612.url, title: 'Rust In Linux 6.12 (search title)', date: '2024-09-25', seenIn: 'search', seenAt: 5_000 };
    await index.add([fromSearch]);
    expect(await index.all()).toEqual([
      {
        url: RUST_612.url,
        title: 'Rust In Linux 6.12 (search title)',
        publishedAt: RUST_612.publishedAt,
        date: '2024-09-25',
        summary: RUST_612.summary,
        category: 'Linux Kernel',
        seenIn: 'search',
        seenAt: 5_000,
      },
    ]);
    // An older sighting arriving late changes nothing it does not add.
    await index.add([{ ...RUST_612, title: 'Old title', summary: 'Old summary', seenIn: 'article', seenAt: 1 }]);
    expect((await index.all())[0]).toMatchObject({ title: 'Rust In Linux 6.12 (search title)', summary: RUST_612.summary, seenIn: 'search', seenAt: 5_000 });
  });

  it('merges duplicates within one batch too, and stores no undefined fields', async () => {
    const index = await open();
    await index.add([
      { ...UNDATED, summary: undefined, seenAt: 10 },
      { ...UNDATED, summary: 'First look at Rusticl on Strix Halo.', seenAt: 20 },
      { ...UNDATED, category: undefined, seenAt: 30 },
    ]);
    const [stored] = await index.all();
    expect(stored).toEqual({ ...UNDATED, summary: 'First look at Rusticl on Strix Halo.', seenAt: 30 });
    expect(Object.keys(stored ?? {})).not.toContain('category');
  });

  it('lists what was published on or after a date, leaving undated articles out', async () => {
    const index = await open();
    await index.add([RUST_619, RUST_612, UNDATED]);
    expect(await index.since('2025-01-01')).toEqual([RUST_619]);
    expect(await index.since('2024-09-25')).toEqual([RUST_619, RUST_612]);
    expect(await index.since('2026-01-01')).toEqual([]);
  });

  it('drops the articles seen longest ago beyond its cap', async () => {
    const index = await open(5);
    await index.add([article(1), article(2), article(3), article(4)]);
    await index.add([article(5), article(6), article(7)]);
    expect(await index.count()).toBe(5);
    expect((await index.all()).map((a) => a.title).sort()).toEqual(['Item 3', 'Item 4', 'Item 5', 'Item 6', 'Item 7']);
    // Seeing an old article again makes it recent: it survives the next drop.
    await index.add([article(3, 100), article(8)]);
    expect((await index.all()).map((a) => a.title).sort()).toEqual(['Item 3', 'Item 5', 'Item 6', 'Item 7', 'Item 8']);
  });

  it('serialises concurrent adds so no sighting is lost', async () => {
    const index = await open();
    await Promise.all([
      index.add([{ ...RUST_612, summary: undefined, seenAt: 1 }]),
      index.add([{ ...RUST_612, publishedAt: undefined, category: undefined, seenAt: 2 }]),
      index.add([article(1)]),
    ]);
    expect(await index.count()).toBe(2);
    expect((await index.all()).find((a) => a.url === RUST_612.url)).toEqual({ ...RUST_612, seenAt: 2 });
  });

  it('forgets everything when cleared', async () => {
    const index = await open();
    await index.add([RUST_619, RUST_612]);
    await index.clear();
    expect(await index.count()).toBe(0);
    expect(await index.all()).toEqual([]);
  });

  it('ignores records without a URL or a time', async () => {
    const index = await open();
    await index.add([{ ...RUST_619, url: '' }, { ...RUST_612, seenAt: Number.NaN }]);
    expect(await index.count()).toBe(0);
  });
});

describe('ArticleIndex persistence and fallback', () => {
  it('keeps articles in IndexedDB across reopening, beside the answers cache', async () => {
    const first = await ArticleIndex.open();
    expect(first.persistent).toBe(true);
    await first.add([RUST_619, RUST_612]);
    const second = await ArticleIndex.open();
    expect(await second.count()).toBe(2);
    const db = await openCacheDatabase();
    expect(await db.count('articles')).toBe(2);
    expect(await db.count('answers')).toBe(0);
    db.close();
  });

  it('shares an opened cache database handle', async () => {
    const db = await openCacheDatabase();
    const index = ArticleIndex.over(db);
    await index.add([UNDATED]);
    expect(await db.get('articles', UNDATED.url)).toEqual(UNDATED);
    db.close();
  });

  it('falls back to memory, saying why, when IndexedDB cannot be opened', async () => {
    const index = await ArticleIndex.open({ open: () => Promise.reject(new Error('A mutation operation was attempted on a database that did not allow mutations.')) });
    expect(index.persistent).toBe(false);
    expect(index.notPersistentReason).toMatch(/IndexedDB could not be opened \(A mutation operation/);
    await index.add([RUST_619]);
    expect(await index.all()).toEqual([RUST_619]);
  });

  it('caps at 5,000 articles by default', async () => {
    expect(DEFAULT_MAX_ARTICLES).toBe(5_000);
    const index = ArticleIndex.inMemory('test');
    await index.add(Array.from({ length: 5_010 }, (_, n) => article(n)));
    expect(await index.count()).toBe(5_000);
    expect((await index.all()).some((a) => a.title === 'Item 9')).toBe(false);
    expect((await index.all()).some((a) => a.title === 'Item 10')).toBe(true);
  });
});

describe('mergeArticles', () => {
  it('is the same whichever order the two sightings come in', () => {
    const newer: NewsArticle = { url: RUST_612.url, title: 'New', seenIn: 'topic', seenAt: 9_000 };
    expect(mergeArticles(RUST_612, newer)).toEqual(mergeArticles(newer, RUST_612));
    expect(mergeArticles(RUST_612, newer)).toEqual({ ...RUST_612, title: 'New', seenIn: 'topic', seenAt: 9_000 });
  });
});

describe('ArticleIndex.all keeps what it read until the next change', () => {
  it('answers again after a change, and hands out copies', async () => {
    const index = await ArticleIndex.open();
    await index.clear();
    await index.add([RUST_619]);
    const first = await index.all();
    expect(first.map((each) => each.url)).toEqual([RUST_619.url]);
    first.push(UNDATED);
    expect((await index.all()).map((each) => each.url)).toEqual([RUST_619.url]);
    await index.add([RUST_612]);
    expect((await index.all()).map((each) => each.url)).toEqual([RUST_619.url, RUST_612.url]);
    await index.clear();
    expect(await index.all()).toEqual([]);
  });

  it('after an add, answers what a fresh read of the store does: sightings merged, newest first', async () => {
    const index = await ArticleIndex.open();
    await index.clear();
    await index.add([RUST_612, UNDATED]);
    await index.all();
    await index.add([RUST_619, { url: RUST_612.url, title: 'Rust In Linux 6.12, renamed', seenIn: 'listing', seenAt: 5_000 }]);
    const answered = await index.all();
    expect(answered.map((each) => each.url)).toEqual([RUST_619.url, RUST_612.url, UNDATED.url]);
    expect(answered[1]).toMatchObject({ title: 'Rust In Linux 6.12, renamed', summary: RUST_612.summary, seenAt: 5_000 });
    expect(answered).toEqual(await (await ArticleIndex.open()).all());
  });

  it('past its cap, answers what the store kept', async () => {
    const index = await ArticleIndex.open({ maxArticles: 3 });
    await index.clear();
    await index.add([article(1), article(2), article(3)]);
    await index.all();
    await index.add([article(4)]);
    const answered = await index.all();
    expect(answered.map((each) => each.title).sort()).toEqual(['Item 2', 'Item 3', 'Item 4']);
    expect(answered).toEqual(await (await ArticleIndex.open({ maxArticles: 3 })).all());
  });

  it('sees an add made while it was reading', async () => {
    const index = await ArticleIndex.open();
    await index.clear();
    await index.add([RUST_619]);
    const [before, adding] = [index.all(), index.add([RUST_612])];
    await Promise.all([before, adding]);
    expect((await index.all()).map((each) => each.url).sort()).toEqual([RUST_612.url, RUST_619.url].sort());
  });
});
