/**
 * The demo world's www.kernel.org/releases.json of 2026-08-19, generated from the release
 * dates: it must look like the real file (the recording of December 2020) and say what the
 * dates say about that day.
 */
import { parseKernelOrgReleases } from '@/utils/sources/kernel-org-releases';
import { sharedFixture } from '../helpers/fixtures';
import { worldJson } from '../release/files';

type Json = { [key: string]: Json } | Json[] | string | number | boolean | null;

/** Every key path of a JSON object ("released.isodate"), sorted. */
function keyPaths(value: Json, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keyPaths(inner, prefix ? `${prefix}.${key}` : key)).sort();
}

describe('the demo world kernel.org releases.json of 2026-08-19', () => {
  const generated = worldJson('kernel.org/releases-2026-08-19.json') as { latest_stable: Json; releases: Json[] };
  const recorded = JSON.parse(sharedFixture('kernel.org/releases.json_partial_2020-12-14_archey4.json')) as { latest_stable: Json; releases: Json[] };

  it('has the key set of the real file, for every release', () => {
    expect(Object.keys(generated).sort()).toEqual(Object.keys(recorded).sort());
    const realKeys = keyPaths(recorded.releases[0]!);
    for (const release of generated.releases) expect(keyPaths(release)).toEqual(realKeys);
  });

  it('lists 7.2 as mainline (the 7.3 merge window), 7.1.9 as stable and the maintained longterm series', () => {
    const current = parseKernelOrgReleases(generated);
    expect(current.latestStable).toBe('7.1.9');
    expect(current.releases.map((r) => `${r.moniker} ${r.version} ${r.released}`)).toEqual([
      'mainline 7.2 2026-08-16',
      'stable 7.1.9 2026-08-19',
      'longterm 6.18.45 2026-08-19',
      'longterm 6.12.104 2026-08-19',
      'longterm 6.6.152 2026-08-19',
      'longterm 6.1.183 2026-08-19',
      'longterm 5.15.216 2026-08-19',
      'longterm 5.10.265 2026-08-19',
    ]);
    expect(current.releases.every((r) => !r.iseol)).toBe(true);
    expect(current.releases[0]?.link).toBe('https://git.kernel.org/torvalds/h/v7.2');
    expect(current.releases[1]?.link).toBe('https://git.kernel.org/stable/h/v7.1.9');
  });
});
