import { afterPageLoad } from '@/utils/dom/after-page-load';
import { sendOneMessage } from '@/utils/messaging/content-messaging';
import { handOverChoices, readStoredChoices } from '@/utils/settings/stored-choices';

/**
 * All the browser injects into a page of the sites Kernel Context reads (the manifest's
 * content script, declared in wxt.config.ts): once the page has loaded, it asks the
 * background for the annotator (entrypoints/annotator), and reads the user's choices for it
 * meanwhile. Measured (`npm run bench`), compiling the annotator while the page loaded
 * delayed its load event.
 *
 * An unlisted script, not WXT's `defineContentScript`: WXT's wrapper builds its content
 * script context before `main` runs, at `document_start` — an event on the page's document,
 * and a message posted to the page's window that names the extension's id, which any script
 * of the page can read. Nothing here touches the page or the extension's APIs before `load`.
 * (The load cost this was first meant to remove turned out to come with replacing an
 * annotated page, not with this script: README § Performance.)
 */
export default defineUnlistedScript(async () => {
  await afterPageLoad();
  // The extension was reloaded or removed while the page loaded: this script is an orphan.
  if (!browser.runtime?.id) return;
  // User Timing mark for `npm run bench` (start → overlays painted); it costs nothing else.
  performance.mark('kc:start');
  // Storage answers in tens of milliseconds: read while the annotator is injected, not after.
  handOverChoices(readStoredChoices());
  await sendOneMessage('showAnnotations').catch(() => undefined);
});
