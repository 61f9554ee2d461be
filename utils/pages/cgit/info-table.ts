/** cgit's `table.commit-info`: one labelled row per fact (commit view: `<th>`, tag view: `<td>`). */
import { INFO_ROW } from './selectors';
import { squash } from './text';

export interface InfoRow {
  /** Lower-cased label: `author`, `committer`, `commit`, `parent`, `tag name`, `tagged by`… */
  label: string;
  /** The cells after the label. */
  cells: Element[];
}

export function infoRows(table: Element): InfoRow[] {
  const rows: InfoRow[] = [];
  for (const row of Array.from(table.querySelectorAll(INFO_ROW.row))) {
    // Only this row's own cells, not those of a nested table.
    const cells = Array.from(row.children).filter((cell) => cell.matches(INFO_ROW.cell));
    const [label, ...rest] = cells;
    if (label === undefined) continue;
    rows.push({ label: squash(label.textContent).toLowerCase(), cells: rest });
  }
  return rows;
}

export function rowsLabelled(rows: InfoRow[], label: string): InfoRow[] {
  return rows.filter((row) => row.label === label);
}
