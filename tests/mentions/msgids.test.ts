import { findMsgids, parseMsgidUrl } from '../../utils/mentions/msgids';
import { findUrls } from '../../utils/mentions/urls';

const SEED_MSGID = 'CANiq72nbNxpps+p4wYp03ncrbGH9FFoTfHQZwg_vGdPO41eGmQ@mail.gmail.com';

describe('parseMsgidUrl', () => {
  it.each([
    [`https://lore.kernel.org/rust-for-linux/${SEED_MSGID}/t/`, SEED_MSGID, 'rust-for-linux'],
    [`https://lore.kernel.org/rust-for-linux/${SEED_MSGID}/`, SEED_MSGID, 'rust-for-linux'],
    [`https://lore.kernel.org/rust-for-linux/${SEED_MSGID}/T/#u`, SEED_MSGID, 'rust-for-linux'],
    [`https://lore.kernel.org/linux-cifs/${SEED_MSGID}/raw`, SEED_MSGID, 'linux-cifs'],
    [`https://lore.kernel.org/lkml/${SEED_MSGID}#r`, SEED_MSGID, 'lkml'],
    [`https://lore.kernel.org/r/${SEED_MSGID}`, SEED_MSGID, undefined],
    [`https://lore.kernel.org/all/${SEED_MSGID}/`, SEED_MSGID, undefined],
    [`http://lkml.kernel.org/r/${SEED_MSGID}`, SEED_MSGID, undefined],
    [`https://patch.msgid.link/${SEED_MSGID}`, SEED_MSGID, undefined],
    ['https://lore.kernel.org/r/20210318.1234%2Fpart@example.org', '20210318.1234/part@example.org', undefined],
    ['https://lore.kernel.org/r/%3C20210318123456.GA1234@kroah.com%3E', '20210318123456.GA1234@kroah.com', undefined],
    ['https://patch.msgid.link/CAH2r5mv=4JsaF-8v=U4JR3jrOyPfhtUsJPogNudLejDh09xGSA@mail.gmail.com', 'CAH2r5mv=4JsaF-8v=U4JR3jrOyPfhtUsJPogNudLejDh09xGSA@mail.gmail.com', undefined],
  ])('%s', (url, msgid, list) => {
    const found = parseMsgidUrl(url);
    expect(found?.msgid).toBe(msgid);
    expect(found?.list).toBe(list);
    expect(found?.url).toBe(url);
  });

  it.each([
    'https://lkml.org/lkml/2021/3/18/123',
    'https://marc.info/?l=linux-kernel&m=161607863027478',
    'https://lore.kernel.org/rust-for-linux/',
    'https://lore.kernel.org/rust-for-linux/?q=s%3Arust',
    'https://lore.kernel.org/rust-for-linux/_/text/help/',
    'https://lore.kernel.org/r/not-a-msgid',
    'https://lore.kernel.org/r/%E0%A4%A',
    'https://www.phoronix.com/scan.php?page=news_item&px=Linux-Plumbers-2020-Rust',
    'https://example.org/r/someone@example.org',
    '',
  ])('no msgid in %s', (url) => {
    expect(parseMsgidUrl(url)).toBeUndefined();
  });
});

describe('findMsgids in text', () => {
  it('reads Link: trailers and strips the punctuation after a URL', () => {
    const text = `Link: https://lore.kernel.org/r/${SEED_MSGID}\nSee <https://patch.msgid.link/20240101.abc@example.org>. Also (lore.kernel.org/lkml/x.y@z.org).`;
    const found = findMsgids(findUrls(text)).map(({ start, end, data }) => [text.slice(start, end), data.msgid, data.list]);
    expect(found).toEqual([
      [`https://lore.kernel.org/r/${SEED_MSGID}`, SEED_MSGID, undefined],
      ['https://patch.msgid.link/20240101.abc@example.org', '20240101.abc@example.org', undefined],
      ['lore.kernel.org/lkml/x.y@z.org', 'x.y@z.org', 'lkml'],
    ]);
  });
});
