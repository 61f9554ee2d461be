import { classifyCgitUrl } from '@/utils/pages/cgit/urls';

const place = (href: string) => classifyCgitUrl(new URL(href));
const SHA = '07a3ce7c09379672dde171413e7740f64e423e08';
const MAINLINE = { id: 'torvalds/linux', path: 'linux/kernel/git/torvalds/linux.git', role: 'mainline' };
const STABLE = { id: 'stable/linux', path: 'linux/kernel/git/stable/linux.git', role: 'stable' };
const NEXT = { id: 'next/linux-next', path: 'linux/kernel/git/next/linux-next.git', role: 'linux-next' };

describe('classifyCgitUrl: the full form', () => {
  it('reads view, tree, sha (lower-cased) and ref', () => {
    expect(place(`https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/commit/?id=${SHA.toUpperCase()}&h=master`)).toEqual({
      view: 'commit', tree: MAINLINE, id: SHA.toUpperCase(), sha: SHA, ref: 'master', form: 'full',
    });
    expect(place('https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/tag/?h=v6.1')).toEqual({ view: 'tag', tree: MAINLINE, ref: 'v6.1', form: 'full' });
    expect(place('https://git.kernel.org/pub/scm/linux/kernel/git/stable/linux.git/log/?h=linux-6.1.y')).toEqual({ view: 'log', tree: STABLE, ref: 'linux-6.1.y', form: 'full' });
  });

  it('reads every view, the summary without one, and a path inside the repository', () => {
    for (const view of ['commit', 'tag', 'log', 'tree', 'patch', 'diff', 'plain', 'summary', 'refs', 'stats', 'blame', 'atom', 'snapshot', 'about', 'rawdiff']) {
      expect(place(`https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/${view}/`)?.view).toBe(view);
    }
    expect(place('https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/')?.view).toBe('summary');
    expect(place('https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git')?.view).toBe('summary');
    expect(place('https://git.kernel.org/pub/scm/linux/kernel/git/stable/linux.git/plain/sound/pci/hda/patch_realtek.c?h=v6.1')).toEqual({
      view: 'plain', tree: STABLE, ref: 'v6.1', filePath: 'sound/pci/hda/patch_realtek.c', form: 'full',
    });
    expect(place(`https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/diff/?id=${SHA}&id2=v6.1`)).toMatchObject({ view: 'diff', sha: SHA, id2: 'v6.1' });
    expect(place('https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/nonsense/')).toBeNull();
  });

  it('names the trees and their roles, old names included', () => {
    const tree = (path: string) => place(`https://git.kernel.org/pub/scm/${path}/commit/?id=${SHA}`)?.tree;
    expect(tree('linux/kernel/git/next/linux-next.git')).toEqual(NEXT);
    expect(tree('linux/kernel/git/stable/linux-stable.git')).toEqual({ id: 'stable/linux', path: 'linux/kernel/git/stable/linux-stable.git', role: 'stable' });
    expect(tree('linux/kernel/git/stable/linux-stable-rc.git')).toEqual({ id: 'stable/linux-stable-rc', path: 'linux/kernel/git/stable/linux-stable-rc.git', role: 'stable' });
    expect(tree('linux/kernel/git/torvalds/linux-2.6.git')).toEqual({ id: 'torvalds/linux', path: 'linux/kernel/git/torvalds/linux-2.6.git', role: 'mainline' });
    expect(tree('linux/kernel/git/netdev/net-next.git')).toEqual({ id: 'netdev/net-next', path: 'linux/kernel/git/netdev/net-next.git', role: 'subsystem' });
    expect(tree('linux/kernel/git/tip/tip.git')).toEqual({ id: 'tip/tip', path: 'linux/kernel/git/tip/tip.git', role: 'subsystem' });
    // A stable maintainer's personal tree is not the stable tree; outside linux/kernel/git the whole path is the id.
    expect(tree('linux/kernel/git/sashal/linux-stable.git')?.role).toBe('subsystem');
    expect(tree('utils/kernel/kmod/kmod.git')).toEqual({ id: 'utils/kernel/kmod/kmod', path: 'utils/kernel/kmod/kmod.git', role: 'subsystem' });
  });

  it('accepts the old /cgit/ prefix and http', () => {
    expect(place(`http://git.kernel.org/cgit/linux/kernel/git/torvalds/linux.git/commit/?id=${SHA}`)).toMatchObject({ view: 'commit', tree: MAINLINE, sha: SHA });
  });
});

