import fc from 'fast-check';
import { sharedFixture } from '../helpers/fixtures';
import type { Mention } from '../../utils/types';
import { extractMentions, extractMentionsFromText } from '../../utils/mentions/extract-mentions';
import { findMentions } from '../../utils/mentions/find-mentions';
import { parseHtml, seedBodyHtml } from './seed-fixture';

// Words that make finders fire, so random text exercises every rule, not just the fast exits.
const TOKENS = [
  'Linux', 'kernel', 'the', 'for', 'in', 'into', 'merged', 'queued', 'lands', 'pull request', 'not', 'will', 'if',
  'merge window', 'LTS', '5.13', '6.1', 'v6.1', '-rc3', '2.6.32.71', '7.0', '192.168.1.1', '3.5%', '$5.99', 'Mesa',
  'GCC 11.2', 'commit', 'Fixes:', '1234567890ab', 'c7c4c9b88eecb28d3b48ba855cd6f9f7391a33b2', '(', ')', '"', '“', '”',
  'https://lore.kernel.org/r/', 'https://lore.kernel.org/rust-for-linux/', 'a+b@c.d', '%3C', '%', '/t/',
  'https://git.kernel.org/torvalds/c/', 'https://git.kernel.org/pub/scm/linux/kernel/git/next/linux-next.git/commit/?id=',
  'https://patch.msgid.link/', 'rust/', 'drivers/gpu/drm/', 'fs/', 'x.c', 'mm/', 'dd/', 'Linux-Next', 'net-next', 'net',
  'tree', '.git', '-mm', 'tip/sched/core', 'mainline', "Linus'", '[PATCH v3 2/7]', '[GIT PULL]', 'Re:', '[', ']',
  ' ', ' ', ' ', '\n', '\n\n', '.', ',', ';', '?', '-', '/', ':',
];

const tokenText = fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 6 })), { maxLength: 60 }).map((parts) => parts.join(''));
const anyText = fc.oneof(tokenText, fc.string({ maxLength: 200, unit: 'binary' }));

describe('properties of the finders on any text', () => {
  it('never throw; results are ordered, within bounds, and say what the text says', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const found = findMentions(text);
        let previous = 0;
        for (const { start, end } of found) {
          expect(start).toBeGreaterThanOrEqual(previous);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(text.length);
          previous = start;
        }
        const mentions = extractMentionsFromText(text);
        expect(mentions.map((m) => m.text)).toEqual(found.map(({ start, end }) => text.slice(start, end)));
      }),
      { numRuns: 400 },
    );
  });
});

/** Position of a mention on the page, for ordering: a link's element, or a text node and offset. */
function follows(a: Mention, b: Mention): boolean {
  const nodeA = a.place && ('node' in a.place ? a.place.node : a.place.element);
  const nodeB = b.place && ('node' in b.place ? b.place.node : b.place.element);
  if (!nodeA || !nodeB) return true;
  if (nodeA === nodeB) {
    const startA = a.place && 'node' in a.place ? a.place.start : -1;
    const startB = b.place && 'node' in b.place ? b.place.start : -1;
    return startB >= startA;
  }
  return (nodeA.compareDocumentPosition(nodeB) & 4) !== 0; // Node.DOCUMENT_POSITION_FOLLOWING
}

const INLINE = ['b', 'i', 'em', 'code', 'span'];
const fragment: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    tokenText.map((text) => text.replace(/[<&]/g, ' ')),
    fc.tuple(fc.constantFrom(...INLINE, 'p', 'div', 'pre'), fc.array(tie('node'), { maxLength: 4 })).map(([tag, children]) => `<${tag}>${children.join('')}</${tag}>`),
    fc.tuple(fc.constantFrom(...TOKENS.filter((token) => token.startsWith('https://'))), fc.constantFrom('c7c4c9b88eec', 'x@y.z', ''), tie('node')).map(
      ([href, tail, child]) => `<a href="${href}${tail}">${child}</a>`,
    ),
    fc.constant('<br>'),
    tie('node').map((child) => `<kc-badge>${child}</kc-badge>`),
  ),
})).node;

describe('properties of page extraction', () => {
  it('places each mention once, on text that is its text, in document order', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 6 }), (parts) => {
        const doc = parseHtml(`<body>${parts.join('')}</body>`);
        const mentions = extractMentions([doc.body]);
        const places = new Set<string>();
        const ids = new Map<Node, number>();
        mentions.forEach((mention, i) => {
          if (i > 0) expect(follows(mentions[i - 1]!, mention)).toBe(true);
          if (!mention.place) return;
          const node = 'node' in mention.place ? mention.place.node : mention.place.element;
          if (!ids.has(node)) ids.set(node, ids.size);
          const key = 'node' in mention.place ? `${mention.kind}|${ids.get(node)}|${mention.place.start}|${mention.place.end}` : `${mention.kind}|${ids.get(node)}`;
          expect(places.has(key)).toBe(false);
          places.add(key);
          if ('node' in mention.place) {
            expect(mention.place.node.data.slice(mention.place.start, mention.place.end)).toBe(mention.text);
            expect(mention.place.node.parentElement?.closest('kc-badge')).toBeNull();
          }
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('robustness on real text', () => {
  const seedHtml = seedBodyHtml();
  const texts = [
    seedHtml,
    sharedFixture('lore-raw-messages/git-pull_smb3-client-fixes_2025-12-18.eml'),
    sharedFixture('lore-raw-messages/pr-tracker-bot_cifs-5.2-smb3_2019-05-08.eml'),
    sharedFixture('phoronix-datasets/dailybox_phoronix_titles_urls.csv').slice(0, 8_000),
    sharedFixture('phoronix-rss/phoronix-rss-2025-08-02.xml'),
  ];

  /** A mutation: cut, duplicate, insert a token or a random character at some place. */
  const mutation = fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.constantFrom('cut', 'copy', 'token', 'char'), fc.constantFrom(...TOKENS), fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }));

  function mutate(text: string, mutations: [number, number, string, string, string][]): string {
    let out = text;
    for (const [at, length, kind, token, char] of mutations) {
      const i = at % (out.length + 1);
      if (kind === 'cut') out = out.slice(0, i) + out.slice(i + length);
      else if (kind === 'copy') out = out.slice(0, i) + out.slice(i, i + length) + out.slice(i);
      else out = out.slice(0, i) + (kind === 'token' ? token : char) + out.slice(i);
    }
    return out;
  }

  it('never throws on 1,000 mutated copies of the real fixtures (as text and as HTML)', () => {
    fc.assert(
      fc.property(fc.nat({ max: texts.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 8 }), (which, mutations) => {
        const text = mutate(texts[which]!, mutations);
        expect(() => extractMentionsFromText(text)).not.toThrow();
        if (which === 0) {
          const doc = parseHtml(text);
          expect(() => extractMentions([doc.body])).not.toThrow();
        }
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('still finds the seed’s mentions after unrelated edits elsewhere on the page', () => {
    const doc = parseHtml(`<body><div>${'<p>Unrelated text 1.5x faster, Mesa 24.1.</p>'.repeat(50)}</div>${seedHtml}</body>`);
    const kinds = new Set(extractMentions([doc.body]).map((m) => m.kind));
    expect([...kinds].sort()).toEqual(['claim', 'commit', 'msgid', 'path', 'tree', 'version']);
  });
});
