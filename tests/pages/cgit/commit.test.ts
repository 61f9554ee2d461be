import type { CgitCommitPage, KernelTree, Trailer } from '@/utils/types';
import { parseCgitCommit } from '@/utils/pages/cgit/commit';
import { parseCgitPage } from '@/utils/pages/cgit';
import { CGIT, cgitDocument, standsFor } from './documents';

const MAINLINE: KernelTree = { id: 'torvalds/linux', path: 'linux/kernel/git/torvalds/linux.git', role: 'mainline' };
const STABLE: KernelTree = { id: 'stable/linux', path: 'linux/kernel/git/stable/linux.git', role: 'stable' };
const NEXT: KernelTree = { id: 'next/linux-next', path: 'linux/kernel/git/next/linux-next.git', role: 'linux-next' };
const NET_NEXT: KernelTree = { id: 'netdev/net-next', path: 'linux/kernel/git/netdev/net-next.git', role: 'subsystem' };

const V6_1 = '7bbe11f8ae94ad09287acd03641d325363280ed3';
const FIX = '07a3ce7c09379672dde171413e7740f64e423e08';
const ADA = { name: 'Ada Lindqvist', email: 'ada.lindqvist@example.com' };
const MIGUEL = { name: 'Miguel Ojeda', email: 'ojeda@kernel.org' };
const LINUS = { name: 'Linus Torvalds', email: 'torvalds@linux-foundation.org' };
const SFR = { name: 'Stephen Rothwell', email: 'sfr@canb.auug.org.au' };
const FIX_SUBJECT = 'rust: kernel: use `sub` in `container_of!` to keep pointer provenance';
const FIX_PROSE = [
  '`wrapping_sub` may produce a pointer outside of the allocation, which loses',
  'the guarantee the macro documents and makes Miri reject callers. Both',
  "pointers are in bounds of the same allocation by the macro's safety",
  'contract, so `sub` is correct and lets the compiler rely on it.',
].join('\n');
const FIX_TRAILERS: Trailer[] = [
  { key: 'Fixes', value: '7589055b679e ("rust: kernel: add `container_of!` macro")' },
  { key: 'Cc', value: 'stable@vger.kernel.org # 6.1+' },
  { key: 'Reported-by', value: 'Jonas Vogel <jonas.vogel@example.de>' },
  { key: 'Closes', value: 'https://lore.kernel.org/r/Y5fRw2c9mM3Yb0Qa@example.de' },
  { key: 'Reviewed-by', value: 'Bo Ström <bo.strom@example.com>' },
  { key: 'Acked-by', value: 'Kenji Morimoto <kenji.morimoto@example.net>' },
  { key: 'Signed-off-by', value: 'Ada Lindqvist <ada.lindqvist@example.com>' },
  { key: 'Link', value: 'https://lore.kernel.org/r/20221213100552.77520-1-ada.lindqvist@example.com' },
  { key: 'Signed-off-by', value: 'Miguel Ojeda <ojeda@kernel.org>' },
];

function trailerLines(trailers: Trailer[]): string {
  return trailers.map(({ key, value }) => `${key}: ${value}`).join('\n');
}

function commitPage(name: string, url = standsFor(name)): CgitCommitPage {
  const page = parseCgitPage(url, cgitDocument(name));
  if (page?.kind !== 'cgit-commit') throw new Error(`no commit page parsed from ${name}`);
  return page;
}

/** The page without its DOM element, for toEqual. */
function data(page: CgitCommitPage): Omit<CgitCommitPage, 'body'> {
  const { body: _body, ...rest } = page;
  return rest;
}

describe('mainline fix with every kind of trailer (cgit_torvalds-linux_commit_fix-with-trailers)', () => {
  const page = commitPage(CGIT.fix);

  it('reads tree, sha, subject, people, instants, the one parent and every trailer in order', () => {
    expect(data(page)).toEqual({
      kind: 'cgit-commit',
      url: `https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/commit/?id=${FIX}`,
      tree: MAINLINE,
      sha: FIX,
      subject: FIX_SUBJECT,
      message: `${FIX_SUBJECT}\n\n${FIX_PROSE}\n\n${trailerLines(FIX_TRAILERS)}`,
      author: ADA,
      // 2022-12-13 11:05:52 +0100 and 2022-12-14 20:31:09 +0100 as cgit prints them.
      authorDate: '2022-12-13T10:05:52.000Z',
      committer: MIGUEL,
      commitDate: '2022-12-14T19:31:09.000Z',
      parents: [V6_1],
      trailers: FIX_TRAILERS,
    });
  });

  it('keeps the subject free of the HEAD/master decoration and has no upstream sha', () => {
    expect(page.subject).not.toMatch(/HEAD|master/);
    expect(page.upstreamSha).toBeUndefined();
  });

  it('keeps the commit message element as body', () => {
    expect(page.body?.matches('div.content > div.commit-msg')).toBe(true);
    expect(page.body?.textContent).toContain('Fixes: 7589055b679e');
  });
});

