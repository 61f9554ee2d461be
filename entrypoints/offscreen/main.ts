/**
 * The offscreen document (Chrome MV3): parses the Phoronix pages and feed the background
 * fetched, with the DOM the service worker lacks, and answers with strings only. Every other
 * runtime message is left to the background.
 */
import { parseWithDom } from '@/utils/dom/parse-markup';
import { answerParseMarkup, isOffscreenMessage, type ParseMarkupResponse } from '@/utils/messaging/offscreen-protocol';

interface ChromeRuntime {
  id: string;
  onMessage: {
    addListener(listener: (message: unknown, sender: { id?: string }, sendResponse: (response: ParseMarkupResponse) => void) => boolean | undefined): void;
  };
}

const runtime = (globalThis as unknown as { chrome: { runtime: ChromeRuntime } }).chrome.runtime;

runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (!isOffscreenMessage(message)) return undefined;
  void answerParseMarkup(message, sender, runtime.id, parseWithDom).then(sendResponse);
  // The answer comes asynchronously.
  return true;
});
