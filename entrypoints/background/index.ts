import { AnswerCache } from '@/utils/cache/answer-cache';
import { openCacheStore } from '@/utils/cache/cache-store';
import { defaultMarkupParser } from '@/utils/dom/parse-markup';
import { createBackgroundHandlers } from '@/utils/messaging/background-handlers';
import { ArticleIndex } from '@/utils/news/article-index';
import { sendMessage } from '@/utils/messaging/protocol';
import { injectAnnotator } from '@/utils/messaging/inject-annotator';
import { registerHandlers } from '@/utils/messaging/register-handlers';
import { RecentQuestions } from '@/utils/messaging/answers-ahead';
import { readStoredChoices } from '@/utils/settings/stored-choices';
import { TOGGLE_COMMAND } from '@/utils/settings/commands';
import { cacheLimitItem, cleanCacheLimit } from '@/utils/settings/cache-limit';
import { HttpClient } from '@/utils/net/http-client';
import { keepRateLimits } from '@/utils/net/saved-rate-limits';
import { gitHubAuthHeaders, watchGitHubToken } from '@/utils/settings/github-token';
import { GitHubSource } from '@/utils/sources/github';
import { BUNDLED_RELEASES_PATH, bundledReleaseLoader } from '@/utils/release/bundled-data';
// The English fallback of the sentences the background writes (utils/i18n/t.ts).
import evidence from '@/utils/i18n/english/evidence';
import reason from '@/utils/i18n/english/reason';
import release from '@/utils/i18n/english/release';
import { registerEnglish } from '@/utils/i18n/t';

export default defineBackground(() => {
  registerEnglish(evidence, reason, release);
  // A token set or removed is another GitHub identity, with a rate limit of its own.
  const token = watchGitHubToken(() => http.rateLimits.forgetGitHubLimits());
  const http = new HttpClient({ headersFor: (url) => gitHubAuthHeaders(url, token.current()) });
  void keepRateLimits(http.rateLimits);
  const github = new GitHubSource(http, { hasToken: () => token.current() !== null });
  const cache = openCacheStore().then((store) => new AnswerCache(store));
  // Registered synchronously so a waking service worker answers its first message.
  const bundledReleases = bundledReleaseLoader(browser.runtime.getURL(BUNDLED_RELEASES_PATH));
  let articles: Promise<ArticleIndex> | undefined;
  const openArticles = () => (articles ??= ArticleIndex.open());
  void cache.then(async (answers) => {
    await answers.setMaxBytes(cleanCacheLimit(await cacheLimitItem.getValue()) * 1024 * 1024);
    cacheLimitItem.watch((mb) => void answers.setMaxBytes(cleanCacheLimit(mb) * 1024 * 1024));
  });
  // The keyboard shortcut: Kernel Context off (or on again) on the active tab's page.
  browser.commands?.onCommand.addListener((command) => {
    if (command !== TOGGLE_COMMAND) return;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      if (tab?.id !== undefined) return sendMessage('toggleThisPage', undefined, tab.id).catch(() => undefined);
    });
  });
  const recentQuestions = new RecentQuestions();
  registerHandlers(
    {
      ...createBackgroundHandlers({ http, cache, bundledReleases, github, articles: openArticles, parse: defaultMarkupParser(), recentQuestions }),
      showAnnotations: (_data, sender) => injectAnnotator(sender),
    },
    browser.runtime.id,
    undefined,
    { recent: recentQuestions, readChoices: readStoredChoices },
  );
});
