import type { AnswerCache } from '../cache/answer-cache';
import type { HttpClient } from '../net/http-client';
import { resolveCurrentReleases } from '../resolvers/current-releases';
import { resolveReleaseStatuses } from '../resolvers/release-statuses';
import type { ReleaseData } from '../types';
import type { Handlers } from './register-handlers';

export interface BackgroundServices {
  http: HttpClient;
  cache: Promise<AnswerCache>;
  /** The release snapshot shipped in the extension. */
  bundledReleases: () => Promise<ReleaseData>;
  /** Today's date (YYYY-MM-DD, UTC). */
  today?: () => string;
}

/** What the background answers, message by message. */
export function createBackgroundHandlers({ http, cache, bundledReleases, today = () => new Date().toISOString().slice(0, 10) }: BackgroundServices): Handlers {
  return {
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
