/**
 * The one message between the background and its offscreen document (Chrome MV3, whose
 * service worker has no DOMParser): "parse this fetched text as a Phoronix listing / the RSS
 * feed". Both ends check what they receive against these schemas; only strings cross back.
 */
import * as v from 'valibot';
import { canonicalPhoronixUrl } from '../pages/phoronix/urls';
import type { MarkupKind, MarkupParser, ParsedArticle } from '../dom/parse-markup';
import { InvalidMessageError } from './request-schemas';

/** Bounds on what is parsed and on what a parse may hand back. */
export const MARKUP_LIMITS = {
  /** Characters of fetched text (Phoronix pages are ~100–200 kB, the feed ~25 kB). */
  maxTextLength: 4_000_000,
  maxItems: 200,
  maxTitleLength: 300,
  maxSummaryLength: 1_000,
  maxCategoryLength: 100,
  maxUrlLength: 2_000,
} as const;

export const OFFSCREEN_TARGET = 'kernel-context-offscreen';

export interface ParseMarkupRequest {
  target: typeof OFFSCREEN_TARGET;
  type: 'parse-markup';
  kind: MarkupKind;
  /** The URL the text was fetched from (listings are told apart by it). */
  url: string;
  text: string;
}

/** `items: null`: the text is not a page of that kind. `ok: false`: the parse itself failed. */
export type ParseMarkupResponse = { ok: true; items: ParsedArticle[] | null } | { ok: false; detail: string };

const MarkupKindSchema = v.picklist(['phoronix-listing', 'phoronix-rss']);

export const ParseMarkupRequestSchema = v.strictObject({
  target: v.literal(OFFSCREEN_TARGET),
  type: v.literal('parse-markup'),
  kind: MarkupKindSchema,
  url: v.pipe(v.string(), v.maxLength(MARKUP_LIMITS.maxUrlLength), v.url()),
  text: v.pipe(v.string(), v.maxLength(MARKUP_LIMITS.maxTextLength)),
}) satisfies v.GenericSchema<unknown, ParseMarkupRequest>;

const ParsedArticleSchema = v.strictObject({
  url: v.pipe(
    v.string(),
    v.maxLength(MARKUP_LIMITS.maxUrlLength),
    v.check((url) => canonicalPhoronixUrl(url) === url, 'not a canonical Phoronix article URL'),
  ),
  title: v.pipe(v.string(), v.minLength(1), v.maxLength(MARKUP_LIMITS.maxTitleLength)),
  publishedAt: v.optional(v.pipe(v.string(), v.isoTimestamp())),
  date: v.optional(v.pipe(v.string(), v.isoDate())),
  summary: v.optional(v.pipe(v.string(), v.maxLength(MARKUP_LIMITS.maxSummaryLength))),
  category: v.optional(v.pipe(v.string(), v.maxLength(MARKUP_LIMITS.maxCategoryLength))),
}) satisfies v.GenericSchema<unknown, ParsedArticle>;

export const ParseMarkupResponseSchema = v.variant('ok', [
  v.strictObject({ ok: v.literal(true), items: v.nullable(v.pipe(v.array(ParsedArticleSchema), v.maxLength(MARKUP_LIMITS.maxItems))) }),
  v.strictObject({ ok: v.literal(false), detail: v.pipe(v.string(), v.maxLength(300)) }),
]) satisfies v.GenericSchema<unknown, ParseMarkupResponse>;

export function parseMarkupRequest(kind: MarkupKind, url: string, text: string): ParseMarkupRequest {
  return { target: OFFSCREEN_TARGET, type: 'parse-markup', kind, url, text };
}

/** Whether a runtime message is addressed to the offscreen document (every other one is left to the background). */
export function isOffscreenMessage(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { target?: unknown }).target === OFFSCREEN_TARGET;
}

export function validateParseMarkupRequest(message: unknown): ParseMarkupRequest {
  const result = v.safeParse(ParseMarkupRequestSchema, message);
  if (!result.success) throw new InvalidMessageError(`Malformed offscreen request: ${issues(result.issues)}`);
  return result.output;
}

export function validateParseMarkupResponse(message: unknown): ParseMarkupResponse {
  const result = v.safeParse(ParseMarkupResponseSchema, message);
  if (!result.success) throw new InvalidMessageError(`Malformed offscreen answer: ${issues(result.issues)}`);
  return result.output;
}

/**
 * The offscreen document's side: checks that the request comes from this extension and has
 * the exact shape, parses with `parse` (the DOM parser), and answers. Never throws.
 */
export async function answerParseMarkup(
  message: unknown,
  sender: { id?: string },
  runtimeId: string,
  parse: MarkupParser,
): Promise<ParseMarkupResponse> {
  try {
    if (sender.id !== runtimeId) throw new InvalidMessageError('Message from outside Kernel Context');
    const request = validateParseMarkupRequest(message);
    return { ok: true, items: await parse(request.kind, request.url, request.text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, detail: detail.slice(0, 300) };
  }
}

function issues(list: readonly { message: string }[]): string {
  return list
    .slice(0, 3)
    .map((issue) => issue.message)
    .join('; ')
    .slice(0, 250);
}
