/**
 * Phoronix dates: bylines "1 June 2019 at 08:34 PM EDT", listings "15 November 08:33 PM EST"
 * (no year) or "4 Hours Ago" (nothing knowable). Times are US Eastern, with the zone written.
 */

export interface PhoronixDate {
  day: number;
  /** 1–12. */
  month: number;
  year?: number;
  /** Minutes after local midnight, when a time is written. */
  minutes?: number;
  /** Offset from UTC in hours, only when the zone is written. */
  offset?: number;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const ZONES: Readonly<Record<string, number>> = { EST: -5, EDT: -4, UTC: 0, GMT: 0 };

const DATE = new RegExp(
  String.raw`\b(\d{1,2})\s+(${MONTHS.join('|')})(?:,?\s+(\d{4}))?(?:,?\s+(?:at\s+)?(\d{1,2}):(\d{2})\s*([AP]M)\b(?:\s+([A-Z]{3})\b)?)?`,
  'i',
);

/** The first date written in `text`, or undefined when there is none or it is impossible (31 April, 13:00 PM). */
export function readPhoronixDate(text: string): PhoronixDate | undefined {
  const match = DATE.exec(text);
  if (match === null) return undefined;
  const [, dayText, monthName, yearText, hourText, minuteText, meridiem, zone] = match;
  const date: PhoronixDate = { day: Number(dayText), month: MONTHS.indexOf((monthName ?? '').toLowerCase()) + 1 };
  if (yearText !== undefined) date.year = Number(yearText);
  if (!dayExists(date.day, date.month, date.year ?? 2000)) return undefined;
  if (hourText !== undefined && minuteText !== undefined && meridiem !== undefined) {
    const hour = Number(hourText);
    const minute = Number(minuteText);
    if (hour < 1 || hour > 12 || minute > 59) return undefined;
    // 12 AM is midnight, 12 PM noon.
    date.minutes = ((hour % 12) + (meridiem.toUpperCase() === 'PM' ? 12 : 0)) * 60 + minute;
    const offset = zone === undefined ? undefined : ZONES[zone.toUpperCase()];
    if (offset !== undefined) date.offset = offset;
  }
  return date;
}

/** The calendar date (YYYY-MM-DD) as written, given its year. */
export function calendarDate(date: PhoronixDate, year = date.year): string | undefined {
  if (year === undefined || !dayExists(date.day, date.month, year)) return undefined;
  return `${String(year).padStart(4, '0')}-${pad(date.month)}-${pad(date.day)}`;
}

/** The UTC instant (ISO 8601), only when year, time and zone are all known. */
export function utcInstant(date: PhoronixDate, year = date.year): string | undefined {
  if (year === undefined || date.minutes === undefined || date.offset === undefined) return undefined;
  if (!dayExists(date.day, date.month, year)) return undefined;
  const localAsUtc = Date.UTC(year, date.month - 1, date.day, 0, date.minutes);
  return new Date(localAsUtc - date.offset * 3_600_000).toISOString();
}

/** A byline's publication instant: "… on 21 December 2024 at 09:31 AM EST." → "2024-12-21T14:31:00.000Z". */
export function parsePhoronixPublishedAt(text: string): string | undefined {
  const date = readPhoronixDate(text);
  return date === undefined ? undefined : utcInstant(date);
}

function dayExists(day: number, month: number, year: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
