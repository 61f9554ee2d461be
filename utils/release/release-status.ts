/**
 * The release status of a kernel version mentioned on a page: its state today (DESIGN.md
 * § Questions), with dates and evidence, and where the kernel stood when the page was written.
 * Pure: everything comes from ReleaseData and the dates passed in.
 */
import { t } from '../i18n/t';
import type { ReleaseData, ReleaseStatus, VersionMention } from '../types';
import { atPublication } from './at-publication';
import { evidenceFor } from './evidence';
import { ReleaseIndex } from './release-index';
import { stateOn } from './state-on';
import { formatRelease, parseRelease } from './versions';

export type VersionSubject = Pick<VersionMention, 'version' | 'series' | 'context'>;

// One index per data object: a page with many mentions builds it once.
const indexes = new WeakMap<ReleaseData, ReleaseIndex>();

export function releaseIndex(data: ReleaseData): ReleaseIndex {
  let index = indexes.get(data);
  if (!index) {
    index = new ReleaseIndex(data);
    indexes.set(data, index);
  }
  return index;
}

/**
 * @param today YYYY-MM-DD
 * @param publishedAt ISO instant of the article's publication, when known
 */
export function releaseStatus(subject: VersionSubject, data: ReleaseData, today: string, publishedAt?: string): ReleaseStatus {
  const parsed = parseRelease(subject.version);
  if (!parsed) {
    const reason = t('release_reason_not_a_version', subject.version);
    return { subject: subject.version, series: subject.series, state: 'unknown', reason, evidence: [] };
  }
  // "The 7.0 merge window" is about the series 7.0.
  const version = subject.context === 'merge-window' ? { series: parsed.series, parts: parsed.parts } : parsed;
  const name = formatRelease(version);
  const index = releaseIndex(data);
  const now = stateOn(index, version, today, true);
  const then = publishedAt ? atPublication(index, version, publishedAt) : undefined;
  return {
    subject: name,
    series: version.series,
    ...now,
    ...(then ? { atPublication: then } : {}),
    evidence: evidenceFor(version, name, now, index),
  };
}
