import { compareVersions, parseRelease } from '../release/versions';

/**
 * Mainline tags are `vX.Y-rcN` and `vX.Y` (2.6 era: `v2.6.N-rcM`, `v2.6.N`); stable point
 * releases (`v6.1.5`) and everything else are not. In release order each one is an
 * ancestor of the next, which is what makes a binary search over them valid.
 */
export function mainlineTags(names: readonly string[]): string[] {
  const tags = names.filter((name) => {
    const version = parseRelease(name);
    return version !== undefined && version.point === undefined && name === `v${version.series}${version.rc ? `-rc${version.rc}` : ''}`;
  });
  return [...new Set(tags)].sort((a, b) => compareVersions(a, b));
}

/** `v6.1-rc1` → `6.1`. */
export function releaseOfTag(tag: string): string | undefined {
  return parseRelease(tag)?.series;
}

const DAY = 86_400_000;

/**
 * The first tag that can contain a commit made on `commitDate`: the first rc of the first
 * series released on or after that day (less two days for clock skew). Tags of a series
 * are no older than its previous release, so nothing before that index can contain the
 * commit. `releaseDates` holds `X.Y` → YYYY-MM-DD; series without a date are skipped (the
 * 2.6.11/2.6.12 records carry none) unless they come after every dated one (not released
 * yet). Without a commit date the search starts at 0.
 */
export function firstPossibleTag(tags: readonly string[], commitDate: string | undefined, releaseDates: Readonly<Record<string, string>>): number {
  const when = commitDate ? Date.parse(commitDate) : Number.NaN;
  if (Number.isNaN(when)) return 0;
  const from = when - 2 * DAY;
  let afterLastDated = 0;
  for (let index = 0; index < tags.length; index++) {
    const series = releaseOfTag(tags[index]!);
    const released = series ? releaseDates[series] : undefined;
    if (released === undefined) continue;
    afterLastDated = index + 1;
    if (Date.parse(`${released}T23:59:59Z`) >= from) {
      // Back to this series' first tag.
      let first = index;
      while (first > 0 && releaseOfTag(tags[first - 1]!) === series) first--;
      return first;
    }
  }
  return afterLastDated;
}
