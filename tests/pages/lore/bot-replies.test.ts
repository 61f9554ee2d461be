import type { LoreBotEvent, LoreMessage } from '@/utils/types';
import { findBotEvents, parseLorePage } from '@/utils/pages/lore';
import { parsePatchSubject } from '@/utils/mentions/patch-subject';
import { loreHtml, MSGID, PAGES, parseHtml, type PageName } from './documents';
import { lorePage } from './pages';

const MERGED_2025: LoreBotEvent = {
  kind: 'pr-merged',
  mergeSha: 'cccbdb9bc555d694a145c0f87103d6e541618e22',
  url: 'https://git.kernel.org/torvalds/c/cccbdb9bc555d694a145c0f87103d6e541618e22',
  msgid: MSGID.bot2025,
};
const APPLIED_THANKS: LoreBotEvent = {
  kind: 'applied-thanks',
  commits: [
    { sha: '97df8dcaad8f41008ac55d4e80c4ac35317a7d7f', subject: 'rust: net::phy: add `Device::read_paged`' },
    { sha: 'd5b58eb21c1b8f8c11e4a208b7a253297e6b4d4c', subject: 'net: phy: ax88796b_rust: read the link status from the vendor page' },
  ],
  msgid: MSGID.thanks,
};
// A subsystem tree (netdev/net-next), not mainline; the links carry 12-hex abbreviations.
const PATCHWORK_APPLIED: LoreBotEvent = {
  kind: 'patchwork-applied',
  tree: 'netdev/net-next',
  commits: [
    { sha: '97df8dcaad8f', subject: 'rust: net::phy: add `Device::read_paged`', url: 'https://git.kernel.org/netdev/net-next/c/97df8dcaad8f' },
    { sha: 'd5b58eb21c1b', subject: 'net: phy: ax88796b_rust: read the link status from the vendor page', url: 'https://git.kernel.org/netdev/net-next/c/d5b58eb21c1b' },
  ],
  msgid: MSGID.patchwork,
};

describe('events read from each page', () => {
  it.each<[PageName, LoreBotEvent[]]>([
    ['bot2025', [MERGED_2025]],
    ['pullFlat', [MERGED_2025]],
    ['pullNested', [MERGED_2025]],
    // The real 2019 reply whose pull request is not in the inbox still names its merge.
    [
      'bot2019',
      [
        {
          kind: 'pr-merged',
          mergeSha: '78d9affbb0e79d48fd82b34ef9cd673a7c86d6f2',
          url: 'https://git.kernel.org/torvalds/c/78d9affbb0e79d48fd82b34ef9cd673a7c86d6f2',
          msgid: MSGID.bot2019,
        },
      ],
    ],
    ['thanks', [APPLIED_THANKS]],
    ['patchwork', [PATCHWORK_APPLIED]],
    ['seriesFlat', [APPLIED_THANKS, PATCHWORK_APPLIED]],
    ['seriesNested', [APPLIED_THANKS, PATCHWORK_APPLIED]],
    // Pages whose replies are only listed in the thread overview, or have none.
    ['pullMessage', []],
    ['cover', []],
    ['patch1', []],
    ['rfc', []],
  ])('%s', (name, events) => {
    expect(lorePage(name).events).toEqual(events);
  });
});

/** A fixture's HTML changed by `edit`, parsed under its own URL: its events. */
function edited(name: PageName, edit: (html: string) => string): LoreBotEvent[] | undefined {
  const [file, href] = PAGES[name];
  const html = loreHtml(file);
  const changed = edit(html);
  expect(changed).not.toBe(html);
  const page = parseLorePage(new URL(href), parseHtml(changed));
  // Still a page with its messages: only the events go.
  expect(page?.messages.length).toBeGreaterThan(0);
  return page?.events;
}

/** Every line of the body (between the headers' blank line and the end of `<pre id=b>`) quoted with "> ". */
function quoteBody(html: string): string {
  return html.replace(/(<\/a>&gt;\n\n)([\s\S]*?)(<\/pre><hr>)/, (_all, head: string, body: string, tail: string) => `${head}${body.replace(/^/gm, '&gt; ')}\nThanks, that was quick!\n${tail}`);
}

describe('replies that only quote a bot or a maintainer', () => {
  it('quoteBody quotes the whole body', () => {
    const [file, href] = PAGES.bot2025;
    const body = parseLorePage(new URL(href), parseHtml(quoteBody(loreHtml(file))))?.messages[0]?.bodyText ?? '';
    expect(body.split('\n').slice(0, 6)).toEqual(['> The pull request you sent on Thu, 18 Dec 2025 10:48:23 -0600:', '>', '> > git://git.samba.org/sfrench/cifs-2.6.git tags/v6.19-rc1-smb3-client-fixes', '>', '> has been merged into torvalds/linux.git:', '> https://git.kernel.org/torvalds/c/cccbdb9bc555d694a145c0f87103d6e541618e22']);
    expect(body.endsWith('Thanks, that was quick!')).toBe(true);
  });

  it('a human quoting pr-tracker-bot is not a merge', () => {
    const human = (html: string): string => quoteBody(html.replace('From: pr-tracker-bot@kernel.org', 'From: Steve French &lt;smfrench@gmail.com&gt;'));
    expect(edited('bot2025', human)).toEqual([]);
    expect(edited('bot2019', human)).toEqual([]);
  });

  it('a human quoting patchwork-bot is not an application', () => {
    expect(edited('patchwork', (html) => quoteBody(html.replace('From: patchwork-bot+netdevbpf@kernel.org', 'From: Bo Str&#246;m &lt;bo.strom@example.com&gt;')))).toEqual([]);
  });

  it('a reply quoting "Applied, thanks!" is not an application', () => {
    expect(edited('thanks', (html) => quoteBody(html.replace('From: Jakub Kicinski', 'From: Bo Str&#246;m')))).toEqual([]);
  });

  it('quoted bot text does not count even under the bot\'s own address', () => {
    expect(edited('bot2025', quoteBody)).toEqual([]);
    expect(edited('patchwork', quoteBody)).toEqual([]);
  });

  it('the bot wording from anyone else is not a bot event', () => {
    expect(edited('bot2025', (html) => html.replace('From: pr-tracker-bot@kernel.org', 'From: Steve French &lt;smfrench@gmail.com&gt;'))).toEqual([]);
    expect(edited('pullFlat', (html) => html.replace('From: pr-tracker-bot @', 'From: Steve French @'))).toEqual([]);
  });
});

