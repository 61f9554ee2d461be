import type { MentionKind } from '@/utils/types';

export type MentionCounts = Partial<Record<MentionKind, number>>;

const NOUNS: Record<MentionKind, [one: string, many: string]> = {
  version: ['kernel version', 'kernel versions'],
  commit: ['commit', 'commits'],
  msgid: ['mailing-list message', 'mailing-list messages'],
  patch: ['patch', 'patches'],
  path: ['source path', 'source paths'],
  tree: ['git tree', 'git trees'],
  claim: ['claim about a release', 'claims about releases'],
};

/** "Found on this page: 1 kernel version, 2 commits and 1 source path." */
export function FoundSummary({ counts }: { counts: MentionCounts | undefined }) {
  if (!counts) return <>Reading this page…</>;
  const parts = (Object.keys(NOUNS) as MentionKind[])
    .filter((kind) => (counts[kind] ?? 0) > 0)
    .map((kind) => {
      const count = counts[kind] ?? 0;
      const [one, many] = NOUNS[kind];
      return `${count} ${count === 1 ? one : many}`;
    });
  if (parts.length === 0) return <>No kernel versions, commits, patches or source paths are mentioned on this page.</>;
  return <>Found on this page: {new Intl.ListFormat('en', { type: 'conjunction' }).format(parts)}.</>;
}
