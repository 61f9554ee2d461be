/**
 * Release status over the bundled snapshot, as of 2026-08-22 (the data's newest release,
 * 7.1.9 and six longterm releases, is of 2026-08-19; 7.2 came out 2026-08-16). Every expected
 * value was read from ../shared/fixtures/kernel-release-dates/ by hand, not from the code:
 * dates from the version list, EOL/LTS from endoflife.date's front matter, and for series it
 * does not list (before 5.10 except 4.9/4.14/4.19/5.4) from the last point release.
 */
import { releaseStatus, type VersionSubject } from '@/utils/release/release-status';
import type { ReleaseStatus } from '@/utils/types';
import { bundledSnapshot } from './files';

const TODAY = '2026-08-22';
const data = bundledSnapshot();

type Expected = Omit<ReleaseStatus, 'subject' | 'series' | 'evidence' | 'atPublication'>;

function eol(releasedOn: string | undefined, date: string, lastPoint: string, lts = false): Expected {
  return {
    state: 'eol',
    ...(lts ? { lts } : {}),
    ...(releasedOn ? { releasedOn } : {}),
    eol: { date, projected: false, lastPoint },
    latestPoint: { version: lastPoint, date },
  };
}

function longterm(releasedOn: string, projectedEol: string, latest: string, latestOn: string): Expected {
  return { state: 'longterm', lts: true, releasedOn, eol: { date: projectedEol, projected: true }, latestPoint: { version: latest, date: latestOn } };
}

function subject(version: string, context?: VersionSubject['context']): VersionSubject {
  const series = version.startsWith('2.6.') ? version.split(/[.-]/).slice(0, 3).join('.') : version.split(/[.-]/).slice(0, 2).join('.');
  return { version, series, ...(context ? { context } : {}) };
}

function facts(status: ReleaseStatus): Expected {
  const { subject: _s, series: _r, evidence: _e, atPublication: _a, ...rest } = status;
  return rest;
}

