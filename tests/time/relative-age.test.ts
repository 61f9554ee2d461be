import { isoInstant, relativeAge } from '@/utils/time/relative-age';

const NOW = Date.UTC(2026, 3, 12, 12, 0, 0);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('relativeAge', () => {
  it.each<[string, number, string]>([
    ['no time at all', 0, 'now'],
    ['a few seconds', 20_000, 'now'],
    ['a minute and a half', 90_000, '1 minute ago'],
    ['three hours', 3 * HOUR + 20 * MINUTE, '3 hours ago'],
    ['one day', DAY + HOUR, 'yesterday'],
    ['ten days', 10 * DAY, '10 days ago'],
    ['two months', 65 * DAY, '2 months ago'],
    ['five years', 5 * 366 * DAY, '5 years ago'],
  ])('says %s in words', (_name, elapsed, words) => {
    expect(relativeAge(NOW - elapsed, NOW, 'en')).toBe(words);
  });

  it('never says a time is in the future when clocks disagree', () => {
    expect(relativeAge(NOW + 5 * MINUTE, NOW, 'en')).toBe('now');
  });

  it('speaks the language asked for', () => {
    expect(relativeAge(NOW - 3 * HOUR, NOW, 'de')).toBe('vor 3 Stunden');
  });
});

describe('isoInstant', () => {
  it('gives a datetime attribute value that reads back as the same instant', () => {
    const fetchedAt = Date.UTC(2021, 5, 27, 21, 30, 5);
    expect(isoInstant(fetchedAt)).toBe('2021-06-27T21:30:05.000Z');
    expect(Date.parse(isoInstant(fetchedAt))).toBe(fetchedAt);
  });
});
