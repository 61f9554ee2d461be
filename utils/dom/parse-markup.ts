/**
 * Parsing fetched markup (Phoronix listing pages, the RSS feed) where the background runs.
 *
 * Firefox's background page has a DOM: `parseWithDom` parses there. Chrome MV3's background
 * is a service worker without `DOMParser`: `parseInOffscreenDocument` hands the text to an
 * offscreen document (entrypoints/offscreen), which runs `parseWithDom` and answers with
 * strings only. `defaultMarkupParser()` picks one. Text is only ever parsed into an inert
 * document (DOMParser): nothing is inserted into a live page, no script runs, nothing loads.
 */
import { browser } from 'wxt/browser';
import { FetchError } from '../net/fetch-error';
import {
  MARKUP_LIMITS,
  parseMarkupRequest,
  validateParseMarkupResponse,
  type ParseMarkupResponse,
} from '../messaging/offscreen-protocol';
import { displayText } from '../overlays/display-text';
import { parsePhoronixListing } from '../pages/phoronix/listing';
import { parsePhoronixRss } from '../pages/phoronix/rss';
import { ARTICLE, LISTING } from '../pages/phoronix/selectors';
import { parseUrl } from '../pages/phoronix/urls';
import type { NewsArticle } from '../types';

/** What may be parsed. */
export type MarkupKind = 'phoronix-listing' | 'phoronix-rss';

/** A seen article as a parse yields it, before it is stamped with where (`seenIn`) and when (`seenAt`). */
export type ParsedArticle = Omit<NewsArticle, 'seenIn' | 'seenAt'>;

/**
 * Parses `text`, fetched from `url`, as a page of `kind`: the articles it lists (canonical
 * URLs, plain text, at most `MARKUP_LIMITS.maxItems`, fields capped), or null when the text is
 * not such a page (an article, an error page, garbage). Rejects with a `FetchError`
 * (`bad-response`) when the text cannot be parsed at all (too large, no parser), or is a
 * listing cut short.
 */
export type MarkupParser = (kind: MarkupKind, url: string, text: string) => Promise<ParsedArticle[] | null>;

/* ─────────────────────────── with a DOM at hand ─────────────────────────── */

/** Parses with `DOMParser` in this context (Firefox's background page, the offscreen document, tests). */
export const parseWithDom: MarkupParser = async (kind, url, text) => {
  checkLength(text);
  const items = kind === 'phoronix-rss' ? parseRssText(text) : parseListingText(url, text);
  return items === null ? null : capArticles(items);
};

function parseListingText(url: string, text: string): ParsedArticle[] | null {
  const base = parseUrl(url);
  if (base === null) return null;
  const doc = new DOMParser().parseFromString(text, 'text/html');
  // An article page also has `#main article`; its body and byline say it is no listing.
  if (doc.querySelector(`${ARTICLE.root} ${ARTICLE.body}, ${ARTICLE.root} ${ARTICLE.byline}`) !== null) return null;
  const page = parsePhoronixListing(base, doc);
  if (page === null) return null;
  // Every Phoronix layout since 2015 ends a listing with its footer. One without it was cut
  // short on the way (a dropped connection): its articles would be only some of them, and
  // none at all would read as "nothing new since". An error, so nothing of it is cached.
  if (doc.querySelector(LISTING.footer) === null) throw new FetchError('bad-response', `${base.pathname} ended before its footer: the page was cut short`);
  return page.teasers.map((teaser) => {
    const item: ParsedArticle = { url: teaser.canonicalUrl, title: teaser.title };
    if (teaser.publishedAt !== undefined) item.publishedAt = teaser.publishedAt;
    if (teaser.date !== undefined) item.date = teaser.date;
    if (teaser.summary !== undefined) item.summary = teaser.summary;
    if (teaser.category !== undefined) item.category = teaser.category;
    return item;
  });
}

function parseRssText(text: string): ParsedArticle[] | null {
  const first = parsePhoronixRss(xmlDocument(text));
  if (first !== null) return first;
  // One repair real feeds sometimes need: a bare `&` (in a link's query, a title) is not XML.
  const repaired = escapeBareAmpersands(text);
  return repaired === text ? null : parsePhoronixRss(xmlDocument(repaired));
}

/**
 * An inert XML document. Leading whitespace before `<?xml` and CDATA sections are rewritten
 * first (the same XML, escaped), so every DOMParser (happy-dom's lacks CDATA) reads the same.
 */
function xmlDocument(text: string): Document {
  const normalised = text.trimStart().replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, data: string) => escapeXmlText(data));
  return new DOMParser().parseFromString(normalised, 'application/xml');
}

function escapeXmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeBareAmpersands(text: string): string {
  return text.replace(/&(?!(?:[a-zA-Z][a-zA-Z0-9]*|#\d+|#x[0-9a-fA-F]+);)/g, '&amp;');
}

/** At most `maxItems` distinct articles (first sighting kept), every text field one clean line within its cap. */
export function capArticles(items: readonly ParsedArticle[]): ParsedArticle[] {
  const seen = new Set<string>();
  const capped: ParsedArticle[] = [];
  for (const item of items) {
    if (capped.length >= MARKUP_LIMITS.maxItems) break;
    if (seen.has(item.url) || item.url.length > MARKUP_LIMITS.maxUrlLength) continue;
    // Shown in overlays: one line, capped, no bidirectional controls (utils/overlays/display-text).
    const title = displayText(item.title, MARKUP_LIMITS.maxTitleLength);
    if (title === '') continue;
    seen.add(item.url);
    const article: ParsedArticle = { url: item.url, title };
    if (item.publishedAt !== undefined) article.publishedAt = item.publishedAt;
    if (item.date !== undefined) article.date = item.date;
    const summary = item.summary === undefined ? '' : displayText(item.summary, MARKUP_LIMITS.maxSummaryLength);
    if (summary !== '') article.summary = summary;
    const category = item.category === undefined ? '' : displayText(item.category, MARKUP_LIMITS.maxCategoryLength);
    if (category !== '') article.category = category;
    capped.push(article);
  }
  return capped;
}

function checkLength(text: string): void {
  if (text.length > MARKUP_LIMITS.maxTextLength) {
    throw new FetchError('bad-response', `The page is too large to read (${Math.round(text.length / 1_000_000)} MB)`);
  }
}

/* ───────────────────── in an offscreen document (Chrome) ───────────────────── */

export const OFFSCREEN_PATH = '/offscreen.html';
export const OFFSCREEN_JUSTIFICATION = 'Parse Phoronix listing pages and the RSS feed fetched by the background';
/** How long the offscreen document may take to answer one request. */
const OFFSCREEN_TIMEOUT_MS = 15_000;

/** The browser calls the offscreen parser makes; Chrome's by default, a fake in tests. */
export interface OffscreenHost {
  /** Whether the offscreen document exists (e.g. created before the service worker restarted). */
  hasDocument(): Promise<boolean>;
  createDocument(): Promise<void>;
  sendMessage(message: unknown): Promise<unknown>;
}

/** The parts of Chrome's `chrome` namespace used here (the project has no Chrome types). */
interface ChromeApi {
  offscreen?: {
    createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void>;
    hasDocument?(): Promise<boolean>;
  };
  runtime: {
    getContexts?(filter: { contextTypes: string[]; documentUrls?: string[] }): Promise<unknown[]>;
    sendMessage(message: unknown): Promise<unknown>;
  };
}

/** Chrome's offscreen API, or null where there is none (Firefox, Chrome before 109). */
export function chromeOffscreenHost(): OffscreenHost | null {
  const chrome = (globalThis as { chrome?: ChromeApi }).chrome;
  const offscreen = chrome?.offscreen;
  if (chrome === undefined || offscreen === undefined) return null;
  // `getURL`'s typed paths come from the build target's entrypoints; Firefox builds have no offscreen page.
  const url = (browser.runtime.getURL as (path: string) => string)(OFFSCREEN_PATH);
  return {
    async hasDocument() {
      if (chrome.runtime.getContexts !== undefined) {
        const contexts = await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
        return contexts.length > 0;
      }
      return (await offscreen.hasDocument?.()) ?? false;
    },
    createDocument: () => offscreen.createDocument({ url, reasons: ['DOM_PARSER'], justification: OFFSCREEN_JUSTIFICATION }),
    sendMessage: (message) => chrome.runtime.sendMessage(message),
  };
}

/**
 * A parser that creates the offscreen document once (reusing it, and re-creating it if it
 * went away) and asks it to parse. Its answer is checked against the protocol's schema.
 */
export function createOffscreenParser(host: () => OffscreenHost | null = chromeOffscreenHost): MarkupParser {
  let ready: Promise<OffscreenHost> | null = null;
  const open = (): Promise<OffscreenHost> => {
    ready ??= openDocument(host()).catch((error: unknown) => {
      ready = null;
      throw error;
    });
    return ready;
  };

  return async (kind, url, text) => {
    checkLength(text);
    const request = parseMarkupRequest(kind, url, text);
    for (let attempt = 0; ; attempt++) {
      const offscreen = await open();
      let answer: unknown;
      try {
        answer = await withTimeout(offscreen.sendMessage(request), OFFSCREEN_TIMEOUT_MS);
      } catch (error) {
        // The document may have been closed since: open it again, once.
        ready = null;
        if (attempt === 0) continue;
        throw new FetchError('bad-response', `The page could not be parsed (the offscreen document did not answer: ${message(error)})`);
      }
      let response: ParseMarkupResponse;
      try {
        response = validateParseMarkupResponse(answer);
      } catch (error) {
        throw new FetchError('bad-response', `The page could not be parsed (${message(error)})`);
      }
      if (!response.ok) throw new FetchError('bad-response', `The page could not be parsed (${response.detail})`);
      return response.items;
    }
  };
}

async function openDocument(host: OffscreenHost | null): Promise<OffscreenHost> {
  if (host === null) throw new FetchError('bad-response', 'This browser can parse pages neither in the background nor in an offscreen document');
  try {
    if (!(await host.hasDocument())) await host.createDocument();
  } catch (error) {
    // Another request created it in the meantime: Chrome allows a single offscreen document.
    if (!/single offscreen document/i.test(message(error))) {
      throw new FetchError('bad-response', `The page could not be parsed (no offscreen document: ${message(error)})`);
    }
  }
  return host;
}

let offscreenParser: MarkupParser | undefined;

/** Parses in the extension's offscreen document (Chrome MV3's service worker has no DOMParser). */
export const parseInOffscreenDocument: MarkupParser = (kind, url, text) => {
  offscreenParser ??= createOffscreenParser();
  return offscreenParser(kind, url, text);
};

/** `parseWithDom` where this context has a DOMParser, the offscreen document otherwise. */
export function defaultMarkupParser(): MarkupParser {
  return typeof DOMParser !== 'undefined' ? parseWithDom : parseInOffscreenDocument;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
