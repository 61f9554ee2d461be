import type { LorePage } from '@/utils/types';
import { FURNITURE, LORE, MSGID } from './documents';
import { lorePage } from './pages';

function only(page: LorePage): LorePage['messages'][number] {
  expect(page.messages).toHaveLength(1);
  return page.messages[0]!;
}

function expectCleanBody(page: LorePage, first: string, last: string): void {
  const message = only(page);
  expect(message.body?.matches('pre#b')).toBe(true);
  expect(message.bodyText.startsWith(first)).toBe(true);
  expect(message.bodyText.endsWith(last)).toBe(true);
  for (const text of FURNITURE) expect(message.bodyText).not.toContain(text);
}

describe('the real [GIT PULL] smb3 client fixes (message page)', () => {
  const page = lorePage('pullMessage');

  it('reads list, msgid, subject, author and the Date header as a UTC instant', () => {
    expect(page).toMatchObject({ kind: 'lore-message', url: `${LORE}/linux-cifs/${MSGID.pull}/`, list: 'linux-cifs', msgid: MSGID.pull });
    expect(page.subject).toEqual({ raw: '[GIT PULL] smb3 client fixes', subject: 'smb3 client fixes', isReply: false, tags: ['GIT PULL'] });
    expect(page.from).toEqual({ name: 'Steve French', email: 'smfrench@gmail.com' });
    // "Date: Thu, 18 Dec 2025 10:48:23 -0600"
    expect(page.date).toBe('2025-12-18T16:48:23.000Z');
  });

  it('has the one message, its body without the headers, thread overview or reply instructions', () => {
    expect(only(page)).toMatchObject({ msgid: MSGID.pull, from: page.from, date: page.date, subject: page.subject });
    expectCleanBody(page, 'Please pull the following changes since commit\n8f0b4cce4481fb22653697cced8d0d04027cb1e8:', '-- \nThanks,\n\nSteve');
    expect(only(page).bodyText).toContain('  git://git.samba.org/sfrench/cifs-2.6.git tags/v6.19-rc1-smb3-client-fixes');
    // The thread overview lists pr-tracker-bot's reply, but its text is not on this page.
    expect(page.events).toEqual([]);
  });

  it('reads the same under the percent-encoded URL, and under /all/ and /r/', () => {
    const encoded = lorePage('pullMessage', `${LORE}/linux-cifs/CAH2r5mtxKs7%2BwFMoE2m9gMZLc9vr3Jj9eEm21JZCNsunuiydDQ%40mail.gmail.com/`);
    expect(encoded.msgid).toBe(MSGID.pull);
    expect(encoded.list).toBe('linux-cifs');
    expect(lorePage('pullMessage', `${LORE}/all/${MSGID.pull}/`).list).toBe('all');
    expect(lorePage('pullMessage', `${LORE}/r/${MSGID.pull}`)).toMatchObject({ list: 'all', msgid: MSGID.pull, date: '2025-12-18T16:48:23.000Z' });
  });
});

describe("pr-tracker-bot's reply to the 2025 pull (hand-written mail, message page)", () => {
  const page = lorePage('bot2025');

  it('reads the bare bot address as name + email', () => {
    expect(page).toMatchObject({ kind: 'lore-message', list: 'linux-cifs', msgid: MSGID.bot2025 });
    expect(page.subject).toEqual({ raw: 'Re: [GIT PULL] smb3 client fixes', subject: 'smb3 client fixes', isReply: true, tags: ['GIT PULL'] });
    expect(page.from).toEqual({ name: 'pr-tracker-bot', email: 'pr-tracker-bot@kernel.org' });
    expect(page.date).toBe('2025-12-19T01:56:52.000Z');
    expectCleanBody(page, 'The pull request you sent on Thu, 18 Dec 2025 10:48:23 -0600:', 'https://korg.docs.kernel.org/prtracker.html');
  });
});

describe('the real 2019 pr-tracker-bot reply (parent not in the inbox)', () => {
  const page = lorePage('bot2019');

  it('reads its headers although the thread overview shows "[parent not found]"', () => {
    expect(page).toMatchObject({ kind: 'lore-message', list: 'linux-cifs', msgid: MSGID.bot2019 });
    expect(page.subject).toEqual({ raw: 'Re: [GIT PULL] CIFS/SMB3 fixes', subject: 'CIFS/SMB3 fixes', isReply: true, tags: ['GIT PULL'] });
    expect(page.from).toEqual({ name: 'pr-tracker-bot', email: 'pr-tracker-bot@kernel.org' });
    // "Date: Wed, 08 May 2019 20:45:11 +0000"
    expect(page.date).toBe('2019-05-08T20:45:11.000Z');
    expectCleanBody(page, 'The pull request you sent on Wed, 8 May 2019 13:32:35 -0500:', 'https://korg.wiki.kernel.org/userdoc/prtracker');
    expect(only(page).bodyText).not.toContain('parent not found');
  });
});

