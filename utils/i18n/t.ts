/**
 * Every user-facing string goes through `t()`: the browser's own i18n (public/_locales, made
 * by `npm run locales` from utils/i18n/messages/*.json) picks the reader's language; where it
 * gives nothing — unit tests, or a content script whose extension was just updated — the
 * English text registered for the context stands in. Substitutions are Chrome's `$1`…`$9`.
 *
 * Each entrypoint registers the English of the areas it shows (`registerEnglish(news, …)`
 * with the modules of utils/i18n/english/), so a bundle carries only its own fallback text;
 * tests/setup.ts registers them all.
 */
import { browser } from 'wxt/browser';
import type { MessageArity, MessageKey } from './english';

export type { MessageKey };
export type Substitution = string | number;

/** `n` values of `T`, for each `n` of a union: how many substitutions a message takes. */
type Exactly<N, T, Acc extends T[] = []> = N extends number ? (Acc['length'] extends N ? Acc : Exactly<N, T, [...Acc, T]>) : never;
export type SubstitutionsOf<K extends MessageKey, T = Substitution> = Exactly<MessageArity[K], T>;

type GetMessage = (name: string, substitutions?: string[]) => string;

const english: Partial<Record<MessageKey, string>> = {};

/** Makes these areas' English text the fallback of `t()` in this context (utils/i18n/english/<area>). */
export function registerEnglish(...areas: Readonly<Partial<Record<MessageKey, string>>>[]): void {
  for (const area of areas) Object.assign(english, area);
}

/**
 * Each message's text with stand-ins for its substitutions, asked of the browser once: a
 * page of badges needs the same few dozen messages with different versions in them, and
 * every `getMessage` is a call into the extension bindings (tens of milliseconds a page).
 */
const templates = new Map<string, string | undefined>();
/** The getMessage those templates came from: another one (a test's, a reloaded context's) starts afresh. */
let answeredBy: GetMessage | undefined;
/** U+0001…U+0009 stand for `$1`…`$9`: characters no message contains. */
const STAND_INS = Array.from({ length: 9 }, (_, index) => String.fromCharCode(index + 1));

/** The browser's text for a message, or undefined when it has none (or no i18n at all). */
function fromBrowser(key: string, substitutions: string[]): string | undefined {
  const getMessage = browserGetMessage();
  if (getMessage !== answeredBy) {
    templates.clear();
    answeredBy = getMessage;
  }
  if (!templates.has(key)) templates.set(key, askBrowser(getMessage, key, STAND_INS));
  const template = templates.get(key);
  return template?.replace(/[\u0001-\u0009]/g, (standIn) => substitutions[standIn.charCodeAt(0) - 1] ?? '');
}

function browserGetMessage(): GetMessage | undefined {
  try {
    return (browser as unknown as { i18n?: { getMessage?: GetMessage } } | undefined)?.i18n?.getMessage;
  } catch {
    return undefined;
  }
}

function askBrowser(getMessage: GetMessage | undefined, key: string, substitutions: string[]): string | undefined {
  try {
    const message = getMessage?.(key, substitutions);
    return typeof message === 'string' && message !== '' ? message : undefined;
  } catch {
    return undefined;
  }
}

/** `$1`…`$9` replaced by the substitutions, as the browser does (a missing one is empty). */
export function substitute(template: string, substitutions: readonly string[]): string {
  return template.replace(/\$([1-9])/g, (_, digit: string) => substitutions[Number(digit) - 1] ?? '');
}

/**
 * A message in the reader's language, with its substitutions; its registered English text
 * where the browser has none, and the key itself if that was not registered either.
 */
export function t<K extends MessageKey>(key: K, ...substitutions: SubstitutionsOf<K>): string {
  const texts = (substitutions as readonly Substitution[]).map(String);
  return fromBrowser(key, texts) ?? substitute(english[key] ?? key, texts);
}
