/**
 * What the storage-fault tests share: the demo world's kernel.org and endoflife.date answers
 * behind a fake network, records as AnswerCache writes them, release 1's schema as it
 * shipped, and raw access to the cache database past every check.
 */
import type { AnswerCache, CachePolicy } from '@/utils/cache/answer-cache';
import { openCacheDatabase, type CacheRecord } from '@/utils/cache/database';
import { resolveReleaseData } from '@/utils/resolvers/release-data';
import { ENDOFLIFE_V0_URL, ENDOFLIFE_V1_URL } from '@/utils/sources/endoflife-date';
import { KERNEL_ORG_RELEASES_URL, parseKernelOrgReleases } from '@/utils/sources/kernel-org-releases';
import type { NewsArticle, ReleaseData } from '@/utils/types';
import { fakeHttp, jsonResponse, textResponse } from '../helpers/fake-http';
import { bundledSnapshot, worldJson } from '../release/files';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const POLICY: CachePolicy = { ttlMs: HOUR, staleMs: 24 * HOUR };

const WORLD: Record<string, () => unknown> = {
  [ENDOFLIFE_V1_URL]: () => worldJson('endoflife.date/api-v1-products-linux.json'),
  [ENDOFLIFE_V0_URL]: () => worldJson('endoflife.date/api-linux.json'),
  [KERNEL_ORG_RELEASES_URL]: () => worldJson('kernel.org/releases-2026-08-19.json'),
};

/** kernel.org's current releases as the demo world lists them. */
export const CURRENT = parseKernelOrgReleases(WORLD[KERNEL_ORG_RELEASES_URL]!());
const SNAPSHOT = bundledSnapshot();

/** kernel.org and endoflife.date as the demo world has them, counting requests. */
export function world() {
  return fakeHttp((url) => (WORLD[url] ? jsonResponse(WORLD[url]()) : textResponse('Not Found', { status: 404 })));
}

/** Release data, as the release badges ask for it, over `cache`. */
export const releaseData = (cache: AnswerCache, http: ReturnType<typeof world>) => resolveReleaseData(cache, http.client, async (): Promise<ReleaseData> => SNAPSHOT);

export function article(n: number, seenAt = n): NewsArticle {
  return { url: `https://www.phoronix.com/news/Item-${n}`, title: `Linux ${n} item`, date: '2025-01-02', seenIn: 'rss', seenAt };
}

/** Release 1's schema, written out as it shipped (not through MIGRATIONS, which a later edit could change). */
export function releaseOneSchema(db: IDBDatabase): void {
  const answers = db.createObjectStore('answers', { keyPath: 'key' });
  answers.createIndex('byLastAccess', 'lastAccess');
}

/** A record as AnswerCache writes it. */
export function stored(key: string, value: unknown, fetchedAt: number, ttlMs = HOUR, staleMs = 24 * HOUR): CacheRecord {
  return { key, value, fetchedAt, expiresAt: fetchedAt + ttlMs, staleUntil: fetchedAt + ttlMs + staleMs, lastAccess: fetchedAt, size: key.length + JSON.stringify(value).length + 64 };
}

/** Writes raw records into a store of the cache database, bypassing every check. */
export async function writeRaw(storeName: 'answers' | 'articles', records: unknown[]): Promise<void> {
  const db = await openCacheDatabase();
  const tx = db.transaction(storeName, 'readwrite');
  await Promise.all([...records.map((record) => tx.store.put(record as never)), tx.done]);
  db.close();
}

export async function readRaw(storeName: 'answers' | 'articles', key: string): Promise<unknown> {
  const db = await openCacheDatabase();
  const record = await db.get(storeName, key);
  db.close();
  return record;
}
