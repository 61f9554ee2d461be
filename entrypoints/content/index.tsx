import { afterPageLoad } from '@/utils/dom/after-page-load';
import { CONTENT_SCRIPT_MATCHES } from '@/utils/pages/sites';
import { readStoredChoices, startPageAnnotator } from './page-annotator';
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

export default defineContentScript({
  matches: CONTENT_SCRIPT_MATCHES,
  cssInjectionMode: 'manual',
  // Injected early and idle until the page has loaded: see utils/dom/after-page-load.ts.
  runAt: 'document_start',
  main: async (ctx) => {
    registerEnglish(badge, card, claim, failure, mainline, meta, news, panel);
    await afterPageLoad();
    if (ctx.isValid) void startPageAnnotator(ctx, readStoredChoices());
  },
});
