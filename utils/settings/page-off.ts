import { storage } from 'wxt/utils/storage';
import { pageKey } from '../pages/page-key';
import { PAGES_OFF_KEY } from './storage-keys';

/** Pages the reader switched Kernel Context off on ("off on this page only"), newest last. */
export const pagesOffItem = storage.defineItem<string[]>(PAGES_OFF_KEY, { fallback: [] });

/** More than this many pages remembered would only grow: the oldest are forgotten. */
const MAX_PAGES_OFF = 500;

export function isPageOff(pages: readonly string[], href: string): boolean {
  return pages.includes(pageKey(href));
}

/** Switches the page off, or back on; returns whether it is now off. */
export async function togglePageOff(href: string): Promise<boolean> {
  const key = pageKey(href);
  const pages = (await pagesOffItem.getValue()).filter((page) => typeof page === 'string');
  const off = !pages.includes(key);
  const next = off ? [...pages, key].slice(-MAX_PAGES_OFF) : pages.filter((page) => page !== key);
  await pagesOffItem.setValue(next);
  return off;
}
