/**
 * "When this was written, …": the state of a version at an article's publication. Release
 * dates are from the bundled snapshot; "in release candidates" is inferred from them (more than
 * 14 days after the last release), as real rc dates confirm for these cases (5.12-rc1 came out
 * 2021-03-01, 3.0-rc1 2011-05-29).
 */
import { releaseStatus } from '@/utils/release/release-status';
import { bundledSnapshot } from './files';

const TODAY = '2026-08-22';
const SEED = '2021-03-19T16:40:00Z';
const data = bundledSnapshot();

function seriesOf(version: string): string {
  return version.split('-')[0]!.split('.').slice(0, version.startsWith('2.6.') ? 3 : 2).join('.');
}

function then(version: string, publishedAt: string) {
  return releaseStatus({ version, series: seriesOf(version) }, data, TODAY, publishedAt).atPublication;
}

describe('atPublication', () => {
  it('tells the seed article (2021-03-19) where 5.13 stood: not begun', () => {
    expect(then('5.13', SEED)).toEqual({
      date: '2021-03-19',
      state: 'unreleased',
      summary: 'When this was written, 5.11 was the latest release, 5.12 was in release candidates and 5.13 had not begun.',
    });
  });

  it.each([
    ['5.12', 'rc', 'When this was written, 5.11 was the latest release and 5.12 was in release candidates.'],
    ['5.11', 'stable', 'When this was written, 5.11 was the latest release and 5.12 was in release candidates.'],
    ['5.10', 'longterm', 'When this was written, 5.11 was the latest release, 5.12 was in release candidates and 5.10 was a longterm release.'],
    ['5.9', 'eol', 'When this was written, 5.11 was the latest release, 5.12 was in release candidates and 5.9 had reached its end of life.'],
    ['6.1', 'unreleased', 'When this was written, 5.11 was the latest release, 5.12 was in release candidates and 6.1 had not begun.'],
    // 5.12-rc3 is due 14 + 14 days after 5.11 (2021-03-14: it was); -rc5 only on 2021-03-28.
    ['5.12-rc3', 'rc', 'When this was written, 5.11 was the latest release and 5.12 was in release candidates.'],
    ['5.12-rc5', 'unreleased', 'When this was written, 5.11 was the latest release and 5.12 was in release candidates.'],
  ])('on the seed date, %s was %s', (version, state, summary) => {
    expect(then(version, SEED)).toEqual({ date: '2021-03-19', state, summary });
  });

  it('says the merge window was open within two weeks of a release', () => {
    expect(then('5.12', '2021-02-20T12:00:00Z')).toEqual({
      date: '2021-02-20',
      state: 'merge-window',
      summary: 'When this was written, 5.11 was the latest release and the 5.12 merge window was open.',
    });
  });

  it('follows the jumps to a new major number: 2.6.39 → 3.0, 5.19 → 6.0', () => {
    expect(then('3.0', '2011-06-15T08:00:00Z')).toEqual({
      date: '2011-06-15',
      state: 'rc',
      summary: 'When this was written, 2.6.39 was the latest release and 3.0 was in release candidates.',
    });
    expect(then('6.0', '2022-08-05T08:00:00Z')).toEqual({
      date: '2022-08-05',
      state: 'merge-window',
      summary: 'When this was written, 5.19 was the latest release and the 6.0 merge window was open.',
    });
  });

  it('uses the UTC date of the publication instant', () => {
    // 2021-02-27 22:00 EST is 2021-02-28 03:00 UTC: 14 days after 5.11, the day 5.12-rc1 was due.
    expect(then('5.12', '2021-02-28T03:00:00Z')?.state).toBe('rc');
    expect(then('5.12', '2021-02-27T23:59:00Z')?.state).toBe('merge-window');
  });

  it('says nothing for a version that never existed, or an unreadable date', () => {
    expect(then('5.21', SEED)).toBeUndefined();
    expect(then('5.13', 'last Friday')).toBeUndefined();
    expect(then('5.13', '2001-01-01T00:00:00Z')).toBeUndefined();
  });

  it('is absent when no publication date is given', () => {
    expect(releaseStatus({ version: '5.13', series: '5.13' }, data, TODAY).atPublication).toBeUndefined();
  });
});
