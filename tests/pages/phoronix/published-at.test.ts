import { calendarDate, parsePhoronixPublishedAt, readPhoronixDate, utcInstant } from '@/utils/pages/phoronix/published-at';

describe('parsePhoronixPublishedAt (bylines)', () => {
  it.each([
    // The byline format SOURCES.md gives (EST, winter: UTC−5).
    ['Written by Michael Larabel in Linux Kernel on 21 December 2024 at 09:31 AM EST. 23 Comments', '2024-12-21T14:31:00.000Z'],
    // The seed article (EDT, summer time had begun on 14 March 2021: UTC−4).
    ['Written by Michael Larabel in Linux Kernel on 19 March 2021 at 12:40 PM EDT. Add A Comment', '2021-03-19T16:40:00.000Z'],
    // Both Steam-May-2019-Numbers captures: the evening of 1 June in New York is 2 June in UTC.
    ['Written by Michael Larabel in Valve on 1 June 2019 at 08:34 PM EDT. Add A Comment', '2019-06-02T00:34:00.000Z'],
    ['on 2 June 2019 at 08:04 AM EDT.', '2019-06-02T12:04:00.000Z'],
    ['on 5 January 2020 at 12:00 AM EST', '2020-01-05T05:00:00.000Z'],
    ['on 5 January 2020 at 12:59 AM EST', '2020-01-05T05:59:00.000Z'],
    ['on 5 January 2020 at 12:00 PM EST', '2020-01-05T17:00:00.000Z'],
    ['on 5 January 2020 at 12:30 PM EST', '2020-01-05T17:30:00.000Z'],
    ['on 31 December 2023 at 11:59 PM EST', '2024-01-01T04:59:00.000Z'],
    ['on 29 February 2024 at 01:05 AM EST', '2024-02-29T06:05:00.000Z'],
    ['on 9 july 2022 at 9:05 pm edt', '2022-07-10T01:05:00.000Z'],
  ])('%s → %s', (text, instant) => {
    expect(parsePhoronixPublishedAt(text)).toBe(instant);
  });

  it.each([
    ['', 'empty'],
    ['Written by Michael Larabel in Valve. Add A Comment', 'no date'],
    ['on 2 June 2019', 'a date only'],
    ['on 2 June 2019 at 08:04 AM', 'no zone written'],
    ['on 2 June 2019 at 08:04 AM PDT', 'a zone Phoronix does not use'],
    ['on 2 June at 08:04 AM EDT', 'no year'],
    ['on 31 April 2021 at 08:04 AM EDT', 'a day the month lacks'],
    ['on 29 February 2023 at 08:04 AM EST', 'not a leap year'],
    ['on 0 June 2019 at 08:04 AM EDT', 'day zero'],
    ['on 2 June 2019 at 13:04 PM EDT', 'hour 13 on a 12-hour clock'],
    ['on 2 June 2019 at 00:04 AM EDT', 'hour 0 on a 12-hour clock'],
    ['on 2 June 2019 at 08:60 AM EDT', 'minute 60'],
    ['on 2 Juin 2019 at 08:04 AM EDT', 'not an English month'],
    ['20 Minutes Ago', 'relative'],
  ])('%s → undefined (%s)', (text) => {
    expect(parsePhoronixPublishedAt(text)).toBeUndefined();
  });
});

describe('readPhoronixDate (listings)', () => {
  it('reads a yearless listing date with its time and zone', () => {
    const date = readPhoronixDate('15 November 08:33 PM EST - ');
    expect(date).toEqual({ day: 15, month: 11, minutes: 20 * 60 + 33, offset: -5 });
    expect(date && calendarDate(date)).toBeUndefined();
    expect(date && calendarDate(date, 2015)).toBe('2015-11-15');
    expect(date && utcInstant(date, 2015)).toBe('2015-11-16T01:33:00.000Z');
  });

  it('knows the calendar day of a date without time', () => {
    const date = readPhoronixDate('2 June 2019');
    expect(date && calendarDate(date)).toBe('2019-06-02');
    expect(date && utcInstant(date)).toBeUndefined();
  });

  it('knows nothing from relative times', () => {
    for (const text of ['14 Minutes Ago - ', '4 Hours Ago -', '1 Day Ago', 'Yesterday']) expect(readPhoronixDate(text), text).toBeUndefined();
  });

  it('refuses 29 February once the year is known not to be a leap year', () => {
    const date = readPhoronixDate('29 February 10:00 AM EST');
    expect(date && calendarDate(date, 2016)).toBe('2016-02-29');
    expect(date && calendarDate(date, 2015)).toBeUndefined();
    expect(date && utcInstant(date, 2015)).toBeUndefined();
  });
});
