import { describe, expect, it } from 'vitest';
import { MAX_KEY_TERMS, MAX_MENTIONS_PER_KIND, newsSubjectOf } from '../../utils/news/subject';
import type { Mention, PhoronixArticlePage } from '../../utils/types';

const page = (over: Partial<PhoronixArticlePage> = {}): PhoronixArticlePage => ({
  kind: 'phoronix-article',
  url: 'https://www.phoronix.com/scan.php?page=news_item&px=Rust-Hits-Linux-Next',
  canonicalUrl: 'https://www.phoronix.com/news/Rust-Hits-Linux-Next',
  title: ' Initial Support For The Rust Language Lands In Linux-Next ',
  publishedAt: '2021-03-19T16:40:00.000Z',
  category: 'Linux Kernel',
  bodyText: 'Rust support for the Linux kernel landed in linux-next. Rust code lives under rust/. Rust may be mainlined for 5.13.',
  links: [],
  ...over,
});

describe('newsSubjectOf', () => {
  it('keeps the canonical URL, title, date, category, key terms and mentions', () => {
    const mentions: Mention[] = [
      { kind: 'version', version: '5.13', series: '5.13', text: '5.13' },
      { kind: 'version', version: '5.13', series: '5.13', text: 'Linux 5.13' },
      { kind: 'path', path: 'rust/', text: 'rust/' },
      { kind: 'tree', tree: 'linux-next', text: 'Linux-Next' },
      { kind: 'commit', sha: 'c7c4c9b88eec', text: 'c7c4c9b88eec' },
    ];
    const subject = newsSubjectOf(page(), mentions);
    expect(subject).toMatchObject({
      url: 'https://www.phoronix.com/news/Rust-Hits-Linux-Next',
      title: 'Initial Support For The Rust Language Lands In Linux-Next',
      publishedAt: '2021-03-19T16:40:00.000Z',
      category: 'Linux Kernel',
      mentions: { versions: ['5.13'], paths: ['rust/'], trees: ['linux-next'] },
    });
    expect(subject.keyTerms[0]).toBe('rust');
  });

  it('stays small', () => {
    const many: Mention[] = Array.from({ length: 50 }, (_, i) => ({ kind: 'version', version: `6.${i}`, series: `6.${i}`, text: `6.${i}` }));
    const body = Array.from({ length: 200 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`).join(' ');
    const subject = newsSubjectOf(page({ bodyText: body }), many);
    expect(subject.mentions.versions).toHaveLength(MAX_MENTIONS_PER_KIND);
    expect(subject.keyTerms.length).toBeLessThanOrEqual(MAX_KEY_TERMS);
  });

  it('leaves out what the page does not give', () => {
    const bare = page({ bodyText: '' });
    delete bare.publishedAt;
    delete bare.category;
    const subject = newsSubjectOf(bare, []);
    expect(subject.publishedAt).toBeUndefined();
    expect(subject.category).toBeUndefined();
    expect(subject.keyTerms).toEqual([]);
  });
});
