import type { AnswerCache, CachePolicy } from '../cache/answer-cache';
import type { HttpClient } from '../net/http-client';
import { mergeReleaseData } from '../release/merge-release-data';
import { fetchEndOfLifeCycles } from '../sources/endoflife-date';
import type { Answer, CurrentReleases, ReleaseCycle, ReleaseData } from '../types';
import { isReleaseCycles } from './cached-shapes';
import { resolveCurrentReleases } from './current-releases';

const HOUR = 60 * 60_000;

/** History changes once a release: a day fresh, and served stale for a year while offline. */
export const ENDOFLIFE_POLICY: CachePolicy = { ttlMs: 24 * HOUR, staleMs: 365 * 24 * HOUR };

const KEY = 'endoflife.date:linux';

/**
 * The last merge, by what it was made from. Every page asks for release statuses, and each
 * ReleaseData gets its own index (release/release-status.ts): merging afresh per request
 * cost a page tens of milliseconds on a warm cache for an identical result.
 */
let lastMerge: { cache: AnswerCache; snapshot: ReleaseData | undefined; from: string; value: ReleaseData | undefined } | undefined;

function mergedOnce(cache: AnswerCache, snapshot: ReleaseData | undefined, history: Answer<ReleaseCycle[]>, current: Answer<CurrentReleases>): ReleaseData | undefined {
  // A stored answer changes only with its fetch time; the snapshot is read once and kept.
  const from = `${history.fetchedAt ?? '-'}:${history.value?.length ?? '-'}|${current.fetchedAt ?? '-'}:${current.value?.releases.length ?? '-'}`;
  if (lastMerge && lastMerge.cache === cache && lastMerge.snapshot === snapshot && lastMerge.from === from) return lastMerge.value;
  const value = mergeReleaseData(snapshot, history.value, current.value);
  lastMerge = { cache, snapshot, from, value };
  return value;
}

/**
 * Everything release status reasons from: endoflife.date's cycles (cached a day) and
 * kernel.org's current releases (cached 6 h), over the snapshot bundled in the extension.
 * With neither service answering and nothing cached, the snapshot answers alone:
 * `from: 'bundled'`, `value.source: 'bundled'`, and the failure kept for the UI to show
 * "from bundled data of <asOf>". Only the services' answers are cached (failures as failures).
 * `bundled` should read the snapshot once and keep it (see release/bundled-data.ts).
 */
export async function resolveReleaseData(
  cache: AnswerCache,
  http: HttpClient,
  bundled: () => Promise<ReleaseData>,
  { refresh = false }: { refresh?: boolean } = {},
): Promise<Answer<ReleaseData>> {
  const [history, current, snapshot] = await Promise.all([
    cache.resolve(KEY, () => fetchEndOfLifeCycles(http), ENDOFLIFE_POLICY, { refresh, valid: isReleaseCycles }),
    resolveCurrentReleases(cache, http, { refresh }),
    bundled().catch(() => undefined),
  ]);
  const value = mergedOnce(cache, snapshot, history, current);
  const answered = [history, current].filter((answer) => answer.value !== undefined);
  const failure = history.failure ?? current.failure;
  const fetchedAt = answered.map((answer) => answer.fetchedAt).filter((at): at is number => at !== undefined);
  let from: Answer<ReleaseData>['from'] = 'none';
  if (answered.some((answer) => answer.from === 'network')) from = 'network';
  else if (answered.length > 0) from = 'cache';
  else if (value) from = 'bundled';
  return {
    stale: from === 'bundled' || answered.some((answer) => answer.stale),
    from,
    ...(value ? { value } : {}),
    // The age of the answer is the age of its oldest part.
    ...(fetchedAt.length > 0 ? { fetchedAt: Math.min(...fetchedAt) } : {}),
    ...(failure ? { failure } : {}),
  };
}