describe('classifyCgitUrl: short links', () => {
  it('reads /torvalds/c/, /linus/ and /stable/c/', () => {
    expect(place(`https://git.kernel.org/torvalds/c/${SHA}`)).toEqual({ view: 'commit', tree: MAINLINE, id: SHA, sha: SHA, form: 'short' });
    expect(place(`https://git.kernel.org/linus/${SHA}`)).toEqual({ view: 'commit', tree: MAINLINE, id: SHA, sha: SHA, form: 'short' });
    expect(place(`https://git.kernel.org/stable/c/${SHA}`)).toMatchObject({ view: 'commit', tree: STABLE, sha: SHA });
  });

  it('reads /<owner>/<repo>/c/ with abbreviated ids, and tag names as ids', () => {
    expect(place('https://git.kernel.org/next/linux-next/c/c7c4c9b88eec')).toEqual({ view: 'commit', tree: NEXT, id: 'c7c4c9b88eec', sha: 'c7c4c9b88eec', form: 'short' });
    expect(place('https://git.kernel.org/netdev/net-next/c/97df8dcaad8f')?.tree).toEqual({ id: 'netdev/net-next', path: 'linux/kernel/git/netdev/net-next.git', role: 'subsystem' });
    expect(place('https://git.kernel.org/netdev/net/c/97df8dcaad8f')?.tree.id).toBe('netdev/net');
    expect(place('https://git.kernel.org/tip/tip/c/2923b27')).toMatchObject({ tree: { id: 'tip/tip' }, sha: '2923b27' });
    expect(place('https://git.kernel.org/torvalds/c/v4.2-rc1')).toEqual({ view: 'commit', tree: MAINLINE, id: 'v4.2-rc1', form: 'short' });
  });

  it("reads www.kernel.org's and releases.json's /h/ (tree at a head), /p/, /ds/ and /t/ links, and /l/", () => {
    expect(place('https://git.kernel.org/torvalds/h/v5.10')).toEqual({ view: 'tree', tree: MAINLINE, ref: 'v5.10', form: 'short' });
    expect(place('https://git.kernel.org/stable/h/v5.10.1')).toEqual({ view: 'tree', tree: STABLE, ref: 'v5.10.1', form: 'short' });
    expect(place('https://git.kernel.org/next/linux-next/h/next-20190426')).toEqual({ view: 'tree', tree: NEXT, ref: 'next-20190426', form: 'short' });
    expect(place('https://git.kernel.org/stable/linux-stable/h/v4.16.1')?.tree).toEqual({ id: 'stable/linux', path: 'linux/kernel/git/stable/linux-stable.git', role: 'stable' });
    expect(place('https://git.kernel.org/torvalds/p/v5.1-rc6/v5.0')).toEqual({ view: 'patch', tree: MAINLINE, id: 'v5.1-rc6', id2: 'v5.0', form: 'short' });
    expect(place('https://git.kernel.org/torvalds/ds/v5.10/v5.9')).toEqual({ view: 'diff', tree: MAINLINE, id: 'v5.10', id2: 'v5.9', form: 'short' });
    expect(place('https://git.kernel.org/torvalds/t/linux-5.1-rc6.tar.gz')).toEqual({ view: 'snapshot', tree: MAINLINE, filePath: 'linux-5.1-rc6.tar.gz', form: 'short' });
    expect(place('https://git.kernel.org/s390/l/for-linus')).toMatchObject({ view: 'log', tree: { id: 's390/linux' }, ref: 'for-linus' });
  });

  it('reads old gitweb links', () => {
    expect(place(`https://git.kernel.org/?p=linux/kernel/git/torvalds/linux-2.6.git;a=commit;h=${SHA}`)).toEqual({ view: 'commit', tree: { ...MAINLINE, path: 'linux/kernel/git/torvalds/linux-2.6.git' }, id: SHA, sha: SHA, form: 'gitweb' });
  });

  it('refuses other hosts, the index, assets and malformed links', () => {
    for (const href of [
      `https://github.com/torvalds/linux/commit/${SHA}`,
      `https://lore.kernel.org/torvalds/c/${SHA}`,
      'https://git.kernel.org/',
      'https://git.kernel.org/cgit-data/cgit.css',
      'https://git.kernel.org/.within.website/x/cmd/anubis/static/js/main.mjs',
      'https://git.kernel.org/torvalds/c/',
      `https://git.kernel.org/torvalds/c/${SHA}/extra`,
      'https://git.kernel.org/torvalds/x/abc',
      'https://git.kernel.org/pub/scm/../../etc/passwd.git/',
      `ftp://git.kernel.org/torvalds/c/${SHA}`,
    ]) {
      expect(place(href), href).toBeNull();
    }
  });
});
