import type { LorePage } from '@/utils/types';
import { parseLorePage } from '@/utils/pages/lore';
import { loreDocument, PAGES, type PageName } from './documents';

/** Parses a fixture under the URL it stands for (or `href`); fails the test when it is not a lore page. */
export function lorePage(name: PageName, href?: string): LorePage {
  const [file, own] = PAGES[name];
  const page = parseLorePage(new URL(href ?? own), loreDocument(file));
  if (page === null) throw new Error(`no lore page parsed from ${file}`);
  return page;
}
