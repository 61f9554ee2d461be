/** public/data/kernel-releases.json, as scripts/make-release-snapshot.mjs made it from the shared fixtures. */
import { parseBundledReleaseData } from '@/utils/release/bundled-data';
import { compareSeries } from '@/utils/release/versions';
import { sharedFixture } from '../helpers/fixtures';
import { bundledSnapshot, repoFile } from './files';

const snapshot = bundledSnapshot();

describe('the bundled release snapshot', () => {
  it('passes its own schema, compact, marked bundled, as of the newest release date', () => {
    expect(parseBundledReleaseData(snapshot)).toEqual(snapshot);
    expect(repoFile('public/data/kernel-releases.json')).not.toContain('\n');
    expect(snapshot.source).toBe('bundled');
    expect(snapshot.asOf).toBe('2026-08-19');
    expect(Object.values(snapshot.versions).every((date) => date <= snapshot.asOf)).toBe(true);
  });

  it('has one cycle per series from 2.6.11 to 7.2, newest first', () => {
    const series = snapshot.cycles.map((cycle) => cycle.series);
    expect(series).toHaveLength(113);
    expect(series[0]).toBe('7.2');
    expect(series.at(-1)).toBe('2.6.11');
    expect([...series].sort(compareSeries).reverse()).toEqual(series);
    expect(series).toEqual(expect.arrayContaining(['2.6.39', '3.0', '3.19', '4.0', '4.20', '5.0', '5.19', '6.0', '6.19', '7.0']));
  });

  it('gives every cycle its release date, except 2.6.11 and 2.6.12 whose only date is a bogus 1970', () => {
    const undated = snapshot.cycles.filter((cycle) => !cycle.releasedOn).map((cycle) => cycle.series);
    expect(undated).toEqual(['2.6.12', '2.6.11']);
    const fixture = JSON.parse(sharedFixture('kernel-release-dates/endoflife-release-data_linux-kernel.json')) as {
      versions: Record<string, { date: string }>;
    };
    expect(fixture.versions['2.6.11']?.date).toBe('1970-01-01');
    expect(Object.values(snapshot.versions).some((date) => date < '1991-01-01')).toBe(false);
    expect(snapshot.versions['2.6.11']).toBeUndefined();
    expect(snapshot.versions['2.6.12']).toBeUndefined();
    expect(snapshot.versions['2.6.12.6']).toBe('2005-08-29');
    // Every other version of the fixture is kept, with its date.
    const kept = Object.entries(fixture.versions).filter(([, entry]) => entry.date !== '1970-01-01');
    expect(Object.keys(snapshot.versions)).toHaveLength(kept.length);
    for (const [version, entry] of kept) expect(snapshot.versions[version]).toBe(entry.date);
  });

  it("takes endoflife.date's cycles as they are", () => {
    const byName = new Map(snapshot.cycles.map((cycle) => [cycle.series, cycle]));
    expect(byName.get('5.13')).toEqual({ series: '5.13', releasedOn: '2021-06-27', lts: false, eolOn: '2021-09-18', latest: '5.13.19', latestOn: '2021-09-18' });
    expect(byName.get('6.1')).toEqual({ series: '6.1', releasedOn: '2022-12-11', lts: true, eolOn: '2027-12-31', latest: '6.1.183', latestOn: '2026-08-19' });
    // endoflife.date writes 7.2.0 for the release tagged v7.2.
    expect(byName.get('7.2')).toEqual({ series: '7.2', releasedOn: '2026-08-16', lts: false, latest: '7.2', latestOn: '2026-08-16' });
  });

  it('derives older series from their point releases: ended on the last one, LTS when kept a year or more', () => {
    const byName = new Map(snapshot.cycles.map((cycle) => [cycle.series, cycle]));
    expect(byName.get('2.6.32')).toEqual({
      series: '2.6.32', releasedOn: '2009-12-03', lts: true, eol: true, eolOn: '2016-03-12', latest: '2.6.32.71', latestOn: '2016-03-12',
    });
    expect(byName.get('4.20')).toEqual({ series: '4.20', releasedOn: '2018-12-23', lts: false, eol: true, eolOn: '2019-03-19', latest: '4.20.17', latestOn: '2019-03-19' });
    expect(byName.get('2.6.11')).toEqual({ series: '2.6.11', lts: false, eol: true });
    const lts = snapshot.cycles.filter((cycle) => cycle.lts).map((cycle) => cycle.series).reverse();
    expect(lts).toEqual([
      '2.6.16', '2.6.27', '2.6.32', '2.6.33', '2.6.34', '2.6.35', '3.0', '3.2', '3.4', '3.10', '3.12', '3.14', '3.16', '3.18', '4.1', '4.4',
      '4.9', '4.14', '4.19', '5.4', '5.10', '5.15', '6.1', '6.6', '6.12', '6.18',
    ]);
  });
});