function message(from: LoreMessage['from'], subject: string, bodyText: string): LoreMessage {
  return { msgid: 'test@example.org', subject: parsePatchSubject(subject), bodyText, ...(from === undefined ? {} : { from }) };
}

const MAINTAINER = { name: 'Mark Brown', email: 'broonie@kernel.org' };

describe('findBotEvents on other wordings', () => {
  it('reads a free-form "Applied to <tree>, thanks"', () => {
    expect(findBotEvents([message(MAINTAINER, 'Re: [PATCH] spi: fix', 'On Mon, X wrote:\n> patch\n\nApplied to for-next, thanks!\n\n-- \nMark')])).toEqual([
      { kind: 'applied-thanks', tree: 'for-next', commits: [], msgid: 'test@example.org' },
    ]);
    expect(findBotEvents([message(MAINTAINER, 'Re: [PATCH] x86: fix', 'Thanks, applied to the tip tree.')])).toEqual([
      { kind: 'applied-thanks', tree: 'tip', commits: [], msgid: 'test@example.org' },
    ]);
  });

  it("reads b4's commit URL mask and the tree the links name", () => {
    const body = 'Applied, thanks!\n\n[1/1] spi: fix the thing\n      https://git.kernel.org/broonie/spi/c/0123456789ab\n\nBest regards,\n-- \nMark';
    expect(findBotEvents([message(MAINTAINER, 'Re: [PATCH] spi: fix the thing', body)])).toEqual([
      {
        kind: 'applied-thanks',
        tree: 'broonie/spi',
        commits: [{ sha: '0123456789ab', subject: 'spi: fix the thing', url: 'https://git.kernel.org/broonie/spi/c/0123456789ab' }],
        msgid: 'test@example.org',
      },
    ]);
  });

  it('reads a single-patch patchwork-bot mail and skips "(no matching commit)"', () => {
    const bot = { name: 'patchwork-bot+netdevbpf', email: 'patchwork-bot+netdevbpf@kernel.org' };
    const body = 'Hello:\n\nThis patch was applied to bpf/bpf-next.git (master)\nby Alexei Starovoitov <ast@kernel.org>:\n\nHere is the summary with links:\n  - [bpf-next] bpf: one\n    https://git.kernel.org/bpf/bpf-next/c/aaaabbbbcccc\n  - [bpf-next,2/2] bpf: two\n    (no matching commit)\n\nYou are awesome, thank you!';
    expect(findBotEvents([message(bot, 'Re: [PATCH bpf-next] bpf: one', body)])).toEqual([
      { kind: 'patchwork-applied', tree: 'bpf/bpf-next', commits: [{ sha: 'aaaabbbbcccc', subject: 'bpf: one', url: 'https://git.kernel.org/bpf/bpf-next/c/aaaabbbbcccc' }], msgid: 'test@example.org' },
    ]);
  });

  it('ignores pr-tracker-bot merges into other trees, short shas and people named like bots with other addresses', () => {
    const merged = (tree: string, sha: string): string => `The pull request you sent on Mon:\n\n> git://x tags/y\n\nhas been merged into ${tree}:\nhttps://git.kernel.org/torvalds/c/${sha}\n`;
    const bot = { name: 'pr-tracker-bot', email: 'pr-tracker-bot@kernel.org' };
    const sha = '78d9affbb0e79d48fd82b34ef9cd673a7c86d6f2';
    expect(findBotEvents([message(bot, 'Re: [GIT PULL] x', merged('torvalds/linux.git', sha))])).toHaveLength(1);
    expect(findBotEvents([message(bot, 'Re: [GIT PULL] x', merged('tip/tip.git', sha))])).toEqual([]);
    expect(findBotEvents([message(bot, 'Re: [GIT PULL] x', merged('torvalds/linux.git', sha.slice(0, 12)))])).toEqual([]);
    expect(findBotEvents([message({ name: 'pr-tracker-bot', email: 'someone@example.org' }, 'Re: [GIT PULL] x', merged('torvalds/linux.git', sha))])).toEqual([]);
    expect(findBotEvents([message(undefined, 'Re: [GIT PULL] x', merged('torvalds/linux.git', sha))])).toEqual([]);
  });

  it('needs a reply for "Applied, thanks" and its own line for it', () => {
    expect(findBotEvents([message(MAINTAINER, '[PATCH v2] spi: fix', 'Applied, thanks!')])).toEqual([]);
    expect(findBotEvents([message(MAINTAINER, 'Re: [PATCH v2] spi: fix', 'v2: - Applied, thanks to Bo for the review')])).toEqual([]);
    expect(findBotEvents([message(MAINTAINER, 'Re: [PATCH v2] spi: fix', '> Applied, thanks!\n\nWhere?')])).toEqual([]);
  });
});