describe('drm/nova commit with a patch.msgid.link Link: (cgit_torvalds-linux_commit_patch-msgid-link)', () => {
  it('reads everything, the Link: trailer last', () => {
    const sha = '5eb15503d93afd8f703ec2d961abe51442392a40';
    const subject = 'drm/nova: match NVIDIA display devices and enable them in probe';
    const trailers: Trailer[] = [
      { key: 'Acked-by', value: 'Jonas Vogel <jonas.vogel@example.de>' },
      { key: 'Reviewed-by', value: 'Bo Ström <bo.strom@example.com>' },
      { key: 'Signed-off-by', value: 'Priya Raman <priya.raman@example.org>' },
      { key: 'Link', value: 'https://patch.msgid.link/20221007105005.3395-1-priya.raman@example.org' },
    ];
    const prose = [
      'Add a PCI ID table matching NVIDIA VGA-class devices and enable the device',
      'in probe. Nothing is driven yet; this is the skeleton the GSP boot code',
      'will build on.',
    ].join('\n');
    expect(data(commitPage(CGIT.nova))).toEqual({
      kind: 'cgit-commit',
      url: `https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/commit/?id=${sha}`,
      tree: MAINLINE,
      sha,
      subject,
      message: `${subject}\n\n${prose}\n\n${trailerLines(trailers)}`,
      author: { name: 'Priya Raman', email: 'priya.raman@example.org' },
      // +0530: 2022-10-07 16:20:05 and 2022-10-10 11:02:36.
      authorDate: '2022-10-07T10:50:05.000Z',
      committer: { name: 'Priya Raman', email: 'priya.raman@example.org' },
      commitDate: '2022-10-10T05:32:36.000Z',
      parents: ['36944642c756cfaf5db5d5f121b6141ea5496fe9'],
      trailers,
    });
  });
});

describe("Linus's merge of a signed tag (cgit_torvalds-linux_commit_merge-tag-rust-6.1)", () => {
  const page = commitPage(CGIT.mergeRust);

  it('reads both parents, first the mainline side', () => {
    expect(page.sha).toBe('36944642c756cfaf5db5d5f121b6141ea5496fe9');
    expect(page.tree).toEqual(MAINLINE);
    expect(page.parents).toEqual(['b55673c1bdf3d41ee8ca3afe6e1514410c75eaa7', 'd15eaf162fdcdad99586469de09303ea0e02f16f']);
    expect(page.subject).toBe("Merge tag 'rust-6.1' of git://git.kernel.org/pub/scm/linux/kernel/git/ojeda/linux");
    expect(page.author).toEqual(LINUS);
    expect(page.committer).toEqual(LINUS);
    expect(page.authorDate).toBe('2022-10-04T16:41:17.000Z');
    expect(page.commitDate).toBe('2022-10-04T16:41:17.000Z');
  });

  it('keeps the pull body and shortlog verbatim and finds no trailers in the shortlog', () => {
    expect(page.message.split('\n')).toEqual([
      "Merge tag 'rust-6.1' of git://git.kernel.org/pub/scm/linux/kernel/git/ojeda/linux",
      '',
      'Pull Rust updates from Miguel Ojeda:',
      ' "Two small helpers for the Rust abstractions:',
      '',
      "   - Add the 'container_of!' macro, the Rust counterpart of the C macro,",
      '     needed by the upcoming PHY and DRM abstractions.',
      '',
      "   - Add 'CStr::as_str_unchecked()'.",
      '',
      '  Both have been in linux-next for a couple of weeks"',
      '',
      "* tag 'rust-6.1' of git://git.kernel.org/pub/scm/linux/kernel/git/ojeda/linux:",
      '  rust: str: add `CStr::as_str_unchecked()`',
      '  rust: kernel: add `container_of!` macro',
    ]);
    expect(page.trailers).toEqual([]);
    expect(page.upstreamSha).toBeUndefined();
  });
});

describe('stable backport (cgit_stable-linux_commit_backport)', () => {
  const page = commitPage(CGIT.backport);

  it('reads the stable tree, the backport sha and the mainline sha from "commit <sha> upstream."', () => {
    expect(page.tree).toEqual(STABLE);
    expect(page.sha).toBe('cf8395f410fe2d98d06add33faa7c573f0122ae4');
    expect(page.upstreamSha).toBe(FIX);
    expect(page.subject).toBe(FIX_SUBJECT);
    expect(page.parents).toEqual([V6_1]);
  });

  it("keeps the original author and date, and Greg's commit date", () => {
    expect(page.author).toEqual(ADA);
    expect(page.authorDate).toBe('2022-12-13T10:05:52.000Z');
    expect(page.committer).toEqual({ name: 'Greg Kroah-Hartman', email: 'gregkh@linuxfoundation.org' });
    expect(page.commitDate).toBe('2022-12-21T16:48:30.000Z');
  });

  it("reads the original trailers then Greg's Signed-off-by", () => {
    expect(page.trailers).toEqual([...FIX_TRAILERS, { key: 'Signed-off-by', value: 'Greg Kroah-Hartman <gregkh@linuxfoundation.org>' }]);
    expect(page.message.startsWith(`${FIX_SUBJECT}\n\ncommit ${FIX} upstream.\n\n${FIX_PROSE}\n\n`)).toBe(true);
  });
});

