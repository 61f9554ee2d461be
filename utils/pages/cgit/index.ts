/** Page parsers for git.kernel.org (cgit 1.2.3): `(URL, Document) → Page`, browser-free. */
import type { CgitCommitPage, CgitLogPage, CgitTagPage } from '../../types';
import { parseCgitCommit } from './commit';
import { parseCgitLog } from './log';
import { cgitPageProblem } from './problems';
import { parseCgitTag } from './tag';
import { classifyCgitUrl } from './urls';

export { parseCgitCommit } from './commit';
export { parseCgitLog } from './log';
export { cgitPageProblem, type CgitPageProblem } from './problems';
export { parseCgitTag } from './tag';
export { parseTrailers, parseUpstreamSha } from './trailers';
export { roleOf, treeFromPath, treeFromShortLink } from './trees';
export { classifyCgitUrl, type CgitPlace, type CgitView } from './urls';

export type CgitPage = CgitCommitPage | CgitTagPage | CgitLogPage;

/**
 * The commit, tag or log (and summary) page at `url`; null for other views, cgit's error pages
 * ("Not found", "Bad commit reference", "Bad object id", "Invalid branch") and the bot wall
 * (`cgitPageProblem` tells those apart).
 */
export function parseCgitPage(url: URL, doc: Document): CgitPage | null {
  const place = classifyCgitUrl(url);
  if (place === null || cgitPageProblem(doc) !== null) return null;
  switch (place.view) {
    case 'commit':
      return parseCgitCommit(url, doc);
    case 'tag':
      return parseCgitTag(url, doc);
    case 'log':
    case 'summary':
      return parseCgitLog(url, doc);
    default:
      return null;
  }
}
