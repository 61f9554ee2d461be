import type { AnswerCache } from '../cache/answer-cache';
import { FetchError, toFailure } from '../net/fetch-error';
import type { HttpClient } from '../net/http-client';
import type { MarkupParser } from '../dom/parse-markup';
import type { ArticleIndex } from '../news/article-index';
import { withKeyTerms } from '../news/subject';
import { resolveCurrentReleases } from '../resolvers/current-releases';
import { knownDevelopments, resolveLaterNews } from '../resolvers/later-news';
import { resolveMainlineStatus } from '../resolvers/mainline-status';
import { resolveReleaseData } from '../resolvers/release-data';
import type { GitHubSource } from '../sources/github';
import { resolveReleaseStatuses } from '../resolvers/release-statuses';
import type { ReleaseData } from '../types';
import type { RecentQuestions } from './answers-ahead';
import type { Handlers } from './register-handlers';

export interface BackgroundServices {
  http: HttpClient;
  cache: Promise<AnswerCache>;
  /** The release snapshot shipped in the extension. */
  bundledReleases: () => Promise<ReleaseData>;
  github: GitHubSource;
  /** Every Phoronix article seen (opened once, on first need). */
  articles: () => Promise<ArticleIndex>;
  /** Reads fetched listings and feeds (the DOM's parser, in an offscreen document where the background has none). */
  parse: MarkupParser;
  /** Today's date (YYYY-MM-DD, UTC). */
  today?: () => string;
  /** The questions pages asked lately, for answers ahead: forgotten with the cache. */
  recentQuestions?: RecentQuestions;
}

/** `X.Y` → release date, from the release history (bundled, refreshed from the network). */
async function seriesReleaseDates(cache: AnswerCache, http: HttpClient, bundled: () => Promise<ReleaseData>): Promise<Record<string, string>> {
  const data = (await resolveReleaseData(cache, http, bundled)).value;
  const dates: Record<string, string> = {};
  for (const cycle of data?.cycles ?? []) if (cycle.releasedOn) dates[cycle.series] = cycle.releasedOn;
  return dates;
}

/** What the background answers, message by message. */
export function createBackgroundHandlers({ http, cache, bundledReleases, github, articles, parse, today = () => new Date().toISOString().slice(0, 10), recentQuestions }: BackgroundServices): Handlers {
  return {
    validateGitHubToken: async ({ token }) => {
      try {
        const { login } = await github.user(token);
        return { valid: true, login };
      } catch (error) {
        const failure = toFailure(error, Date.now());
        // 401 is GitHub's "Bad credentials": an answer about the token, not a failure to ask.
        if (error instanceof FetchError && error.status === 401) return { valid: false, failure: { ...failure, detail: 'GitHub does not accept this token (Bad credentials)' } };
        return { valid: false, failure };
      }
    },
    getLaterNews: async ({ subject, body, refresh }) => resolveLaterNews({ cache: await cache, http, index: articles, parse }, withKeyTerms(subject, body), { refresh: refresh ?? false }),
    recordArticles: async ({ articles: seen }) => {
      await (await articles()).add(seen);
      return { stored: seen.length };
    },
    getKnownDevelopments: async ({ teasers }) => knownDevelopments(await articles(), teasers, Date.now()),
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
      await (await articles()).clear().catch(() => undefined);
      recentQuestions?.clear();
      return answers.stats();
    },
    getRateLimits: () => http.rateLimits.states(),
    // The resolvers of release, mainline and news status answer these mentions; until
    // then the background acknowledges what it was handed.
    reportPage: ({ mentions }) => ({ received: mentions.length }),
  };
}
