import { storage } from 'wxt/utils/storage';
import type { RateLimitBook, RateLimitSnapshot } from './rate-limits';

/**
 * GitHub's and other hosts' "wait until" kept in storage.local: an MV3 background is
 * stopped after seconds idle, and must not spend requests it was told to hold back.
 */
const savedRateLimits = storage.defineItem<RateLimitSnapshot | null>('local:rateLimits', { fallback: null });

export async function keepRateLimits(book: RateLimitBook, now = () => Date.now()): Promise<void> {
  let saving: ReturnType<typeof setTimeout> | undefined;
  book.onChange = () => {
    // Several responses in a row: one write.
    clearTimeout(saving);
    saving = setTimeout(() => void savedRateLimits.setValue(book.snapshot()).catch(() => undefined), 200);
  };
  const saved = await savedRateLimits.getValue().catch(() => null);
  if (saved) book.restore(saved, now());
}
