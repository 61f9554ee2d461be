import type { ReleaseStatus } from '../types';
import type { ReleaseIndex } from './release-index';
import { parseRelease } from './versions';

export type SeriesState = Pick<ReleaseStatus, 'state' | 'lts' | 'eol' | 'latestPoint'> & { state: 'stable' | 'longterm' | 'eol' };

/**
 * The state on `date` of a series released by then: end of life once its EOL date has come
 * (or the source marks it EOL without a date, or kernel.org marks its release EOL), else
 * longterm for an LTS series (with its projected EOL), else stable.
 */
export function seriesStateOn(index: ReleaseIndex, series: string, date: string, now: boolean): SeriesState {
  const cycle = index.cycle(series);
  const latestPoint = index.latestPoint(series, date);
  const lts = cycle?.lts === true;
  const base = { ...(lts ? { lts } : {}), ...(latestPoint ? { latestPoint } : {}) };
  const lastPoint = latestPoint ? { lastPoint: latestPoint.version } : {};
  if (cycle?.eolOn && cycle.eolOn <= date) return { ...base, state: 'eol', eol: { date: cycle.eolOn, projected: false, ...lastPoint } };
  if (cycle?.eol && !cycle.eolOn) return { ...base, state: 'eol' };
  const markedEol = now
    ? index.current?.releases.find((r) => r.iseol && r.moniker !== 'linux-next' && parseRelease(r.version)?.series === series)
    : undefined;
  if (markedEol) return { ...base, state: 'eol', eol: { date: markedEol.released, projected: false, lastPoint: markedEol.version } };
  const projected = cycle?.eolOn ? { eol: { date: cycle.eolOn, projected: true } } : {};
  return { ...base, ...projected, state: lts ? 'longterm' : 'stable' };
}
