import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../utils/mentions/extract-mentions';
import { searchQueriesFor, topicFor } from '../../utils/news/queries';
import { newsSubjectOf } from '../../utils/news/subject';
import { parsePhoronixArticle } from '../../utils/pages/phoronix/article';
import type { NewsSubject } from '../../utils/types';
import { parseHtml, seedPageHtml } from '../mentions/seed-fixture';

const subject = (over: Partial<NewsSubject>): NewsSubject => ({
  url: 'https://www.phoronix.com/news/X',
  title: '',
  keyTerms: [],
  mentions: { versions: [], paths: [], trees: [] },
  ...over,
});

describe('searchQueriesFor', () => {
  it('asks "Rust Linux" and "Rust kernel" for the seed article', () => {
    const page = parsePhoronixArticle(new URL('https://www.phoronix.com/news/Rust-Hits-Linux-Next'), parseHtml(seedPageHtml()));
    if (page === null) throw new Error('seed page not recognised');
    expect(searchQueriesFor(newsSubjectOf(page, extractMentions(page.body ? [page.body] : [])))).toEqual(['Rust Linux', 'Rust kernel']);
  });

  it('pairs the telling word with the next one outside the kernel', () => {
    const radv = subject({ title: 'RADV Ray-Tracing Enabled By Default For Mesa 23.2', category: 'Mesa', keyTerms: ['radv', 'ray-tracing', 'vulkan', 'mesa'] });
    expect(searchQueriesFor(radv)).toEqual(['RADV Ray-Tracing', 'RADV']);
    const wine = subject({ title: 'Wine 8.12 Released With Additional Wayland Enablement', category: 'Wine', keyTerms: ['wine', 'wayland'] });
    expect(searchQueriesFor(wine)[0]).toBe('Wine Wayland');
  });

  it('keeps to at most two queries of at most three words, never versions or filler', () => {
    for (const title of ['Linux 6.6 Features Include The EEVDF Scheduler, Shadow Stack', 'Casefolding For Bcachefs File-System Posted', 'GCC 15 Compiler Development Shifts From Features To Bug Fixing', 'IO_uring Adding Support For Vectored FUTEX Waits In Linux 6.6']) {
      const queries = searchQueriesFor(subject({ title, category: 'Linux Kernel' }));
      expect(queries.length).toBeGreaterThan(0);
      expect(queries.length).toBeLessThanOrEqual(2);
      for (const query of queries) {
        expect(query.split(' ').length).toBeLessThanOrEqual(3);
        expect(query).not.toMatch(/\b(?:\d+\.\d+|The|For|Include|Adding|Support)\b/);
      }
    }
    expect(searchQueriesFor(subject({ title: 'The Linux Kernel', category: 'Linux Kernel' }))).toEqual([]);
  });
});

describe('topicFor', () => {
  it('is the category as Phoronix names its topic page', () => {
    expect(topicFor(subject({ category: 'Linux Kernel' }))).toBe('Linux Kernel');
    expect(topicFor(subject({ category: '  Linux   Storage ' }))).toBe('Linux Storage');
    expect(topicFor(subject({ category: 'X.Org' }))).toBe('X.Org');
    expect(topicFor(subject({}))).toBeUndefined();
    expect(topicFor(subject({ category: '' }))).toBeUndefined();
    expect(topicFor(subject({ category: '<b>Kernel</b>' }))).toBeUndefined();
  });
});
