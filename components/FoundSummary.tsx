import type { MentionKind } from '@/utils/types';
import { listAnd } from '@/utils/i18n/lists';
import { t, type MessageKey } from '@/utils/i18n/t';

export type MentionCounts = Partial<Record<MentionKind, number>>;

const NOUNS: Record<MentionKind, [one: MessageKey, many: MessageKey]> = {
  version: ['panel_found_version_one', 'panel_found_version_many'],
  commit: ['panel_found_commit_one', 'panel_found_commit_many'],
  msgid: ['panel_found_msgid_one', 'panel_found_msgid_many'],
  patch: ['panel_found_patch_one', 'panel_found_patch_many'],
  path: ['panel_found_path_one', 'panel_found_path_many'],
  tree: ['panel_found_tree_one', 'panel_found_tree_many'],
  claim: ['panel_found_claim_one', 'panel_found_claim_many'],
};

/** "Found on this page: 1 kernel version, 2 commits and 1 source path." */
export function FoundSummary({ counts }: { counts: MentionCounts | undefined }) {
  if (!counts) return <>{t('panel_reading')}</>;
  const parts = (Object.keys(NOUNS) as MentionKind[])
    .filter((kind) => (counts[kind] ?? 0) > 0)
    .map((kind) => {
      const count = counts[kind] ?? 0;
      const [one, many] = NOUNS[kind];
      return t(count === 1 ? one : many, count);
    });
  if (parts.length === 0) return <>{t('panel_found_nothing')}</>;
  return <>{t('panel_found', listAnd(parts))}</>;
}
