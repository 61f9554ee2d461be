/**
 * cgit's log view (`…/<repo>.git/log/[?h=<ref>]`) and the summary page's latest commits: tables
 * headed `Age | Commit message | Author` (git.kernel.org may add `Files | Lines`). Columns are
 * found by their headings, so optional columns do not shift them.
 */
import type { CgitLogEntry, CgitLogPage } from '../../types';
import { cgitPageProblem } from './problems';
import { LOG } from './selectors';
import { cgitDateToInstant, squash } from './text';
import { classifyCgitUrl, hexId, parseUrl } from './urls';

interface Columns {
  age: number;
  message: number;
  author: number;
}

export function parseCgitLog(url: URL, doc: Document): CgitLogPage | null {
  const place = classifyCgitUrl(url);
  if (place === null || cgitPageProblem(doc) !== null) return null;
  const tables = Array.from(doc.querySelectorAll(LOG.table));
  if (tables.length === 0) return null;
  const entries: CgitLogEntry[] = [];
  let sawHeading = false;
  for (const table of tables) {
    let columns: Columns | null = null;
    for (const row of Array.from(table.querySelectorAll('tr'))) {
      const cells = Array.from(row.children).filter((cell) => cell.matches('th, td'));
      if (cells.some((cell) => cell.matches('th'))) {
        columns = headingColumns(cells);
        sawHeading ||= columns !== null;
        continue;
      }
      const entry = columns === null ? null : readEntry(cells, columns, url);
      if (entry !== null) entries.push(entry);
    }
  }
  return sawHeading ? { kind: 'cgit-log', url: url.href, tree: place.tree, entries } : null;
}

/** The commit list's columns; null for other sections (the summary's Branch and Tag tables, Clone). */
function headingColumns(cells: Element[]): Columns | null {
  const names = cells.map((cell) => squash(cell.textContent).toLowerCase());
  const age = names.indexOf('age');
  const message = names.findIndex((name) => name.startsWith('commit message'));
  const author = names.indexOf('author');
  if (age < 0 || message < 0 || author < 0 || names.includes('branch') || names.includes('tag')) return null;
  return { age, message, author };
}

function readEntry(cells: Element[], columns: Columns, base: URL): CgitLogEntry | null {
  const messageCell = cells[columns.message];
  // The expanded message rows (`showmsg=1`) and spacer rows have no commit link.
  const link = messageCell === undefined ? undefined : Array.from(messageCell.querySelectorAll(LOG.commitLink)).find((anchor) => anchor.closest(LOG.decoration) === null);
  const subject = squash(link?.textContent);
  if (link === undefined || subject === '') return null;
  const entry: CgitLogEntry = { subject };
  const target = parseUrl(link.getAttribute('href') ?? '', base);
  const sha = target !== null && /\/commit\/?$/.test(target.pathname) ? hexId(target.searchParams.get('id'), true) : undefined;
  const author = squash(cells[columns.author]?.textContent);
  const date = cgitDateToInstant(cells[columns.age]?.querySelector(LOG.age)?.getAttribute('title'));
  if (sha !== undefined) entry.sha = sha;
  if (author !== '') entry.author = author;
  if (date !== undefined) entry.date = date;
  return entry;
}
