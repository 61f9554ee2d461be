/**
 * What kernel.org's current list adds: which rc is out, whether the merge window is still
 * open, and an EOL mark. The bundled snapshot ends 2026-08-19 (7.2 released 2026-08-16).
 */
import { releaseStatus } from '@/utils/release/release-status';
import { parseKernelOrgReleases } from '@/utils/sources/kernel-org-releases';
import type { CurrentReleases, ReleaseData } from '@/utils/types';
import { bundledSnapshot, worldJson } from './files';

const snapshot = bundledSnapshot();

function status(version: string, data: ReleaseData, today: string) {
  const series = version.split('-')[0]!.split('.').slice(0, 2).join('.');
  return releaseStatus({ version, series }, data, today);
}

function withCurrent(current: CurrentReleases): ReleaseData {
  return { ...snapshot, current };
}

describe('release status with kernel.org current releases', () => {
  it('takes the 7.3 merge window from kernel.org on 2026-08-22 (the demo world list of 2026-08-19)', () => {
    const data = withCurrent(parseKernelOrgReleases(worldJson('kernel.org/releases-2026-08-19.json')));
    expect(status('7.3', data, '2026-08-22')).toMatchObject({ state: 'merge-window', estimate: { from: '2026-10-18', to: '2026-11-01' } });
    expect(status('7.3', data, '2026-08-22').inferred).toBeUndefined();
    // kernel.org still lists 7.2 as mainline 18 days after it: the merge window ran long.
    expect(status('7.3', data, '2026-09-03')).toMatchObject({ state: 'merge-window' });
  });

  it('names the latest rc and estimates the next ones from it', () => {
    const data = withCurrent({
      latestStable: '7.2.1',
      releases: [
        { moniker: 'mainline', version: '7.3-rc2', iseol: false, released: '2026-09-06' },
        { moniker: 'stable', version: '7.2.1', iseol: false, released: '2026-09-04' },
      ],
    });
    const latestRc = { version: '7.3-rc2', date: '2026-09-06' };
    expect(status('7.3', data, '2026-09-08')).toEqual(
      expect.objectContaining({ state: 'rc', latestRc, estimate: { from: '2026-10-18', to: '2026-11-01' } }),
    );
    expect(status('7.3', data, '2026-09-08').evidence.map((l) => l.href)).toEqual(['https://git.kernel.org/torvalds/h/v7.3-rc2', 'https://www.kernel.org/']);
    expect(status('7.3-rc2', data, '2026-09-08')).toMatchObject({ state: 'rc', latestRc, releasedOn: '2026-09-06' });
    expect(status('7.3-rc1', data, '2026-09-08')).toMatchObject({ state: 'rc', latestRc });
    expect(status('7.3-rc4', data, '2026-09-08')).toMatchObject({ state: 'unreleased', latestRc, estimate: { from: '2026-09-20', to: '2026-09-27' } });
    expect(status('7.4', data, '2026-09-08')).toMatchObject({ state: 'unreleased', latestRc, estimate: { from: '2026-12-20', to: '2027-01-17' } });
    expect(status('7.2.1', data, '2026-09-08')).toMatchObject({ state: 'stable', releasedOn: '2026-09-04', latestPoint: { version: '7.2.1', date: '2026-09-04' } });
  });

  it('follows an rc of a new major number (7.x → 8.0)', () => {
    const data = withCurrent({ latestStable: '7.2', releases: [{ moniker: 'mainline', version: '8.0-rc1', iseol: false, released: '2026-08-30' }] });
    expect(status('8.0', data, '2026-09-01')).toMatchObject({ state: 'rc', latestRc: { version: '8.0-rc1', date: '2026-08-30' } });
  });

  it('takes an EOL mark on a stable release from kernel.org', () => {
    const data = withCurrent({ latestStable: '7.2.3', releases: [{ moniker: 'stable', version: '7.1.12', iseol: true, released: '2026-09-10' }] });
    expect(status('7.1', data, '2026-09-12')).toMatchObject({
      state: 'eol',
      eol: { date: '2026-09-10', projected: false, lastPoint: '7.1.12' },
      latestPoint: { version: '7.1.12', date: '2026-09-10' },
    });
  });
});

describe('release status inferred from the calendar alone', () => {
  it('puts 7.3 in release candidates two weeks after 7.2, and takes -rc1 as out', () => {
    expect(status('7.3', snapshot, '2026-09-05')).toMatchObject({ state: 'rc', inferred: true, estimate: { from: '2026-10-18', to: '2026-11-01' } });
    expect(status('7.3', snapshot, '2026-09-05').latestRc).toBeUndefined();
    expect(status('7.3-rc1', snapshot, '2026-09-05')).toMatchObject({ state: 'rc', inferred: true });
    expect(status('7.3-rc2', snapshot, '2026-09-05')).toMatchObject({ state: 'unreleased', estimate: { from: '2026-09-06', to: '2026-09-13' } });
  });

  it('narrows an estimate that has begun to today', () => {
    expect(status('7.3', snapshot, '2026-10-20')).toMatchObject({ state: 'unknown' });
    const fresh: ReleaseData = { ...snapshot, asOf: '2026-10-25' };
    expect(status('7.3', fresh, '2026-10-20')).toMatchObject({ state: 'rc', estimate: { from: '2026-10-20', to: '2026-11-01' } });
  });

  it('will not guess past the data: 7.3 may be out by December', () => {
    expect(status('7.3', snapshot, '2026-12-01')).toEqual(
      expect.objectContaining({ state: 'unknown', reason: 'The release data ends on 2026-08-19; 7.3 may have been released since.' }),
    );
    expect(status('7.2', snapshot, '2026-12-01')).toMatchObject({ state: 'stable' });
  });
});
