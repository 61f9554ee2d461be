/**
 * Where mainline development stood on a given day, from release dates alone where nothing
 * better is known. Mainline works in a fixed rhythm: Linus Torvalds releases X.Y on a Sunday,
 * the X.(Y+1) merge window stays open two weeks, -rc1 closes it, one -rc follows each Sunday,
 * and X.(Y+1) comes after -rc7 or -rc8: 63 to 77 days after X.Y. Release candidates' dates are
 * not in the history (kernel.org lists only the current one), so "in release candidates" is
 * usually inferred: more than 14 days after the last release. Every such inference is marked
 * `inferred`, and every date computed from the rhythm is an estimate.
 */
import { addDays, daysBetween } from './dates';
import type { DatedVersion, ReleaseIndex } from './release-index';
import { lineOf } from './versions';

export const MERGE_WINDOW_DAYS = 14;
export const CYCLE_MIN_DAYS = 63;
export const CYCLE_MAX_DAYS = 77;

export interface Phase {
  kind: 'merge-window' | 'rc' | 'unknown';
  /** The newest release out on that day. */
  latest: { series: string; date: string };
  /** The series being developed: the next known release, or the next number in the line. */
  next: string;
  latestRc?: DatedVersion;
  /** True when the kind was read from the calendar, not from kernel.org. */
  inferred: boolean;
}

/** The development phase on `date`; `now` lets kernel.org's current list decide. */
export function phaseAt(index: ReleaseIndex, date: string, now: boolean): Phase | undefined {
  const latest = index.latestReleaseOn(date);
  if (!latest) return undefined;
  const next = index.nextReleased(latest.series) ?? index.developedAfter(latest.series) ?? nextInLine(latest.series);
  const base = { latest, next };
  const latestRc = index.latestRc(next, date);
  if (latestRc) return { ...base, kind: 'rc', latestRc, inferred: false };
  const mainline = now ? index.current?.releases.find((release) => release.moniker === 'mainline') : undefined;
  if (mainline?.version === latest.series) return { ...base, kind: 'merge-window', inferred: false };
  const days = daysBetween(latest.date, date);
  if (days < MERGE_WINDOW_DAYS) return { ...base, kind: 'merge-window', inferred: true };
  // Past the data's horizon, a release may have happened that the data cannot know of.
  if (date <= index.asOf || days <= CYCLE_MIN_DAYS) return { ...base, kind: 'rc', inferred: true };
  return { ...base, kind: 'unknown', inferred: true };
}

export function nextInLine(series: string): string {
  const { line, step } = lineOf(series);
  return `${line}.${step + 1}`;
}

/** How many releases after `from` the series `to` comes, when both are in one numbering line. */
export function stepsBetween(from: string, to: string): number | undefined {
  const a = lineOf(from);
  const b = lineOf(to);
  return a.line === b.line && b.step > a.step ? b.step - a.step : undefined;
}

export interface Window {
  from: string;
  to: string;
}

/** Estimated release window of the series `steps` releases after one released on `released`. */
export function releaseWindow(released: string, steps: number, today: string): Window | undefined {
  return clamp({ from: addDays(released, CYCLE_MIN_DAYS * steps), to: addDays(released, CYCLE_MAX_DAYS * steps) }, today);
}

/**
 * Estimated date of -rcN of the series `steps` releases after one released on `released`:
 * the previous release, two weeks of merge window, a week per rc, and a week's slack.
 * When an earlier rc of the same series is known, count weeks from it instead.
 */
export function rcWindow(released: string, steps: number, rc: number, today: string, known?: { rc: number; date: string }): Window | undefined {
  if (known && steps === 1) {
    const date = addDays(known.date, 7 * (rc - known.rc));
    return clamp({ from: date, to: addDays(date, 7) }, today);
  }
  const offset = MERGE_WINDOW_DAYS + 7 * (rc - 1);
  return clamp(
    { from: addDays(released, CYCLE_MIN_DAYS * (steps - 1) + offset), to: addDays(released, CYCLE_MAX_DAYS * (steps - 1) + offset + 7) },
    today,
  );
}

/** Never estimate the past: a window already over says nothing. */
function clamp(window: Window, today: string): Window | undefined {
  if (window.to < today) return undefined;
  return { from: window.from < today ? today : window.from, to: window.to };
}
