import { pageLoadMoments } from '@/utils/dom/after-page-load';
import { handOverStart } from '@/utils/dom/annotator-start';
import { askAnnotatorStart, sendOneMessage } from '@/utils/messaging/content-messaging';
import { extensionRuntime } from '@/utils/messaging/extension-runtime';

/**
 * All the browser injects into a page of the sites Kernel Context reads (the manifest's
 * content script, declared in wxt.config.ts). Once the page has loaded — its `load` event
 * finished, or 200 ms after its DOM is ready for a page still loading images — it asks the
 * background for the annotator (entrypoints/annotator), and for what the annotator starts
 * with: the user's choices and the answers ahead to the questions the page asked on its last
 * visit (utils/messaging/answers-ahead.ts). Each crosses to the background and back, 10–50 ms
 * a crossing in traces, while the page draws its next frame; the annotator starts its work
 * after that frame (utils/dom/after-page-load.ts). Nothing runs before: asking as soon as the
 * DOM was ready showed in the page's load time (README § Performance). Until then it touches
 * neither the page's document nor the extension's API (utils/messaging/extension-runtime.ts).
 *
 * An unlisted script, not WXT's `defineContentScript`: WXT's wrapper builds its content
 * script context before `main` runs, at `document_start` — an event on the page's document,
 * and a message posted to the page's window that names the extension's id, which any script
 * of the page can read.
 */
export default defineUnlistedScript(async () => {
  const { loaded, drawn } = pageLoadMoments();
  await loaded;
  // The extension was reloaded or removed while the page loaded: this script is an orphan.
  if (!extensionRuntime()?.id) return;
  const started = drawn.then(() => {
    // User Timing mark for `npm run bench` (start → overlays painted); it costs nothing else.
    performance.mark('kc:start');
  });
  handOverStart(started);
  const shown = sendOneMessage('showAnnotations').catch(() => undefined);
  // The user's choices come with the answers ahead, read by the background: one message from
  // the page rather than one more for each storage area (each a call into the extension's
  // bindings, 1-2.5 ms of the page's main thread in a trace).
  askAnnotatorStart();
  await shown;
});
