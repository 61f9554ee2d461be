import { mentionsOfPage, mentionsOfPageInSlices, summarisePage, toMentionRecord } from '@/utils/pages/page-mentions';
import { recognisePage } from '@/utils/pages/recognise-page';
import { validateRequest } from '@/utils/messaging/request-schemas';
import { capPerKind } from '@/utils/mentions/extract-mentions';
import type { Mention, Page } from '@/utils/types';
import { localFixture } from '../helpers/fixtures';
import { parseHtml } from '../helpers/documents';
import { LISTINGS, sharedDocument, seedArticleHtml } from './phoronix/documents';
import { frontPage, TABLES } from './kernel-org/documents';

const SERIES_COVER = '20221205-rust-phy-paged-v3-0-6a2f1d9e0b1c@example.org';
const SEED_URL = 'https://www.phoronix.com/scan.php?page=news_item&px=Rust-Hits-Linux-Next';

function read(url: string, doc: Document): { page: Page; mentions: Mention[] } {
  const page = recognisePage(new URL(url), doc);
  if (!page) throw new Error(`not recognised: ${url}`);
  return { page, mentions: mentionsOfPage(page) };
}

const of = <K extends Mention['kind']>(mentions: Mention[], kind: K) => mentions.filter((m): m is Extract<Mention, { kind: K }> => m.kind === kind);

describe('what the content script reads from each site', () => {
  it('the seed article on Phoronix: its version, commit, message, path, tree and claims — from the body only', () => {
    const { page, mentions } = read(SEED_URL, parseHtml(seedArticleHtml()));
    expect(page.kind).toBe('phoronix-article');
    expect(of(mentions, 'version').map((m) => m.version)).toEqual(['5.13']);
    expect(of(mentions, 'commit').map((m) => [m.sha, m.tree])).toEqual([['c7c4c9b88eecb28d3b48ba855cd6f9f7391a33b2', 'next/linux-next']]);
    expect(of(mentions, 'msgid').map((m) => [m.msgid, m.list])).toEqual([['CANiq72nbNxpps+p4wYp03ncrbGH9FFoTfHQZwg_vGdPO41eGmQ@mail.gmail.com', 'rust-for-linux']]);
    expect(of(mentions, 'path').map((m) => m.path)).toEqual(['rust/']);
    expect(new Set(of(mentions, 'tree').map((m) => m.tree))).toEqual(new Set(['linux-next']));
    // Every text mention sits inside the article body, never in the header, sidebar or footer.
    if (page.kind !== 'phoronix-article' || !page.body) throw new Error('the seed article has a body');
    const body = page.body;
    for (const mention of mentions) {
      const node = mention.place && ('node' in mention.place ? mention.place.node : mention.place.element);
      expect(node && body.contains(node)).toBe(true);
    }
  });

  it('the seed article crosses to the background as a valid reportPage message', () => {
    const { page, mentions } = read(SEED_URL, parseHtml(seedArticleHtml()));
    const message = { page: summarisePage(page), mentions: mentions.map(toMentionRecord) };
    expect(message.page).toEqual({
      kind: 'phoronix-article',
      url: SEED_URL,
      canonicalUrl: 'https://www.phoronix.com/news/Rust-Hits-Linux-Next',
      title: 'Initial Support For The Rust Language Lands In Linux-Next',
      publishedAt: '2021-03-19T16:40:00.000Z',
    });
    expect(validateRequest('reportPage', message).mentions).toHaveLength(mentions.length);
    expect(JSON.stringify(message)).not.toContain('"place"');
  });

  it('a Phoronix listing has no mentions of its own (its teasers are news, not claims)', () => {
    const { page, mentions } = read('https://www.phoronix.com/', sharedDocument(LISTINGS['2021-07']));
    expect(page.kind).toBe('phoronix-listing');
    expect(mentions).toEqual([]);
  });

  it('a git.kernel.org commit page: the Fixes: commit and the Link: message of its message', () => {
    const url = 'https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/commit/?id=07a3ce7c';
    const { page, mentions } = read(url, parseHtml(localFixture('cgit/cgit_torvalds-linux_commit_fix-with-trailers.html')));
    expect(page.kind).toBe('cgit-commit');
    expect(of(mentions, 'commit').map((m) => m.sha)).toContain('7589055b679e');
    expect(of(mentions, 'msgid').map((m) => m.msgid)).toContain('20221213100552.77520-1-ada.lindqvist@example.com');
  });

  it('a lore thread: mentions come from the mails, and the merge commit from the bot reply', () => {
    const url = 'https://lore.kernel.org/linux-cifs/CAH2r5mtxKs7+wFMoE2m9gMZLc9vr3Jj9eEm21JZCNsunuiydDQ@mail.gmail.com/T/';
    const doc = parseHtml(localFixture('lore/lore_linux-cifs_git-pull_thread-flat.html'));
    const page = recognisePage(new URL(url), doc);
    expect(page?.kind).toBe('lore-thread');
    const mentions = mentionsOfPage(page!);
    expect(of(mentions, 'commit').some((m) => m.sha.startsWith('cccbdb9bc555'))).toBe(true);
  });

  it("www.kernel.org's release table: one version per row, linux-next's dated tag left out", () => {
    const { page, mentions } = read('https://www.kernel.org/', frontPage(TABLES['2019-04-28']));
    expect(page.kind).toBe('kernel-org-releases');
    expect(of(mentions, 'version').map((m) => m.version)).toEqual(['5.1-rc6', '5.0.10', '4.19.37', '4.14.114', '4.9.171', '4.4.179', '3.18.139', '3.16.65']);
    // Each badge goes inside the row's version cell, right after the version, never between rows.
    expect(mentions.every((m) => m.place && 'element' in m.place && m.place.element.tagName === 'STRONG' && m.place.element.closest('td') !== null)).toBe(true);
  });

  it('pages it does not read give nothing', () => {
    expect(recognisePage(new URL('https://www.phoronix.com/forums/'), parseHtml('<p>Linux 5.13</p>'))).toBeNull();
    expect(recognisePage(new URL('http://www.phoronix.com/news/X'), parseHtml('<p>Linux 5.13</p>'))).toBeNull();
    expect(recognisePage(new URL('https://example.org/news/X'), parseHtml('<p>Linux 5.13</p>'))).toBeNull();
  });
});

