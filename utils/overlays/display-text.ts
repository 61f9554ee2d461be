/**
 * Text fetched from elsewhere (an article title, a commit subject, an error's detail) as
 * overlays may show it: one line, bounded, and unable to reorder the text around it.
 *
 * Preact renders strings as text, so markup in them is never parsed; what text alone can
 * still do is handled here, where the text enters (sources, parsers, message schemas):
 * - bidirectional controls are removed. An override (U+202E) or an unclosed embedding or
 *   isolate reverses what follows it — in a sentence of ours ("…, checked 3 hours ago"),
 *   in an aria-label or tooltip, where no `<bdi>` can fence it. Kernel titles and subjects
 *   never need them; text in a right-to-left script still shows in its own direction
 *   (the browser's implicit bidi), only the invisible controls go;
 * - other control characters and line breaks become spaces, runs of spaces one space;
 * - the length is capped, with an ellipsis (titles 300 characters, as Phoronix's own).
 */

/** Embeddings, overrides, isolates and their terminators, and the three directional marks. */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** C0 and C1 controls, DEL, line and paragraph separators, and any run of white space. */
const BREAKS = /[\s\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g;

export const MAX_TITLE_LENGTH = 300;

/** `text` as one bounded line of plain text with no bidirectional controls (see above). */
export function displayText(text: string, max = MAX_TITLE_LENGTH): string {
  // Enough to fill `max` after cleaning in any real case; a megabyte is not worked through.
  const head = text.length > max * 4 ? text.slice(0, max * 4) : text;
  const clean = head.replace(BIDI_CONTROLS, '').replace(BREAKS, ' ').trim();
  if (head === text && clean.length <= max) return clean;
  let cut = clean.slice(0, max - 1);
  // Never half a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** Whether `text` holds a bidirectional control (for tests and checks). */
export function hasBidiControls(text: string): boolean {
  return new RegExp(BIDI_CONTROLS.source).test(text);
}
