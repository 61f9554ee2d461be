import type { ClaimCheck } from '@/utils/mainline/claim-check';
import { BadgeWithCard } from './BadgeWithCard';
import { MainlineCard, subjectTitle } from './MainlineCard';

/** The badge after a claim: whether what happened bears it out, and the answer that says so. */
export function ClaimBadge({ check, now }: { check: ClaimCheck; now: number }) {
  const release = check.basis.release ?? '';
  const label = check.verdict === 'confirmed' ? `confirmed: ${release}` : `not as claimed: ${release}`;
  const words =
    check.verdict === 'confirmed'
      ? `Confirmed: ${subjectTitle(check.basis).toLowerCase()} reached mainline in Linux ${release}.`
      : `Not as claimed (${check.claimed}): ${subjectTitle(check.basis).toLowerCase()} first reached mainline in Linux ${release}.`;
  return (
    <BadgeWithCard label={label} state={check.verdict === 'confirmed' ? 'merged' : 'not-merged'} ariaLabel={words} cardLabel={`Claim: ${check.claimed}`}>
      <div class="kc-card__body">
        <p class="kc-card__title">Claim: {check.claimed}</p>
        <p>{words}</p>
      </div>
      <MainlineCard status={check.basis} now={now} />
    </BadgeWithCard>
  );
}
