import fc from 'fast-check';
import { parseKernelOrgReleaseTable } from '@/utils/pages/kernel-org';
import { parseHtml, quietly } from '../cgit/documents';
import { mutate, mutation } from '../cgit/mutations';
import { TABLES, frontPageHtml } from './documents';

const URLS = ['https://www.kernel.org/', 'https://www.kernel.org/index.html'] as const;
const VERSION = /^(?:\d+\.\d+(?:\.\d+){0,2}(?:-rc\d+)?|next-\d{8})$/;

function parse(url: URL, doc: Document): unknown {
  const page = parseKernelOrgReleaseTable(url, doc);
  for (const release of page?.releases ?? []) {
    expect(['mainline', 'stable', 'longterm', 'linux-next']).toContain(release.moniker);
    expect(release.version).toMatch(VERSION);
    if (release.date !== undefined) expect(new Date(`${release.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(release.date);
  }
  return page?.releases.map(({ row: _row, ...data }) => data) ?? null;
}

describe.each(Object.entries(TABLES))('300 random mutations of the %s release table', (_date, fixture) => {
  it('never throw', () => {
    const source = frontPageHtml(fixture);
    const shared = parseHtml(source);
    quietly(() =>
      fc.assert(
        fc.property(mutation, fc.constantFrom(...URLS), (change, href) => {
          const url = new URL(href);
          if (change.kind === 'truncate') {
            parse(url, new DOMParser().parseFromString(source.slice(0, Math.floor(change.at * source.length)), 'text/html'));
            return;
          }
          const undo = mutate(shared, change);
          try {
            parse(url, shared);
          } finally {
            undo();
          }
        }),
        { numRuns: 300 },
      ),
    );
    expect(parse(new URL(URLS[0]), shared)).toEqual(parse(new URL(URLS[0]), parseHtml(source)));
  }, 120_000);
});
