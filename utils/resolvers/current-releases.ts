import type { AnswerCache, CachePolicy } from '../cache/answer-cache';
import type { HttpClient } from '../net/http-client';
import { fetchKernelOrgReleases } from '../sources/kernel-org-releases';
import type { Answer, CurrentReleases } from '../types';
import { isCurrentReleases } from './cached-shapes';

const HOUR = 60 * 60_000;

/** What is current moves with every release: fresh for 6 h, then served stale while refreshed. */
export const CURRENT_RELEASES_POLICY: CachePolicy = { ttlMs: 6 * HOUR, staleMs: 30 * 24 * HOUR };

const KEY = 'kernel.org:releases';

export function resolveCurrentReleases(
  cache: AnswerCache,
  http: HttpClient,
  { refresh }: { refresh: boolean },
): Promise<Answer<CurrentReleases>> {
  return cache.resolve(KEY, () => fetchKernelOrgReleases(http), CURRENT_RELEASES_POLICY, { refresh, valid: isCurrentReleases });
}
