/**
 * Kernel source paths: a top-level directory of the kernel tree, a "/", and then either
 * nothing (`rust/`), more directories (`drivers/gpu/drm/nova/`, `arch/x86/`) or a file
 * (`kernel/fork.c`, `include/linux/sched.h`). "dir/word" alone is prose, not a path
 * ("graphics drivers/firmware", "net/http"), and so is anything inside a URL or after a "/".
 */
import type { PathMention } from '../types';
import { type Found, insideSpans, kept } from './found';
import type { UrlSpan } from './urls';

const TOP_LEVEL = new Set(
  'arch block certs crypto Documentation drivers fs include init io_uring ipc kernel lib LICENSES mm net rust samples scripts security sound tools usr virt'.split(' '),
);
const SEGMENT = String.raw`[\w+-]+(?:\.[\w+-]+)*`;
// What follows "<top>/": directories, then maybe a file name; sticky, run from each "/".
const REST = new RegExp(String.raw`((?:${SEGMENT}\/)*)(${SEGMENT})?(?![\w/])`, 'y');
const NOT_BEFORE = /[\w./~@:\\-]/;
const FILE_NAME = /(?:\.[A-Za-z]{1,4}|^(?:Kconfig|Makefile|Kbuild|MAINTAINERS)(?:\.\w+)?)$/;
// "mm/dd/yyyy" is a date format.
const DATE_FORMAT = /^(?:dd|yy|yyyy)\//i;

function isNameCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** Source paths in `text`, in order, skipping anything inside `urls`. */
export function findPaths(text: string, urls: readonly UrlSpan[] = []): Found<PathMention>[] {
  const found: Found<PathMention>[] = [];
  // Scan for "/" (fast) and read the directory name leftwards.
  for (let slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', slash + 1)) {
    let start = slash;
    while (start > 0 && slash - start < 13 && isNameCode(text.charCodeAt(start - 1))) start -= 1;
    if (start === slash || !TOP_LEVEL.has(text.slice(start, slash))) continue;
    if (start > 0 && NOT_BEFORE.test(text[start - 1]!)) continue;
    REST.lastIndex = slash + 1;
    const rest = REST.exec(text);
    if (!rest) continue;
    const end = slash + 1 + rest[0].length;
    const dirs = rest[1] ?? '';
    const last = rest[2];
    slash = end - 1;
    if (last !== undefined && dirs === '' && !FILE_NAME.test(last)) continue;
    if (DATE_FORMAT.test(dirs) || insideSpans(urls, start)) continue;
    found.push({ start, end, data: kept({ kind: 'path', path: text.slice(start, end) }) });
  }
  return found;
}
