import type { CurrentReleases, ReleaseCycle, ReleaseData } from '../types';
import { compareSeries, compareVersions, formatRelease, parseRelease } from './versions';

export interface DatedVersion {
  version: string;
  date?: string;
}

interface SeriesEntry {
  cycle?: ReleaseCycle;
  releasedOn?: string;
  /** Point releases with dates, in order. */
  points: { point: number; version: string; date: string }[];
  /** Release candidates with dates, in order (only kernel.org's current one, in practice). */
  rcs: { rc: number; version: string; date: string }[];
}

/**
 * ReleaseData arranged for questions about series: which exist, when each was released, its
 * point releases and release candidates. kernel.org's current list counts as dated versions.
 */
export class ReleaseIndex {
  /** Every released series, oldest first. */
  readonly released: string[];
  readonly current?: CurrentReleases;
  readonly asOf: string;
  private readonly entries = new Map<string, SeriesEntry>();
  private readonly dates = new Map<string, string>();

  constructor(data: ReleaseData) {
    this.asOf = data.asOf;
    if (data.current) this.current = data.current;
    for (const [version, date] of Object.entries(data.versions)) this.addVersion(version, date);
    for (const release of data.current?.releases ?? []) {
      if (release.moniker !== 'linux-next') this.addVersion(release.version, release.released);
    }
    for (const cycle of data.cycles) {
      const entry = this.entry(cycle.series);
      entry.cycle = cycle;
      if (cycle.releasedOn) entry.releasedOn = cycle.releasedOn;
    }
    for (const entry of this.entries.values()) {
      entry.points.sort((a, b) => a.point - b.point);
      entry.rcs.sort((a, b) => a.rc - b.rc);
    }
    this.released = [...this.entries]
      .filter(([, entry]) => entry.cycle || entry.releasedOn)
      .map(([series]) => series)
      .sort(compareSeries);
  }

  isReleasedSeries(series: string): boolean {
    const entry = this.entries.get(series);
    return Boolean(entry && (entry.cycle || entry.releasedOn));
  }

  cycle(series: string): ReleaseCycle | undefined {
    return this.entries.get(series)?.cycle;
  }

  releasedOn(series: string): string | undefined {
    return this.entries.get(series)?.releasedOn;
  }

  dateOf(version: string): string | undefined {
    return this.dates.get(version);
  }

  /** The newest series released on or before `date`. */
  latestReleaseOn(date: string): { series: string; date: string } | undefined {
    for (let i = this.released.length - 1; i >= 0; i--) {
      const series = this.released[i]!;
      const releasedOn = this.releasedOn(series);
      if (releasedOn && releasedOn <= date) return { series, date: releasedOn };
    }
    return undefined;
  }

  /** The series released after `series`, if known. */
  nextReleased(series: string): string | undefined {
    return this.released.find((other) => compareSeries(other, series) > 0);
  }

  /** The lowest unreleased series after `series` that has a release candidate out (from kernel.org). */
  developedAfter(series: string): string | undefined {
    return [...this.entries]
      .filter(([other, entry]) => entry.rcs.length > 0 && !this.isReleasedSeries(other) && compareSeries(other, series) > 0)
      .map(([other]) => other)
      .sort(compareSeries)[0];
  }

  /** The highest point release (X.Y.Z, Z ≥ 1) out by `date`, from the versions or the cycle's `latest`. */
  latestPoint(series: string, date: string): DatedVersion | undefined {
    const entry = this.entries.get(series);
    const dated = entry?.points.filter((p) => p.date <= date).at(-1);
    let best: DatedVersion | undefined = dated && { version: dated.version, date: dated.date };
    const latest = entry?.cycle?.latest;
    const latestOn = entry?.cycle?.latestOn;
    if (latest && parseRelease(latest)?.point && (!latestOn || latestOn <= date)) {
      if (!best || compareVersions(latest, best.version) > 0) best = { version: latest, ...(latestOn ? { date: latestOn } : {}) };
    }
    return best;
  }

  /** The highest release candidate of `series` known to be out by `date`. */
  latestRc(series: string, date: string): DatedVersion | undefined {
    const rc = this.entries.get(series)?.rcs.filter((r) => r.date <= date).at(-1);
    return rc && { version: rc.version, date: rc.date };
  }

  private addVersion(version: string, date: string): void {
    const parsed = parseRelease(version);
    if (!parsed) return;
    const normal = formatRelease(parsed);
    if (this.dates.has(normal)) return;
    this.dates.set(normal, date);
    const entry = this.entry(parsed.series);
    if (parsed.rc) entry.rcs.push({ rc: parsed.rc, version: normal, date });
    else if (parsed.point) entry.points.push({ point: parsed.point, version: normal, date });
    else entry.releasedOn ??= date;
  }

  private entry(series: string): SeriesEntry {
    let entry = this.entries.get(series);
    if (!entry) {
      entry = { points: [], rcs: [] };
      this.entries.set(series, entry);
    }
    return entry;
  }
}
