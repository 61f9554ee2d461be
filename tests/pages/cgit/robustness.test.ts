import fc from 'fast-check';
import { cgitPageProblem, parseCgitCommit, parseCgitLog, parseCgitPage, parseCgitTag } from '@/utils/pages/cgit';
import { localFixture, sharedFixture } from '../../helpers/fixtures';
import { ANUBIS, CGIT, REAL_NOT_FOUND, cgitHtml, parseHtml, quietly, standsFor } from './documents';
import { mutate, mutation } from './mutations';

const SHORT_LINKS = ['https://git.kernel.org/torvalds/c/07a3ce7c0937', 'https://git.kernel.org/next/linux-next/c/80d15e092a03', 'https://git.kernel.org/torvalds/l/master'];

/** Each page with URLs to parse it under: the one it stands for, then short links of other views. */
const FIXTURES: readonly (readonly [string, () => string, readonly string[]])[] = [
  ...Object.values(CGIT).map((name) => [name, () => cgitHtml(name), [standsFor(name).href, ...SHORT_LINKS]] as const),
  ...REAL_NOT_FOUND.map((path) => [path, () => sharedFixture(path), ['https://git.kernel.org/pub/scm/linux/kernel/git/stable/linux.git/commit/?h=v6.1', ...SHORT_LINKS]] as const),
  [ANUBIS, () => localFixture(ANUBIS), ['https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/tag/?h=v6.1', ...SHORT_LINKS]],
];

const FULL_SHA = /^[0-9a-f]{40}$/;

function checkInstant(value: string | undefined): void {
  if (value !== undefined) expect(new Date(value).toISOString()).toBe(value);
}

/** Parses with every parser and checks the shape of whatever comes back. */
function parseAll(url: URL, doc: Document): unknown {
  cgitPageProblem(doc);
  const commit = parseCgitCommit(url, doc);
  if (commit !== null) {
    expect(commit.sha).toMatch(FULL_SHA);
    for (const parent of commit.parents) expect(parent).toMatch(FULL_SHA);
    for (const trailer of commit.trailers) expect(trailer.key).toMatch(/^[A-Za-z0-9][A-Za-z0-9-]*$/);
    if (commit.upstreamSha !== undefined) expect(commit.upstreamSha).toMatch(FULL_SHA);
    expect(commit.message.startsWith(commit.subject)).toBe(true);
    checkInstant(commit.authorDate);
    checkInstant(commit.commitDate);
  }
  const tag = parseCgitTag(url, doc);
  if (tag !== null) {
    expect(tag.tag).not.toBe('');
    if (tag.sha !== undefined) expect(tag.sha).toMatch(FULL_SHA);
    checkInstant(tag.taggedAt);
  }
  const log = parseCgitLog(url, doc);
  for (const entry of log?.entries ?? []) {
    expect(entry.subject).not.toBe('');
    if (entry.sha !== undefined) expect(entry.sha).toMatch(FULL_SHA);
    checkInstant(entry.date);
  }
  const page = parseCgitPage(url, doc);
  return page === null ? null : { ...page, body: undefined };
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
            parseAll(url, new DOMParser().parseFromString(source.slice(0, Math.floor(change.at * source.length)), 'text/html'));
            return;
          }
          const undo = mutate(shared, change);
          try {
            parseAll(url, shared);
          } finally {
            undo();
          }
        }),
        { numRuns: 300 },
      ),
    );
    // Every DOM mutation was undone: the shared document still parses as the pristine one.
    const own = new URL(urls[0] ?? '');
    expect(parseAll(own, shared)).toEqual(parseAll(own, parseHtml(source)));
  }, 120_000);
});
