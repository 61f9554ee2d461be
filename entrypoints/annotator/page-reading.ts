/** How the annotator reads the page in the tab: its first screen at once, then, for a long page, the whole page in slices. */
import { mentionsOfPageInSlices, someMentionsOfPage } from '@/utils/pages/page-mentions';
import { recognisePage, recognisePageInSlices } from '@/utils/pages/recognise-page';
import { delay } from '@/utils/time/delay';
import type { Mention, Page } from '@/utils/types';

export interface Reading {
  href: string;
  page: Page | null;
  mentions: Mention[];
  /** Whether this is the whole page (a first pass over a long one is not). */
  complete: boolean;
}

/**
 * The first pass over a page: its first messages, characters of text and mentions, about a
 * screen — all of a news article or a commit, the start of a long review or thread.
 */
const FIRST_SCREEN = { maxMessages: 3, textBudget: 4_000, mentionBudget: 40 };

/** What this page is, and what it mentions on its first screen (all of most pages). */
export function readFirstScreen(): Reading {
  const start = performance.now();
  const href = location.href;
  const page = recognisePage(new URL(href), document, FIRST_SCREEN);
  const { mentions, complete } = page ? someMentionsOfPage(page, FIRST_SCREEN) : { mentions: [], complete: true };
  measureOnce('kc:page-read', start);
  return { href, page, mentions, complete };
}

/** The longest the whole page's reading holds the page's main thread at a time. */
const SLICE_MS = 12;

/**
 * The whole page; a lore thread message by message, the page's own tasks (input, frames)
 * running whenever a slice has taken SLICE_MS.
 */
export async function readWholePage(): Promise<Reading> {
  const start = performance.now();
  const href = location.href;
  const pause = slicePauses(SLICE_MS);
  const page = await recognisePageInSlices(new URL(href), document, pause, 1);
  const mentions = page ? await mentionsOfPageInSlices(page, pause, 1) : [];
  measureOnce('kc:page-read-whole', start);
  return { href, page, mentions, complete: true };
}

/** A pause that gives the page its main thread back only once the slice has lasted `ms`. */
function slicePauses(ms: number): () => Promise<void> {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart < ms) return;
    await delay(0);
    sliceStart = performance.now();
  };
}

/** For `npm run bench`: how long a reading took, here in the page (for the whole page, with its pauses). */
function measureOnce(name: string, start: number): void {
  try {
    if (performance.getEntriesByName(name, 'measure').length === 0) performance.measure(name, { start });
  } catch {
    // A timing entry is never worth a reading.
  }
}
