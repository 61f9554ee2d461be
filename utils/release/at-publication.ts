/**
 * Where the kernel stood when an article was written, as one sentence:
 * "When this was written, 5.11 was the latest release, 5.12 was in release candidates and
 * 5.13 had not begun." The phase of the series in development comes from phase.ts: "in
 * release candidates" is an inference from the calendar unless kernel.org said which rc.
 */
import { t } from '../i18n/t';
import type { ReleaseState, ReleaseStatus } from '../types';
import { dateOfInstant } from './dates';
import { phaseAt } from './phase';
import type { ReleaseIndex } from './release-index';
import { stateOn } from './state-on';
import { compareSeries, formatRelease, type ReleaseVersion } from './versions';

export function atPublication(index: ReleaseIndex, version: ReleaseVersion, publishedAt: string): ReleaseStatus['atPublication'] {
  const date = dateOfInstant(publishedAt);
  if (!date) return undefined;
  const phase = phaseAt(index, date, false);
  if (!phase) return undefined;
  const { state } = stateOn(index, version, date, false);
  if (state === 'unknown') return undefined;
  const clauses = [t('release_then_latest', phase.latest.series)];
  if (phase.kind === 'rc') clauses.push(t('release_then_rc', phase.next));
  if (phase.kind === 'merge-window') clauses.push(t('release_then_merge_window', phase.next));
  const subject = subjectClause(version, state, phase.latest.series, phase.next);
  if (subject) clauses.push(subject);
  return { date, state, summary: sentence(clauses) };
}

function subjectClause(version: ReleaseVersion, state: ReleaseState, latest: string, next: string): string | undefined {
  const { series } = version;
  if (compareSeries(series, next) > 0) return t('release_then_not_begun', series);
  if (compareSeries(series, latest) >= 0) return undefined;
  if (state === 'unreleased') return t('release_then_not_out', formatRelease(version));
  if (state === 'eol') return t('release_then_eol', series);
  if (state === 'longterm') return t('release_then_longterm', series);
  return t('release_then_stable', series);
}

/** "When this was written, A, B and C." — at most three clauses: the latest release, the phase, the subject. */
function sentence([first = '', second, third]: string[]): string {
  if (third !== undefined && second !== undefined) return t('release_then_3', first, second, third);
  if (second !== undefined) return t('release_then_2', first, second);
  return t('release_then_1', first);
}
