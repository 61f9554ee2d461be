/**
 * The year of each yearless front-page date ("15 November 08:33 PM EST"). The page states only the
 * year it was rendered in, in its footer ("Copyright © 2004 - 2015"); the front page lists a few
 * days, newest first, so a December date after a January one belongs to the year before.
 */
import type { PhoronixDate } from './published-at';
import { LISTING } from './selectors';

export function frontPageYears(doc: Document, dates: readonly (PhoronixDate | undefined)[]): (number | undefined)[] {
  const rendered = footerYear(doc);
  const firstMonth = dates.find((date) => date !== undefined)?.month;
  // Newest date in December: rendered in that December, or in January before a new-year item. Unknowable.
  if (rendered === undefined || firstMonth === undefined || firstMonth === 12) return dates.map(() => undefined);
  let year = rendered;
  let previousMonth = firstMonth;
  return dates.map((date) => {
    if (date === undefined) return undefined;
    if (previousMonth === 1 && date.month === 12) year -= 1;
    previousMonth = date.month;
    return year;
  });
}

function footerYear(doc: Document): number | undefined {
  const text = doc.querySelector(LISTING.footer)?.textContent ?? '';
  const match = /Copyright\s*(?:©|\(c\))?\s*\d{4}\s*[-–]\s*(\d{4})/i.exec(text);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}
