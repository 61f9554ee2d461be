/** The real Phoronix headlines of the shared `dailybox` dataset (2023–2026), as `NewsArticle`s. */
import { sharedFixture } from '../helpers/fixtures';
import type { NewsArticle } from '../../utils/types';

export const DATASET = 'phoronix-datasets/dailybox_phoronix_titles_urls.csv';

let cached: NewsArticle[] | undefined;

/**
 * Every row of the CSV (`digest_date,title,url`). The digest date is when the daily digest
 * listed the article, so it is taken as the article's calendar `date` (no time is known).
 */
export function phoronixTitles(): NewsArticle[] {
  if (cached !== undefined) return cached;
  const rows: NewsArticle[] = [];
  for (const line of sharedFixture(DATASET).split(/\r?\n/).slice(1)) {
    if (line.trim() === '') continue;
    const match = /^(\d{4}-\d{2}-\d{2}),("(?:[^"]|"")*"|[^,]*),(\S+)$/.exec(line);
    if (match === null) throw new Error(`unreadable row: ${line}`);
    const [, date = '', quoted = '', url = ''] = match;
    const title = quoted.startsWith('"') ? quoted.slice(1, -1).replace(/""/g, '"') : quoted;
    rows.push({ url, title, date, seenIn: 'listing', seenAt: 0 });
  }
  cached = rows;
  return rows;
}

/** The one dataset article whose title starts with `prefix` (throws when none or several do). */
export function article(prefix: string): NewsArticle {
  const found = phoronixTitles().filter((row) => row.title.startsWith(prefix));
  if (found.length !== 1) throw new Error(`${found.length} dataset titles start with "${prefix}"`);
  return found[0] as NewsArticle;
}
