/**
 * Where the kernel stood when an article was written, as one sentence:
 * "When this was written, 5.11 was the latest release, 5.12 was in release candidates and
 * 5.13 had not begun." The phase of the series in development comes from phase.ts: "in
 * release candidates" is an inference from the calendar unless kernel.org said which rc.
 */
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
  const clauses = [`${phase.latest.series} was the latest release`];
  if (phase.kind === 'rc') clauses.push(`${phase.next} was in release candidates`);
  if (phase.kind === 'merge-window') clauses.push(`the ${phase.next} merge window was open`);
  const subject = subjectClause(version, state, phase.latest.series, phase.next);
  if (subject) clauses.push(subject);
  return { date, state, summary: `When this was written, ${joinClauses(clauses)}.` };
}

function subjectClause(version: ReleaseVersion, state: ReleaseState, latest: string, next: string): string | undefined {
  const { series } = version;
  if (compareSeries(series, next) > 0) return `${series} had not begun`;
  if (compareSeries(series, latest) >= 0) return undefined;
  if (state === 'unreleased') return `${formatRelease(version)} was not out yet`;
  if (state === 'eol') return `${series} had reached its end of life`;
  if (state === 'longterm') return `${series} was a longterm release`;
  return `${series} was a stable release`;
}

function joinClauses(clauses: string[]): string {
  if (clauses.length < 2) return clauses.join('');
  return `${clauses.slice(0, -1).join(', ')} and ${clauses.at(-1)}`;
}
