/**
 * Every Phoronix article and teaser Kernel Context has seen (visited, listed, found by a
 * search or a topic page, read in the RSS feed), so that later news still works offline for
 * what was seen before. Kept in the cache database's `articles` store (IndexedDB), or in
 * memory when IndexedDB cannot be opened, like the answers cache.
 */
import type { IDBPObjectStore } from 'idb';
import { isQuotaExceeded, openCacheDatabase, type CacheDatabase, type CacheSchema } from '../cache/database';
import type { NewsArticle } from '../types';

export const DEFAULT_MAX_ARTICLES = 5_000;

export interface ArticleIndexOptions {
  /** At most this many articles are kept; the ones seen longest ago go first. */
  maxArticles?: number;
}

/** Where the articles are kept; both keep at most one record per canonical URL. */
interface ArticleStore {
  /** The stored records of these URLs (absent ones left out). */
  getMany(urls: string[]): Promise<Map<string, NewsArticle>>;
  /** Stores the records, then drops the ones seen longest ago while more than `max` remain. */
  putAll(records: NewsArticle[], max: number): Promise<void>;
  /** Drops the records seen longest ago while more than `max` remain (to make room on a full disk). */
  keep(max: number): Promise<void>;
  /** Drops the records stored under these keys (damaged ones found on reading). */
  remove(keys: IDBValidKey[]): Promise<void>;
  all(): Promise<NewsArticle[]>;
  /** Records whose `date` is `date` or later. */
  since(date: string): Promise<NewsArticle[]>;
  count(): Promise<number>;
  clear(): Promise<void>;
}

class IdbArticleStore implements ArticleStore {
  constructor(private readonly db: CacheDatabase) {}

  async getMany(urls: string[]): Promise<Map<string, NewsArticle>> {
    const tx = this.db.transaction('articles');
    const found = await Promise.all(urls.map((url) => tx.store.get(url)));
    await tx.done;
    return new Map(found.filter((record) => record !== undefined).map((record) => [record.url, record]));
  }

  async putAll(records: NewsArticle[], max: number): Promise<void> {
    const tx = this.db.transaction('articles', 'readwrite');
    // Awaited together: a refused write (a full disk) rejects its request and the transaction,
    // and neither rejection may go unhandled; the transaction's error says why.
    await Promise.all([...records.map((record) => tx.store.put(record)), dropOldest(tx.store, max), tx.done]).catch((error: unknown) => {
      throw tx.error ?? error;
    });
  }

  async keep(max: number): Promise<void> {
    const tx = this.db.transaction('articles', 'readwrite');
    await Promise.all([dropOldest(tx.store, max), tx.done]);
  }

  async remove(keys: IDBValidKey[]): Promise<void> {
    const tx = this.db.transaction('articles', 'readwrite');
    await Promise.all([...keys.map((key) => tx.store.delete(key as string)), tx.done]);
  }

  all(): Promise<NewsArticle[]> {
    return this.db.getAll('articles');
  }

  since(date: string): Promise<NewsArticle[]> {
    return this.db.getAllFromIndex('articles', 'byDate', IDBKeyRange.lowerBound(date));
  }

  count(): Promise<number> {
    return this.db.count('articles');
  }

  clear(): Promise<void> {
    return this.db.clear('articles');
  }
}

/** In one transaction: drops the records seen longest ago while more than `max` remain. */
async function dropOldest(store: IDBPObjectStore<CacheSchema, ['articles'], 'articles', 'readwrite'>, max: number): Promise<void> {
  let excess = (await store.count()) - max;
  if (excess <= 0) return;
  let cursor = await store.index('bySeenAt').openCursor();
  while (cursor && excess > 0) {
    await cursor.delete();
    excess--;
    cursor = await cursor.continue();
  }
}

class MemoryArticleStore implements ArticleStore {
  private readonly records = new Map<string, NewsArticle>();

  async getMany(urls: string[]): Promise<Map<string, NewsArticle>> {
    const found = new Map<string, NewsArticle>();
    for (const url of urls) {
      const record = this.records.get(url);
      if (record !== undefined) found.set(url, record);
    }
    return found;
  }

  async putAll(records: NewsArticle[], max: number): Promise<void> {
    for (const record of records) this.records.set(record.url, record);
    if (this.records.size <= max) return;
    const bySeen = [...this.records.values()].sort((a, b) => a.seenAt - b.seenAt || compareText(a.url, b.url));
    for (const record of bySeen.slice(0, this.records.size - max)) this.records.delete(record.url);
  }

