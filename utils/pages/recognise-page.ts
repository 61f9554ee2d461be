import type { Page, ReadLimits } from '../types';
import { parseCgitPage } from './cgit';
import { parseKernelOrgPage } from './kernel-org';
import { parseLorePage, parseLorePageInSlices } from './lore';
import { parsePhoronixPage } from './phoronix';

const PARSERS: Record<string, (url: URL, doc: Document, limits?: ReadLimits) => Page | null> = {
  'www.phoronix.com': parsePhoronixPage,
  'git.kernel.org': parseCgitPage,
  'lore.kernel.org': parseLorePage,
  'www.kernel.org': parseKernelOrgPage,
};

/**
 * What kind of page this is and what it says, or null for a page Kernel Context does not read.
 * With `limits`, a long page may be read in part (a lore thread's first messages: `partial`).
 */
export function recognisePage(url: URL, doc: Document, limits?: ReadLimits): Page | null {
  if (url.protocol !== 'https:') return null;
  return PARSERS[url.hostname]?.(url, doc, limits) ?? null;
}

/**
 * As recognisePage, the whole page; a lore thread's messages `perSlice` at a time, with
 * `pause()` between slices, so that reading a long thread leaves the page responsive.
 */
export async function recognisePageInSlices(url: URL, doc: Document, pause: () => Promise<void>, perSlice: number): Promise<Page | null> {
  if (url.protocol !== 'https:' || url.hostname !== 'lore.kernel.org') return recognisePage(url, doc);
  return parseLorePageInSlices(url, doc, pause, perSlice);
}
