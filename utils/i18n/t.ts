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

/** The browser's text for a message, or undefined when it has none (or no i18n at all). */
function fromBrowser(key: string, substitutions: string[]): string | undefined {
  try {
    const getMessage = (browser as unknown as { i18n?: { getMessage?: GetMessage } } | undefined)?.i18n?.getMessage;
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
