import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { PopupCache } from '@/components/PopupCache';
import { PopupGitHub } from '@/components/PopupGitHub';
import { PopupHostAccess } from '@/components/PopupHostAccess';
import type { RateLimitState } from '@/utils/types';

const NOW = Date.UTC(2026, 3, 12, 12, 0, 0);
const clock = (at: number) => new Date(at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

afterEach(cleanup);

describe('PopupCache', () => {
  const cache = { entries: 3, bytes: 2048, oldestFetchedAt: NOW - 60_000, persistent: true };

  it('"Refresh this page" calls back, with a description of what it does', () => {
    const onRefreshPage = vi.fn();
    render(<PopupCache cache={cache} now={NOW} onRefreshPage={onRefreshPage} onClearCache={() => undefined} />);
    const button = screen.getByRole('button', { name: 'Refresh this page' });
    expect(button.getAttribute('aria-describedby')).toBe('kc-popup-refresh-hint');
    expect(document.getElementById('kc-popup-refresh-hint')?.textContent).toMatch(/every source again/);
    fireEvent.click(button);
    expect(onRefreshPage).toHaveBeenCalledTimes(1);
  });

  it('while refreshing, keeps the button focusable but marks it busy and ignores clicks', () => {
    const onRefreshPage = vi.fn();
    render(<PopupCache cache={cache} now={NOW} onRefreshPage={onRefreshPage} refreshing onClearCache={() => undefined} />);
    const button = screen.getByRole('button', { name: 'Refresh this page' }) as HTMLButtonElement;
    expect(button.disabled).toBe(false);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(button);
    expect(onRefreshPage).not.toHaveBeenCalled();
  });

  it('has no "Refresh this page" without a page to refresh, but still "Clear cache"', () => {
    const onClearCache = vi.fn();
    render(<PopupCache cache={cache} now={NOW} onClearCache={onClearCache} />);
    expect(screen.queryByRole('button', { name: 'Refresh this page' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Clear cache' }));
    expect(onClearCache).toHaveBeenCalledTimes(1);
  });
});

describe('PopupGitHub', () => {
  const renderGitHub = (rateLimits: RateLimitState[], tokenSet?: boolean) => {
    const onOpenOptions = vi.fn();
    render(<PopupGitHub rateLimits={rateLimits} tokenSet={tokenSet} onOpenOptions={onOpenOptions} now={NOW} />);
    return { onOpenOptions, rate: () => screen.getByTestId('rate-limit') };
  };

  it('shows the requests left of the limit and when it resets, as a <time>', () => {
    const resetAt = NOW + 25 * 60_000;
    const { rate } = renderGitHub([{ resource: 'core', remaining: 42, limit: 60, resetAt }]);
    expect(rate().textContent).toBe(`42 of 60 requests left, resets at ${clock(resetAt)}`);
    expect(rate().querySelector('time')?.getAttribute('datetime')).toBe(new Date(resetAt).toISOString());
  });

  it('says "rate-limited until HH:MM" when no request is left', () => {
    const resetAt = NOW + 45 * 60_000;
    const { rate } = renderGitHub([{ resource: 'core', remaining: 0, limit: 60, resetAt }]);
    expect(rate().textContent).toBe(`Rate-limited until ${clock(resetAt)} (0 of 60 requests left)`);
  });

  it('says the quota is back once the reset GitHub gave has passed', () => {
    const resetAt = NOW - 5 * 60_000;
    const { rate } = renderGitHub([{ resource: 'core', remaining: 0, limit: 60, resetAt }]);
    expect(rate().textContent).toBe(`60 requests available again since ${clock(resetAt)}`);
  });

  it('reads the core limit, not the search one', () => {
    const { rate } = renderGitHub([{ resource: 'search', remaining: 0, limit: 10, resetAt: NOW + 1000 }]);
    expect(rate().textContent).toBe('No GitHub requests made yet.');
  });

  it('says whether a token is set, and nothing while it is not known', () => {
    renderGitHub([], true);
    expect(screen.getByTestId('token-state').textContent).toBe('Token set');
    cleanup();
    renderGitHub([], false);
    expect(screen.getByTestId('token-state').textContent).toBe('No token (60 requests an hour)');
    cleanup();
    renderGitHub([]);
    expect(screen.queryByTestId('token-state')).toBeNull();
  });

  it('"Options" calls back', () => {
    const { onOpenOptions } = renderGitHub([]);
    fireEvent.click(screen.getByRole('button', { name: 'Options' }));
    expect(onOpenOptions).toHaveBeenCalledTimes(1);
  });
});

describe('PopupHostAccess', () => {
  it('shows nothing while access is granted or not yet known', () => {
    const { container } = render(<PopupHostAccess granted={true} onRequest={() => undefined} />);
    expect(container.innerHTML).toBe('');
    cleanup();
    const unknown = render(<PopupHostAccess granted={undefined} onRequest={() => undefined} />);
    expect(unknown.container.innerHTML).toBe('');
  });

  it('says access is missing, and asks for it from the click', () => {
    const onRequest = vi.fn();
    render(<PopupHostAccess granted={false} onRequest={onRequest} />);
    const region = screen.getByRole('region', { name: 'Access to the sites' });
    expect(region.textContent).toMatch(/has not been allowed/);
    fireEvent.click(screen.getByRole('button', { name: 'Allow access to the sites' }));
    expect(onRequest).toHaveBeenCalledTimes(1);
  });
});
