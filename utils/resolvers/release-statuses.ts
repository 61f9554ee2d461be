import type { AnswerCache } from '../cache/answer-cache';
import type { HttpClient } from '../net/http-client';
import { releaseStatus, type VersionSubject } from '../release/release-status';
import type { ReleaseData, ReleaseStatusesAnswer } from '../types';
import { resolveReleaseData } from './release-data';

/** The status of each version of a page, from one read of the release data. */
export async function resolveReleaseStatuses(
  cache: AnswerCache,
  http: HttpClient,
  bundled: () => Promise<ReleaseData>,
  request: { versions: VersionSubject[]; publishedAt?: string; refresh?: boolean },
  today: string,
): Promise<ReleaseStatusesAnswer> {
  const answer = await resolveReleaseData(cache, http, bundled, { refresh: request.refresh ?? false });
  const data = answer.value;
  if (!data) throw answer.failure ? new Error(`Release data unavailable: ${answer.failure.detail}`) : new Error('Release data unavailable');
  return {
    statuses: request.versions.map((version) => releaseStatus(version, data, today, request.publishedAt)),
    source: data.source,
    asOf: data.asOf,
    ...(answer.from !== 'bundled' && answer.fetchedAt !== undefined ? { fetchedAt: answer.fetchedAt } : {}),
    ...(answer.failure ? { failure: answer.failure } : {}),
  };
}
