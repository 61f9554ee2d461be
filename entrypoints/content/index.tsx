import { CONTENT_SCRIPT_MATCHES } from '@/utils/pages/sites';
import { startPageAnnotator } from './page-annotator';

export default defineContentScript({
  matches: CONTENT_SCRIPT_MATCHES,
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  main: (ctx) => startPageAnnotator(ctx),
});
