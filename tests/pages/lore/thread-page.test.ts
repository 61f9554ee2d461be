import type { LorePage } from '@/utils/types';
import { parseLorePage, parseLorePageInSlices } from '@/utils/pages/lore';
import { FURNITURE, LORE, loreDocument, MSGID, PAGES } from './documents';
import { lorePage } from './pages';

function expectCleanBodies(page: LorePage): void {
  for (const message of page.messages) {
    expect(message.body?.tagName).toBe('PRE');
    expect(message.bodyText).not.toBe('');
    for (const text of FURNITURE) expect(message.bodyText).not.toContain(text);
    // No header line, index line or footer of this or another message.
    expect(message.bodyText).not.toMatch(/^\s*(?:To|Cc): |\d{4}-\d\d-\d\d +\d{1,2}:\d\d |^\^ |\[flat\|nested\]/m);
  }
}

describe.each([
  ['flat (/T/)', 'pullFlat', 'T'],
  ['nested (/t/)', 'pullNested', 't'],
] as const)('the [GIT PULL] thread, %s', (_view, name, segment) => {
  const page = lorePage(name);

  it('reads the named message: the real pull request', () => {
    expect(page).toMatchObject({ kind: 'lore-thread', url: `${LORE}/linux-cifs/${MSGID.pull}/${segment}/`, list: 'linux-cifs', msgid: MSGID.pull });
    expect(page.subject).toEqual({ raw: '[GIT PULL] smb3 client fixes', subject: 'smb3 client fixes', isReply: false, tags: ['GIT PULL'] });
    // Thread pages show names only, and dates in UTC to the minute.
    expect(page.from).toEqual({ name: 'Steve French' });
    expect(page.date).toBe('2025-12-18T16:48:00.000Z');
  });

  it('has both messages in order, each with its author, date and clean body', () => {
    expect(page.messages.map((message) => message.msgid)).toEqual([MSGID.pull, MSGID.bot2025]);
    const [pull, bot] = page.messages;
    expect(pull).toMatchObject({ from: { name: 'Steve French' }, date: '2025-12-18T16:48:00.000Z' });
    expect(bot).toMatchObject({ from: { name: 'pr-tracker-bot' }, date: '2025-12-19T01:56:00.000Z', subject: { subject: 'smb3 client fixes', isReply: true, tags: ['GIT PULL'] } });
    expect(bot?.from?.email).toBeUndefined();
    expect(pull?.bodyText.startsWith('Please pull the following changes since commit')).toBe(true);
    expect(pull?.bodyText.endsWith('-- \nThanks,\n\nSteve')).toBe(true);
    expect(bot?.bodyText).toBe(
      [
        'The pull request you sent on Thu, 18 Dec 2025 10:48:23 -0600:',
        '',
        '> git://git.samba.org/sfrench/cifs-2.6.git tags/v6.19-rc1-smb3-client-fixes',
        '',
        'has been merged into torvalds/linux.git:',
        'https://git.kernel.org/torvalds/c/cccbdb9bc555d694a145c0f87103d6e541618e22',
        '',
        'Thank you!',
        '',
        '-- ',
        'Deet-doot-dot, I am a bot.',
        'https://korg.docs.kernel.org/prtracker.html',
      ].join('\n'),
    );
    expect(pull?.body).not.toBe(bot?.body);
    expectCleanBodies(page);
  });
});

const COVER = [0, false, 'Tomás Okafor', '2022-12-05T08:30:00.000Z'];
const PATCH1 = [1, false, 'Tomás Okafor', '2022-12-05T08:30:00.000Z'];
const REVIEW = [1, true, 'Bo Ström', '2022-12-06T07:14:00.000Z'];
const PATCH2 = [2, false, 'Tomás Okafor', '2022-12-05T08:30:00.000Z'];
const THANKS = [0, true, 'Jakub Kicinski', '2022-12-14T02:42:00.000Z'];
const PATCHWORK = [0, true, 'patchwork-bot+netdevbpf', '2022-12-14T03:00:00.000Z'];