  async keep(max: number): Promise<void> {
    await this.putAll([], max);
  }

  async remove(keys: IDBValidKey[]): Promise<void> {
    for (const key of keys) this.records.delete(key as string);
  }

  async all(): Promise<NewsArticle[]> {
    return [...this.records.values()];
  }

  async since(date: string): Promise<NewsArticle[]> {
    return [...this.records.values()].filter((record) => record.date !== undefined && record.date >= date);
  }

  async count(): Promise<number> {
    return this.records.size;
  }

  async clear(): Promise<void> {
    this.records.clear();
  }
}

export class ArticleIndex {
  private readonly maxArticles: number;
  /** Adds run one after another, so a merge never reads what a concurrent add is replacing. */
  private queue: Promise<unknown> = Promise.resolve();
  /**
   * What `all()` last read, kept up to date by `add` while nothing is evicted: every article
   * page asks for the whole index, and reading thousands of records from IndexedDB each time
   * held up the answers sent beside it. Every article page also records itself as seen, so
   * dropping this at each add read the whole index again on every page (10 ms of the
   * seed article's later-news answer, `npm run bench`).
   */
  private everything: NewsArticle[] | undefined;
  /** Counts adds, clears and losses as they are asked for: a read that began before one is not kept. */
  private changes = 0;

  private constructor(
    private store: ArticleStore,
    private why: string | undefined,
    options: ArticleIndexOptions,
  ) {
    this.maxArticles = Math.max(1, Math.floor(options.maxArticles ?? DEFAULT_MAX_ARTICLES));
  }

  /** False when the articles live in memory only (IndexedDB could not be opened, or was closed). */
  get persistent(): boolean {
    return this.why === undefined;
  }

  get notPersistentReason(): string | undefined {
    return this.why;
  }

  /** Kept in IndexedDB when it opens; in memory otherwise, saying why (e.g. a Firefox private window). */
  static async open(options: ArticleIndexOptions & { open?: () => Promise<CacheDatabase> } = {}): Promise<ArticleIndex> {
    const { open = () => openCacheDatabase(), ...rest } = options;
    let db: CacheDatabase;
    try {
      db = await open();
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return ArticleIndex.inMemory(`IndexedDB could not be opened (${why}); seen articles are kept in memory until the browser closes`, rest);
    }
    return ArticleIndex.over(db, rest);
  }

  /** An index over an already opened cache database (e.g. the handle the answers cache uses). */
  static over(db: CacheDatabase, options: ArticleIndexOptions = {}): ArticleIndex {
    const index = new ArticleIndex(new IdbArticleStore(db), undefined, options);
    // Once the connection is gone (closed for a newer copy of the extension, or by the browser), memory.
    db.addEventListener('versionchange', () => index.lose('a newer copy of Kernel Context is upgrading it'));
    db.addEventListener('close', () => index.lose('the browser closed it'));
    return index;
  }

  static inMemory(reason: string, options: ArticleIndexOptions = {}): ArticleIndex {
    return new ArticleIndex(new MemoryArticleStore(), reason, options);
  }

