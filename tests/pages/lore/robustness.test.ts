import fc from 'fast-check';
import type { LorePage } from '@/utils/types';
import { parseLorePage } from '@/utils/pages/lore';
import { localFixture } from '../../helpers/fixtures';
import { LORE, loreHtml, MSGID, PAGES, parseHtml, quietly } from './documents';

/** A message URL for a thread URL and the reverse (search and index URLs stay as they are). */
function otherView(href: string): string {
  const thread = /\/[Tt]\/$/;
  if (thread.test(href)) return href.replace(thread, '/');
  return href.includes('@') ? `${href}T/` : href;
}

/** Each HTML fixture with URLs it is parsed under: its own, the other view, and the redirector form. */
const FIXTURES: readonly (readonly [string, () => string, readonly string[]])[] = [
  ...Object.values(PAGES).map(([file, href]) => [file, () => loreHtml(file), [href, otherView(href), `${LORE}/r/${MSGID.cover}`]] as const),
  ['bot wall', () => localFixture('anubis-challenge_lore.kernel.org.html'), [`${LORE}/linux-cifs/${MSGID.pull}/`, `${LORE}/linux-cifs/${MSGID.pull}/T/`]],
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

const INSTANT = (value: string): void => expect(new Date(value).toISOString()).toBe(value);

function checkShape(page: LorePage | null): void {
  if (page === null) return;
  expect(['lore-message', 'lore-thread']).toContain(page.kind);
  expect(page.msgid).toMatch(/@/);
  expect(page.list).not.toBe('');
  expect(page.messages.length).toBeGreaterThan(0);
  expect(typeof page.subject.subject).toBe('string');
  if (page.date !== undefined) INSTANT(page.date);
  for (const message of page.messages) {
    expect(message.msgid).toMatch(/@/);
    expect(typeof message.bodyText).toBe('string');
    if (message.date !== undefined) INSTANT(message.date);
    if (message.from !== undefined) expect(message.from.name).not.toBe('');
    if (message.from?.email !== undefined) expect(message.from.email).toMatch(/^[^\s@]+@[^\s@]+$/);
  }
  for (const event of page.events) {
    if (event.kind === 'pr-merged') expect(event.mergeSha).toMatch(/^[0-9a-f]{40}$/);
    else for (const commit of event.commits) expect(commit.sha).toMatch(/^[0-9a-f]{7,40}$/);
  }
}

function summary(page: LorePage | null): unknown {
  if (page === null) return null;
  return { ...page, messages: page.messages.map(({ body: _body, ...message }) => message) };
}

describe.each(FIXTURES)('300 random mutations of %s', (_name, html, urls) => {
  it('never throw', () => {
    const source = html();
    const shared = parseHtml(source);
    quietly(() =>
      fc.assert(
        fc.property(mutation, fc.constantFrom(...urls), (change, href) => {
          const url = new URL(href);
          if (change.kind === 'truncate') {
            const doc = new DOMParser().parseFromString(source.slice(0, Math.floor(change.at * source.length)), 'text/html');
            checkShape(parseLorePage(url, doc));
            return;
          }
          const undo = mutate(shared, change);
          try {
            checkShape(parseLorePage(url, shared));
          } finally {
            undo();
          }
        }),
        { numRuns: 300 },
      ),
    );
    // Every DOM mutation was undone: the shared document still parses as the pristine one.
    const [own = ''] = urls;
    expect(summary(parseLorePage(new URL(own), shared))).toEqual(summary(parseLorePage(new URL(own), parseHtml(source))));
  }, 120_000);
});
