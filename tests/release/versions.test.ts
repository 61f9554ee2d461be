import { compareSeries, compareVersions, formatRelease, lineOf, parseRelease } from '@/utils/release/versions';

describe('release version order', () => {
  it('orders series across the jumps to new major numbers', () => {
    const shuffled = ['6.0', '3.0', '2.6.39', '4.20', '7.0', '5.19', '3.19', '2.6.9', '4.0', '6.19', '5.0', '2.6.10', '3.2'];
    expect([...shuffled].sort(compareSeries)).toEqual(['2.6.9', '2.6.10', '2.6.39', '3.0', '3.2', '3.19', '4.0', '4.20', '5.0', '5.19', '6.0', '6.19', '7.0']);
  });

  it('puts release candidates before their release and point releases after it', () => {
    const shuffled = ['6.1.1', '6.1', '6.1-rc10', '6.1-rc2', '6.0.19', '6.2-rc1', '6.1.10', '6.1-rc1'];
    expect([...shuffled].sort(compareVersions)).toEqual(['6.0.19', '6.1-rc1', '6.1-rc2', '6.1-rc10', '6.1', '6.1.1', '6.1.10', '6.2-rc1']);
    expect(compareVersions('2.6.39.4', '3.0-rc1')).toBeLessThan(0);
    expect(compareVersions('2.6.32.71', '2.6.33')).toBeLessThan(0);
  });

  it.each([
    ['6.1-rc3', { series: '6.1', parts: [6, 1], rc: 3 }, '6.1-rc3'],
    ['v5.13', { series: '5.13', parts: [5, 13] }, '5.13'],
    ['6.6.50', { series: '6.6', parts: [6, 6], point: 50 }, '6.6.50'],
    ['7.2.0', { series: '7.2', parts: [7, 2] }, '7.2'],
    ['2.6.32', { series: '2.6.32', parts: [2, 6, 32] }, '2.6.32'],
    ['2.6.32.71', { series: '2.6.32', parts: [2, 6, 32], point: 71 }, '2.6.32.71'],
    ['2.6.39-rc7', { series: '2.6.39', parts: [2, 6, 39], rc: 7 }, '2.6.39-rc7'],
    ['2.4.37', { series: '2.4', parts: [2, 4], point: 37 }, '2.4.37'],
  ])('reads %s', (text, parsed, formatted) => {
    expect(parseRelease(text)).toEqual(parsed);
    expect(formatRelease(parseRelease(text)!)).toBe(formatted);
  });

  it.each(['', 'next-20260819', '5', '5.13.1.2', '6.1.2-rc1', '6.1-rc0', 'linux-6.1', '6.1 '.repeat(3)])('refuses %j', (text) => {
    expect(parseRelease(text)).toBeUndefined();
  });

  it('places a series in its numbering line', () => {
    expect(lineOf('2.6.32')).toEqual({ line: '2.6', step: 32 });
    expect(lineOf('5.13')).toEqual({ line: '5', step: 13 });
  });
});
