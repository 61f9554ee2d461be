import { classifyLoreUrl, decodeMsgid } from '@/utils/pages/lore';
import { loreMsgidOfHref } from '@/utils/pages/lore/urls';
import { LORE, MSGID } from './documents';

function place(href: string): ReturnType<typeof classifyLoreUrl> {
  return classifyLoreUrl(new URL(href));
}

describe('classifyLoreUrl', () => {
  it.each([
    [`${LORE}/linux-cifs/${MSGID.pull}/`, { list: 'linux-cifs', msgid: MSGID.pull, view: 'message' }],
    [`${LORE}/linux-cifs/${MSGID.pull}`, { list: 'linux-cifs', msgid: MSGID.pull, view: 'message' }],
    [`${LORE}/linux-cifs/${MSGID.pull}/#R`, { list: 'linux-cifs', msgid: MSGID.pull, view: 'message' }],
    [`${LORE}/linux-cifs/${MSGID.pull}/#r`, { list: 'linux-cifs', msgid: MSGID.pull, view: 'message' }],
    [`${LORE}/linux-cifs/${MSGID.pull}/T/`, { list: 'linux-cifs', msgid: MSGID.pull, view: 'thread-flat' }],
    [`${LORE}/linux-cifs/${MSGID.pull}/T/#u`, { list: 'linux-cifs', msgid: MSGID.pull, view: 'thread-flat' }],
    [`${LORE}/linux-cifs/${MSGID.pull}/T`, { list: 'linux-cifs', msgid: MSGID.pull, view: 'thread-flat' }],
    [`${LORE}/rust-for-linux/${MSGID.cover}/t/#m8cc055225f245304a016b70146ee89b49cb88db8`, { list: 'rust-for-linux', msgid: MSGID.cover, view: 'thread-nested' }],
    [`${LORE}/all/${MSGID.cover}/`, { list: 'all', msgid: MSGID.cover, view: 'message' }],
    [`${LORE}/all/${MSGID.cover}/T/`, { list: 'all', msgid: MSGID.cover, view: 'thread-flat' }],
    [`${LORE}/r/${MSGID.cover}`, { msgid: MSGID.cover, view: 'message' }],
    [`${LORE}/r/${MSGID.cover}/`, { msgid: MSGID.cover, view: 'message' }],
    [`http://lore.kernel.org/lkml/${MSGID.review}/`, { list: 'lkml', msgid: MSGID.review, view: 'message' }],
  ])('%s', (href, expected) => {
    expect(place(href)).toEqual(expected);
  });

  it('decodes percent-encoded msgids and strips <>', () => {
    const expected = { list: 'linux-cifs', msgid: MSGID.pull, view: 'message' };
    expect(place(`${LORE}/linux-cifs/CAH2r5mtxKs7%2BwFMoE2m9gMZLc9vr3Jj9eEm21JZCNsunuiydDQ%40mail.gmail.com/`)).toEqual(expected);
    expect(place(`${LORE}/linux-cifs/%3CCAH2r5mtxKs7+wFMoE2m9gMZLc9vr3Jj9eEm21JZCNsunuiydDQ@mail.gmail.com%3E/`)).toEqual(expected);
    expect(place(`${LORE}/linux-cifs/<${MSGID.pull}>/`)).toEqual(expected);
    // A '/' inside a msgid is written %2F; '+' is a plus, not a space.
    expect(place(`${LORE}/r/a%2Fb+c@example.org`)).toEqual({ msgid: 'a/b+c@example.org', view: 'message' });
    expect(place(`${LORE}/linux-cifs/CAH2r5mv=4JsaF-8v=U4JR3jrOyPfhtUsJPogNudLejDh09xGSA@mail.gmail.com/`)?.msgid).toBe(
      'CAH2r5mv=4JsaF-8v=U4JR3jrOyPfhtUsJPogNudLejDh09xGSA@mail.gmail.com',
    );
  });

  it.each([
    `${LORE}/`,
    `${LORE}/linux-cifs/`,
    `${LORE}/linux-cifs`,
    `${LORE}/linux-cifs/?q=f:pr-tracker-bot`,
    `${LORE}/linux-cifs/?q=f:pr-tracker-bot&x=A`,
    `${LORE}/linux-cifs/new.atom`,
    `${LORE}/linux-cifs/_/text/help/`,
    `${LORE}/_/text/help/`,
    `${LORE}/linux-cifs/${MSGID.pull}/raw`,
    `${LORE}/linux-cifs/${MSGID.pull}/t.atom`,
    `${LORE}/linux-cifs/${MSGID.pull}/t.mbox.gz`,
    `${LORE}/linux-cifs/${MSGID.pull}/T/raw`,
    `${LORE}/linux-cifs/${MSGID.pull}/2-attachment.patch`,
    `${LORE}/linux-cifs/not-a-msgid/`,
    `${LORE}/linux-cifs/bad%E0%A4%A@x/`,
    `${LORE}/r/`,
    `https://lkml.kernel.org/r/${MSGID.pull}`,
    `https://git.kernel.org/linux-cifs/${MSGID.pull}/`,
    `ftp://lore.kernel.org/linux-cifs/${MSGID.pull}/`,
  ])('%s is not a message or thread page', (href) => {
    expect(place(href)).toBeNull();
  });
});

describe('decodeMsgid and loreMsgidOfHref', () => {
  it('needs an @ and decodable text', () => {
    expect(decodeMsgid('%3Cx@y%3E')).toBe('x@y');
    expect(decodeMsgid('new.atom')).toBeUndefined();
    expect(decodeMsgid('%E0%A4%A')).toBeUndefined();
  });

  it('reads a permalink whatever form the page URL has', () => {
    const href = `../../${MSGID.pull}/`;
    for (const base of [`${LORE}/linux-cifs/${MSGID.cover}/T/`, `${LORE}/linux-cifs/${MSGID.cover}/T`, `${LORE}/r/${MSGID.cover}/t/`]) {
      expect(loreMsgidOfHref(href, new URL(base))).toBe(MSGID.pull);
    }
    expect(loreMsgidOfHref('#R', new URL(`${LORE}/linux-cifs/`))).toBeUndefined();
  });
});
