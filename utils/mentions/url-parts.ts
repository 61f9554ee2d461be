/** The parts of an absolute http(s) URL that link parsers need, without `new URL` (hot path). */
export interface UrlParts {
  /** Lower case, without port. */
  host: string;
  /** As written (percent-encoded), starting with "/" (or empty). */
  path: string;
  /** As written, with its "?" (or empty). */
  query: string;
}

const URL_PARTS = /^https?:\/\/(?:[^@/?#]*@)?([^/?#:]+)(?::\d+)?([^?#]*)(\?[^#]*)?/i;

// The last answer: a link's address is parsed for a commit, then for a message id.
let lastHref: string | undefined;
let lastParts: UrlParts | undefined;

/** The parts of an http(s) URL (callers must not change the answer: it is shared). */
export function urlParts(href: string): UrlParts | undefined {
  if (href === lastHref) return lastParts;
  const match = URL_PARTS.exec(href);
  lastHref = href;
  lastParts = match ? { host: match[1]!.toLowerCase(), path: match[2]!, query: match[3] ?? '' } : undefined;
  return lastParts;
}

const PARAMS = new Map<string, RegExp>();

/** A query parameter's raw value; `;` separates parameters too (old gitweb URLs). */
export function queryParam(query: string, name: string): string | undefined {
  let pattern = PARAMS.get(name);
  if (!pattern) PARAMS.set(name, (pattern = new RegExp(`[?&;]${name}=([^&;#]*)`)));
  return pattern.exec(query)?.[1];
}
