import type { Mention } from '../../utils/types';
import { extractMentions, extractMentionsFromText, extractSome } from '../../utils/mentions/extract-mentions';
import { parseHtml, seedBodyHtml, seedPageHtml } from './seed-fixture';

const SEED_SHA = 'c7c4c9b88eecb28d3b48ba855cd6f9f7391a33b2';
const SEED_MSGID = 'CANiq72nbNxpps+p4wYp03ncrbGH9FFoTfHQZwg_vGdPO41eGmQ@mail.gmail.com';

/** The distinct subjects of one kind, in order of first mention. */
function subjects(mentions: Mention[], kind: Mention['kind']): string[] {
  const values = mentions.filter((m) => m.kind === kind).map((m) => {
    switch (m.kind) {
      case 'version': return m.version;
      case 'commit': return `${m.sha} ${m.tree ?? ''}`.trim();
      case 'msgid': return `${m.msgid} ${m.list ?? ''}`.trim();
      case 'path': return m.path;
      case 'tree': return m.tree;
      case 'claim': return `${m.claim} ${m.version ?? m.tree}`;
      case 'patch': return m.subject.raw;
    }
  });
  return [...new Set(values)];
}

/** Every text mention's place holds exactly its text. */
function expectPlacesHoldText(mentions: Mention[]): void {
  for (const mention of mentions) {
    if (mention.place && 'node' in mention.place) {
      expect(mention.place.node.data.slice(mention.place.start, mention.place.end)).toBe(mention.text);
    }
  }
}

describe('extractMentions on the seed article', () => {
  for (const [name, html, root] of [
    ['the seed body', seedBodyHtml(), 'body'],
    ['the rebuilt Phoronix page', seedPageHtml(), 'article.full .content'],
  ] as const) {
    it(`finds exactly what ${name} says`, () => {
      const doc = parseHtml(html);
      const mentions = extractMentions([doc.querySelector(root)!]);
      expect(subjects(mentions, 'version')).toEqual(['5.13']);
      expect(subjects(mentions, 'commit')).toEqual([`${SEED_SHA} next/linux-next`]);
      expect(subjects(mentions, 'msgid')).toEqual([`${SEED_MSGID} rust-for-linux`]);
      expect(subjects(mentions, 'path')).toEqual(['rust/']);
      expect(subjects(mentions, 'tree')).toEqual(['linux-next']);
      expect(subjects(mentions, 'claim')).toEqual(['lands linux-next', 'expected 5.13']);
      expect(subjects(mentions, 'patch')).toEqual([]);
      expect(mentions.filter((m) => m.kind === 'tree')).toHaveLength(6);
      expectPlacesHoldText(mentions);
    });
  }

  it('places the commit and the msgid on their links, and no Phoronix link becomes a mention', () => {
    const doc = parseHtml(seedBodyHtml());
    const mentions = extractMentions([doc.body]);
    const commit = mentions.find((m) => m.kind === 'commit');
    const msgid = mentions.find((m) => m.kind === 'msgid');
    expect(commit?.text).toBe('merged');
    expect(commit?.place && 'element' in commit.place && commit.place.element.getAttribute('href')).toContain(SEED_SHA);
    expect(msgid?.text).toBe('rust-for-linux');
    for (const mention of mentions) {
      if (mention.kind === 'commit' || mention.kind === 'msgid') expect(mention.url).not.toContain('phoronix');
    }
  });

  it('uses the links it is given instead of reading hrefs', () => {
    const doc = parseHtml(seedBodyHtml());
    const anchor = [...doc.querySelectorAll('a')].find((a) => a.getAttribute('href')?.includes('linux-next.git'))!;
    const mentions = extractMentions([doc.body], [{ href: anchor.getAttribute('href')!, text: 'the merge', element: anchor }]);
    expect(mentions.filter((m) => m.kind === 'commit').map((m) => m.text)).toEqual(['the merge']);
    expect(mentions.filter((m) => m.kind === 'msgid')).toEqual([]);
  });

  it('ends with given links that are not under the roots', () => {
    const doc = parseHtml('<body><p>Linux 6.1</p></body>');
    const mentions = extractMentions([doc.body], [{ href: `https://git.kernel.org/linus/${SEED_SHA}`, text: 'x' }]);
    expect(mentions.map((m) => m.kind)).toEqual(['version', 'commit']);
    expect(mentions[1]?.place).toBeUndefined();
  });
});

