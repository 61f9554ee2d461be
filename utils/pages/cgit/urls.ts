/**
 * Recognising git.kernel.org URLs: cgit's full form
 * `/pub/scm/linux/kernel/git/<owner>/<repo>.git/<view>/[<path>]?id=<sha>&h=<ref>` (also under the
 * old `/cgit/` prefix), the URL shorteners (`/<owner>[/<repo>]/{c,p,h,l,d,ds,t}/…`, kernel.org's
 * korg docs "git-url-shorteners"), `/linus/<sha>`, and old gitweb links (`/?p=…;a=commit;h=…`).
 */
import type { KernelTree } from '../../types';
import { treeFromPath, treeFromShortLink } from './trees';

const HOSTS = new Set(['git.kernel.org']);

export const CGIT_VIEWS = [
  'summary', 'about', 'refs', 'log', 'tree', 'plain', 'blame', 'commit', 'diff', 'rawdiff', 'patch', 'tag', 'stats', 'snapshot', 'atom',
] as const;
export type CgitView = (typeof CGIT_VIEWS)[number];

export interface CgitPlace {
  view: CgitView;
  tree: KernelTree;
  /** The object the URL names (`id=`, or the short link's argument) as written: a sha, a tag, a branch. */
  id?: string;
  /** `id` lower-cased, when it is a hex object name (7–40 digits). */
  sha?: string;
  /** `h=`: the branch or tag the page is on. */
  ref?: string;
  /** `id2=`: the other side of a diff. */
  id2?: string;
  /** A path inside the repository (tree, plain, blame, log, diff views) or a snapshot's file name. */
  filePath?: string;
  /** Which URL form it was. */
  form: 'full' | 'short' | 'gitweb';
}

const FULL = /^\/(?:pub\/scm|cgit)\/(.+?\.git)(?:\/(.*))?$/;
const HEX = /^[0-9a-f]{7,40}$/i;
const NAME = /^[\w.+-]+$/;

/** What the shorteners expand to: `/<owner>[/<repo>]/<op>/<args>`. */
const SHORT_OPS: Readonly<Record<string, { view: CgitView; args: 'id' | 'ids' | 'ref' | 'file' }>> = {
  c: { view: 'commit', args: 'id' },
  p: { view: 'patch', args: 'ids' },
  // Current korg docs: /h/ → tree/?h=<head>; older docs said log/?h=<head>.
  h: { view: 'tree', args: 'ref' },
  l: { view: 'log', args: 'ref' },
  d: { view: 'diff', args: 'ids' },
  ds: { view: 'diff', args: 'ids' },
  // Tarballs, as www.kernel.org links them: /torvalds/t/linux-5.1-rc6.tar.gz.
  t: { view: 'snapshot', args: 'file' },
};

/** gitweb actions that cgit has a view for. */
const GITWEB_ACTIONS: Readonly<Record<string, CgitView>> = {
  commit: 'commit', commitdiff: 'diff', tag: 'tag', log: 'log', shortlog: 'log', summary: 'summary', tree: 'tree', patch: 'patch',
};

/** What a git.kernel.org URL addresses, or null for other hosts, the index page and unknown forms. */
export function classifyCgitUrl(url: URL): CgitPlace | null {
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !HOSTS.has(url.hostname.toLowerCase())) return null;
  const path = safeDecode(url.pathname);
  const full = FULL.exec(path);
  if (full !== null) return fromFull(full[1] ?? '', full[2] ?? '', url.searchParams);
  if (path === '/' || path === '') return fromGitweb(url.search);
  return fromShort(path.split('/').filter((segment) => segment !== ''));
}

/** An absolute URL from a possibly relative href, or null. */
export function parseUrl(href: string, base?: string | URL): URL | null {
  try {
    return new URL(href.trim(), base);
  } catch {
    return null;
  }
}

/** A hex object name lower-cased, or undefined. `full` asks for all 40 digits. */
export function hexId(text: string | null | undefined, full = false): string | undefined {
  const value = (text ?? '').trim().toLowerCase();
  if (full ? !/^[0-9a-f]{40}$/.test(value) : !HEX.test(value)) return undefined;
  return value;
}

