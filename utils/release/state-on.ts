import { t } from '../i18n/t';
import type { ReleaseStatus } from '../types';
import { whyNoSuchSeries } from './existence';
import { addDays } from './dates';
import { MERGE_WINDOW_DAYS, phaseAt, rcWindow, releaseWindow, stepsBetween, type Phase } from './phase';
import type { ReleaseIndex } from './release-index';
import { seriesStateOn } from './series-state';
import { compareSeries, formatRelease, parseRelease, type ReleaseVersion } from './versions';

export type StateOn = Omit<ReleaseStatus, 'subject' | 'series' | 'evidence' | 'atPublication'>;

/** No mainline release has needed more than ten release candidates (3.1 went to -rc10). */
const MAX_RC = 10;

/** The state of `version` on `date` (today when `now`, which lets kernel.org's current list count). */
export function stateOn(index: ReleaseIndex, version: ReleaseVersion, date: string, now: boolean): StateOn {
  const { series } = version;
  const reason = whyNoSuchSeries(series, index);
  if (reason) return { state: 'unknown', reason };
  const releasedOn = index.releasedOn(series);
  if (index.isReleasedSeries(series) && (!releasedOn || releasedOn <= date)) return releasedState(index, version, date, now);
  const phase = phaseAt(index, date, now);
  if (!phase) return { state: 'unknown', reason: t('release_reason_before_history', date) };
  return unreleasedState(index, version, phase, date);
}

function releasedState(index: ReleaseIndex, version: ReleaseVersion, date: string, now: boolean): StateOn {
  const { series, rc, point } = version;
  const seriesState = seriesStateOn(index, series, date, now);
  const releasedOn = index.releasedOn(series);
  const onRelease = releasedOn ? { releasedOn } : {};
  if (rc !== undefined) {
    if (rc > MAX_RC) {
      return { state: 'unknown', reason: t('release_reason_rc_too_high', series, rc, MAX_RC) };
    }
    return { ...seriesState, ...onRelease };
  }
  if (point === undefined) return { ...seriesState, ...onRelease };
  const name = formatRelease(version);
  const pointDate = index.dateOf(name);
  if (pointDate && pointDate <= date) return { ...seriesState, releasedOn: pointDate };
  const latest = seriesState.latestPoint && parseRelease(seriesState.latestPoint.version)?.point;
  // Point releases are numbered in sequence: one below the latest was released, even if undated here.
  if (!pointDate && latest !== undefined && point <= latest) return seriesState;
  if (seriesState.state === 'eol') {
    const last = seriesState.eol?.lastPoint ?? seriesState.latestPoint?.version;
    const reason = last ? t('release_reason_series_ended', series, last) : t('release_reason_point_unknown', name, series);
    return { state: 'unknown', reason };
  }
  // Not yet: a maintained series' next point release.
  const { lts, latestPoint } = seriesState;
  return { state: 'unreleased', ...(lts ? { lts } : {}), ...(latestPoint ? { latestPoint } : {}) };
}

function unreleasedState(index: ReleaseIndex, version: ReleaseVersion, phase: Phase, date: string): StateOn {
  const { series, rc, point } = version;
  const latestRc = phase.latestRc ? { latestRc: phase.latestRc } : {};
  if (phase.kind === 'unknown') {
    return { state: 'unknown', reason: t('release_reason_data_ends', index.asOf, series) };
  }
  const isNext = compareSeries(series, phase.next) === 0;
  const steps = isNext ? 1 : stepsBetween(phase.latest.series, series);
  if (rc !== undefined && rc > MAX_RC) return { state: 'unknown', reason: t('release_reason_max_rc', MAX_RC) };
  if (rc !== undefined && steps !== undefined) {
    const known = isNext && phase.latestRc ? { rc: parseRelease(phase.latestRc.version)?.rc ?? 0, date: phase.latestRc.date ?? date } : undefined;
    if (known && rc <= known.rc) {
      const rcDate = index.dateOf(formatRelease(version));
      return { state: 'rc', ...latestRc, ...(rcDate ? { releasedOn: rcDate } : {}) };
    }
    // Without kernel.org's word, an rc whose Sunday in the usual rhythm has come is taken as out.
    const usualSunday = addDays(phase.latest.date, MERGE_WINDOW_DAYS + 7 * (rc - 1));
    if (isNext && !known && phase.kind === 'rc' && usualSunday <= date) return { state: 'rc', inferred: true };
    const window = rcWindow(phase.latest.date, steps, rc, date, known);
    return { state: 'unreleased', ...latestRc, ...(window ? { estimate: window } : {}) };
  }
  const estimate = steps !== undefined && point === undefined && rc === undefined ? releaseWindow(phase.latest.date, steps, date) : undefined;
  const onEstimate = estimate ? { estimate } : {};
  if (isNext && point === undefined && rc === undefined) {
    return { state: phase.kind, ...(phase.inferred ? { inferred: true } : {}), ...latestRc, ...onEstimate };
  }
  return { state: 'unreleased', ...latestRc, ...onEstimate };
}
