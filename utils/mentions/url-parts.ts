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

export function urlParts(href: string): UrlParts | undefined {
  const match = URL_PARTS.exec(href);
  if (!match) return undefined;
  return { host: match[1]!.toLowerCase(), path: match[2]!, query: match[3] ?? '' };
}

const PARAMS = new Map<string, RegExp>();

/** A query parameter's raw value; `;` separates parameters too (old gitweb URLs). */
export function queryParam(query: string, name: string): string | undefined {
  let pattern = PARAMS.get(name);
  if (!pattern) PARAMS.set(name, (pattern = new RegExp(`[?&;]${name}=([^&;#]*)`)));
  return pattern.exec(query)?.[1];
}
