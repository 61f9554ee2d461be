/**
 * Links that back a mainline answer: the commit and the tag on git.kernel.org, the
 * containment check itself (GitHub's compare answer, on the API host Kernel Context
 * already contacts), the message on lore.
 */
import { kernelNewbiesLink } from '../release/evidence';
import { MAINLINE_REPO } from '../sources/github';
import type { EvidenceLink } from '../types';

export const short = (sha: string) => sha.slice(0, 12);

export function mainlineCommitLink(sha: string): EvidenceLink {
  return { label: `Commit ${short(sha)} in Linus's tree (git.kernel.org)`, href: `https://git.kernel.org/torvalds/c/${sha}` };
}

export function mainlineTagLink(tag: string): EvidenceLink {
  return { label: `Tag ${tag} (git.kernel.org)`, href: `https://git.kernel.org/torvalds/h/${tag}` };
}

/** GitHub's compare answer: `behind` or `identical` means the commit is in `base`. */
export function compareLink(base: string, sha: string): EvidenceLink {
  return { label: `Containment check ${base}...${short(sha)} (GitHub API)`, href: `${MAINLINE_REPO}/compare/${base}...${sha}` };
}

export function loreLink(msgid: string, label = 'The message on lore.kernel.org'): EvidenceLink {
  return { label, href: `https://lore.kernel.org/r/${encodeURIComponent(msgid)}` };
}

/** git.kernel.org's short commit link for a tree: `/torvalds/c/…`, `/stable/c/…`, `/next/linux-next/c/…`. */
export function treeCommitLink(tree: string, sha: string): EvidenceLink {
  const prefix = tree === 'torvalds/linux' ? 'torvalds' : tree === 'stable/linux' ? 'stable' : tree;
  return { label: `Commit ${short(sha)} in ${tree} (git.kernel.org)`, href: `https://git.kernel.org/${prefix}/c/${sha}` };
}

export { kernelNewbiesLink };
