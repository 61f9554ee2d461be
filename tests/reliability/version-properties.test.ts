/**
 * Properties of the release-number parser (utils/release/versions.ts) that
 * tests/mentions/properties.test.ts (the finders) and tests/release/versions.test.ts
 * (examples) leave open: parse∘format round trip, one canonical spelling, release order
 * as a total order, and agreement with the mentions' own parser.
 */
import fc from 'fast-check';
import { parseKernelVersion } from '@/utils/mentions/versions';
import { compareSeries, compareVersions, formatRelease, parseRelease, type ReleaseVersion } from '@/utils/release/versions';

/** Any release number the parser is meant to read: X.Y[.Z][-rcN], 2.6 and 2.6.N[.M][-rcN]. */
const version: fc.Arbitrary<ReleaseVersion> = fc
  .tuple(
    fc.oneof(
      fc.tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 0, max: 999 })).map((parts): number[] => parts),
      fc.integer({ min: 0, max: 999 }).map((n) => [2, 6, n]),
    ),
    fc.oneof(fc.constant({}), fc.integer({ min: 1, max: 9_999 }).map((point) => ({ point })), fc.integer({ min: 1, max: 99 }).map((rc) => ({ rc }))),
  )
  // "2.6.N" is a series, never 2.6's point release N.
  .filter(([parts, extra]) => !(parts.length === 2 && parts[0] === 2 && parts[1] === 6 && 'point' in extra))
  .map(([parts, extra]) => ({ series: parts.join('.'), parts, ...extra }));

/** Text near release numbers: digits, dots, "-rc", "v", spaces, leading zeros. */
const nearVersion = fc
  .array(fc.constantFrom('0', '1', '2', '6', '9', '13', '32', '.', '.', '-rc', 'v', 'V', ' ', 'x', '-', '00'), { maxLength: 10 })
  .map((parts) => parts.join(''));

const sign = (n: number) => Math.sign(n);

describe('release numbers: parsing and spelling', () => {
  it('reads back what it writes: parse(format(v)) is v', () => {
    fc.assert(
      fc.property(version, (v) => {
        expect(parseRelease(formatRelease(v))).toEqual(v);
        expect(parseRelease(`v${formatRelease(v)}`)).toEqual(v);
        expect(parseRelease(` ${formatRelease(v)}\n`)).toEqual(v);
      }),
      { numRuns: 500 },
    );
  });

  it('has one spelling for each number: format∘parse is idempotent, and equal order means equal spelling', () => {
    fc.assert(
      fc.property(fc.oneof(nearVersion, version.map(formatRelease)), fc.oneof(nearVersion, version.map(formatRelease)), (a, b) => {
        const x = parseRelease(a);
        const y = parseRelease(b);
        if (x) expect(parseRelease(formatRelease(x))).toEqual(x);
        if (x && y) expect(compareVersions(a, b) === 0).toBe(formatRelease(x) === formatRelease(y));
      }),
      { numRuns: 1_000 },
    );
  });

  it('orders releases totally: antisymmetric and transitive, with unparsable text first', () => {
    const text = fc.oneof(version.map(formatRelease), nearVersion);
    fc.assert(
      fc.property(text, text, text, (a, b, c) => {
        expect(sign(compareVersions(a, b))).toBe(-sign(compareVersions(b, a)) || 0);
        if (compareVersions(a, b) <= 0 && compareVersions(b, c) <= 0) expect(compareVersions(a, c)).toBeLessThanOrEqual(0);
        if (!parseRelease(a) && parseRelease(b)) expect(compareVersions(a, b)).toBeLessThan(0);
      }),
      { numRuns: 1_000 },
    );
  });

  it('puts every rc of a series before its release, and the release before its point releases, in number order', () => {
    fc.assert(
      fc.property(version, fc.integer({ min: 1, max: 98 }), fc.integer({ min: 1, max: 9_998 }), (v, rc, point) => {
        const series = formatRelease({ series: v.series, parts: v.parts });
        expect(compareVersions(`${series}-rc${rc}`, `${series}-rc${rc + 1}`)).toBeLessThan(0);
        expect(compareVersions(`${series}-rc${rc + 1}`, series)).toBeLessThan(0);
        expect(compareVersions(series, `${series}.${point}`)).toBeLessThan(0);
        expect(compareVersions(`${series}.${point}`, `${series}.${point + 1}`)).toBeLessThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('orders versions of different series as their series, whatever their rc or point', () => {
    fc.assert(
      fc.property(version, version, (a, b) => {
        if (a.series === b.series) return;
        expect(sign(compareVersions(formatRelease(a), formatRelease(b)))).toBe(sign(compareSeries(a.series, b.series)));
      }),
      { numRuns: 500 },
    );
  });
});

describe('the two parsers agree', () => {
  it("every kernel version the page finder accepts is a release number of the same series", () => {
    const candidate = fc.oneof(
      nearVersion,
      version.map(formatRelease),
      fc.tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 0, max: 40 }), fc.option(fc.integer({ min: 0, max: 400 })), fc.option(fc.integer({ min: 1, max: 25 }))).map(
        ([major, minor, third, rc]) => `${major}.${minor}${third === null ? '' : `.${third}`}${rc === null ? '' : `-rc${rc}`}`,
      ),
    );
    fc.assert(
      fc.property(candidate, (text) => {
        const found = parseKernelVersion(text);
        if (!found) return;
        const parsed = parseRelease(found.version);
        expect(parsed, `${text} → ${found.version}`).toBeDefined();
        expect(parsed?.series).toBe(found.series);
      }),
      { numRuns: 1_000 },
    );
  });
});
