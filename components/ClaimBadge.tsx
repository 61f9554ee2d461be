import type { ClaimCheck } from '@/utils/mainline/claim-check';
import type { MainlineStatus } from '@/utils/types';
import { t } from '@/utils/i18n/t';
import { BadgeWithCard } from './BadgeWithCard';
import { MainlineCard, shortMsgid } from './MainlineCard';

/** The code a claim was checked against, inside a sentence: "code under rust/". */
function subjectPhrase(status: Pick<MainlineStatus, 'kind' | 'subject'>): string {
  switch (status.kind) {
    case 'commit':
      return t('claim_subject_commit', status.subject.slice(0, 12));
    case 'path':
      return t('claim_subject_path', status.subject);
    case 'pull':
      return t('claim_subject_pull');
    case 'msgid':
      return t('claim_subject_msgid', shortMsgid(status.subject));
  }
}

/** The badge after a claim: whether what happened bears it out, and the answer that says so. */
export function ClaimBadge({ check, now }: { check: ClaimCheck; now: number }) {
  const release = check.basis.release ?? '';
  const confirmed = check.verdict === 'confirmed';
  const label = confirmed ? t('claim_label_confirmed', release) : t('claim_label_not_confirmed', release);
  const words = confirmed
    ? t('claim_confirmed', subjectPhrase(check.basis), release)
    : t('claim_not_confirmed', check.claimed, subjectPhrase(check.basis), release);
  const title = t('claim_title', check.claimed);
  return (
    <BadgeWithCard label={label} state={confirmed ? 'merged' : 'not-merged'} ariaLabel={words} cardLabel={title}>
      <div class="kc-card__body">
        <p class="kc-card__title">{title}</p>
        <p>{words}</p>
      </div>
      <MainlineCard status={check.basis} now={now} />
    </BadgeWithCard>
  );
}
