import { cleanup, render, screen } from '@testing-library/preact';
import { StatusPanel, describeFailure } from '@/components/StatusPanel';
import type { Answer, CurrentReleases, Failure } from '@/utils/types';

const NOW = Date.UTC(2026, 3, 12, 12, 0, 0);
const HOUR = 3_600_000;

const CURRENT: CurrentReleases = {
  latestStable: '5.10.1',
  releases: [
    { moniker: 'mainline', version: '5.10', iseol: false, released: '2020-12-13' },
    { moniker: 'stable', version: '5.10.1', iseol: false, released: '2020-12-14' },
  ],
};

function failure(reason: Failure['reason'], detail: string, extra: Partial<Failure> = {}): Failure {
  return { reason, detail, at: NOW - 60_000, ...extra };
}

const panel = () => screen.getByRole('region', { name: 'Kernel Context' });

afterEach(cleanup);

describe('StatusPanel', () => {
  it('says that nothing is annotated yet and that it is checking kernel.org', () => {
    render(<StatusPanel releases={undefined} now={NOW} />);
    expect(panel().textContent).toContain('Nothing on this page is annotated yet.');
    expect(panel().textContent).toMatch(/checking kernel\.org/i);
    expect(panel().querySelector('[data-kc-state="unavailable"]')).toBeNull();
  });

  it('says how many versions carry a release badge once they are shown', () => {
    render(<StatusPanel releases={undefined} releaseBadges={3} now={NOW} />);
    expect(panel().textContent).toContain('Showing release status beside 3 kernel versions');
    expect(panel().textContent).not.toContain('Nothing on this page is annotated yet.');
  });

  it('counts mainline badges beside release badges', () => {
    render(<StatusPanel releases={undefined} releaseBadges={1} mainlineBadges={2} now={NOW} />);
    expect(panel().textContent).toContain('Showing release status beside 1 kernel version and mainline status for 2 commits, messages or paths');
  });

  it('shows how old the release list is, as a <time datetime>', () => {
    const fetchedAt = NOW - 3 * HOUR;
    const releases: Answer<CurrentReleases> = { value: CURRENT, fetchedAt, stale: false, from: 'cache' };
    render(<StatusPanel releases={releases} now={NOW} />);
    const available = panel().querySelector('[data-kc-state="available"]');
    expect(available?.textContent).toContain('2 releases');
    const time = available?.querySelector('time');
    expect(time?.getAttribute('datetime')).toBe(new Date(fetchedAt).toISOString());
    expect(time?.textContent).toBe('3 hours ago');
    expect(panel().querySelector('[data-kc-state="unavailable"]')).toBeNull();
  });

  it.each<[Failure['reason'], RegExp]>([
    ['bot-wall', /anti-bot/],
    ['offline', /offline/],
    ['timeout', /did not answer in time/],
    ['rate-limited', /rate-limited/],
  ])('names the reason (%s) when the release list is unavailable', (reason, words) => {
    const releases: Answer<CurrentReleases> = { stale: true, from: 'none', failure: failure(reason, 'www.kernel.org') };
    render(<StatusPanel releases={releases} now={NOW} />);
    const unavailable = panel().querySelector('[data-kc-state="unavailable"]');
    expect(unavailable?.textContent).toMatch(/unavailable/);
    expect(unavailable?.textContent).toMatch(words);
    expect(panel().querySelector('[data-kc-state="available"]')).toBeNull();
  });

  it('shows the last known list beside a failed refresh', () => {
    const fetchedAt = NOW - 2 * 24 * HOUR;
    const releases: Answer<CurrentReleases> = {
      value: CURRENT,
      fetchedAt,
      stale: true,
      from: 'cache',
      failure: failure('bot-wall', 'www.kernel.org answered with its anti-bot challenge page'),
    };
    render(<StatusPanel releases={releases} now={NOW} />);
    expect(panel().querySelector('[data-kc-state="available"] time')?.getAttribute('datetime')).toBe(new Date(fetchedAt).toISOString());
    const unavailable = panel().querySelector('[data-kc-state="unavailable"]');
    expect(unavailable?.textContent).toMatch(/refresh failed/);
    expect(unavailable?.textContent).toMatch(/anti-bot/);
  });

  it('renders hostile text in a failure detail as text, never as markup', () => {
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const releases: Answer<CurrentReleases> = { stale: true, from: 'none', failure: failure('bad-response', hostile) };
    render(<StatusPanel releases={releases} now={NOW} />);
    expect(panel().querySelector('img')).toBeNull();
    expect(panel().querySelector('script')).toBeNull();
    expect(panel().textContent).toContain(hostile);
  });

  it('says until when a rate limit holds', () => {
    const retryAt = NOW + HOUR;
    const text = describeFailure(failure('rate-limited', 'api.github.com', { retryAt }));
    expect(text).toMatch(/^rate-limited until \D*\d{1,2}[:.]\d{2}/);
    expect(text).toContain('api.github.com');
    expect(describeFailure(failure('rate-limited', 'api.github.com'))).not.toMatch(/until/);
  });
});
