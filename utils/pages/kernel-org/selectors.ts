/** Every CSS selector the www.kernel.org parsers use. */

/**
 * The front page's release table (same markup 2018–2019 and later): one `<tr>` per release,
 * `<td>moniker:</td><td><strong>version [<span class="eolkernel">[EOL]</span>]</strong></td><td>YYYY-MM-DD</td>`
 * then download, diff and browse links.
 */
export const RELEASES = {
  table: 'table#releases',
  row: 'tr',
  cell: 'td',
  version: 'strong',
  eol: '.eolkernel',
} as const;
