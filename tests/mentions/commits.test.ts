import { findCommits, parseCommitUrl } from '../../utils/mentions/commits';
import { findUrls } from '../../utils/mentions/urls';

const SHA = 'c7c4c9b88eecb28d3b48ba855cd6f9f7391a33b2';

function commits(text: string): { text: string; sha: string; tree?: string }[] {
  return findCommits(text, findUrls(text)).map(({ start, end, data }) => ({
    text: text.slice(start, end),
    sha: data.sha,
    ...(data.tree ? { tree: data.tree } : {}),
  }));
}

describe('parseCommitUrl', () => {
  it.each([
    [`https://git.kernel.org/pub/scm/linux/kernel/git/next/linux-next.git/commit/?id=${SHA}`, 'next/linux-next'],
    [`https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/commit/?h=master&id=${SHA}`, 'torvalds/linux'],
    [`https://git.kernel.org/pub/scm/linux/kernel/git/netdev/net.git/commit/net/ipv4/tcp.c?id=${SHA}`, 'netdev/net'],
    [`https://git.kernel.org/pub/scm/linux/kernel/git/stable/linux.git/patch/?id=${SHA}`, 'stable/linux'],
    [`https://git.kernel.org/pub/scm/linux/kernel/git/stable/linux-stable.git/commit/?id=${SHA}`, 'stable/linux'],
    [`https://git.kernel.org/cgit/linux/kernel/git/torvalds/linux.git/commit/?id=${SHA}`, 'torvalds/linux'],
    [`https://git.kernel.org/torvalds/c/${SHA}`, 'torvalds/linux'],
    [`https://git.kernel.org/linus/${SHA}`, 'torvalds/linux'],
    [`https://git.kernel.org/stable/c/${SHA}`, 'stable/linux'],
    [`https://git.kernel.org/next/linux-next/c/${SHA}`, 'next/linux-next'],
    [`https://git.kernel.org/netdev/net/c/${SHA}`, 'netdev/net'],
    [`https://git.kernel.org/netdev/net-next/c/${SHA.slice(0, 12)}`, 'netdev/net-next'],
    [`https://git.kernel.org/?p=linux/kernel/git/torvalds/linux-2.6.git;a=commit;h=${SHA}`, 'torvalds/linux'],
    [`https://github.com/torvalds/linux/commit/${SHA}`, 'torvalds/linux'],
    [`https://github.com/torvalds/linux/commit/${SHA.toUpperCase()}.patch`, 'torvalds/linux'],
  ])('%s', (url, tree) => {
    const commit = parseCommitUrl(url);
    expect(commit?.tree).toBe(tree);
    expect(commit?.sha).toMatch(/^[0-9a-f]{12,40}$/);
    expect(commit?.url).toBe(url);
  });

  it('keeps a kernel fork on GitHub without naming a tree', () => {
    expect(parseCommitUrl(`https://github.com/Rust-for-Linux/linux/commit/${SHA}`)).toEqual({
      kind: 'commit',
      sha: SHA,
      url: `https://github.com/Rust-for-Linux/linux/commit/${SHA}`,
    });
  });

  it.each([
    'https://www.phoronix.com/scan.php?page=news_item&px=Linux-Plumbers-2020-Rust',
    `https://www.phoronix.com/news/${SHA}`,
    'https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/commit/?h=master',
    'https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/commit/?id=abc1234',
    `https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/tree/?id=${SHA}`,
    `https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/log/?id=${SHA}`,
    'https://git.kernel.org/torvalds/t/linux-6.1.tar.gz',
    `https://github.com/mesa3d/mesa/commit/${SHA}`,
    `https://github.com/torvalds/linux/blob/${SHA}/README`,
    `https://lore.kernel.org/all/${SHA}@kernel.org/`,
    'not a url',
    '',
  ])('no commit in %s', (url) => {
    expect(parseCommitUrl(url)).toBeUndefined();
  });
});

describe('findCommits in text', () => {
  it.each([
    [`commit 1234567890ab`, { text: '1234567890ab', sha: '1234567890ab' }],
    [`Commit 1234567890AB ("rust: add foo")`, { text: '1234567890AB', sha: '1234567890ab' }],
    [`Fixes: 1234567890ab ("net: fix bar")`, { text: '1234567890ab', sha: '1234567890ab' }],
    [`[ Upstream commit ${SHA} ]`, { text: SHA, sha: SHA, tree: 'torvalds/linux' }],
    [`commit ${SHA} upstream.`, { text: SHA, sha: SHA, tree: 'torvalds/linux' }],
    [`This reverts commit ${SHA}.`, { text: SHA, sha: SHA }],
    [`merge commit ${SHA}`, { text: SHA, sha: SHA }],
    [`Please pull the following changes since commit\n8f0b4cce4481fb22653697cced8d0d04027cb1e8:`, { text: '8f0b4cce4481fb22653697cced8d0d04027cb1e8', sha: '8f0b4cce4481fb22653697cced8d0d04027cb1e8' }],
    [`for you to fetch changes up to d8a4af8f3d9d3367b2c49b0d9dee529556bdd2f4:`, { text: 'd8a4af8f3d9d3367b2c49b0d9dee529556bdd2f4', sha: 'd8a4af8f3d9d3367b2c49b0d9dee529556bdd2f4' }],
    [`X-PR-Merge-Commit-Id: 78d9affbb0e79d48fd82b34ef9cd673a7c86d6f2`, { text: '78d9affbb0e79d48fd82b34ef9cd673a7c86d6f2', sha: '78d9affbb0e79d48fd82b34ef9cd673a7c86d6f2' }],
    [`merged into torvalds/linux.git:\nhttps://git.kernel.org/torvalds/c/${SHA}`, { text: `https://git.kernel.org/torvalds/c/${SHA}`, sha: SHA, tree: 'torvalds/linux' }],
  ])('%s', (text, expected) => {
    expect(commits(text)).toEqual([expected]);
  });

  it.each([
    'sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
    'The tarball 1234567890abcdef1234 has this hash.',
    'UUID 123e4567-e89b-12d3-a456-426614174000 commit 123e4567-e89b-12d3',
    'The colour #ff00ff00ff00 and the address 0xffff888012345678 in a commit message.',
    'commit 0xffff888012345678 faulted',
    'The commit 123456789012 is a phone number, and commit message 1234567890ab is text.',
    'commit abc1234 (too short)',
    'A commit-abcdef1234567 named branch, commit abcdef1234567-foo.',
    'Commits landed: many.',
    'https://www.phoronix.com/scan.php?page=news_item&px=Linux-Kernel-Rust-Path-LPC2020',
  ])('no commit in %s', (text) => {
    expect(commits(text)).toEqual([]);
  });
});
