import { localFixture, sharedFixture } from '../../helpers/fixtures';

import { parseHtml, quietly } from '../../helpers/documents';

export { parseHtml, quietly };

/** The generated cgit pages (scripts/fixtures/make-cgit-fixtures.sh), by the name after `cgit_`. */
export const CGIT = {
  fix: 'cgit_torvalds-linux_commit_fix-with-trailers.html',
  nova: 'cgit_torvalds-linux_commit_patch-msgid-link.html',
  mergeRust: 'cgit_torvalds-linux_commit_merge-tag-rust-6.1.html',
  backport: 'cgit_stable-linux_commit_backport.html',
  nextMerge: 'cgit_next-linux-next_commit_merge-rust-next.html',
  netNext: 'cgit_netdev-net-next_commit_series-patch-1.html',
  tagRc1: 'cgit_torvalds-linux_tag_v6.1-rc1.html',
  tag61: 'cgit_torvalds-linux_tag_v6.1.html',
  log: 'cgit_torvalds-linux_log.html',
  stableLog: 'cgit_stable-linux_log_linux-6.1.y.html',
  summary: 'cgit_torvalds-linux_summary.html',
  badCommitReference: 'cgit_torvalds-linux_commit_bad-commit-reference.html',
  badObjectId: 'cgit_torvalds-linux_commit_bad-object-id.html',
  notFound: 'cgit_stable-linux_not-found_plain_h-v6.1.html',
  invalidBranch: 'cgit_torvalds-linux_invalid-branch.html',
} as const;

/** The two real git.kernel.org pages (cgit 1.2.3-korg), both "Not found". */
export const REAL_NOT_FOUND = [
  'cgit/git.kernel.org_stable_not-found_h-v6.1_2025-07-04.html',
  'cgit/git.kernel.org_stable_not-found_h-v6.12_2025-08-21.html',
] as const;

export const ANUBIS = 'anubis-challenge_lore.kernel.org.html';

export function cgitHtml(name: string): string {
  return localFixture(`cgit/${name}`);
}

export function cgitDocument(name: string): Document {
  return parseHtml(cgitHtml(name));
}

export function sharedDocument(path: string): Document {
  return parseHtml(sharedFixture(path));
}

/** The git.kernel.org URL a generated page stands for, from its `.source.md`. */
export function standsFor(name: string): URL {
  const href = /^- stands for: <([^>]+)>/m.exec(localFixture(`cgit/${name}.source.md`))?.[1];
  if (href === undefined) throw new Error(`no "stands for" URL in ${name}.source.md`);
  return new URL(href);
}
