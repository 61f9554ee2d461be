import type { PageDriver } from './driver';
import { openEveryCard } from './open-cards.mjs';

/**
 * Runs `read` in the page once every badge's card there has been opened: a card's details
 * are drawn the first time it shows (components/BadgeWithCard.tsx), so a test reading what
 * a card says opens it first, as a reader would.
 */
export async function readWithCardsOpen<R>(page: PageDriver, read: () => R | Promise<R>): Promise<R> {
  await page.evaluate(openEveryCard);
  return page.evaluate(read);
}
