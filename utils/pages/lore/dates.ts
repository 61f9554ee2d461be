/**
 * The dates public-inbox shows: a message page's `Date:` header as the mail wrote it
 * ("Thu, 18 Dec 2025 10:48:23 -0600", RFC 5322 with its obsolete forms), and a thread page's
 * "From: <name> @ 2025-12-18 16:48 UTC" (already UTC, to the minute).
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** RFC 5322 § 4.3 zone names, in hours from UTC. Military letters other than Z mean "unknown". */
const ZONES: Readonly<Record<string, number>> = { UT: 0, UTC: 0, GMT: 0, Z: 0, EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7 };

const MAIL_DATE =
  /^\s*(?:[A-Za-z]{3,9}\s*,?\s*)?(\d{1,2})[\s-]+([A-Za-z]{3})[A-Za-z]*\.?[\s-]+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([+-])(\d{2}):?(\d{2})|([A-Za-z]{1,5})\b)/;

/** A `Date:` header as a UTC instant (ISO 8601), or undefined when it is malformed or has no usable zone. */
export function parseMailDate(text: string): string | undefined {
  const match = MAIL_DATE.exec(text);
  if (match === null) return undefined;
  const [, day, monthName, yearText, hour, minute, second, sign, offsetHours, offsetMinutes, zoneName] = match;
  const month = MONTHS.indexOf((monthName ?? '').toLowerCase()) + 1;
  let offset: number | undefined;
  if (sign !== undefined) {
    offset = (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes));
  } else {
    const hours = ZONES[(zoneName ?? '').toUpperCase()];
    offset = hours === undefined ? undefined : hours * 60;
  }
  if (offset === undefined || Math.abs(offset) >= 24 * 60) return undefined;
  return instant(fullYear(yearText ?? ''), month, Number(day), Number(hour), Number(minute), Number(second ?? '0'), offset);
}

const OVERVIEW_DATE = /(\d{4})-(\d{2})-(\d{2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?/;

/** "2025-12-18 16:48" (UTC, as thread pages write it) as an ISO 8601 instant. */
export function parseOverviewDate(text: string): string | undefined {
  const match = OVERVIEW_DATE.exec(text);
  if (match === null) return undefined;
  const [, year, month, day, hour, minute, second] = match;
  return instant(Number(year), Number(month), Number(day), Number(hour), Number(minute), Number(second ?? '0'), 0);
}

/** RFC 5322 § 4.3: two-digit years below 50 are 20xx, other two- and three-digit years 1900 + n. */
function fullYear(text: string): number {
  const year = Number(text);
  if (text.length === 2) return year < 50 ? 2000 + year : 1900 + year;
  if (text.length === 3) return 1900 + year;
  return year;
}

function instant(year: number, month: number, day: number, hour: number, minute: number, second: number, offsetMinutes: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  if (hour > 23 || minute > 59 || second > 60) return undefined;
  // A leap second is read as the last second of its minute.
  const local = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59));
  const time = local - offsetMinutes * 60_000;
  return Number.isFinite(time) ? new Date(time).toISOString() : undefined;
}
