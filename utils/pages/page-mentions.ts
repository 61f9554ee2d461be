import { capPerKind, type Extracted, type ExtractOptions, extractMentions, extractSome } from '../mentions/extract-mentions';
import { outermost } from '../mentions/text-walker';
import { parseKernelVersion } from '../mentions/versions';
import type { KernelOrgReleasesPage, Mention, MentionRecord, Page, PageSummary } from '../types';

/**
 * The mentions of a page: only what its body says (an article's text, a commit message,
 * the mails on a lore page), never navigation, sidebars or related-article boxes.
 */
export function mentionsOfPage(page: Page): Mention[] {
  return someMentionsOfPage(page).mentions;
}

/**
 * The mentions of the page's text up to the budgets (a long page's first screens: the
 * annotator's first pass), and whether that was the whole page — a lore page read in part
 * (`partial`) never is.
 */
export function someMentionsOfPage(page: Page, options: Pick<ExtractOptions, 'textBudget' | 'mentionBudget'> = {}): Extracted {
  switch (page.kind) {
    case 'phoronix-article':
    case 'phoronix-review':
      return page.body ? extractSome([page.body], page.links, options) : { mentions: [], complete: true };
    case 'cgit-commit':
      return page.body ? extractSome([page.body], undefined, options) : { mentions: [], complete: true };
    case 'lore-message':
    case 'lore-thread': {
      const extracted = extractSome(page.messages.flatMap((message) => (message.body ? [message.body] : [])), undefined, options);
      return page.partial ? { mentions: extracted.mentions, complete: false } : extracted;
    }
    case 'kernel-org-releases':
      return { mentions: releaseRowMentions(page), complete: true };
    case 'phoronix-listing':
    case 'cgit-tag':
    case 'cgit-log':
      return { mentions: [], complete: true };
  }
}

/**
 * As mentionsOfPage; a lore thread's messages `perSlice` at a time, with `pause()` between
 * slices (its whole text at once held the page's main thread for 100 ms and more).
 */
export async function mentionsOfPageInSlices(page: Page, pause: () => Promise<void>, perSlice: number): Promise<Mention[]> {
  if (page.kind !== 'lore-thread') return mentionsOfPage(page);
  // Each body once (messages may share one), in page order, as one extraction would read them.
  const bodies = outermost(page.messages.flatMap((message) => (message.body ? [message.body] : [])));
  const mentions: Mention[] = [];
  for (let start = 0; start < bodies.length; start += perSlice) {
    if (start > 0) await pause();
    mentions.push(...extractMentions(bodies.slice(start, start + perSlice)));
  }
  return capPerKind(mentions);
}

/**
 * Each row of kernel.org's release table names one version (linux-next's dated tags are
 * not versions); its badge goes right after the version's <strong>, inside its cell.
 */
function releaseRowMentions(page: KernelOrgReleasesPage): Mention[] {
  return page.releases.flatMap((row) => {
    const parsed = parseKernelVersion(row.version);
    if (!parsed) return [];
    const mention: Mention = { kind: 'version', ...parsed, text: row.version };
    const anchor = row.row?.querySelector('strong') ?? row.row;
    if (anchor) mention.place = { element: anchor };
    return [mention];
  });
}

/** The page as the background needs it: data only. */
export function summarisePage(page: Page): PageSummary {
  const summary: PageSummary = { kind: page.kind, url: page.url };
  if (page.kind === 'phoronix-article' || page.kind === 'phoronix-review') {
    summary.canonicalUrl = page.canonicalUrl;
    summary.title = page.title;
    if (page.publishedAt) summary.publishedAt = page.publishedAt;
  } else if (page.kind === 'cgit-commit') {
    summary.title = page.subject;
  } else if (page.kind === 'lore-message' || page.kind === 'lore-thread') {
    summary.title = page.subject.raw;
  }
  return summary;
}

/**
 * A mention without its place on the page, ready to cross to the background; its text is
 * clipped to what the message schema allows (a link's text can be a whole paragraph).
 */
export function toMentionRecord(mention: Mention): MentionRecord {
  const { place: _place, ...record } = mention;
  record.text = record.text.slice(0, 300);
  if (record.kind === 'claim') record.sentence = record.sentence.slice(0, 2_000);
  return record as MentionRecord;
}
