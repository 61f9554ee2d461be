import { buildTimeline } from '@/utils/news/timeline';
import type { MainlineStatus, RankedArticle, ReleaseStatus } from '@/utils/types';

const linux513: ReleaseStatus = {
  subject: '5.13',
  series: '5.13',
  state: 'eol',
  releasedOn: '2021-06-27',
  eol: { date: '2021-09-18', projected: false, lastPoint: '5.13.19' },
  evidence: [{ label: 'Tag v5.13', href: 'https://git.kernel.org/torvalds/h/v5.13' }],
};
const rust: MainlineStatus = {
  kind: 'path',
  subject: 'rust/',
  state: 'merged',
  match: 'path',
  release: '6.1',
  tag: 'v6.1-rc1',
  releasedOn: '2022-12-11',
  commit: { sha: 'd9de54341b79', committedOn: '2022-09-28' },
  evidence: [
    { label: 'commit', href: 'https://git.kernel.org/torvalds/c/d9de54341b79' },
    { label: 'tag', href: 'https://git.kernel.org/torvalds/h/v6.1-rc1' },
  ],
};
const linuxNext: MainlineStatus = { kind: 'commit', subject: 'c7c4c9b88eecb28d3b48ba855cd6f9f7391a33b2', state: 'not-merged', notMerged: 'linux-next-merge', evidence: [] };
const article = (title: string, date: string, slug: string): RankedArticle => ({ article: { url: `https://www.phoronix.com/news/${slug}`, title, date, seenIn: 'search', seenAt: 0 }, score: 1, reasons: [] });

describe('the "since this article" timeline', () => {
  const events = buildTimeline({
    publishedAt: '2021-03-19T16:40:00.000Z',
    releases: [linux513],
    mainline: [linuxNext, rust],
    articles: [article('Rust Updates For Linux 6.19', '2025-12-01', 'Linux-6.19-Rust'), article('Old news', '2020-01-01', 'Old'), article('Linux 6.14 Looks To Land Rust PCI', '2024-12-23', 'Linux-6.14-Rust-PCI-Device-Drv')],
  });

  it('tells the seed article\'s story in date order, from after its publication', () => {
    expect(events.map((event) => [event.date, event.kind, event.text])).toEqual([
      ['2021-06-27', 'release', 'Linux 5.13 released — without code under rust/ (first in 6.1)'],
      ['2021-09-18', 'release', 'Linux 5.13 reached end of life (last point release 5.13.19)'],
      ['2022-09-28', 'mainline', 'Code under rust/: the commit that reached mainline for Linux 6.1 (first tag v6.1-rc1)'],
      ['2022-12-11', 'release', 'Linux 6.1 released, with code under rust/'],
      ['2024-12-23', 'article', 'Linux 6.14 Looks To Land Rust PCI'],
      ['2025-12-01', 'article', 'Rust Updates For Linux 6.19'],
    ]);
  });

  it('links each event to its evidence, and keeps each article\'s relevance rank', () => {
    expect(events[0]?.href).toBe('https://git.kernel.org/torvalds/h/v5.13');
    expect(events[3]?.href).toBe('https://git.kernel.org/torvalds/h/v6.1-rc1');
    expect(events.find((event) => event.text.startsWith('Rust Updates'))?.rank).toBe(0);
  });

  it('leaves out what happened before the article, projected end of life, and code not merged', () => {
    const later = buildTimeline({
      publishedAt: '2023-01-01T00:00:00.000Z',
      releases: [{ ...linux513, series: '6.1', subject: '6.1', state: 'longterm', releasedOn: '2022-12-11', eol: { date: '2027-12-31', projected: true } }],
      mainline: [linuxNext, { ...rust, state: 'not-merged' }],
      articles: [],
    });
    expect(later).toEqual([]);
  });

  it('a merge commit\'s date is when it entered mainline', () => {
    const merge: MainlineStatus = { ...rust, kind: 'pull', subject: 'pull@example', commit: { sha: 'cccbdb9bc555', committedOn: '2025-12-19', isMerge: true }, release: '6.19', tag: 'v6.19-rc2', releasedOn: '2026-02-08' };
    expect(buildTimeline({ publishedAt: '2025-12-18T00:00:00Z', releases: [], mainline: [merge], articles: [] })[0]?.text).toBe('The pull request merged into mainline for Linux 6.19 (first tag v6.19-rc2)');
  });
});
