/** www.kernel.org's front page: the release table (mainline, stable, longterm, linux-next rows). */
import type { KernelOrgReleaseRow, KernelOrgReleasesPage } from '../../types';
import { RELEASES } from './selectors';
import { isKernelOrgFrontPage } from './urls';

type Moniker = KernelOrgReleaseRow['moniker'];

const MONIKERS: readonly Moniker[] = ['mainline', 'stable', 'longterm', 'linux-next'];

/** `5.1-rc6`, `4.16`, `5.0.10`, `2.6.32.71`, `next-20190426`. */
const VERSION = /^(?:\d+\.\d+(?:\.\d+){0,2}(?:-rc\d+)?|next-\d{8})$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const EOL_MARK = /\[\s*EOL\s*\]/i;

/** The front page's release rows, in page order; null for other pages or a page without the table. */
export function parseKernelOrgReleaseTable(url: URL, doc: Document): KernelOrgReleasesPage | null {
  if (!isKernelOrgFrontPage(url)) return null;
  const table = doc.querySelector(RELEASES.table);
  if (table === null) return null;
  const releases = Array.from(table.querySelectorAll(RELEASES.row))
    .map(readRow)
    .filter((row): row is KernelOrgReleaseRow => row !== null);
  return { kind: 'kernel-org-releases', url: url.href, releases };
}

function readRow(row: Element): KernelOrgReleaseRow | null {
  const cells = Array.from(row.children).filter((cell) => cell.matches(RELEASES.cell));
  const moniker = monikerOf(cells[0]?.textContent);
  const strong = row.querySelector(RELEASES.version);
  if (moniker === undefined || strong === null) return null;
  const version = versionText(strong);
  if (!VERSION.test(version)) return null;
  const eol = row.querySelector(RELEASES.eol) !== null || EOL_MARK.test(strong.textContent ?? '');
  const release: KernelOrgReleaseRow = { moniker, version, eol, row };
  const date = cells.map((cell) => (cell.textContent ?? '').trim()).find(isCalendarDate);
  if (date !== undefined) release.date = date;
  return release;
}

function monikerOf(text: string | null | undefined): Moniker | undefined {
  const word = (text ?? '').trim().replace(/:$/, '').trim().toLowerCase();
  return MONIKERS.find((moniker) => moniker === word);
}

/** The `<strong>`'s text without the `[EOL]` mark. */
function versionText(strong: Element): string {
  const parts = Array.from(strong.childNodes)
    .filter((node) => !(isElement(node) && node.matches(RELEASES.eol)))
    .map((node) => node.textContent ?? '');
  return parts.join('').replace(EOL_MARK, '').trim();
}

function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (match === null) return false;
  const [, year, month, day] = match.map(Number);
  if (year === undefined || month === undefined || day === undefined || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}
