import type { Page } from '../types';
import { parseCgitPage } from './cgit';
import { parseKernelOrgPage } from './kernel-org';
import { parseLorePage } from './lore';
import { parsePhoronixPage } from './phoronix';

const PARSERS: Record<string, (url: URL, doc: Document) => Page | null> = {
  'www.phoronix.com': parsePhoronixPage,
  'git.kernel.org': parseCgitPage,
  'lore.kernel.org': parseLorePage,
  'www.kernel.org': parseKernelOrgPage,
};

/** What kind of page this is and what it says, or null for a page Kernel Context does not read. */
export function recognisePage(url: URL, doc: Document): Page | null {
  if (url.protocol !== 'https:') return null;
  return PARSERS[url.hostname]?.(url, doc) ?? null;
}