describe('extractMentions', () => {
  it('reads a version split over inline elements, placed on the node that holds its end', () => {
    const doc = parseHtml('<body><p>Linux <b>5.13</b> and the <i>7.0</i> merge window</p></body>');
    const mentions = extractMentions([doc.body]);
    expect(mentions.map((m) => [m.kind, m.text])).toEqual([
      ['version', '5.13'],
      ['version', '7.0'],
    ]);
    expectPlacesHoldText(mentions);
  });

  it('orders link and text mentions by document position', () => {
    const doc = parseHtml(
      `<body><p>Linux 6.1 <a href="https://lore.kernel.org/r/a@b.c">v2</a> then <a href="https://git.kernel.org/linus/${SEED_SHA}">merged in <b>Linux 6.2</b></a>.</p></body>`,
    );
    const mentions = extractMentions([doc.body]);
    expect(mentions.map((m) => `${m.kind}:${m.text}`)).toEqual([
      'version:6.1',
      'msgid:v2',
      'commit:merged in Linux 6.2',
      'claim:Linux 6.2',
      'version:6.2',
    ]);
  });

  it('counts a URL written as its own link text once', () => {
    const url = `https://git.kernel.org/torvalds/c/${SEED_SHA}`;
    const doc = parseHtml(`<body><pre>has been merged into torvalds/linux.git:\n<a href="${url}">${url}</a></pre></body>`);
    const commits = extractMentions([doc.body]).filter((m) => m.kind === 'commit');
    expect(commits).toHaveLength(1);
    expect(commits[0]?.place && 'element' in commits[0].place).toBe(true);
  });

  it('caps each kind', () => {
    const doc = parseHtml(`<body><p>${'Linux 6.1 and rust/ '.repeat(50)}</p></body>`);
    const mentions = extractMentions([doc.body], undefined, { maxPerKind: 10 });
    expect(mentions.filter((m) => m.kind === 'version')).toHaveLength(10);
    expect(mentions.filter((m) => m.kind === 'path')).toHaveLength(10);
  });

  it('bounds a page with 10,000 version mentions at 2,000 by default', () => {
    const doc = parseHtml(`<body>${'<p>Linux 6.1, 6.2, 6.3, 6.4 and 6.5</p>'.repeat(2000)}</body>`);
    expect(extractMentions([doc.body]).filter((m) => m.kind === 'version')).toHaveLength(2000);
  });

  it('finds nothing again in its own overlays', () => {
    const doc = parseHtml('<body><p>Linux 5.13<kc-badge><span>released 2021, Linux 5.13.19</span></kc-badge> is out.</p></body>');
    expect(extractMentions([doc.body]).map((m) => m.text)).toEqual(['5.13']);
  });
});

/** The annotator's first pass over a long page reads its first screen: a budget of text or mentions. */
describe('extractSome within a budget', () => {
  const seedRoot = () => parseHtml(seedPageHtml()).querySelector('article.full .content')!;

  it('reads the seed article whole within the first pass\'s budget: the same mentions as without one', () => {
    const root = seedRoot();
    const some = extractSome([root], undefined, { textBudget: 4_000, mentionBudget: 40 });
    expect(some.complete).toBe(true);
    expect(some.mentions.map((m) => m.text)).toEqual(extractMentions([root]).map((m) => m.text));
  });

  for (const [budget, options] of [
    ['text', { textBudget: 300 }],
    ['mentions', { mentionBudget: 3 }],
  ] as const) {
    it(`stops at the end of the block where its ${budget} budget runs out, with the first of the page's mentions, in order`, () => {
      const root = seedRoot();
      const all = extractMentions([root]);
      const some = extractSome([root], undefined, options);
      expect(some.complete).toBe(false);
      expect(some.mentions.length).toBeGreaterThan(0);
      expect(some.mentions.length).toBeLessThan(all.length);
      // A prefix of the whole reading: the same mentions at the same places.
      expect(some.mentions.map((m) => [m.kind, m.text, m.place])).toEqual(all.slice(0, some.mentions.length).map((m) => [m.kind, m.text, m.place]));
    });
  }

  it('leaves the given links it has not met yet to the whole reading', () => {
    const doc = parseHtml('<body><p>Linux 6.1</p><p>Linux 6.2</p></body>');
    const link = { href: `https://git.kernel.org/linus/${SEED_SHA}`, text: 'x' };
    expect(extractSome([doc.body], [link], { mentionBudget: 1 }).mentions.map((m) => m.kind)).toEqual(['version']);
    expect(extractSome([doc.body], [link], { mentionBudget: 10 })).toMatchObject({ complete: true, mentions: [{ kind: 'version' }, { kind: 'version' }, { kind: 'commit' }] });
  });
});

describe('extractMentionsFromText', () => {
  it('reads a mail body without places', () => {
    const body = [
      'Rust support was merged for Linux 6.1.',
      '',
      `Fixes: ${SEED_SHA.slice(0, 12)} ("rust: add foo")`,
      `Link: https://lore.kernel.org/r/${SEED_MSGID}`,
      ' rust/kernel/lib.rs | 2 +-',
      'Subject: [PATCH v2 1/3] rust: add foo',
    ].join('\n');
    const mentions = extractMentionsFromText(body);
    expect(mentions.map((m) => `${m.kind}:${m.text}`)).toEqual([
      'claim:merged for Linux 6.1',
      'version:6.1',
      `commit:${SEED_SHA.slice(0, 12)}`,
      `msgid:https://lore.kernel.org/r/${SEED_MSGID}`,
      'path:rust/kernel/lib.rs',
      'patch:[PATCH v2 1/3] rust: add foo',
    ]);
    expect(mentions.every((m) => m.place === undefined)).toBe(true);
  });
});
