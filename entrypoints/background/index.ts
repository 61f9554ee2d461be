import { AnswerCache } from '@/utils/cache/answer-cache';
import { openCacheStore } from '@/utils/cache/cache-store';
import { createBackgroundHandlers } from '@/utils/messaging/background-handlers';
import { registerHandlers } from '@/utils/messaging/register-handlers';
import { HttpClient } from '@/utils/net/http-client';

export default defineBackground(() => {
  const http = new HttpClient();
  const cache = openCacheStore().then((store) => new AnswerCache(store));
  // Registered synchronously so a waking service worker answers its first message.
  registerHandlers(createBackgroundHandlers({ http, cache }), browser.runtime.id);
});
