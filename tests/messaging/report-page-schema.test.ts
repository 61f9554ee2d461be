import { InvalidMessageError, validateRequest } from '@/utils/messaging/request-schemas';
import type { MentionRecord, PageSummary } from '@/utils/types';

const page: PageSummary = {
  kind: 'phoronix-article',
  url: 'https://www.phoronix.com/scan.php?page=news_item&px=Rust-Hits-Linux-Next',
  canonicalUrl: 'https://www.phoronix.com/news/Rust-Hits-Linux-Next',
  title: 'Initial Support For The Rust Language Lands In Linux-Next',
  publishedAt: '2021-03-19T16:40:00.000Z',
};

// The mentions of the seed article, as the content script sends them.
const seedMentions: MentionRecord[] = [
  { kind: 'version', text: '5.13', version: '5.13', series: '5.13' },
  {
    kind: 'commit',
    text: 'merged',
    sha: 'c7c4c9b88eecb28d3b48ba855cd6f9f7391a33b2',
    tree: 'next/linux-next',
    url: 'https://git.kernel.org/pub/scm/linux/kernel/git/next/linux-next.git/commit/?id=c7c4c9b88eecb28d3b48ba855cd6f9f7391a33b2',
  },
  { kind: 'msgid', text: 'rust-for-linux', msgid: 'CANiq72nbNxpps+p4wYp03ncrbGH9FFoTfHQZwg_vGdPO41eGmQ@mail.gmail.com', list: 'rust-for-linux' },
  { kind: 'path', text: 'rust/', path: 'rust/' },
  { kind: 'tree', text: 'Linux-Next', tree: 'linux-next' },
  { kind: 'claim', text: 'make it mainline for 5.13', claim: 'expected', version: '5.13', sentence: 'In any case, … make it mainline for 5.13 or another kernel release this year.' },
  {
    kind: 'patch',
    text: '[PATCH v3 2/7] rust: add foo',
    subject: { raw: '[PATCH v3 2/7] rust: add foo', subject: 'rust: add foo', isReply: false, tags: ['PATCH'], version: 3, index: 2, total: 7 },
  },
];

const report = (mentions: unknown[], summary: unknown = page) => () => validateRequest('reportPage', { page: summary, mentions });

describe('the reportPage message', () => {
  it('accepts a page and the mentions of every kind', () => {
    expect(validateRequest('reportPage', { page, mentions: seedMentions }).mentions).toHaveLength(seedMentions.length);
  });

  it.each<[string, unknown]>([
    ['a sha that is not hex', { kind: 'commit', text: 'x', sha: 'javascript:alert(1)' }],
    ['a version that is not a version', { kind: 'version', text: 'x', version: '<img src=x>', series: '1.0' }],
    ['an unknown kind', { kind: 'url', text: 'x', url: 'https://evil.example/' }],
    ['an extra field', { kind: 'path', text: 'rust/', path: 'rust/', fetch: 'https://evil.example/' }],
    ['a megabyte of text', { kind: 'tree', text: 'x'.repeat(1_000_000), tree: 'linux-next' }],
    ['an unknown claim', { kind: 'claim', text: 'x', claim: 'verified', sentence: 'x' }],
  ])('rejects a mention with %s', (_name, mention) => {
    expect(report([mention])).toThrow(InvalidMessageError);
  });

  it('rejects more mentions than a page may send', () => {
    const many = Array.from({ length: 5_001 }, () => seedMentions[0]);
    expect(report(many)).toThrow(InvalidMessageError);
  });

  it('rejects a page summary of an unknown kind or with a bad date', () => {
    expect(report([], { ...page, kind: 'github-page' })).toThrow(InvalidMessageError);
    expect(report([], { ...page, publishedAt: 'yesterday' })).toThrow(InvalidMessageError);
  });
});
