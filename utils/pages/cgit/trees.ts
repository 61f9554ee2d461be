/** git.kernel.org tree names: `<owner>/<repo>` under /pub/scm/linux/kernel/git/, and each tree's role. */
import type { KernelTree } from '../../types';

/** Where the kernel trees live under /pub/scm/ (the URL shorteners only cover these). */
export const KERNEL_GIT = 'linux/kernel/git/';

/** Trees known by two names: the old name → the tree's id. */
const RENAMED: Readonly<Record<string, string>> = {
  'stable/linux-stable': 'stable/linux',
  'torvalds/linux-2.6': 'torvalds/linux',
};

/**
 * The tree a repository path under /pub/scm/ names, e.g. `linux/kernel/git/torvalds/linux.git`.
 * Repositories outside linux/kernel/git/ keep their whole path as id (`utils/kernel/kmod/kmod`).
 */
export function treeFromPath(path: string): KernelTree | null {
  const clean = path.replace(/^\/+|\/+$/g, '');
  if (!/^[\w.+-]+(?:\/[\w.+-]+)*\.git$/.test(clean) || clean.split('/').some((part) => part === '.' || part === '..')) return null;
  const name = clean.slice(0, -'.git'.length);
  const short = name.startsWith(KERNEL_GIT) ? name.slice(KERNEL_GIT.length) : name;
  if (short === '' || short.endsWith('/')) return null;
  const id = RENAMED[short] ?? short;
  return { id, path: clean, role: roleOf(id) };
}

/** The tree of a short link: `/<owner>/c/…` means `<owner>/linux.git`. */
export function treeFromShortLink(owner: string, repo = 'linux'): KernelTree | null {
  return treeFromPath(`${KERNEL_GIT}${owner}/${repo}.git`);
}

export function roleOf(id: string): KernelTree['role'] {
  const [owner = '', repo = ''] = id.split('/');
  if (id === 'torvalds/linux') return 'mainline';
  if (owner === 'next' && repo.startsWith('linux-next')) return 'linux-next';
  // stable/linux (formerly stable/linux-stable.git) and the release candidates stable/linux-stable-rc.
  if (owner === 'stable' && (repo === 'linux' || repo.startsWith('linux-stable'))) return 'stable';
  return 'subsystem';
}
