import { releaseStatus } from '@/utils/release/release-status';
import { bundledSnapshot } from './files';

const data = bundledSnapshot();

function links(version: string, series: string): string[] {
  return releaseStatus({ version, series }, data, '2026-08-22').evidence.map((link) => link.href);
}

describe('release evidence', () => {
  it('backs an ended release with its tag, its last point release, endoflife.date and KernelNewbies', () => {
    expect(links('5.13', '5.13')).toEqual([
      'https://git.kernel.org/torvalds/h/v5.13',
      'https://git.kernel.org/stable/h/v5.13.19',
      'https://endoflife.date/linux',
      'https://kernelnewbies.org/Linux_5.13',
    ]);
  });

  it('adds kernel.org for a series still maintained', () => {
    expect(links('6.1', '6.1')).toEqual([
      'https://git.kernel.org/torvalds/h/v6.1',
      'https://git.kernel.org/stable/h/v6.1.183',
      'https://www.kernel.org/',
      'https://endoflife.date/linux',
      'https://kernelnewbies.org/Linux_6.1',
    ]);
  });

  it('links a point release to its own stable tag and the newest one', () => {
    expect(links('6.6.50', '6.6').slice(0, 2)).toEqual(['https://git.kernel.org/stable/h/v6.6.50', 'https://git.kernel.org/stable/h/v6.6.152']);
  });

  it('links an undated rc of a released series to the release tag', () => {
    expect(links('6.1-rc3', '6.1')[0]).toBe('https://git.kernel.org/torvalds/h/v6.1');
  });

  it('names 2.6.x pages as KernelNewbies does', () => {
    expect(links('2.6.32', '2.6.32')).toEqual([
      'https://git.kernel.org/torvalds/h/v2.6.32',
      'https://git.kernel.org/stable/h/v2.6.32.71',
      'https://endoflife.date/linux',
      'https://kernelnewbies.org/Linux_2_6_32',
    ]);
  });

  it('does not link a tag it has no date for (2.6.11)', () => {
    expect(links('2.6.11', '2.6.11')).toEqual(['https://endoflife.date/linux', 'https://kernelnewbies.org/Linux_2_6_11']);
  });

  it('points what is current to kernel.org, and a version that never was to the list of series', () => {
    expect(links('7.3', '7.3')).toEqual(['https://www.kernel.org/']);
    expect(links('7.5', '7.5')).toEqual(['https://www.kernel.org/']);
    expect(links('5.21', '5.21')).toEqual(['https://endoflife.date/linux']);
  });
});
