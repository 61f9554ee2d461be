import { describe, expect, it } from 'vitest';
import { analyze, backgroundShare, isGeneric, isStopWord, keyTerms, stem, terms } from '../../utils/news/terms';
import { seedBodyHtml } from '../mentions/seed-fixture';

describe('stem', () => {
  it('meets plural, -ing and -ed forms', () => {
    for (const [a, b] of [
      ['drivers', 'driver'],
      ['kernels', 'kernel'],
      ['merged', 'merge'],
      ['merging', 'merges'],
      ['released', 'releases'],
      ['patches', 'patch'],
      ['libraries', 'library'],
      ['applied', 'apply'],
      ['gpus', 'gpu'],
      ['embedded', 'embed'],
      ['tracing', 'trace'],
    ]) {
      expect(stem(a as string), `${a} / ${b}`).toBe(stem(b as string));
    }
  });

  it('leaves alone what is no plural or has digits and marks', () => {
    for (const word of ['status', 'series', 'bcachefs', 'btrfs', 'windows', 'linus', 'nouveau', 'x86_64', '6.1', 'io_uring', 'ext4', 'macos', 'previous']) {
      expect(stem(word)).toBe(word);
    }
    expect(stem('drivers')).not.toBe(stem('drives'));
  });
});

describe('analyze', () => {
  const words = (text: string): string[] => analyze(text).tokens.filter((token) => token.role === 'word').map((token) => token.term);

  it('keeps versions, paths and joined names whole', () => {
    expect(words('Linux 7.0-rc4 with x86_64, ntpd-rs, io_uring, rust/ and drivers/gpu/drm/nova/')).toEqual(
      expect.arrayContaining(['linux', '7.0-rc4', 'x86_64', 'ntpd-rs', 'io_uring', 'rust/', 'drivers/gpu/drm/nova/', 'nova', 'drm']),
    );
    expect(words('Node.js and C++ on v6.19')).toEqual(['node.js', 'c++', '6.19']);
  });

  it('drops stop words and Phoronix boilerplate, keeps "linux"', () => {
    expect(words('The Linux Kernel Is Now At Phoronix For You')).toEqual(['linux', 'kernel']);
    expect(isStopWord('the')).toBe(true);
    expect(isStopWord('linux')).toBe(false);
    expect(backgroundShare('linux')).toBeGreaterThan(0.3);
  });

  it('tells whole words from compound parts, families and joined pairs', () => {
    const tokens = analyze('Rust-Based Redox OS With RDNA4, RDNA 4 And Case Folding').tokens;
    const role = (term: string): string[] => tokens.filter((token) => token.term === term).map((token) => token.role);
    expect(role('rust')).toEqual(['part']);
    expect(role('rust-based')).toEqual(['word']);
    expect(role('rdna4')).toEqual(['word', 'family']);
    expect(role('rdna')).toEqual(['family', 'word']);
    expect(role(stem('casefolding'))).toEqual(['joined']);
    expect(analyze('file-system').tokens.map((token) => token.term)).toContain(stem('filesystem'));
  });

  it('finds versioned names and the word after each whole word', () => {
    const analysis = analyze('Rocky Linux 9.2 Ships With Mesa 23.1, GNOME 44; Intel Nova Lake, NVIDIA Nova');
    expect(analysis.versioned).toEqual([
      { name: 'linux', word: 'linux', version: '9.2', before: 'rocky' },
      { name: 'mesa', word: 'mesa', version: '23.1', before: 'with' },
      { name: stem('gnome'), word: 'gnome', version: '44' },
    ]);
    const after = (term: string): string[] => analysis.tokens.flatMap((token, index) => (token.term === term ? [analysis.next[index] ?? ''] : []));
    expect(after('nova')).toEqual(['lake', '']);
    expect(after('intel')).toEqual(['nova']);
  });

  it('does not read a phrase across punctuation', () => {
    const analysis = analyze('Faster RADV Ray-Tracing, NVK Blackwell');
    const index = analysis.tokens.findIndex((token) => token.word === 'ray-tracing');
    expect(analysis.next[index]).toBe('');
  });

  it('terms() lists whole words and families only', () => {
    expect(terms('Rust-Based OS, RDNA4')).toEqual(['rust-based', 'os', 'rdna4', 'rdna']);
  });
});

describe('keyTerms', () => {
  const seedText = seedBodyHtml()
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;/g, ' ');

  it('finds what the seed article is about, most telling first', () => {
    const key = keyTerms(seedText, 30);
    expect(key.length).toBe(30);
    expect(key[0]).toBe('rust');
    expect(key.slice(0, 6)).toEqual(expect.arrayContaining(['rust', 'linux-next', 'kernel', 'mainline']));
    // Common English and headline words do not lead.
    for (const word of ['first', 'year', 'initial', 'support', 'see', 'make']) expect(key.slice(0, 10)).not.toContain(word);
    expect(key).not.toContain('5.13');
  });

  it('honours the limit and copes with nothing', () => {
    expect(keyTerms(seedText, 3)).toHaveLength(3);
    expect(keyTerms('', 30)).toEqual([]);
    expect(keyTerms('the and of', 30)).toEqual([]);
    expect(keyTerms(seedText, 0)).toEqual([]);
  });

  it('counts generic words for little', () => {
    expect(isGeneric(stem('lands'))).toBe(true);
    expect(isGeneric(stem('support'))).toBe(true);
    expect(isGeneric('rust')).toBe(false);
  });
});