describe('the [PATCH net-next v3 0/2] cover letter (message page)', () => {
  const page = lorePage('cover');

  it('reads the quoted display name and the version, index and total of the subject', () => {
    expect(page).toMatchObject({ kind: 'lore-message', list: 'rust-for-linux', msgid: MSGID.cover });
    expect(page.subject).toEqual({
      raw: '[PATCH net-next v3 0/2] rust: net::phy: paged register reads',
      subject: 'rust: net::phy: paged register reads',
      isReply: false,
      tags: ['PATCH', 'NET-NEXT'],
      version: 3,
      index: 0,
      total: 2,
    });
    // From: "Tomás Okafor" <tomas.okafor@example.org>
    expect(page.from).toEqual({ name: 'Tomás Okafor', email: 'tomas.okafor@example.org' });
    expect(page.date).toBe('2022-12-05T08:30:11.000Z');
    expectCleanBody(page, 'Rust PHY drivers have no way to read registers', '-- \nTomás Okafor <tomas.okafor@example.org>');
    expect(only(page).bodyText).toContain('- Link to v2: https://lore.kernel.org/r/20221128-rust-phy-paged-v2-0-3c1e5d7f9a2b@example.org');
    // Both "applied" replies are only listed in the thread overview here.
    expect(page.events).toEqual([]);
  });
});

describe('[PATCH net-next v3 1/2] (message page with a diff)', () => {
  const page = lorePage('patch1');

  it('reads 1/2 and keeps the diff in the body', () => {
    expect(page).toMatchObject({ kind: 'lore-message', list: 'rust-for-linux', msgid: MSGID.patch1 });
    expect(page.subject).toMatchObject({ subject: 'rust: net::phy: add `Device::read_paged`', isReply: false, tags: ['PATCH', 'NET-NEXT'], version: 3, index: 1, total: 2 });
    expect(page.from).toEqual({ name: 'Tomás Okafor', email: 'tomas.okafor@example.org' });
    expect(page.date).toBe('2022-12-05T08:30:12.000Z');
    expectCleanBody(page, 'Add a wrapper for phy_read_paged()', '-- \n2.38.1');
    expect(only(page).bodyText).toContain('diff --git a/rust/kernel/net/phy.rs b/rust/kernel/net/phy.rs');
    expect(page.events).toEqual([]);
  });
});

describe('[RFC PATCH] with no replies', () => {
  const page = lorePage('rfc');

  it('reads the RFC tags, a "+0530" date with a padded day, and no events', () => {
    expect(page).toMatchObject({ kind: 'lore-message', list: 'rust-for-linux', msgid: MSGID.rfc });
    expect(page.subject).toEqual({ raw: '[RFC PATCH] rust: firmware: add `Firmware::request_nowarn`', subject: 'rust: firmware: add `Firmware::request_nowarn`', isReply: false, tags: ['RFC', 'PATCH'] });
    expect(page.from).toEqual({ name: 'Priya Raman', email: 'priya.raman@example.org' });
    // "Date: Thu,  8 Dec 2022 14:02:51 +0530"
    expect(page.date).toBe('2022-12-08T08:32:51.000Z');
    expectCleanBody(page, 'nova wants to probe for optional GSP firmware images', '-- \n2.38.1');
    expect(page.events).toEqual([]);
  });
});

describe('"Applied, thanks!" and patchwork-bot replies (message pages)', () => {
  it('reads the b4 ty reply of the maintainer', () => {
    const page = lorePage('thanks');
    expect(page).toMatchObject({ kind: 'lore-message', list: 'rust-for-linux', msgid: MSGID.thanks });
    expect(page.subject).toMatchObject({ subject: 'rust: net::phy: paged register reads', isReply: true, version: 3, index: 0, total: 2 });
    expect(page.from).toEqual({ name: 'Jakub Kicinski', email: 'kuba@kernel.org' });
    // "Date: Tue, 13 Dec 2022 18:42:07 -0800"
    expect(page.date).toBe('2022-12-14T02:42:07.000Z');
    expectCleanBody(page, 'On Mon, 05 Dec 2022 09:30:11 +0100, Tomás Okafor wrote:\n> Rust PHY drivers', '-- \nJakub Kicinski <kuba@kernel.org>');
  });

  it("reads patchwork-bot's bare address", () => {
    const page = lorePage('patchwork');
    expect(page).toMatchObject({ kind: 'lore-message', list: 'rust-for-linux', msgid: MSGID.patchwork });
    expect(page.from).toEqual({ name: 'patchwork-bot+netdevbpf', email: 'patchwork-bot+netdevbpf@kernel.org' });
    expect(page.date).toBe('2022-12-14T03:00:15.000Z');
    expectCleanBody(page, 'Hello:\n\nThis series was applied to netdev/net-next.git (main)', 'https://korg.docs.kernel.org/patchwork/pwbot.html');
  });
});
