import { dateTimeFormat } from '@/utils/i18n/formats';

/** A calendar date (YYYY-MM-DD) as a `<time>`, written in the reader's language. */
export function DateText({ date }: { date: string }) {
  const parsed = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  const text = Number.isNaN(parsed.getTime())
    ? date
    : dateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(parsed);
  return <time dateTime={date.slice(0, 10)}>{text}</time>;
}
