import type { AnswerCache, CachePolicy } from '../cache/answer-cache';
import type { HttpClient } from '../net/http-client';
import { mergeReleaseData } from '../release/merge-release-data';
import { fetchEndOfLifeCycles } from '../sources/endoflife-date';
import type { Answer, ReleaseData } from '../types';
import { isReleaseCycles } from './cached-shapes';
import { resolveCurrentReleases } from './current-releases';

const HOUR = 60 * 60_000;

/** History changes once a release: a day fresh, and served stale for a year while offline. */
export const ENDOFLIFE_POLICY: CachePolicy = { ttlMs: 24 * HOUR, staleMs: 365 * 24 * HOUR };

const KEY = 'endoflife.date:linux';

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
  const value = mergeReleaseData(snapshot, history.value, current.value);
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
