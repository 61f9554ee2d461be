import { bannerTargets, inlineTargets, pullTag } from '@/utils/mainline/page-targets';
import { mentionsOfPage } from '@/utils/pages/page-mentions';
import { parseCgitPage } from '@/utils/pages/cgit';
import { recognisePage } from '@/utils/pages/recognise-page';
import type { Page } from '@/utils/types';
import { parseHtml } from '../helpers/documents';
import { seedPageHtml } from '../mentions/seed-fixture';
import { CGIT, cgitDocument, standsFor } from '../pages/cgit/documents';
import { MSGID } from '../pages/lore/documents';
import { lorePage } from '../pages/lore/pages';

const SEED_URL = 'https://www.phoronix.com/scan.php?page=news_item&px=Rust-Hits-Linux-Next';

function cgitPage(name: string): Page {
  const page = parseCgitPage(standsFor(name), cgitDocument(name));
  if (!page) throw new Error(`${name} did not parse`);
  return page;
}

describe('what each page asks the mainline resolver', () => {
  it('the seed article: its linux-next commit link, its lore link and rust/, each once, as inline badges', () => {
    const page = recognisePage(new URL(SEED_URL), parseHtml(seedPageHtml()))!;
    const targets = inlineTargets(mentionsOfPage(page));
    // In the order the article names them.
    expect(targets.map((target) => target.query)).toEqual([
      { kind: 'msgid', msgid: 'CANiq72nbNxpps+p4wYp03ncrbGH9FFoTfHQZwg_vGdPO41eGmQ@mail.gmail.com' },
      { kind: 'commit', sha: 'c7c4c9b88eecb28d3b48ba855cd6f9f7391a33b2', tree: 'next/linux-next' },
      { kind: 'path', path: 'rust/' },
    ]);
    expect(bannerTargets(page)).toEqual([]);
  });

  it('a mainline commit page: its sha, tree, subject, author and Link: msgid, for the banner', () => {
    const [target] = bannerTargets(cgitPage(CGIT.fix));
    expect(target?.query).toMatchObject({
      kind: 'commit',
      sha: '07a3ce7c09379672dde171413e7740f64e423e08',
      tree: 'torvalds/linux',
      isMerge: false,
      authorEmail: 'ada.lindqvist@example.com',
    });
    expect(target?.query.kind === 'commit' && target.query.linkMsgids?.length).toBe(1);
  });

  it('a linux-next merge page: a two-parent merge on next/linux-next', () => {
    const [target] = bannerTargets(cgitPage(CGIT.nextMerge));
    expect(target?.query).toMatchObject({ kind: 'commit', sha: '80d15e092a0394fbb670e349bb945540d1a00cbe', tree: 'next/linux-next', isMerge: true });
  });

  it('a stable backport page: the upstream commit it names', () => {
    const [target] = bannerTargets(cgitPage(CGIT.backport));
    expect(target?.query).toMatchObject({ kind: 'commit', tree: 'stable/linux', upstreamSha: '07a3ce7c09379672dde171413e7740f64e423e08' });
  });

  it('a patch.msgid.link trailer gives the msgid', () => {
    const [target] = bannerTargets(cgitPage(CGIT.nova));
    expect(target?.query.kind === 'commit' && target.query.linkMsgids?.[0]).toMatch(/@/);
  });

  it('a [GIT PULL] thread with a pr-tracker-bot reply: the merge sha and the pulled tag', () => {
    const page = lorePage('pullFlat');
    expect(bannerTargets(page).map((target) => target.query)).toEqual([
      {
        kind: 'pull',
        msgid: MSGID.pull,
        subject: '[GIT PULL] smb3 client fixes',
        mergeSha: 'cccbdb9bc555d694a145c0f87103d6e541618e22',
        tag: 'v6.19-rc1-smb3-client-fixes',
        date: page.date,
      },
    ]);
  });

  it('the pull request alone (no reply on the page): the tag, no merge sha', () => {
    const [target] = bannerTargets(lorePage('pullMessage'));
    expect(target?.query).toMatchObject({ kind: 'pull', tag: 'v6.19-rc1-smb3-client-fixes' });
    expect(target?.query).not.toHaveProperty('mergeSha');
  });

  it('a series thread: one banner per patch (not the cover letter, not replies), with subject and author', () => {
    const targets = bannerTargets(lorePage('seriesFlat'));
    expect(targets.map((target) => target.query.kind === 'msgid' && target.query.msgid)).toEqual([MSGID.patch1, MSGID.patch2]);
    for (const target of targets) {
      // Thread pages show the author's name only; a message page also shows the address.
      expect(target.query).toMatchObject({ kind: 'msgid', patch: { authorName: expect.any(String), subject: expect.stringMatching(/^(?:rust: net::phy: |net: phy: ax88796b_rust: )/) } });
      expect(target.label).toMatch(/^\[PATCH net-next v3 [12]\/2\]/);
    }
  });

  it('a patch message page: the author with the address', () => {
    const [target] = bannerTargets(lorePage('patch1'));
    expect(target?.query).toMatchObject({ kind: 'msgid', msgid: MSGID.patch1, patch: { authorEmail: expect.stringContaining('@') } });
  });

  it('an RFC patch is a patch too; a bot reply is not', () => {
    expect(bannerTargets(lorePage('rfc'))).toHaveLength(1);
    expect(bannerTargets(lorePage('patchwork'))).toEqual([]);
  });

  it('reads the tag from the real pull request body', () => {
    const page = lorePage('pullMessage');
    expect(pullTag(page.messages[0]!)).toBe('v6.19-rc1-smb3-client-fixes');
  });
});
