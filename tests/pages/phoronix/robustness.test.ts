import fc from 'fast-check';
import type { PhoronixArticlePage, PhoronixListingPage } from '@/utils/types';
import { parsePhoronixPage } from '@/utils/pages/phoronix';
import { sharedFixture } from '../../helpers/fixtures';
import { LISTINGS, NEW_ARTICLE, OLD_ARTICLE, parseHtml, quietly, seedArticleHtml } from './documents';

/** Each fixture with URLs it is parsed under: its own, and the other parser's. */
const FIXTURES: readonly (readonly [string, () => string, readonly string[]])[] = [
  ['2019 article', () => sharedFixture(OLD_ARTICLE), ['https://www.phoronix.com/scan.php?page=news_item&px=Steam-May-2019-Numbers', 'https://www.phoronix.com/']],
  ['2022 article', () => sharedFixture(NEW_ARTICLE), ['https://www.phoronix.com/news/Steam-May-2019-Numbers', 'https://www.phoronix.com/review/steam/2']],
  ['seed article', seedArticleHtml, ['https://www.phoronix.com/news/Rust-Hits-Linux-Next', 'https://www.phoronix.com/linux/Linux+Kernel']],
  ...Object.entries(LISTINGS).map(([name, path]) => [`${name} front page`, () => sharedFixture(path), ['https://www.phoronix.com/', 'https://www.phoronix.com/search/Rust', 'https://www.phoronix.com/news/X']] as const),
];

type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'remove'; picks: number[] }
  | { kind: 'shuffle'; picks: number[]; keys: number[] };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('remove' as const), picks: fc.array(fc.nat(), { minLength: 1, maxLength: 30 }) }),
  fc.record({ kind: fc.constant('shuffle' as const), picks: fc.array(fc.nat(), { minLength: 1, maxLength: 10 }), keys: fc.array(fc.double({ noNaN: true }), { minLength: 1, maxLength: 64 }) }),
);

/** Applies a DOM mutation in place and returns how to undo it, so one parsed document serves every run. */
function mutate(doc: Document, change: Exclude<Mutation, { kind: 'truncate' }>): () => void {
  const undo: (() => void)[] = [];
  for (const pick of change.picks) {
    const elements = Array.from(doc.body.querySelectorAll('*'));
    const element = elements[pick % Math.max(elements.length, 1)];
    if (element === undefined) break;
    if (change.kind === 'remove') {
      const parent = element.parentNode;
      const next = element.nextSibling;
      element.remove();
      undo.push(() => parent?.insertBefore(element, next));
    } else {
      const original = Array.from(element.childNodes);
      const shuffled = original.map((node, index) => ({ node, key: change.keys[index % change.keys.length] ?? 0 })).sort((a, b) => a.key - b.key);
      element.append(...shuffled.map(({ node }) => node));
      undo.push(() => element.append(...original));
    }
  }
  return () => undo.reverse().forEach((step) => step());
}

function checkShape(page: PhoronixArticlePage | PhoronixListingPage | null): void {
  if (page === null) return;
  const key = /^https:\/\/www\.phoronix\.com\/(news\/[^/?#]+|review\/[^/?#]+|vr\.php\?view=\d+)$/;
  if (page.kind === 'phoronix-listing') {
    for (const teaser of page.teasers) {
      expect(teaser.title).not.toBe('');
      expect(teaser.canonicalUrl).toMatch(key);
      if (teaser.publishedAt !== undefined) expect(new Date(teaser.publishedAt).toISOString()).toBe(teaser.publishedAt);
    }
    return;
  }
  expect(page.title).not.toBe('');
  expect(page.canonicalUrl).toMatch(key);
  expect(typeof page.bodyText).toBe('string');
  for (const link of page.links) expect(link.href).toMatch(/^https?:\/\//);
  if (page.publishedAt !== undefined) expect(new Date(page.publishedAt).toISOString()).toBe(page.publishedAt);
}

function summary(page: PhoronixArticlePage | PhoronixListingPage | null): unknown {
  if (page === null) return null;
  if (page.kind === 'phoronix-listing') return page.teasers;
  return { ...page, body: undefined, links: page.links.map(({ href, text }) => ({ href, text })) };
}

describe.each(FIXTURES)('300 random mutations of the %s', (_name, html, urls) => {
  it('never throw', () => {
    const source = html();
    const shared = parseHtml(source);
    quietly(() =>
      fc.assert(
        fc.property(mutation, fc.constantFrom(...urls), (change, href) => {
          const url = new URL(href);
          if (change.kind === 'truncate') {
            const doc = new DOMParser().parseFromString(source.slice(0, Math.floor(change.at * source.length)), 'text/html');
            checkShape(parsePhoronixPage(url, doc));
            return;
          }
          const undo = mutate(shared, change);
          try {
            checkShape(parsePhoronixPage(url, shared));
          } finally {
            undo();
          }
        }),
        { numRuns: 300 },
      ),
    );
    // Every DOM mutation was undone: the shared document still parses as the pristine one.
    const [own = ''] = urls;
    expect(summary(parsePhoronixPage(new URL(own), shared))).toEqual(summary(parsePhoronixPage(new URL(own), parseHtml(source))));
  }, 120_000);
});
