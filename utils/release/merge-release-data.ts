import type { CurrentReleases, ReleaseCycle, ReleaseData } from '../types';
import { maxDate } from './dates';
import { compareSeries, parseRelease } from './versions';

/**
 * One ReleaseData from what could be had: the bundled snapshot (every version's date, and
 * the series endoflife.date no longer lists), endoflife.date's cycles (which win for the
 * series they list, and add releases newer than the snapshot) and kernel.org's current list.
 */
export function mergeReleaseData(
  bundled: ReleaseData | undefined,
  cycles: ReleaseCycle[] | undefined,
  current: CurrentReleases | undefined,
): ReleaseData | undefined {
  if (!bundled && !cycles) return undefined;
  const bySeries = new Map((bundled?.cycles ?? []).map((cycle) => [cycle.series, cycle]));
  const versions = { ...bundled?.versions };
  let asOf = bundled?.asOf ?? '';
  const addVersion = (version: string, date: string) => {
    versions[version] ??= date;
    asOf = maxDate(asOf, date);
  };
  for (const cycle of cycles ?? []) {
    bySeries.set(cycle.series, cycle);
    if (cycle.releasedOn) addVersion(cycle.series, cycle.releasedOn);
    if (cycle.latest && cycle.latestOn && parseRelease(cycle.latest)?.point) addVersion(cycle.latest, cycle.latestOn);
  }
  for (const release of current?.releases ?? []) {
    if (release.moniker !== 'linux-next' && parseRelease(release.version)) addVersion(release.version, release.released);
  }
  return {
    cycles: [...bySeries.values()].sort((a, b) => compareSeries(b.series, a.series)),
    versions,
    ...(current ? { current } : {}),
    asOf,
    source: cycles ? 'endoflife.date' : 'bundled',
  };
}