describe('linux-next merge (cgit_next-linux-next_commit_merge-rust-next)', () => {
  const page = commitPage(CGIT.nextMerge);

  it('is recognised as tree next/linux-next with role linux-next', () => {
    expect(page.tree).toEqual(NEXT);
  });

  it('reads a merge with no body: two parents, no trailers', () => {
    expect(data(page)).toEqual({
      kind: 'cgit-commit',
      url: 'https://git.kernel.org/pub/scm/linux/kernel/git/next/linux-next.git/commit/?id=80d15e092a0394fbb670e349bb945540d1a00cbe',
      tree: NEXT,
      sha: '80d15e092a0394fbb670e349bb945540d1a00cbe',
      subject: "Merge branch 'rust-next' of git://git.kernel.org/pub/scm/linux/kernel/git/ojeda/linux.git",
      message: "Merge branch 'rust-next' of git://git.kernel.org/pub/scm/linux/kernel/git/ojeda/linux.git",
      author: SFR,
      // 2022-12-16 13:52:37 +1100: the previous UTC day.
      authorDate: '2022-12-16T02:52:37.000Z',
      committer: SFR,
      commitDate: '2022-12-16T02:52:37.000Z',
      parents: ['6e874d94efba08cb43e6d4e59cbb31cbf3d882ab', 'bb926dc4996734f8dd15c2bf120e3abbf33cd3d4'],
      trailers: [],
    });
    expect(page.body?.textContent).toBe('');
  });
});

describe('net-next series patch (cgit_netdev-net-next_commit_series-patch-1)', () => {
  const sha = '97df8dcaad8f41008ac55d4e80c4ac35317a7d7f';
  const expected = {
    kind: 'cgit-commit',
    tree: NET_NEXT,
    sha,
    subject: 'rust: net::phy: add `Device::read_paged`',
    author: { name: 'Tomás Okafor', email: 'tomas.okafor@example.org' },
    authorDate: '2022-12-05T08:30:12.000Z',
    committer: { name: 'Jakub Kicinski', email: 'kuba@kernel.org' },
    // 2022-12-13 18:42:07 -0800: the next UTC day.
    commitDate: '2022-12-14T02:42:07.000Z',
    parents: [V6_1],
    trailers: [
      { key: 'Reviewed-by', value: 'Bo Ström <bo.strom@example.com>' },
      { key: 'Signed-off-by', value: 'Tomás Okafor <tomas.okafor@example.org>' },
      { key: 'Link', value: 'https://patch.msgid.link/20221205-rust-phy-paged-v3-1-6a2f1d9e0b1c@example.org' },
      { key: 'Signed-off-by', value: 'Jakub Kicinski <kuba@kernel.org>' },
    ],
  };

  it('reads a subsystem tree commit', () => {
    expect(commitPage(CGIT.netNext)).toMatchObject(expected);
  });

  it('reads the same page under its short link /netdev/net-next/c/<12-hex>', () => {
    const url = new URL('https://git.kernel.org/netdev/net-next/c/97df8dcaad8f');
    expect(commitPage(CGIT.netNext, url)).toMatchObject({ ...expected, url: url.href });
  });
});

describe('URL and page must agree on being a commit', () => {
  it('takes the tree from /linus/<sha> and /torvalds/c/<sha>', () => {
    expect(commitPage(CGIT.fix, new URL(`https://git.kernel.org/linus/${FIX}`)).tree).toEqual(MAINLINE);
    expect(commitPage(CGIT.fix, new URL(`https://git.kernel.org/torvalds/c/${FIX.toUpperCase()}`)).sha).toBe(FIX);
  });

  it('refuses a tag page, a log page and non-cgit URLs', () => {
    expect(parseCgitCommit(standsFor(CGIT.tag61), cgitDocument(CGIT.tag61))).toBeNull();
    expect(parseCgitCommit(standsFor(CGIT.log), cgitDocument(CGIT.log))).toBeNull();
    expect(parseCgitCommit(new URL(`https://github.com/torvalds/linux/commit/${FIX}`), cgitDocument(CGIT.fix))).toBeNull();
  });

  it('gives null for a commit page under a URL of another view (tree, diff, patch)', () => {
    for (const view of ['tree', 'diff', 'patch', 'plain']) {
      const url = new URL(`https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/${view}/?id=${FIX}`);
      expect(parseCgitPage(url, cgitDocument(CGIT.fix))).toBeNull();
    }
  });
});
