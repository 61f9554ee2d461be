import { parseCgitTag } from '@/utils/pages/cgit/tag';
import { parseCgitPage } from '@/utils/pages/cgit';
import { CGIT, cgitDocument, parseHtml, standsFor } from './documents';

const MAINLINE = { id: 'torvalds/linux', path: 'linux/kernel/git/torvalds/linux.git', role: 'mainline' } as const;
const LINUS = { name: 'Linus Torvalds', email: 'torvalds@linux-foundation.org' };

describe('tag pages', () => {
  it('reads v6.1-rc1: name, target commit, tagger, instant, message (cgit_torvalds-linux_tag_v6.1-rc1)', () => {
    expect(parseCgitPage(standsFor(CGIT.tagRc1), cgitDocument(CGIT.tagRc1))).toEqual({
      kind: 'cgit-tag',
      url: 'https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/tag/?h=v6.1-rc1',
      tree: MAINLINE,
      tag: 'v6.1-rc1',
      // The tagged object's full id (the link text shows only "commit 56991a39c6...").
      sha: '56991a39c6bf0213fc28f75dddc3c59fab93d8e7',
      // 2022-10-16 15:36:24 -0700.
      taggedAt: '2022-10-16T22:36:24.000Z',
      tagger: LINUS,
      message: 'Linux 6.1-rc1',
    });
  });

  it('reads v6.1 (cgit_torvalds-linux_tag_v6.1)', () => {
    expect(parseCgitPage(standsFor(CGIT.tag61), cgitDocument(CGIT.tag61))).toEqual({
      kind: 'cgit-tag',
      url: 'https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/tag/?h=v6.1',
      tree: MAINLINE,
      tag: 'v6.1',
      sha: '7bbe11f8ae94ad09287acd03641d325363280ed3',
      taggedAt: '2022-12-11T22:15:38.000Z',
      tagger: LINUS,
      message: 'Linux 6.1',
    });
  });

  it('refuses a commit page', () => {
    expect(parseCgitTag(standsFor(CGIT.tag61), cgitDocument(CGIT.fix))).toBeNull();
  });

  it('drops the PGP signature of a signed tag and reads a lightweight tag (cgit markup, written here)', () => {
    const signed = parseHtml(`<div id='cgit'><div class='content'><table class='commit-info'>
<tr><td>tag name</td><td>v6.2 (0123456789abcdef0123456789abcdef01234567)</td></tr>
<tr><td>tag date</td><td>2023-02-19 14:24:22 -0800</td></tr>
<tr><td>tagged by</td><td>Linus Torvalds &lt;torvalds@linux-foundation.org&gt;</td></tr>
<tr><td>tagged object</td><td class='oid'><a href='/pub/scm/linux/kernel/git/torvalds/linux.git/commit/?h=v6.2&amp;id=c9c3395d5e3dcc6daee66c6908354d47bf98cb0c'>commit c9c3395d5e...</a></td></tr>
</table><div class='commit-subject'>Linux 6.2</div><div class='commit-msg'>-----BEGIN PGP SIGNATURE-----

iQFSBAABCAA8FiEEq68RxlopcLEwq+PEeb4+QwBBGIYFAmPyoi4eHHRvcnZhbGRz
-----END PGP SIGNATURE-----
</div></div></div>`);
    expect(parseCgitTag(new URL('https://git.kernel.org/torvalds/h/v6.2'), signed)).toMatchObject({ tag: 'v6.2', sha: 'c9c3395d5e3dcc6daee66c6908354d47bf98cb0c', message: 'Linux 6.2', taggedAt: '2023-02-19T22:24:22.000Z' });

    const lightweight = parseHtml(`<div class='content'><table class='commit-info'>
<tr><td>tag name</td><td>for-next</td></tr>
<tr><td>tagged object</td><td class='oid'><a href='/pub/scm/linux/kernel/git/tip/tip.git/tree/?id=4b825dc642cb6eb9a060e54bf8d69288fbee4904'>tree 4b825dc642...</a></td></tr>
</table></div>`);
    const page = parseCgitTag(new URL('https://git.kernel.org/pub/scm/linux/kernel/git/tip/tip.git/tag/?h=for-next'), lightweight);
    // A tag of a tree has no commit sha.
    expect(page).toEqual({ kind: 'cgit-tag', url: 'https://git.kernel.org/pub/scm/linux/kernel/git/tip/tip.git/tag/?h=for-next', tree: { id: 'tip/tip', path: 'linux/kernel/git/tip/tip.git', role: 'subsystem' }, tag: 'for-next' });
  });
});