function fromFull(repoPath: string, rest: string, query: URLSearchParams): CgitPlace | null {
  const tree = treeFromPath(repoPath);
  if (tree === null) return null;
  const [first = '', ...more] = rest.split('/');
  const view = first === '' ? 'summary' : asView(first);
  if (view === null) return null;
  const place: CgitPlace = { view, tree, form: 'full' };
  const filePath = more.filter((segment) => segment !== '').join('/');
  if (filePath !== '') place.filePath = filePath;
  setObject(place, query.get('id'));
  const ref = query.get('h');
  const id2 = query.get('id2');
  if (ref !== null && ref !== '') place.ref = ref;
  if (id2 !== null && id2 !== '') place.id2 = id2;
  return place;
}

function fromShort(segments: string[]): CgitPlace | null {
  const [owner = '', second = '', third = ''] = segments;
  if (owner === 'linus' && segments.length === 2) return withTree(treeFromShortLink('torvalds'), 'commit', { id: second });
  if (!NAME.test(owner) || owner.endsWith('.git')) return null;
  let repo: string | undefined;
  let opName: string;
  let args: string[];
  if (second in SHORT_OPS) {
    opName = second;
    args = segments.slice(2);
  } else if (third in SHORT_OPS && NAME.test(second) && !second.endsWith('.git')) {
    repo = second;
    opName = third;
    args = segments.slice(3);
  } else {
    return null;
  }
  const op = SHORT_OPS[opName];
  if (op === undefined || args.length === 0) return null;
  const tree = treeFromShortLink(owner, repo);
  switch (op.args) {
    case 'id':
      return args.length === 1 ? withTree(tree, op.view, { id: args[0] ?? '' }) : null;
    case 'ids':
      return args.length <= 2 ? withTree(tree, op.view, { id: args[0] ?? '', id2: args[1] }) : null;
    case 'ref':
      return withTree(tree, op.view, { ref: args.join('/') });
    case 'file':
      return args.length === 1 ? withTree(tree, op.view, { filePath: args[0] ?? '' }) : null;
  }
}

/** Old gitweb links: `/?p=linux/kernel/git/torvalds/linux-2.6.git;a=commit;h=<sha>` (`;` or `&`). */
function fromGitweb(search: string): CgitPlace | null {
  const params = new Map<string, string>();
  for (const pair of search.replace(/^\?/, '').split(/[;&]/)) {
    const at = pair.indexOf('=');
    if (at > 0) params.set(pair.slice(0, at), safeDecode(pair.slice(at + 1).replace(/\+/g, ' ')));
  }
  const project = params.get('p');
  const view = GITWEB_ACTIONS[params.get('a') ?? 'summary'];
  if (project === undefined || view === undefined) return null;
  const place = withTree(treeFromPath(project), view, {}, 'gitweb');
  if (place !== null) setObject(place, params.get('h') ?? null);
  return place;
}

function withTree(
  tree: KernelTree | null,
  view: CgitView,
  parts: { id?: string; id2?: string | undefined; ref?: string; filePath?: string },
  form: CgitPlace['form'] = 'short',
): CgitPlace | null {
  if (tree === null) return null;
  const place: CgitPlace = { view, tree, form };
  if (parts.id !== undefined) setObject(place, parts.id);
  if (parts.id2 !== undefined && parts.id2 !== '') place.id2 = parts.id2;
  if (parts.ref !== undefined && parts.ref !== '') place.ref = parts.ref;
  if (parts.filePath !== undefined && parts.filePath !== '') place.filePath = parts.filePath;
  return place;
}

function setObject(place: CgitPlace, id: string | null): void {
  if (id === null || id === '') return;
  place.id = id;
  const sha = hexId(id);
  if (sha !== undefined) place.sha = sha;
}

function asView(segment: string): CgitView | null {
  return (CGIT_VIEWS as readonly string[]).includes(segment) ? (segment as CgitView) : null;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
