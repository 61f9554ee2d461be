/** Reading cgit's text: people ("Name <email>"), dates ("2022-12-13 11:05:52 +0100"). */
import type { GitPerson } from '../../types';

/** Whitespace collapsed to single spaces, trimmed. */
export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** "Ada Lindqvist <ada.lindqvist@example.com>" (cgit writes the e-mail unless `noplainemail` is set). */
export function parsePerson(text: string | null | undefined): GitPerson | undefined {
  const value = squash(text);
  if (value === '') return undefined;
  const match = /^(.*?)\s*<([^<>\s]*)>$/.exec(value);
  if (match === null) return { name: value };
  const [, name = '', email = ''] = match;
  if (name === '' && email === '') return undefined;
  return email === '' ? { name } : { name, email };
}

const CGIT_DATE = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})\s*(?:([+-])(\d{2}):?(\d{2})|(Z|UTC|GMT))$/;

/**
 * A cgit date as a UTC instant (ISO 8601). cgit 1.2.3 writes `%Y-%m-%d %H:%M:%S %z` in the
 * commit's own zone (or the server's with `local-time`); the offset is always written. Without
 * an offset the instant is unknown.
 */
export function cgitDateToInstant(text: string | null | undefined): string | undefined {
  const match = CGIT_DATE.exec(squash(text));
  if (match === null) return undefined;
  const [, y, mo, d, h, mi, s, sign, oh, om] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  if (hour > 23 || minute > 59 || second > 60) return undefined;
  const offsetMinutes = sign === undefined ? 0 : (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
  if (Number(om) > 59 || Math.abs(offsetMinutes) > 18 * 60) return undefined;
  const local = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59));
  return new Date(local - offsetMinutes * 60_000).toISOString();
}
