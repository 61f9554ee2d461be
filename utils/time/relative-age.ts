import { relativeTimeFormat } from '../i18n/formats';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
];

/** "3 hours ago", "just now", in the browser's language. */
export function relativeAge(then: number, now: number, locale?: string): string {
  const elapsed = Math.max(0, now - then);
  const format = relativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (elapsed >= size) return format.format(-Math.floor(elapsed / size), unit);
  }
  return format.format(0, 'second');
}

/** An epoch-ms instant as the `datetime` attribute of a `<time>`. */
export function isoInstant(epochMs: number): string {
  return new Date(epochMs).toISOString();
}