  /**
   * Records articles as seen. Each is merged with what is stored under its URL: the newer
   * sighting (by `seenAt`) gives title, `seenIn` and any field it has; fields it lacks
   * (publishedAt, date, summary, category) are kept from the older one; `seenAt` is the newest.
   * On a full disk the articles seen longest ago make room (half of them), and the write is
   * tried once more; failing that, these sightings are not kept (and nothing throws).
   */
  add(articles: readonly NewsArticle[]): Promise<void> {
    this.changes++;
    const run = this.queue.then(() => this.addNow(articles));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Every article kept, most recently published first (undated ones last, most recently seen first). */
  async all(): Promise<NewsArticle[]> {
    const changes = this.changes;
    await this.settled();
    if (this.everything) return [...this.everything];
    const stored = await this.store.all();
    const kept = stored.filter(isStoredArticle);
    if (kept.length < stored.length) {
      // Damaged records are never served; drop them so they stop counting against the cap.
      const damaged = stored.filter((record) => !isStoredArticle(record)).map((record) => (record as { url?: unknown }).url);
      await this.store.remove(damaged.filter(isKey)).catch(() => undefined);
    }
    const sorted = newestFirst(kept);
    // Kept only if nothing was added, cleared or lost meanwhile.
    if (this.changes === changes) this.everything = sorted;
    return [...sorted];
  }

  /** Articles published on `date` (YYYY-MM-DD) or later, most recently published first; undated ones are left out. */
  async since(date: string): Promise<NewsArticle[]> {
    await this.settled();
    return newestFirst((await this.store.since(date)).filter(isStoredArticle));
  }

  async count(): Promise<number> {
    await this.settled();
    return this.store.count();
  }

  /** Forgets every article (with the cache, when the user clears it). */
  async clear(): Promise<void> {
    this.changes++;
    this.everything = undefined;
    await this.settled();
    await this.store.clear();
    this.everything = undefined;
  }

  private settled(): Promise<unknown> {
    return this.queue;
  }

  private lose(why: string): void {
    if (this.why !== undefined) return;
    this.why = `IndexedDB was closed (${why}); seen articles are kept in memory until the browser closes`;
    this.store = new MemoryArticleStore();
    this.changes++;
    this.everything = undefined;
  }

  private async addNow(articles: readonly NewsArticle[]): Promise<void> {
    const incoming = articles.map(cleanArticle).filter((article) => article !== null);
    if (incoming.length === 0) return;
    const before = this.everything;
    const store = this.store;
    this.everything = undefined;
    const stored = await this.store.getMany([...new Set(incoming.map((article) => article.url))]);
    // A damaged record under the same URL is replaced, not merged.
    const merged = new Map([...stored].filter(([, record]) => isStoredArticle(record)));
    for (const article of incoming) {
      const previous = merged.get(article.url);
      merged.set(article.url, previous === undefined ? article : mergeArticles(previous, article));
    }
    const records = [...merged.values()];
    try {
      await this.store.putAll(records, this.maxArticles);
    } catch (error) {
      if (!isQuotaExceeded(error)) throw error;
      try {
        await this.store.keep(Math.floor((await this.store.count()) / 2));
        await this.store.putAll(records, this.maxArticles);
      } catch {
        // Still no room: these sightings are not kept; what was kept before is.
      }
      return;
    }
    if (before && this.store === store) this.everything = withRecords(before, records, this.maxArticles);
  }
}

/**
 * The whole index after `records` were written over `before`, or undefined when the write
 * went past the cap (the store then evicted records this does not know).
 */
function withRecords(before: readonly NewsArticle[], records: readonly NewsArticle[], maxArticles: number): NewsArticle[] | undefined {
  const written = new Set(records.map((record) => record.url));
  const after = [...before.filter((article) => !written.has(article.url)), ...records];
  return after.length > maxArticles ? undefined : newestFirst(after);
}

const OPTIONAL_FIELDS = ['publishedAt', 'date', 'summary', 'category'] as const;

/** Two sightings of one article as one record (see `ArticleIndex.add`). */
export function mergeArticles(a: NewsArticle, b: NewsArticle): NewsArticle {
  const [older, newer] = b.seenAt >= a.seenAt ? [a, b] : [b, a];
  const merged: NewsArticle = { url: newer.url, title: newer.title || older.title, seenIn: newer.seenIn, seenAt: newer.seenAt };
  for (const field of OPTIONAL_FIELDS) {
    const value = newer[field] ?? older[field];
    if (value !== undefined) merged[field] = value;
  }
  return merged;
}

/** Only the record's own fields, without `undefined` values (IndexedDB would store them as such). */
function cleanArticle(article: NewsArticle): NewsArticle | null {
  if (typeof article.url !== 'string' || article.url === '' || !Number.isFinite(article.seenAt)) return null;
  const clean: NewsArticle = { url: article.url, title: article.title, seenIn: article.seenIn, seenAt: article.seenAt };
  for (const field of OPTIONAL_FIELDS) {
    const value = article[field];
    if (typeof value === 'string' && value !== '') clean[field] = value;
  }
  return clean;
}

/** A record as `add` stores it; anything else in the store (damaged, or written differently) is not served. */
export function isStoredArticle(record: unknown): record is NewsArticle {
  if (typeof record !== 'object' || record === null) return false;
  const article = record as Record<string, unknown>;
  if (typeof article.url !== 'string' || article.url === '' || typeof article.title !== 'string' || typeof article.seenIn !== 'string') return false;
  if (!Number.isFinite(article.seenAt)) return false;
  return OPTIONAL_FIELDS.every((field) => article[field] === undefined || typeof article[field] === 'string');
}

function isKey(value: unknown): value is IDBValidKey {
  return typeof value === 'string' || typeof value === 'number';
}

function newestFirst(articles: NewsArticle[]): NewsArticle[] {
  const when = (article: NewsArticle) => article.publishedAt ?? article.date ?? '';
  return articles.sort((a, b) => compareText(when(b), when(a)) || b.seenAt - a.seenAt || compareText(a.url, b.url));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
