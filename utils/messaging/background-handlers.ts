import type { AnswerCache } from '../cache/answer-cache';
import type { HttpClient } from '../net/http-client';
import { resolveCurrentReleases } from '../resolvers/current-releases';
import { resolveMainlineStatus } from '../resolvers/mainline-status';
import { resolveReleaseData } from '../resolvers/release-data';
import type { GitHubSource } from '../sources/github';
import { resolveReleaseStatuses } from '../resolvers/release-statuses';
import type { ReleaseData } from '../types';
import type { Handlers } from './register-handlers';

export interface BackgroundServices {
  http: HttpClient;
  cache: Promise<AnswerCache>;
  /** The release snapshot shipped in the extension. */
  bundledReleases: () => Promise<ReleaseData>;
  github: GitHubSource;
  /** Today's date (YYYY-MM-DD, UTC). */
  today?: () => string;
}

/** `X.Y` → release date, from the release history (bundled, refreshed from the network). */
async function seriesReleaseDates(cache: AnswerCache, http: HttpClient, bundled: () => Promise<ReleaseData>): Promise<Record<string, string>> {
  const data = (await resolveReleaseData(cache, http, bundled)).value;
  const dates: Record<string, string> = {};
  for (const cycle of data?.cycles ?? []) if (cycle.releasedOn) dates[cycle.series] = cycle.releasedOn;
  return dates;
}

/** What the background answers, message by message. */
export function createBackgroundHandlers({ http, cache, bundledReleases, github, today = () => new Date().toISOString().slice(0, 10) }: BackgroundServices): Handlers {
  return {
    getMainlineStatus: async ({ query, refresh }) => {
      const answers = await cache;
      return resolveMainlineStatus({ cache: answers, github, releaseDates: () => seriesReleaseDates(answers, http, bundledReleases) }, query, { refresh: refresh ?? false });
    },
    getReleaseStatuses: async (data) => resolveReleaseStatuses(await cache, http, bundledReleases, data, today()),
    getCurrentReleases: async (data) => resolveCurrentReleases(await cache, http, data),
    getCacheStats: async () => (await cache).stats(),
    clearCache: async () => {
      const answers = await cache;
      await answers.clear();
      return answers.stats();
    },
    getRateLimits: () => http.rateLimits.states(),
    // The resolvers of release, mainline and news status answer these mentions; until
    // then the background acknowledges what it was handed.
    reportPage: ({ mentions }) => ({ received: mentions.length }),
  };
}
