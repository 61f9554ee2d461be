import { fireEvent, render, screen } from '@testing-library/preact';
import { BadgeWithCard } from '@/components/BadgeWithCard';

const renderBadge = () =>
  render(
    <BadgeWithCard label="EOL" state="eol" ariaLabel="Linux 5.13: end of life" cardLabel="Linux 5.13">
      <p>
        Released <a href="https://git.kernel.org/torvalds/h/v5.13">v5.13</a>.
      </p>
    </BadgeWithCard>,
  );
const card = (container: Element) => container.querySelector('.kc-card')!;

describe('BadgeWithCard', () => {
  it('is named by its visible label, then in full', () => {
    renderBadge();
    expect(screen.getByRole('button', { name: 'EOL Linux 5.13: end of life' }).textContent).toBe('EOL');
  });

  it('opens when pressed, and closes when focus leaves the badge', () => {
    const { container } = renderBadge();
    const button = screen.getByRole('button');
    expect(card(container).getAttribute('data-open')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    // Focus moving into the card keeps it open; leaving the badge closes it.
    fireEvent.focusOut(button, { relatedTarget: screen.getByRole('link') });
    expect(card(container).getAttribute('data-open')).toBe('true');
    fireEvent.focusOut(screen.getByRole('link'), { relatedTarget: document.body });
    expect(card(container).getAttribute('data-open')).toBe('false');
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('Escape in the card closes it and puts focus back on the button', () => {
    const { container } = renderBadge();
    const button = screen.getByRole('button');
    fireEvent.click(button);
    const link = screen.getByRole('link');
    link.focus();
    fireEvent.keyDown(link, { key: 'Escape' });
    expect(card(container).getAttribute('data-open')).toBe('false');
    expect(document.activeElement).toBe(button);
  });

  it('shows while hovered; Escape dismisses it wherever focus is, until the pointer comes back', () => {
    const { container } = renderBadge();
    const badge = container.querySelector('.kc-badge')!;
    fireEvent.mouseEnter(badge);
    expect(card(container).getAttribute('data-open')).toBe('true');
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(card(container).getAttribute('data-open')).toBe('false');
    fireEvent.mouseLeave(badge);
    fireEvent.mouseEnter(badge);
    expect(card(container).getAttribute('data-open')).toBe('true');
  });

  it("draws the card's details the first time it shows, and keeps them", () => {
    const { container } = renderBadge();
    // Nothing of the card is in the page before the reader asks for it…
    expect(card(container).textContent).toBe('');
    expect(container.querySelector('a')).toBeNull();
    const badge = container.querySelector('.kc-badge')!;
    fireEvent.mouseEnter(badge);
    expect(screen.getByRole('link').getAttribute('href')).toBe('https://git.kernel.org/torvalds/h/v5.13');
    // …and once drawn, it stays for the next time (closed, it is hidden, not removed).
    fireEvent.mouseLeave(badge);
    expect(card(container).getAttribute('data-open')).toBe('false');
    expect(card(container).textContent).toContain('Released v5.13.');
  });
});
