/**
 * Versions that never existed, told apart from versions that do not exist yet. Kernel
 * numbering moves to a new line instead of going on: 2.6.39 → 3.0, 3.19 → 4.0, 4.20 → 5.0,
 * 5.19 → 6.0, 6.19 → 7.0. So a number past the end of a line that has ended never existed,
 * while a number ahead of the latest release, in its line or the next, is only "not yet".
 */
import { t } from '../i18n/t';
import type { ReleaseIndex } from './release-index';
import { compareSeries, lineName, lineOf } from './versions';

/** The highest step any line has reached (4.20): past it, a future number is not expected. */
const HIGHEST_STEP = 20;

/** Why `series` is no Linux release, or undefined when it is one (released or still to come). */
export function whyNoSuchSeries(series: string, index: ReleaseIndex): string | undefined {
  if (index.isReleasedSeries(series)) return undefined;
  if (series === '2.6') return t('release_reason_whole_line');
  const oldest = index.released[0];
  const latest = index.released.at(-1);
  if (!oldest || !latest) return t('release_reason_no_history');
  if (compareSeries(series, oldest) < 0) return t('release_reason_older', series, oldest);
  const { line, step } = lineOf(series);
  if (compareSeries(series, latest) < 0) {
    const lastOfLine = index.released.filter((other) => lineOf(other).line === line).at(-1);
    const followed = lastOfLine && index.nextReleased(lastOfLine);
    if (lastOfLine && followed && step > lineOf(lastOfLine).step) {
      return t('release_reason_line_ended', lineName(line), lastOfLine, followed);
    }
    return t('release_reason_never', series);
  }
  const latestLine = lineOf(latest);
  const nextLine = latestLine.line.includes('.') ? '3' : String(Number(latestLine.line) + 1);
  if (line !== latestLine.line && line !== nextLine) {
    return t('release_reason_too_far', series, latest);
  }
  if (step > HIGHEST_STEP) return t('release_reason_step', HIGHEST_STEP, latest);
  return undefined;
}
