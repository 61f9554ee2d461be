import { fireEvent, render, screen } from '@testing-library/preact';
import { NewsPanel } from '@/components/NewsPanel';
import type { TimelineEvent } from '@/utils/news/timeline';
import type { LaterNewsAnswer } from '@/utils/types';

const NOW = Date.UTC(2026, 10, 28, 12, 0, 0);
const articles: TimelineEvent[] = Array.from({ length: 8 }, (_, rank) => ({
  date: `2025-0${rank + 1}-01`,
  kind: 'article' as const,
  text: `Later article ${rank}`,
  href: `https://www.phoronix.com/news/Later-${rank}`,
  rank,
}));
const events: TimelineEvent[] = [{ date: '2021-06-27', kind: 'release', text: 'Linux 5.13 released', href: 'https://git.kernel.org/torvalds/h/v5.13' }, ...articles];
const found: LaterNewsAnswer = { subject: 'https://www.phoronix.com/news/X', state: 'found', articles: [], checkedAt: NOW - 3 * 3_600_000 };

describe('NewsPanel', () => {
  it('lists events with <time> and evidence links; five articles, the rest behind "more"', () => {
    const { container } = render(<NewsPanel answer={found} events={events} collapsed={false} onToggle={() => {}} onRefresh={() => {}} now={NOW} />);
    expect(container.querySelectorAll('li')).toHaveLength(6);
    expect(container.querySelector('li time')?.getAttribute('datetime')).toBe('2021-06-27');
    expect(container.querySelector('li a[data-kc-evidence]')?.getAttribute('href')).toBe('https://git.kernel.org/torvalds/h/v5.13');
    // Each later article is an evidence link holding its <time>.
    const first = container.querySelector('li[data-kind="article"] a[data-kc-evidence]');
    expect(first?.getAttribute('href')).toBe('https://www.phoronix.com/news/Later-0');
    expect(first?.querySelector('time')?.getAttribute('datetime')).toBe('2025-01-01');
    fireEvent.click(screen.getByRole('button', { name: '3 more articles' }));
    expect(container.querySelectorAll('li')).toHaveLength(9);
    expect(container.textContent).toContain('checked 3 hours ago');
  });

  it('collapses from its toggle, announced as expanded or not', () => {
    const toggled = vi.fn();
    const { container, rerender } = render(<NewsPanel answer={found} events={events} collapsed={false} onToggle={toggled} onRefresh={() => {}} now={NOW} />);
    const toggle = screen.getByRole('button', { name: /Since this article/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(toggle);
    expect(toggled).toHaveBeenCalledOnce();
    rerender(<NewsPanel answer={found} events={events} collapsed onToggle={toggled} onRefresh={() => {}} now={NOW} />);
    expect(screen.getByRole('button', { name: /Since this article/ }).getAttribute('aria-expanded')).toBe('false');
    expect((container.querySelector('#kc-news-body') as HTMLElement).hidden).toBe(true);
  });

  it('refreshes on request', () => {
    const refreshed = vi.fn();
    render(<NewsPanel answer={found} events={events} collapsed={false} onToggle={() => {}} onRefresh={refreshed} now={NOW} />);
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(refreshed).toHaveBeenCalledOnce();
  });

  it('says Phoronix is unavailable, and why, while still listing what it knows', () => {
    const answer: LaterNewsAnswer = { subject: found.subject, state: 'unavailable', articles: [], failure: { reason: 'http-error', detail: 'www.phoronix.com answered HTTP 503', at: NOW } };
    const { container } = render(<NewsPanel answer={answer} events={events.slice(0, 1)} collapsed={false} onToggle={() => {}} onRefresh={() => {}} now={NOW} />);
    expect(container.textContent).toContain('Later news is unavailable: Phoronix could not be asked (the server answered with an error (www.phoronix.com answered HTTP 503)).');
    expect(container.querySelectorAll('li')).toHaveLength(1);
  });

  it('renders fetched titles as text and drops non-web links', () => {
    const hostile: TimelineEvent[] = [{ date: '2025-01-01', kind: 'article', text: '<img src=x onerror=alert(1)>', href: 'javascript:alert(1)', rank: 0 }];
    const { container } = render(<NewsPanel answer={found} events={hostile} collapsed={false} onToggle={() => {}} onRefresh={() => {}} now={NOW} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('a')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