// The flat view lists the messages by date; the nested view as a tree (the review under 1/2).
describe.each([
  ['flat (/T/)', 'seriesFlat', 'T', [MSGID.cover, MSGID.patch1, MSGID.patch2, MSGID.review, MSGID.thanks, MSGID.patchwork], [COVER, PATCH1, PATCH2, REVIEW, THANKS, PATCHWORK]],
  ['nested (/t/)', 'seriesNested', 't', [MSGID.cover, MSGID.patch1, MSGID.review, MSGID.patch2, MSGID.thanks, MSGID.patchwork], [COVER, PATCH1, REVIEW, PATCH2, THANKS, PATCHWORK]],
] as const)('the [PATCH net-next v3 0/2] series thread, %s', (_view, name, segment, order, rows) => {
  const page = lorePage(name);

  it('reads the named cover letter', () => {
    expect(page).toMatchObject({ kind: 'lore-thread', url: `${LORE}/rust-for-linux/${MSGID.cover}/${segment}/`, list: 'rust-for-linux', msgid: MSGID.cover });
    expect(page.subject).toEqual({
      raw: '[PATCH net-next v3 0/2] rust: net::phy: paged register reads',
      subject: 'rust: net::phy: paged register reads',
      isReply: false,
      tags: ['PATCH', 'NET-NEXT'],
      version: 3,
      index: 0,
      total: 2,
    });
    expect(page.from).toEqual({ name: 'Tomás Okafor' });
    expect(page.date).toBe('2022-12-05T08:30:00.000Z');
  });

  it('has all six messages in page order with their subjects, authors and dates', () => {
    expect(page.messages.map((message) => message.msgid)).toEqual(order);
    expect(page.messages.map((message) => [message.subject.index, message.subject.isReply, message.from?.name, message.date])).toEqual(rows);
    expect(page.messages.find((message) => message.msgid === MSGID.patch2)?.subject.subject).toBe('net: phy: ax88796b_rust: read the link status from the vendor page');
  });

  it('keeps each body to its own message: diffs in, headers and footers out', () => {
    const [cover, patch1, review, patch2, thanks, patchwork] = [MSGID.cover, MSGID.patch1, MSGID.review, MSGID.patch2, MSGID.thanks, MSGID.patchwork].map((msgid) =>
      page.messages.find((message) => message.msgid === msgid),
    );
    expect(cover?.bodyText.startsWith('Rust PHY drivers have no way to read registers')).toBe(true);
    expect(cover?.bodyText.endsWith('-- \nTomás Okafor <tomas.okafor@example.org>')).toBe(true);
    expect(patch1?.bodyText).toContain('+    pub fn read_paged(&mut self, page: u16, regnum: u16) -> Result<u16> {');
    expect(patch1?.bodyText).not.toContain('AX_PAGE_VENDOR');
    expect(patch2?.bodyText).toContain('+const AX_PAGE_VENDOR: u16 = 0x3;');
    expect(review?.bodyText.startsWith('On Mon, Dec 05, 2022 at 09:30:12AM +0100, Tomás Okafor wrote:')).toBe(true);
    expect(review?.bodyText.endsWith('first user.\n\nBo')).toBe(true);
    expect(thanks?.bodyText).toContain('Applied, thanks!\n\n[1/2] rust: net::phy: add `Device::read_paged`\n      commit: 97df8dcaad8f41008ac55d4e80c4ac35317a7d7f');
    expect(patchwork?.bodyText.startsWith('Hello:\n\nThis series was applied to netdev/net-next.git (main)')).toBe(true);
    expect(patchwork?.bodyText.endsWith('https://korg.docs.kernel.org/patchwork/pwbot.html')).toBe(true);
    expectCleanBodies(page);
  });
});

describe('a thread page opened at a reply', () => {
  it('puts the named message first and reads its subject, author and date', () => {
    const page = lorePage('seriesFlat', `${LORE}/rust-for-linux/${MSGID.review}/T/`);
    expect(page.msgid).toBe(MSGID.review);
    expect(page.messages.map((message) => message.msgid)).toEqual([MSGID.review, MSGID.cover, MSGID.patch1, MSGID.patch2, MSGID.thanks, MSGID.patchwork]);
    expect(page.events.map((event) => event.kind)).toEqual(['applied-thanks', 'patchwork-applied']);
    expect(page.subject).toMatchObject({ isReply: true, index: 1 });
    expect(page.from).toEqual({ name: 'Bo Ström' });
    expect(page.date).toBe('2022-12-06T07:14:00.000Z');
  });

  it('falls back to the message public-inbox marks as named when the URL msgid is not on the page', () => {
    const page = lorePage('seriesFlat', `${LORE}/rust-for-linux/elsewhere@example.org/T/`);
    expect(page.msgid).toBe('elsewhere@example.org');
    expect(page.messages[0]?.msgid).toBe(MSGID.cover);
    expect(page.subject.index).toBe(0);
  });
});

/** The annotator's first pass over a long thread: its first messages only, then the whole page. */
describe('a thread page read in part (the first screen)', () => {
  const [file, own] = PAGES.seriesFlat;
  const read = (href: string, maxMessages?: number) => {
    const page = parseLorePage(new URL(href), loreDocument(file), maxMessages === undefined ? undefined : { maxMessages });
    if (page === null) throw new Error('not a lore page');
    return page;
  };

  it('reads the first messages in page order, says it is partial, and keeps the events of those messages only', () => {
    const first = read(own, 2);
    expect(first.partial).toBe(true);
    expect(first.messages.map((message) => message.msgid)).toEqual([MSGID.cover, MSGID.patch1]);
    expect(first.subject).toEqual(read(own).subject);
    // The bots' replies come last in the thread: none among the first two.
    expect(first.events).toEqual([]);
  });

  it('reads the message the URL names even when it comes after the first ones, and puts it first', () => {
    // The same thread served for the patchwork-bot's reply, its last message: public-inbox marks that one.
    const [atReply, replyUrl] = PAGES.seriesFlatAtReply;
    const first = parseLorePage(new URL(replyUrl), loreDocument(atReply), { maxMessages: 2 });
    expect(first?.partial).toBe(true);
    expect(first?.messages.map((message) => message.msgid)).toEqual([MSGID.patchwork, MSGID.cover, MSGID.patch1]);
    expect(first?.from).toEqual({ name: 'patchwork-bot+netdevbpf' });
    expect(first?.events.map((event) => event.kind)).toEqual(['patchwork-applied']);
  });

  it('is the whole page, not partial, when the limit is not reached', () => {
    const whole = read(own, 6);
    expect(whole.partial).toBeUndefined();
    expect(whole).toEqual(read(own));
  });
});

/** The annotator's second pass over a long thread reads it a few messages at a time, the page's tasks running in between. */
describe('a thread page read in slices', () => {
  it.each([1, 2, 4, 10])('gives the same page as one reading, %i message(s) a slice, pausing between slices', async (perSlice) => {
    const [file, own] = PAGES.seriesFlat;
    const doc = loreDocument(file);
    let pauses = 0;
    const page = await parseLorePageInSlices(new URL(own), doc, async () => void pauses++, perSlice);
    expect(page).toEqual(parseLorePage(new URL(own), doc));
    expect(page?.partial).toBeUndefined();
    expect(pauses).toBe(Math.ceil(6 / perSlice) - 1);
  });
});
