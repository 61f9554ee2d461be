import type { KernelOrgReleaseRow } from '@/utils/types';
import { isKernelOrgFrontPage, parseKernelOrgPage, parseKernelOrgReleaseTable } from '@/utils/pages/kernel-org';
import { parseHtml } from '../cgit/documents';
import { TABLES, frontPage } from './documents';

const FRONT = new URL('https://www.kernel.org/');

function rows(fixture: string, url = FRONT): Omit<KernelOrgReleaseRow, 'row'>[] {
  const page = parseKernelOrgReleaseTable(url, frontPage(fixture));
  if (page === null) throw new Error(`no release table parsed from ${fixture}`);
  return page.releases.map(({ row: _row, ...data }) => data);
}

describe('the release table of 28 April 2019', () => {
  it('reads every row: moniker, version, date, the [EOL] mark', () => {
    expect(rows(TABLES['2019-04-28'])).toEqual([
      { moniker: 'mainline', version: '5.1-rc6', date: '2019-04-21', eol: false },
      { moniker: 'stable', version: '5.0.10', date: '2019-04-27', eol: false },
      { moniker: 'longterm', version: '4.19.37', date: '2019-04-27', eol: false },
      { moniker: 'longterm', version: '4.14.114', date: '2019-04-27', eol: false },
      { moniker: 'longterm', version: '4.9.171', date: '2019-04-27', eol: false },
      { moniker: 'longterm', version: '4.4.179', date: '2019-04-27', eol: false },
      { moniker: 'longterm', version: '3.18.139', date: '2019-04-27', eol: true },
      { moniker: 'longterm', version: '3.16.65', date: '2019-04-04', eol: false },
      { moniker: 'linux-next', version: 'next-20190426', date: '2019-04-26', eol: false },
    ]);
  });

  it('keeps each row element and answers the same at /index.html', () => {
    const page = parseKernelOrgPage(new URL('https://www.kernel.org/index.html'), frontPage(TABLES['2019-04-28']));
    expect(page?.kind).toBe('kernel-org-releases');
    expect(page?.url).toBe('https://www.kernel.org/index.html');
    expect(page?.releases).toHaveLength(9);
    for (const release of page?.releases ?? []) {
      expect(release.row?.matches('table#releases tr')).toBe(true);
      expect(release.row?.querySelector('strong')?.textContent).toContain(release.version);
    }
  });
});

describe('the release table of 11 April 2018', () => {
  it('reads two stable rows, seven longterm rows (3.18.104 EOL) and linux-next', () => {
    expect(rows(TABLES['2018-04-11'])).toEqual([
      { moniker: 'mainline', version: '4.16', date: '2018-04-01', eol: false },
      { moniker: 'stable', version: '4.16.1', date: '2018-04-08', eol: false },
      { moniker: 'stable', version: '4.15.16', date: '2018-04-08', eol: false },
      { moniker: 'longterm', version: '4.14.33', date: '2018-04-08', eol: false },
      { moniker: 'longterm', version: '4.9.93', date: '2018-04-08', eol: false },
      { moniker: 'longterm', version: '4.4.127', date: '2018-04-08', eol: false },
      { moniker: 'longterm', version: '4.1.51', date: '2018-03-27', eol: false },
      { moniker: 'longterm', version: '3.18.104', date: '2018-04-10', eol: true },
      { moniker: 'longterm', version: '3.16.56', date: '2018-03-19', eol: false },
      { moniker: 'longterm', version: '3.2.101', date: '2018-03-19', eol: false },
      { moniker: 'linux-next', version: 'next-20180411', date: '2018-04-11', eol: false },
    ]);
  });
});

describe('what is not the front page', () => {
  it('recognises only www.kernel.org/ and /index.html', () => {
    expect(isKernelOrgFrontPage(new URL('https://www.kernel.org/'))).toBe(true);
    expect(isKernelOrgFrontPage(new URL('https://www.kernel.org/index.html'))).toBe(true);
    expect(isKernelOrgFrontPage(new URL('https://www.kernel.org/?q=1#releases'))).toBe(true);
    expect(isKernelOrgFrontPage(new URL('https://www.kernel.org/category/releases.html'))).toBe(false);
    expect(isKernelOrgFrontPage(new URL('https://git.kernel.org/'))).toBe(false);
    expect(isKernelOrgFrontPage(new URL('https://www.kernel.org.example.com/'))).toBe(false);
  });

  it('gives null for other URLs and for a page without the table', () => {
    expect(parseKernelOrgReleaseTable(new URL('https://www.kernel.org/category/releases.html'), frontPage(TABLES['2019-04-28']))).toBeNull();
    expect(parseKernelOrgReleaseTable(FRONT, parseHtml('<!DOCTYPE html><html><body><table id="other"></table></body></html>'))).toBeNull();
  });

  it('skips rows with an unknown moniker or a malformed version or date (markup written here)', () => {
    const doc = parseHtml(`<table id="releases">
<tr><td>mainline:</td><td><strong>6.15-rc3</strong></td><td>2025-04-20</td></tr>
<tr><td>experimental:</td><td><strong>6.16</strong></td><td>2025-04-20</td></tr>
<tr><td>stable:</td><td><strong>not a version</strong></td><td>2025-04-20</td></tr>
<tr><td>longterm:</td><td><strong>6.12.24 <span class="eolkernel">[EOL]</span></strong></td><td>2025-02-30</td></tr>
</table>`);
    expect(parseKernelOrgReleaseTable(FRONT, doc)?.releases.map(({ row: _row, ...data }) => data)).toEqual([
      { moniker: 'mainline', version: '6.15-rc3', date: '2025-04-20', eol: false },
      { moniker: 'longterm', version: '6.12.24', eol: true },
    ]);
  });
});
