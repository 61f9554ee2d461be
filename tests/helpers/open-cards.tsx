import { fireEvent, render } from '@testing-library/preact';
import type { ComponentChild } from 'preact';

/**
 * Opens every badge's card under `root`, as a reader pressing each badge would. A card's
 * details are drawn the first time it shows (components/BadgeWithCard.tsx).
 */
export function openCards(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button.kc-badge__button')) {
    if (button.getAttribute('aria-expanded') !== 'true') fireEvent.click(button);
  }
}

/** A badge (or several) rendered, with its card opened. */
export function renderOpened(ui: ComponentChild): ReturnType<typeof render> {
  const rendered = render(ui);
  openCards(rendered.container);
  return rendered;
}
