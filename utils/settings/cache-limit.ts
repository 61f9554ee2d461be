import { storage } from 'wxt/utils/storage';

/** The cache's size limit, in MB, as the options page sets it. */
export const CACHE_LIMIT_CHOICES_MB = [5, 10, 20, 50, 100] as const;
export const DEFAULT_CACHE_LIMIT_MB = 20;

export const cacheLimitItem = storage.defineItem<number>('local:cacheLimitMb', { fallback: DEFAULT_CACHE_LIMIT_MB });

/** A stored limit, repaired: one of the choices, else the default. */
export function cleanCacheLimit(value: unknown): number {
  return typeof value === 'number' && (CACHE_LIMIT_CHOICES_MB as readonly number[]).includes(value) ? value : DEFAULT_CACHE_LIMIT_MB;
}
