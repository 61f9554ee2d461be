/**
 * Kernel release numbers and their order. A series is X.Y (3.0 on) or 2.6.N; its point
 * releases are X.Y.Z / 2.6.N.M and its release candidates X.Y-rcN. Numeric order is release
 * order: 2.6.39 < 3.0 < … < 3.19 < 4.0, 4.20 < 5.0, 5.19 < 6.0, and within a series
 * X.Y-rc1 < … < X.Y-rc8 < X.Y < X.Y.1.
 */

export interface ReleaseVersion {
  /** `5.13`, `2.6.32`. */
  series: string;
  /** The series as numbers: [5, 13], [2, 6, 32]. */
  parts: number[];
  /** The stable point release: 19 in 5.13.19, 71 in 2.6.32.71. */
  point?: number;
  rc?: number;
}

const VERSION = /^(\d{1,2})\.(\d{1,3})(?:\.(\d{1,4}))?(?:\.(\d{1,4}))?(?:-rc(\d{1,2}))?$/;

/** `v6.1-rc3` → series 6.1, rc 3; `7.2.0` is read as 7.2 (the tag is v7.2). Undefined for anything else. */
export function parseRelease(text: string): ReleaseVersion | undefined {
  const match = VERSION.exec(text.trim().replace(/^v/i, ''));
  if (!match) return undefined;
  const numbers = match.slice(1, 5).filter((part): part is string => part !== undefined).map(Number);
  const rc = match[5] === undefined ? undefined : Number(match[5]);
  const seriesLength = numbers[0] === 2 && numbers[1] === 6 && numbers.length > 2 ? 3 : 2;
  if (numbers.length > seriesLength + 1) return undefined;
  const parts = numbers.slice(0, seriesLength);
  const point = numbers[seriesLength];
  if (rc !== undefined && (point !== undefined || rc === 0)) return undefined;
  return { series: parts.join('.'), parts, ...(point ? { point } : {}), ...(rc !== undefined ? { rc } : {}) };
}

/** The canonical spelling: `6.1-rc3`, `6.6.50`, `7.2` (never `7.2.0`). */
export function formatRelease(version: ReleaseVersion): string {
  return version.series + (version.point ? `.${version.point}` : '') + (version.rc ? `-rc${version.rc}` : '');
}

export function compareSeries(a: string, b: string): number {
  return compareParts(a.split('.').map(Number), b.split('.').map(Number));
}

/** Release order of two versions that parse; unparsable ones sort first. */
export function compareVersions(a: string, b: string): number {
  const x = parseRelease(a);
  const y = parseRelease(b);
  if (!x || !y) return Number(Boolean(x)) - Number(Boolean(y));
  return compareParts(sortKey(x), sortKey(y));
}

function sortKey(version: ReleaseVersion): number[] {
  return [...version.parts, ...(version.parts.length === 2 ? [-1] : []), version.rc ?? 1000, version.point ?? 0];
}

function compareParts(x: number[], y: number[]): number {
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? -1) - (y[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/** The numbering line a series belongs to, and its place in it: 2.6.32 → ('2.6', 32), 5.13 → ('5', 13). */
export function lineOf(series: string): { line: string; step: number } {
  const parts = series.split('.').map(Number);
  if (parts.length === 3) return { line: `${parts[0]}.${parts[1]}`, step: parts[2] ?? 0 };
  return { line: String(parts[0]), step: parts[1] ?? 0 };
}

/** "5.x", "2.6.x". */
export function lineName(line: string): string {
  return `${line}.x`;
}
