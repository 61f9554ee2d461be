import type { AnswerCache, CachePolicy } from '../cache/answer-cache';
import { failureError } from '../net/fetch-error';
import { establishMainlineStatus, type FirstTag, type MainlineContext } from '../mainline/establish';
import { mainlineKey, subjectOf } from '../mainline/keys';
import { mainlineTags } from '../mainline/tags';
import type { GitHubSource } from '../sources/github';
import type { Answer, MainlineQuery, MainlineStatus } from '../types';
import { isFirstTag, isMainlineStatus, isTagList } from './cached-shapes';

const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;

/** Merged code never changes answer: kept for good. */
const FOREVER: CachePolicy = { ttlMs: Number.POSITIVE_INFINITY, staleMs: 0 };
/** Merged but in no tag yet: the next rc will name its release. */
const UNTAGGED: CachePolicy = { ttlMs: 6 * HOUR, staleMs: 30 * DAY };
/** "Not merged yet" and "unknown" move: asked again within hours, shown stale meanwhile. */
const MOVING: CachePolicy = { ttlMs: 3 * HOUR, staleMs: 30 * DAY };
/** A new rc tag comes weekly. */
const TAGS_POLICY: CachePolicy = { ttlMs: 12 * HOUR, staleMs: 90 * DAY };

export function mainlinePolicy(status: MainlineStatus): CachePolicy {
  if (status.state !== 'merged') return MOVING;
  return status.untagged ? UNTAGGED : FOREVER;
}

export interface MainlineServices {
  cache: AnswerCache;
  github: GitHubSource;
  releaseDates: () => Promise<Record<string, string>>;
  now?: () => number;
}

/**
 * Mainline tags in release order, cached; with none at hand, the failure fails the answer that
 * needs them. `retryFailure` (a reader's "Refresh") asks again past a standing failure.
 */
export async function cachedMainlineTags(cache: AnswerCache, github: GitHubSource, { retryFailure = false } = {}): Promise<string[]> {
  const answer = await cache.resolve('github:mainline-tags', async () => mainlineTags(await github.tagNames()), TAGS_POLICY, { retryFailure, valid: isTagList });
  if (answer.value) return answer.value;
  throw failureError(answer.failure, 'GitHub listed no mainline tags');
}

/**
 * The mainline status of one subject, from the cache or established afresh. A failure
 * gives `unavailable` with its reason and the last answer that could be established —
 * never `not-merged`.
 */
export async function resolveMainlineStatus(services: MainlineServices, query: MainlineQuery, { refresh = false } = {}): Promise<MainlineStatus> {
  const { cache, github, releaseDates } = services;
  const now = services.now ?? (() => Date.now());
  const context: MainlineContext = {
    github,
    // A "Refresh" goes past the failures the facts below left, not past the facts themselves.
    tags: () => cachedMainlineTags(cache, github, { retryFailure: refresh }),
    releaseDates,
    now,
    rememberFirstTag: async (sha, find) => {
      const answer = await cache.resolve(`mainline:first-tag:${sha}`, find, (where: FirstTag) => (where.untagged ? UNTAGGED : FOREVER), { retryFailure: refresh, valid: isFirstTag });
      if (answer.value && !answer.failure) return answer.value;
      throw failureError(answer.failure, 'No first tag');
    },
  };
  const answer = await cache.resolve(mainlineKey(query), () => establishMainlineStatus(context, query), mainlinePolicy, { refresh, valid: isMainlineStatus });
  return present(query, answer);
}

export function present(query: MainlineQuery, answer: Answer<MainlineStatus>): MainlineStatus {
  const value = answer.value;
  if (value && !answer.failure) return { ...value, ...(answer.fetchedAt !== undefined ? { checkedAt: answer.fetchedAt } : {}) };
  const failure = answer.failure ?? { reason: 'bad-response' as const, detail: 'No answer', at: now() };
  return {
    kind: query.kind,
    subject: value?.subject ?? subjectOf(query),
    state: 'unavailable',
    failure,
    ...(value ? { lastKnown: { ...value, ...(answer.fetchedAt !== undefined ? { checkedAt: answer.fetchedAt } : {}) } } : {}),
    evidence: value?.evidence ?? [],
  };
}

function now(): number {
  return Date.now();
}