describe('a lore thread\'s mentions read in slices', () => {
  it.each([1, 2, 5])('are the mentions of one reading, in order, at the same places (%i message(s) a slice)', async (perSlice) => {
    const { page, mentions } = read(`https://lore.kernel.org/rust-for-linux/${SERIES_COVER}/T/`, parseHtml(localFixture('lore/lore_rust-for-linux_series_thread-flat.html')));
    let pauses = 0;
    const sliced = await mentionsOfPageInSlices(page, async () => void pauses++, perSlice);
    expect(sliced.map((m) => [m.kind, m.text, m.place])).toEqual(mentions.map((m) => [m.kind, m.text, m.place]));
    expect(mentions.length).toBeGreaterThan(10);
    expect(pauses).toBe(Math.ceil(6 / perSlice) - 1);
  });

  it('keeps one reading\'s cap of each kind', async () => {
    const { page } = read(`https://lore.kernel.org/rust-for-linux/${SERIES_COVER}/T/`, parseHtml(localFixture('lore/lore_rust-for-linux_series_thread-flat.html')));
    const sliced = await mentionsOfPageInSlices(page, async () => undefined, 1);
    const capped = capPerKind(sliced, 2);
    for (const kind of new Set(sliced.map((m) => m.kind))) expect(capped.filter((m) => m.kind === kind)).toEqual(sliced.filter((m) => m.kind === kind).slice(0, 2));
  });
});
