/** cgit's commit view: `…/<repo>.git/commit/?id=<sha>` (and the `/c/` short links that redirect there). */
import type { CgitCommitPage } from '../../types';
import { infoRows, rowsLabelled, type InfoRow } from './info-table';
import { cgitPageProblem } from './problems';
import { COMMIT } from './selectors';
import { cgitDateToInstant, parsePerson } from './text';
import { parseTrailers, parseUpstreamSha } from './trailers';
import { classifyCgitUrl, hexId, parseUrl } from './urls';

export function parseCgitCommit(url: URL, doc: Document): CgitCommitPage | null {
  const place = classifyCgitUrl(url);
  if (place === null || cgitPageProblem(doc) !== null) return null;
  const info = doc.querySelector(COMMIT.info);
  const subjectElement = doc.querySelector(COMMIT.subject);
  if (info === null || subjectElement === null) return null;
  const rows = infoRows(info);
  // The tag view has a `table.commit-info` too.
  if (rowsLabelled(rows, 'tag name').length > 0) return null;
  const sha = oidOf(rowsLabelled(rows, 'commit')[0], url) ?? (place.view === 'commit' && place.id !== undefined ? hexId(place.id, true) : undefined);
  if (sha === undefined) return null;

  const subject = subjectText(subjectElement);
  const bodyElement = doc.querySelector(COMMIT.message) ?? undefined;
  const bodyText = messageText(bodyElement?.textContent);
  const page: CgitCommitPage = {
    kind: 'cgit-commit',
    url: url.href,
    tree: place.tree,
    sha,
    subject,
    message: bodyText === '' ? subject : `${subject}\n\n${bodyText}`,
    parents: rowsLabelled(rows, 'parent')
      .map((row) => oidOf(row, url))
      .filter((parent): parent is string => parent !== undefined),
    trailers: parseTrailers(bodyText),
  };
  for (const role of ['author', 'committer'] as const) {
    const row = rowsLabelled(rows, role)[0];
    const person = parsePerson(row?.cells[0]?.textContent);
    const date = cgitDateToInstant(row?.cells[1]?.textContent);
    if (person !== undefined) page[role] = person;
    if (date !== undefined) page[role === 'author' ? 'authorDate' : 'commitDate'] = date;
  }
  const upstreamSha = parseUpstreamSha(bodyText);
  if (upstreamSha !== undefined) page.upstreamSha = upstreamSha;
  if (bodyElement !== undefined) page.body = bodyElement;
  return page;
}

/** The 40-hex id a `commit`/`parent` row links to: the link's text, else its `id=`. */
function oidOf(row: InfoRow | undefined, base: URL): string | undefined {
  const link = row?.cells[0]?.querySelector(COMMIT.oidLink);
  if (link === null || link === undefined) return undefined;
  const fromText = hexId(link.textContent, true);
  if (fromText !== undefined) return fromText;
  const href = parseUrl(link.getAttribute('href') ?? '', base);
  return hexId(href?.searchParams.get('id'), true);
}

/** The subject without the branch and tag names cgit appends to it. */
function subjectText(element: Element): string {
  return Array.from(element.childNodes)
    .filter((node) => !(isElement(node) && node.matches(COMMIT.decoration)))
    .map((node) => node.textContent ?? '')
    .join('')
    .trim();
}

/** The message as git stores it, without cgit's leading and trailing newlines. */
export function messageText(text: string | null | undefined): string {
  return (text ?? '').replace(/\r\n?/g, '\n').replace(/^\n+/, '').trimEnd();
}

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}
