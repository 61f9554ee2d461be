import { takeHandedOverStart } from '@/utils/dom/annotator-start';
import { takeAskedAnnotatorStart } from '@/utils/messaging/content-messaging';
import { readStoredChoices } from '@/utils/settings/stored-choices';
import { startAnnotatorLifetime } from './annotator-lifetime';
import { startPageAnnotator } from './page-annotator';
// The English fallback of the areas this script shows (utils/i18n/t.ts). Imported last: the
// tables then close the bundle, which keeps its code together and compresses best.
import badge from '@/utils/i18n/english/badge';
import card from '@/utils/i18n/english/card';
import claim from '@/utils/i18n/english/claim';
import failure from '@/utils/i18n/english/failure';
import mainline from '@/utils/i18n/english/mainline';
import meta from '@/utils/i18n/english/meta';
import news from '@/utils/i18n/english/news';
import panel from '@/utils/i18n/english/panel';
import { registerEnglish } from '@/utils/i18n/t';

/**
 * The annotator: reads the page, asks the background and paints the overlays. Not a
 * manifest content script — the background injects it into a page of a site it reads once
 * the page has loaded (entrypoints/content-start.ts asks), and it starts its work once the page
 * has drawn its next frame.
 */
export default defineUnlistedScript(() => {
  // Injected twice into one page (a second ask), the first copy stays.
  const world = globalThis as { kernelContextAnnotator?: true };
  if (world.kernelContextAnnotator) return;
  world.kernelContextAnnotator = true;
  registerEnglish(badge, card, claim, failure, mainline, meta, news, panel);
  // The choices (and answers ahead) the content script asked for; read here when it has none (or it failed).
  const choices = takeAskedAnnotatorStart()?.catch(readStoredChoices) ?? readStoredChoices();
  // Injected as the page loads, or just after: it starts once the page has loaded and drawn its next frame.
  const started = takeHandedOverStart() ?? Promise.resolve();
  void started.then(() => startPageAnnotator(startAnnotatorLifetime(), choices));
});
