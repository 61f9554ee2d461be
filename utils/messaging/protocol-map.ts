import type { AnnotatorStart, Answer, CacheStats, Failure, CurrentReleases, LaterNewsAnswer, MainlineQuery, MainlineStatus, MentionRecord, NewsArticle, NewsSubject, PageReport, PageSummary, RateLimitState, ReleaseStatusesAnswer } from '../types';

/** The port a content script asks its questions over (utils/messaging/content-messaging.ts). */
export const QUESTIONS_PORT = 'kernel-context:questions';

/**
 * Every message between the content script, the extension pages and the background.
 * The background checks each request against `REQUEST_SCHEMAS` before handling it.
 */
export interface ProtocolMap {
  /** What kernel.org lists now; `refresh` skips a fresh cached answer. */
  getCurrentReleases(data: { refresh: boolean }): Answer<CurrentReleases>;
  getCacheStats(): CacheStats;
  clearCache(): CacheStats;
  getRateLimits(): RateLimitState[];
  /** The content script's reading of its page; the resolvers answer its mentions. */
  reportPage(data: { page: PageSummary; mentions: MentionRecord[] }): { received: number };
  /** The status of each version, now and (with `publishedAt`) when the article was written. */
  getReleaseStatuses(data: { versions: { version: string; series: string; context?: 'merge-window' | 'lts' }[]; publishedAt?: string; refresh?: boolean }): ReleaseStatusesAnswer;
  /** Whether one commit, message, pull request or path reached mainline, and in which release. */
  getMainlineStatus(data: { query: MainlineQuery; refresh?: boolean }): MainlineStatus;
  /**
   * Later articles on an article's topic, ranked, from Phoronix and from articles seen before.
   * `body` (the article's text) gives the subject's key terms when it has none.
   */
  getLaterNews(data: { subject: NewsSubject; body?: string; refresh?: boolean }): LaterNewsAnswer;
  /** Phoronix articles and teasers the content script saw, for the local index. */
  recordArticles(data: { articles: NewsArticle[] }): { stored: number };
  /** For a listing's teasers: which have later developments among the articles already seen. */
  getKnownDevelopments(data: { teasers: { url: string; title: string; date?: string; publishedAt?: string }[] }): { url: string; count: number }[];
  /** Whether a GitHub token works: one call to api.github.com/user, nothing stored. */
  validateGitHubToken(data: { token: string }): { valid: boolean; login?: string; failure?: Failure };
  /** The content script, once its page has loaded: inject the annotator into my page. */
  showAnnotations(): { shown: boolean };
  /**
   * The content script, once its page has loaded: the user's choices, and the answers to the
   * questions this page asked last time (utils/messaging/answers-ahead.ts), for the annotator.
   */
  getAnnotatorStart(): AnnotatorStart;
  /** Sent by the popup to a tab's content script. */
  getPageReport(): PageReport | null;
  /** Popup → tab: ask every source again for this page, past the cache. */
  refreshPage(): { refreshed: boolean };
  /** Popup or keyboard shortcut → tab: Kernel Context off (or back on) on this page only. */
  toggleThisPage(): { off: boolean };
}

export type MessageType = keyof ProtocolMap;
