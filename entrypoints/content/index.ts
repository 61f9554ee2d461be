import { afterPageLoad } from '@/utils/dom/after-page-load';
import { sendOneMessage } from '@/utils/messaging/content-messaging';
import { CONTENT_SCRIPT_MATCHES } from '@/utils/pages/sites';
import { handOverChoices, readStoredChoices } from '@/utils/settings/stored-choices';

/**
 * All the browser injects into a page of the sites Kernel Context reads: once the page has
 * loaded, it asks the background for the annotator (entrypoints/annotator), and reads the
 * user's choices for it meanwhile. Measured (`npm run bench`), compiling the annotator while
 * the page loaded delayed its load event.
 */
export default defineContentScript({
  matches: CONTENT_SCRIPT_MATCHES,
  // Injected early and idle until the page has loaded: see utils/dom/after-page-load.ts.
  runAt: 'document_start',
  main: async (ctx) => {
    await afterPageLoad();
    if (!ctx.isValid) return;
    // User Timing mark for `npm run bench` (start → overlays painted); it costs nothing else.
    performance.mark('kc:start');
    // Storage answers in tens of milliseconds: read while the annotator is injected, not after.
    handOverChoices(readStoredChoices());
    await sendOneMessage('showAnnotations').catch(() => undefined);
  },
});
