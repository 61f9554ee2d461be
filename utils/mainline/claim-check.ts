/**
 * Checking an article's claims ("queued for Linux 5.14", "merged for 6.1") against what
 * happened to the code it links or names: the mainline answers for the same page.
 */
import { t } from '../i18n/t';
import { compareSeries } from '../release/versions';
import type { ClaimMention, MainlineStatus } from '../types';

export interface ClaimCheck {
  verdict: 'confirmed' | 'not-confirmed';
  /** The claim as a short phrase, in the reader's language: "merged for 6.1". */
  claimed: string;
  /** The answer it was checked against. */
  basis: MainlineStatus;
}

const CLAIM_WORDS = {
  queued: 'claim_queued',
  merged: 'claim_merged',
  lands: 'claim_lands',
  'pull-request': 'claim_pull_request',
  submitted: 'claim_submitted',
  expected: 'claim_expected',
} as const satisfies Record<ClaimMention['claim'], string>;

/** The series of a claimed version: `6.1-rc3` → `6.1`. */
function seriesOf(version: string): string {
  return version.replace(/-rc\d+$/, '').split('.').slice(0, version.startsWith('2.6.') ? 3 : 2).join('.');
}

/**
 * A version claim is confirmed when code the page names reached mainline in that release,
 * and not confirmed when all of it that reached mainline did so in another one (the
 * earliest is given). Without merged code to compare with there is nothing to say.
 */
export function checkClaim(claim: ClaimMention, statuses: readonly MainlineStatus[]): ClaimCheck | undefined {
  if (!claim.version) return undefined;
  const claimed = t(CLAIM_WORDS[claim.claim], claim.version);
  const series = seriesOf(claim.version);
  const merged = statuses.filter((status) => status.state === 'merged' && status.release && !status.untagged);
  if (merged.length === 0) return undefined;
  const same = merged.find((status) => status.release === series);
  if (same) return { verdict: 'confirmed', claimed, basis: same };
  const earliest = [...merged].sort((a, b) => compareSeries(a.release!, b.release!))[0]!;
  return { verdict: 'not-confirmed', claimed, basis: earliest };
}