const rows: [string, VersionSubject['context'] | undefined, Expected][] = [
  // 2.6.x: derived from tag dates; LTS = maintained for a year or more.
  ['2.6.11', undefined, { state: 'eol' }],
  ['2.6.12', undefined, { state: 'eol', eol: { date: '2005-08-29', projected: false, lastPoint: '2.6.12.6' }, latestPoint: { version: '2.6.12.6', date: '2005-08-29' } }],
  ['2.6.16', undefined, eol('2006-03-20', '2008-07-21', '2.6.16.62', true)],
  ['2.6.32', undefined, eol('2009-12-03', '2016-03-12', '2.6.32.71', true)],
  ['2.6.32.71', undefined, { ...eol('2009-12-03', '2016-03-12', '2.6.32.71', true), releasedOn: '2016-03-12' }],
  ['2.6.39', undefined, eol('2011-05-19', '2011-08-03', '2.6.39.4')],
  // The jumps: 2.6.39 → 3.0, 3.19 → 4.0, 4.20 → 5.0, 5.19 → 6.0.
  ['3.0', undefined, eol('2011-07-22', '2013-10-22', '3.0.101', true)],
  ['3.19', undefined, eol('2015-02-09', '2015-05-11', '3.19.8')],
  // 3.16.8 … 3.16.34 are missing from the version list: 3.16.20 was released, date unknown.
  ['3.16.20', undefined, { ...eol(undefined, '2020-06-11', '3.16.85', true) }],
  ['4.0', undefined, eol('2015-04-12', '2015-07-21', '4.0.9')],
  ['4.19', undefined, eol('2018-10-22', '2024-12-05', '4.19.325', true)],
  ['4.20', undefined, eol('2018-12-23', '2019-03-19', '4.20.17')],
  ['5.0', undefined, eol('2019-03-03', '2019-06-04', '5.0.21')],
  ['5.4', undefined, eol('2019-11-25', '2025-12-03', '5.4.302', true)],
  ['5.9', undefined, eol('2020-10-11', '2020-12-21', '5.9.16')],
  ['5.10', undefined, longterm('2020-12-13', '2026-12-31', '5.10.265', '2026-08-19')],
  ['5.13', undefined, eol('2021-06-27', '2021-09-18', '5.13.19')],
  ['5.19', undefined, eol('2022-07-31', '2022-10-24', '5.19.17')],
  ['6.0', undefined, eol('2022-10-02', '2023-01-12', '6.0.19')],
  ['6.1', undefined, longterm('2022-12-11', '2027-12-31', '6.1.183', '2026-08-19')],
  // An rc of a released series: the series' state, released with 6.1.
  ['6.1-rc3', undefined, longterm('2022-12-11', '2027-12-31', '6.1.183', '2026-08-19')],
  ['6.6.50', undefined, { ...longterm('2023-10-30', '2027-12-31', '6.6.152', '2026-08-19'), releasedOn: '2024-09-08' }],
  ['6.12', undefined, longterm('2024-11-17', '2028-12-31', '6.12.104', '2026-08-19')],
  ['6.18', undefined, longterm('2025-11-30', '2028-12-31', '6.18.45', '2026-08-19')],
  ['6.19', undefined, eol('2026-02-08', '2026-04-22', '6.19.14')],
  ['7.0', undefined, eol('2026-04-12', '2026-06-27', '7.0.14')],
  ['7.0', 'merge-window', eol('2026-04-12', '2026-06-27', '7.0.14')],
  ['7.1', undefined, { state: 'stable', releasedOn: '2026-06-14', latestPoint: { version: '7.1.9', date: '2026-08-19' } }],
  ['7.1.3', undefined, { state: 'stable', releasedOn: '2026-07-04', latestPoint: { version: '7.1.9', date: '2026-08-19' } }],
  ['7.2', undefined, { state: 'stable', releasedOn: '2026-08-16' }],
  ['7.2.0', undefined, { state: 'stable', releasedOn: '2026-08-16' }],
  ['7.2.1', undefined, { state: 'unreleased' }],
  // 7.2 came out 6 days ago: the 7.3 merge window is open (inferred: within 14 days).
  // Estimates: 7.2's date + 63…77 days per release; an rc: + 14 days + a week per rc, + a week's slack.
  ['7.3', undefined, { state: 'merge-window', inferred: true, estimate: { from: '2026-10-18', to: '2026-11-01' } }],
  ['7.3', 'merge-window', { state: 'merge-window', inferred: true, estimate: { from: '2026-10-18', to: '2026-11-01' } }],
  ['7.3-rc1', undefined, { state: 'unreleased', estimate: { from: '2026-08-30', to: '2026-09-06' } }],
  ['7.4', undefined, { state: 'unreleased', estimate: { from: '2026-12-20', to: '2027-01-17' } }],
  ['7.4-rc2', undefined, { state: 'unreleased', estimate: { from: '2026-11-08', to: '2026-11-29' } }],
  ['7.5', undefined, { state: 'unreleased', estimate: { from: '2027-02-21', to: '2027-04-04' } }],
  // When 7.x ends is not predictable: 8.0 is "not yet", without an estimate.
  ['8.0', undefined, { state: 'unreleased' }],
  ['6.6.160', undefined, { state: 'unreleased', lts: true, latestPoint: { version: '6.6.152', date: '2026-08-19' } }],
  // Versions that never existed.
  ['5.21', undefined, { state: 'unknown', reason: 'The 5.x series ended at 5.19; 6.0 followed.' }],
  ['3.20', undefined, { state: 'unknown', reason: 'The 3.x series ended at 3.19; 4.0 followed.' }],
  ['4.21', undefined, { state: 'unknown', reason: 'The 4.x series ended at 4.20; 5.0 followed.' }],
  ['2.6.40', undefined, { state: 'unknown', reason: 'The 2.6.x series ended at 2.6.39; 3.0 followed.' }],
  ['5.13.25', undefined, { state: 'unknown', reason: 'The 5.13 series ended at 5.13.19.' }],
  ['6.1-rc12', undefined, { state: 'unknown', reason: '6.1 was released without a -rc12: no release has needed more than 10 release candidates.' }],
  ['7.21', undefined, { state: 'unknown', reason: 'No Linux series number has gone past .20 (4.20), and the latest release is 7.2.' }],
  ['9.0', undefined, { state: 'unknown', reason: 'Linux 9.0 is too far ahead to say anything about: the latest release is 7.2.' }],
  ['2.4', undefined, { state: 'unknown', reason: 'Linux 2.4 is older than the release history, which begins with 2.6.11.' }],
  ['2.6', undefined, { state: 'unknown', reason: '2.6 names the whole 2.6.x line of releases, not one release.' }],
];

describe('releaseStatus over the bundled snapshot on 2026-08-22', () => {
  it('has a table of at least 30 versions from 2.6.x to 7.x', () => {
    expect(rows.length).toBeGreaterThanOrEqual(30);
  });

  it.each(rows)('%s %s', (version, context, expected) => {
    const status = releaseStatus(subject(version, context), data, TODAY);
    expect(facts(status)).toEqual(expected);
    expect(status.subject).toBe(version === '7.2.0' ? '7.2' : version);
  });
});
