/** Lists inside messages, joined the way the messages' language joins them. */
import { t } from './t';
import { listFormat } from './formats';

/** The language the messages are in (a BCP 47 tag, which the catalogue itself gives). */
export function messageLocale(): string {
  return t('meta_locale');
}

/** "a, b, and c" — or "a、b和c" — in the messages' language (Intl.ListFormat's conjunction). */
export function listAnd(items: readonly string[]): string {
  try {
    return listFormat(messageLocale(), { type: 'conjunction' }).format(items);
  } catch {
    return listFormat('en', { type: 'conjunction' }).format(items);
  }
}

/** "a, b, c" — or "a、b、c": a plain list, without "and". */
export function listPlain(items: readonly string[]): string {
  return items.reduce((joined, item) => t('meta_list_pair', joined, item));
}
