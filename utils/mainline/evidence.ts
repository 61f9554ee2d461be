/**
 * Links that back a mainline answer: the commit and the tag on git.kernel.org, the
 * containment check itself (GitHub's compare answer, on the API host Kernel Context
 * already contacts), the message on lore.
 */
import { t } from '../i18n/t';
import { kernelNewbiesLink } from '../release/evidence';
import { MAINLINE_REPO } from '../sources/github';
import type { EvidenceLink } from '../types';

export const short = (sha: string) => sha.slice(0, 12);

export function mainlineCommitLink(sha: string): EvidenceLink {
  return { label: t('evidence_mainline_commit', short(sha)), href: `https://git.kernel.org/torvalds/c/${sha}` };
}

export function mainlineTagLink(tag: string): EvidenceLink {
  return { label: t('evidence_mainline_tag', tag), href: `https://git.kernel.org/torvalds/h/${tag}` };
}

/** GitHub's compare answer: `behind` or `identical` means the commit is in `base`. */
export function compareLink(base: string, sha: string): EvidenceLink {
  return { label: t('evidence_compare', base, short(sha)), href: `${MAINLINE_REPO}/compare/${base}...${sha}` };
}

export function loreLink(msgid: string, label = t('evidence_lore_message')): EvidenceLink {
  return { label, href: `https://lore.kernel.org/r/${encodeURIComponent(msgid)}` };
}

/** git.kernel.org's short commit link for a tree: `/torvalds/c/…`, `/stable/c/…`, `/next/linux-next/c/…`. */
export function treeCommitLink(tree: string, sha: string): EvidenceLink {
  const prefix = tree === 'torvalds/linux' ? 'torvalds' : tree === 'stable/linux' ? 'stable' : tree;
  return { label: t('evidence_tree_commit', short(sha), tree), href: `https://git.kernel.org/${prefix}/c/${sha}` };
}

export { kernelNewbiesLink };
