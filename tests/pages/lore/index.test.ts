import { readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isBotWall, parseLorePage } from '@/utils/pages/lore';
import { localFixture } from '../../helpers/fixtures';
import { LORE, loreDocument, loreHtml, MSGID, PAGES, parseHtml } from './documents';

const anubis = (): Document => parseHtml(localFixture('anubis-challenge_lore.kernel.org.html'));

describe('parseLorePage on pages that are not a message or thread', () => {
  it.each([`${LORE}/linux-cifs/${MSGID.pull}/`, `${LORE}/linux-cifs/${MSGID.pull}/T/`, `${LORE}/rust-for-linux/${MSGID.cover}/t/`, `${LORE}/r/${MSGID.pull}`])(
    "kernel.org's bot wall under %s is null",
    (href) => {
      const doc = anubis();
      expect(isBotWall(doc)).toBe(true);
      expect(parseLorePage(new URL(href), doc)).toBeNull();
    },
  );

  it('real lore pages are not the bot wall', () => {
    for (const [file] of Object.values(PAGES)) expect(isBotWall(loreDocument(file))).toBe(false);
  });

  it.each([PAGES.index, PAGES.rustSearch, PAGES.cifsSearch])('%s under its own URL is null', (file, href) => {
    expect(parseLorePage(new URL(href), loreDocument(file))).toBeNull();
  });

  it('a list index or search page served under a message or thread URL is null', () => {
    for (const [file] of [PAGES.index, PAGES.rustSearch, PAGES.cifsSearch]) {
      expect(parseLorePage(new URL(`${LORE}/rust-for-linux/${MSGID.cover}/`), loreDocument(file))).toBeNull();
      expect(parseLorePage(new URL(`${LORE}/rust-for-linux/${MSGID.cover}/T/`), loreDocument(file))).toBeNull();
    }
  });

  it('message pages under the raw, Atom or search URLs are null', () => {
    const doc = loreDocument(PAGES.pullMessage[0]);
    for (const href of [`${LORE}/linux-cifs/${MSGID.pull}/raw`, `${LORE}/linux-cifs/${MSGID.pull}/t.atom`, `${LORE}/linux-cifs/?q=smb3`, `https://git.kernel.org/linux-cifs/${MSGID.pull}/`]) {
      expect(parseLorePage(new URL(href), doc)).toBeNull();
    }
  });

  it('Atom feeds and mboxes are not pages, even under a message URL', () => {
    const folder = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/lore');
    const others = readdirSync(folder).filter((name) => /\.(?:atom|mbox)$/.test(name));
    expect(others.length).toBeGreaterThan(0);
    for (const name of others) {
      expect(parseLorePage(new URL(`${LORE}/linux-cifs/${MSGID.pull}/`), parseHtml(loreHtml(name)))).toBeNull();
      expect(parseLorePage(new URL(`${LORE}/linux-cifs/${MSGID.pull}/T/`), parseHtml(loreHtml(name)))).toBeNull();
    }
  });

  it('a message page under a thread URL (and the reverse) yields nothing rather than a wrong page', () => {
    expect(parseLorePage(new URL(`${LORE}/linux-cifs/${MSGID.pull}/T/`), loreDocument(PAGES.pullMessage[0]))).toBeNull();
    expect(parseLorePage(new URL(`${LORE}/linux-cifs/${MSGID.pull}/`), loreDocument(PAGES.pullFlat[0]))).toBeNull();
  });
});
