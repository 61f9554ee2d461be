import { firstPossibleTag, mainlineTags, releaseOfTag } from '@/utils/mainline/tags';

describe('mainline tags', () => {
  it('keeps vX.Y and vX.Y-rcN (and the 2.6 ones), in release order, dropping stable and other tags', () => {
    const names = ['v6.1', 'v6.1.5', 'v6.0', 'v6.1-rc1', 'v6.1-rc10', 'v6.1-rc2', 'next-20210319', 'v2.6.12-rc2', 'v2.6.39', 'v3.0', 'v2.6.32.71', 'v5.19', 'v6.0-rc7', 'rust-6.1', 'v6.1-rc1'];
    expect(mainlineTags(names)).toEqual(['v2.6.12-rc2', 'v2.6.39', 'v3.0', 'v5.19', 'v6.0-rc7', 'v6.0', 'v6.1-rc1', 'v6.1-rc2', 'v6.1-rc10', 'v6.1']);
  });

  it('names the release of a tag', () => {
    expect(releaseOfTag('v6.1-rc1')).toBe('6.1');
    expect(releaseOfTag('v2.6.39-rc7')).toBe('2.6.39');
  });

  const tags = mainlineTags(['v5.19', 'v6.0-rc1', 'v6.0-rc7', 'v6.0', 'v6.1-rc1', 'v6.1-rc8', 'v6.1', 'v6.2-rc1']);
  const dates = { '5.19': '2022-07-31', '6.0': '2022-10-02', '6.1': '2022-12-11' };

  it('starts the search at the first rc of the first series released after the commit', () => {
    expect(firstPossibleTag(tags, '2022-09-28T10:00:00Z', dates)).toBe(tags.indexOf('v6.0-rc1'));
    expect(firstPossibleTag(tags, '2022-10-20T10:00:00Z', dates)).toBe(tags.indexOf('v6.1-rc1'));
  });

  it('allows two days of clock skew around a release', () => {
    expect(firstPossibleTag(tags, '2022-10-04T00:00:00Z', dates)).toBe(tags.indexOf('v6.0-rc1'));
  });

  it('starts at a series with no known date (not released yet), and at 0 without a commit date', () => {
    expect(firstPossibleTag(tags, '2023-01-01T00:00:00Z', dates)).toBe(tags.indexOf('v6.2-rc1'));
    expect(firstPossibleTag(tags, undefined, dates)).toBe(0);
    expect(firstPossibleTag(tags, 'yesterday', dates)).toBe(0);
  });
});

describe('the search start over the whole tag list', () => {
  const tags = mainlineTags(['v2.6.12-rc2', 'v2.6.12', 'v2.6.13-rc1', 'v2.6.13', 'v6.0-rc1', 'v6.0', 'v6.1-rc1', 'v6.1', 'v6.2-rc1']);
  it('skips early series without a date instead of stopping there', () => {
    expect(firstPossibleTag(tags, '2022-09-28T00:00:00Z', { '2.6.13': '2005-08-28', '6.0': '2022-10-02', '6.1': '2022-12-11' })).toBe(tags.indexOf('v6.0-rc1'));
  });
});
