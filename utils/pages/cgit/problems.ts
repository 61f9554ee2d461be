/** Pages that are not the page asked for: cgit's error pages and kernel.org's bot wall. */
import { BOT_WALL, CGIT_ERROR } from './selectors';
import { squash } from './text';

export type CgitPageProblem =
  /** The proof-of-work challenge (Anubis) instead of the page: "unavailable", never "not found". */
  | { kind: 'bot-wall' }
  /** cgit's own error: "Not found", "Bad commit reference: <sha>", "Bad object id: …", "Invalid branch: …". */
  | { kind: 'error'; message: string };

export function cgitPageProblem(doc: Document): CgitPageProblem | null {
  if (doc.querySelector(BOT_WALL.markers) !== null || BOT_WALL.title.test(doc.title)) return { kind: 'bot-wall' };
  const error = doc.querySelector(CGIT_ERROR);
  if (error !== null) return { kind: 'error', message: squash(error.textContent) };
  return null;
}
