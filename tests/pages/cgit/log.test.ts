import type { CgitLogEntry, CgitLogPage } from '@/utils/types';
import { parseCgitPage } from '@/utils/pages/cgit';
import { CGIT, cgitDocument, parseHtml, standsFor } from './documents';

function logPage(name: string, url = standsFor(name)): CgitLogPage {
  const page = parseCgitPage(url, cgitDocument(name));
  if (page?.kind !== 'cgit-log') throw new Error(`no log page parsed from ${name}`);
  return page;
}

/** master's history, newest first, as the log and the summary list it (dates: the committer's). */
const MASTER: CgitLogEntry[] = [
  { sha: '07a3ce7c09379672dde171413e7740f64e423e08', subject: 'rust: kernel: use `sub` in `container_of!` to keep pointer provenance', author: 'Ada Lindqvist', date: '2022-12-14T19:31:09.000Z' },
  { sha: '7bbe11f8ae94ad09287acd03641d325363280ed3', subject: 'Linux 6.1', author: 'Linus Torvalds', date: '2022-12-11T22:15:38.000Z' },
  { sha: '56991a39c6bf0213fc28f75dddc3c59fab93d8e7', subject: 'Linux 6.1-rc1', author: 'Linus Torvalds', date: '2022-10-16T22:36:24.000Z' },
  { sha: '5eb15503d93afd8f703ec2d961abe51442392a40', subject: 'drm/nova: match NVIDIA display devices and enable them in probe', author: 'Priya Raman', date: '2022-10-10T05:32:36.000Z' },
  // cgit cuts long subjects to 80 characters and appends "...".
  { sha: '36944642c756cfaf5db5d5f121b6141ea5496fe9', subject: "Merge tag 'rust-6.1' of git://git.kernel.org/pub/scm/linux/kernel/git/ojeda/l...", author: 'Linus Torvalds', date: '2022-10-04T16:41:17.000Z' },
  { sha: 'b55673c1bdf3d41ee8ca3afe6e1514410c75eaa7', subject: 'bcachefs: Stop the journal before freeing the filesystem', author: 'Kenji Morimoto', date: '2022-10-03T00:30:01.000Z' },
  { sha: '4066d6494bea25e56cbfaa21f100229fa2c3e181', subject: 'Linux 6.0', author: 'Linus Torvalds', date: '2022-10-02T21:09:07.000Z' },
  { sha: 'd15eaf162fdcdad99586469de09303ea0e02f16f', subject: 'rust: str: add `CStr::as_str_unchecked()`', author: 'Ada Lindqvist', date: '2022-09-28T16:02:40.000Z' },
  { sha: '7589055b679e0e993b2d506739fb8a68eda6061f', subject: 'rust: kernel: add `container_of!` macro', author: 'Ada Lindqvist', date: '2022-09-28T16:02:11.000Z' },
];

describe('log pages', () => {
  it("reads master's log: 9 entries, decorations left out (cgit_torvalds-linux_log)", () => {
    const page = logPage(CGIT.log);
    expect(page.tree).toEqual({ id: 'torvalds/linux', path: 'linux/kernel/git/torvalds/linux.git', role: 'mainline' });
    expect(page.entries).toHaveLength(9);
    expect(page.entries[0]).toEqual(MASTER[0]);
    expect(page.entries[8]).toEqual(MASTER[8]);
    expect(page.entries).toEqual(MASTER);
  });

  it('reads the stable branch log: Linux 6.1.1, the backport, then mainline history (cgit_stable-linux_log_linux-6.1.y)', () => {
    const page = logPage(CGIT.stableLog);
    expect(page.tree).toEqual({ id: 'stable/linux', path: 'linux/kernel/git/stable/linux.git', role: 'stable' });
    expect(page.entries).toHaveLength(10);
    expect(page.entries[0]).toEqual({ sha: '9985df2819be98e44d5edfa654ceb41c6181c6ee', subject: 'Linux 6.1.1', author: 'Greg Kroah-Hartman', date: '2022-12-21T16:48:36.000Z' });
    expect(page.entries[1]).toEqual({ sha: 'cf8395f410fe2d98d06add33faa7c573f0122ae4', subject: 'rust: kernel: use `sub` in `container_of!` to keep pointer provenance', author: 'Ada Lindqvist', date: '2022-12-21T16:48:30.000Z' });
    expect(page.entries.slice(2)).toEqual(MASTER.slice(1));
    expect(page.entries[9]).toEqual(MASTER[8]);
  });

  it("reads the summary's latest commits, not its branch, tag or clone rows (cgit_torvalds-linux_summary)", () => {
    const page = logPage(CGIT.summary);
    expect(page.url).toBe('https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/');
    expect(page.entries).toEqual(MASTER);
  });

  it('finds the columns by heading when git.kernel.org adds Files and Lines, and skips expanded messages (cgit markup, written here)', () => {
    const doc = parseHtml(`<div class='content'><table class='list nowrap'>
<tr class='nohover'><th class='left'>Age</th><th class='left'>Commit message (<a href='?showmsg=1'>Expand</a>)</th><th class='left'>Author</th><th class='left'>Files</th><th class='left'>Lines</th></tr>
<tr><td><span title='2024-05-12 14:00:00 -0700'>2 days</span></td><td><a href='/pub/scm/linux/kernel/git/torvalds/linux.git/commit/?id=A3C6B4D1E2F30123456789ABCDEF0123456789AB'>Linux 6.9</a></td><td>Linus Torvalds</td><td>1</td><td>-/+</td></tr>
<tr class='nohover-highlight'><td></td><td class='logmsg'>Signed-off-by: someone</td><td></td><td></td><td></td></tr>
</table></div>`);
    const page = parseCgitPage(new URL('https://git.kernel.org/torvalds/l/master'), doc);
    expect(page).toEqual({
      kind: 'cgit-log',
      url: 'https://git.kernel.org/torvalds/l/master',
      tree: { id: 'torvalds/linux', path: 'linux/kernel/git/torvalds/linux.git', role: 'mainline' },
      entries: [{ sha: 'a3c6b4d1e2f30123456789abcdef0123456789ab', subject: 'Linux 6.9', author: 'Linus Torvalds', date: '2024-05-12T21:00:00.000Z' }],
    });
  });
});
