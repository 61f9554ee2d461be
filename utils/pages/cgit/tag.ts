/** cgit's tag view: `…/<repo>.git/tag/?h=<tag>` (annotated tags; lightweight ones show name and object only). */
import type { CgitTagPage } from '../../types';
import { messageText } from './commit';
import { infoRows, rowsLabelled } from './info-table';
import { cgitPageProblem } from './problems';
import { TAG } from './selectors';
import { cgitDateToInstant, parsePerson, squash } from './text';
import { classifyCgitUrl, hexId, parseUrl } from './urls';

const TAG_NAME = /^(\S+)(?:\s+\(([0-9a-f]{40})\))?$/i;
const SIGNATURE = /\n?-----BEGIN PGP SIGNATURE-----[\s\S]*?(?:-----END PGP SIGNATURE-----|$)/g;

export function parseCgitTag(url: URL, doc: Document): CgitTagPage | null {
  const place = classifyCgitUrl(url);
  if (place === null || cgitPageProblem(doc) !== null) return null;
  const info = doc.querySelector(TAG.info);
  if (info === null) return null;
  const rows = infoRows(info);
  const nameRow = rowsLabelled(rows, 'tag name')[0];
  const objectRow = rowsLabelled(rows, 'tagged object')[0];
  // A commit view's table has neither.
  if (nameRow === undefined && objectRow === undefined) return null;
  const tag = TAG_NAME.exec(squash(nameRow?.cells[0]?.textContent))?.[1] ?? place.ref ?? place.id;
  if (tag === undefined || tag === '') return null;

  const page: CgitTagPage = { kind: 'cgit-tag', url: url.href, tree: place.tree, tag };
  const link = objectRow?.cells[0]?.querySelector(TAG.objectLink) ?? null;
  // "commit 7bbe11f8ae...": only a tagged commit gives the page its sha.
  if (link !== null && /^commit\b/i.test(squash(link.textContent))) {
    const sha = hexId(parseUrl(link.getAttribute('href') ?? '', url)?.searchParams.get('id'), true);
    if (sha !== undefined) page.sha = sha;
  }
  const taggedAt = cgitDateToInstant(rowsLabelled(rows, 'tag date')[0]?.cells[0]?.textContent);
  const tagger = parsePerson(rowsLabelled(rows, 'tagged by')[0]?.cells[0]?.textContent);
  const message = tagMessage(doc);
  if (taggedAt !== undefined) page.taggedAt = taggedAt;
  if (tagger !== undefined) page.tagger = tagger;
  if (message !== '') page.message = message;
  return page;
}

/** Subject and body of the tag's message, without a PGP signature block. */
function tagMessage(doc: Document): string {
  const subject = (doc.querySelector(TAG.subject)?.textContent ?? '').trim();
  const body = messageText(doc.querySelector(TAG.message)?.textContent);
  const whole = body === '' ? subject : `${subject}\n\n${body}`;
  return whole.replace(SIGNATURE, '').trim();
}
