import { RateLimitBook, githubResourceOf, parseRetryAfter } from '@/utils/net/rate-limits';

const NOW = Date.UTC(2026, 3, 12, 12, 0, 0);

describe('parseRetryAfter', () => {
  it('reads delta-seconds as milliseconds from now', () => {
    expect(parseRetryAfter('120', NOW)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', NOW)).toBe(0);
  });

  it('reads an HTTP date as the time left until it', () => {
    expect(parseRetryAfter('Sun, 12 Apr 2026 12:05:00 GMT', NOW)).toBe(5 * 60_000);
  });

  it('treats a date already past as no wait at all', () => {
    expect(parseRetryAfter('Sun, 12 Apr 2026 11:00:00 GMT', NOW)).toBe(0);
  });

  it.each([null, '', '   ', 'soon', 'in a minute'])('ignores %j', (value) => {
    expect(parseRetryAfter(value, NOW)).toBeUndefined();
  });
});

describe('githubResourceOf', () => {
  it('counts search apart from everything else', () => {
    expect(githubResourceOf(new URL('https://api.github.com/search/commits?q=rust'))).toBe('search');
    expect(githubResourceOf(new URL('https://api.github.com/repos/torvalds/linux/commits'))).toBe('core');
    expect(githubResourceOf(new URL('https://api.github.com/repos/torvalds/search/commits'))).toBe('core');
  });
});

describe('RateLimitBook', () => {
  const core = new URL('https://api.github.com/repos/torvalds/linux/tags');
  const search = new URL('https://api.github.com/search/issues?q=rust');

  function githubHeaders(remaining: number, resetSeconds: number, extra: Record<string, string> = {}): Headers {
    return new Headers({ 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': String(remaining), 'x-ratelimit-reset': String(resetSeconds), ...extra });
  }

  it('blocks a GitHub resource that has no requests left until its reset, and only that resource', () => {
    const book = new RateLimitBook();
    const reset = NOW / 1000 + 900;
    book.record('api.github.com', core, githubHeaders(0, reset), NOW);
    expect(book.blockedUntil(core, NOW)).toBe(reset * 1000);
    expect(book.blockedUntil(new URL('https://api.github.com/repos/torvalds/linux/compare/a...b'), NOW)).toBe(reset * 1000);
    expect(book.blockedUntil(search, NOW)).toBeUndefined();
    expect(book.blockedUntil(core, reset * 1000)).toBeUndefined();
  });

  it('does not block while requests remain', () => {
    const book = new RateLimitBook();
    book.record('api.github.com', core, githubHeaders(1, NOW / 1000 + 900), NOW);
    expect(book.blockedUntil(core, NOW)).toBeUndefined();
    expect(book.states()).toEqual([{ resource: 'core', limit: 60, remaining: 1, resetAt: NOW + 900_000 }]);
  });

  it('takes the resource from x-ratelimit-resource when GitHub names it', () => {
    const book = new RateLimitBook();
    book.record('api.github.com', core, githubHeaders(29, NOW / 1000 + 60, { 'x-ratelimit-resource': 'code_search' }), NOW);
    expect(book.states().map((state) => state.resource)).toEqual(['code_search']);
  });

  it('keeps the newest numbers for a resource', () => {
    const book = new RateLimitBook();
    book.record('api.github.com', core, githubHeaders(10, NOW / 1000 + 60), NOW);
    book.record('api.github.com', core, githubHeaders(9, NOW / 1000 + 60), NOW);
    expect(book.states()).toHaveLength(1);
    expect(book.states()[0]?.remaining).toBe(9);
  });

  it('blocks a whole host for its Retry-After, whatever the path', () => {
    const book = new RateLimitBook();
    book.record('lore.kernel.org', new URL('https://lore.kernel.org/all/'), new Headers({ 'retry-after': '30' }), NOW);
    expect(book.blockedUntil(new URL('https://lore.kernel.org/lkml/'), NOW + 29_000)).toBe(NOW + 30_000);
    expect(book.blockedUntil(new URL('https://lore.kernel.org/lkml/'), NOW + 30_000)).toBeUndefined();
    expect(book.blockedUntil(new URL('https://git.kernel.org/'), NOW)).toBeUndefined();
  });

  it('does not shorten a longer block already in force', () => {
    const book = new RateLimitBook();
    book.blockHost('www.phoronix.com', NOW + 600_000);
    book.blockHost('www.phoronix.com', NOW + 10_000);
    expect(book.blockedUntil(new URL('https://www.phoronix.com/news/x'), NOW + 60_000)).toBe(NOW + 600_000);
  });

  it('ignores hosts that send no rate-limit headers', () => {
    const book = new RateLimitBook();
    book.record('www.kernel.org', new URL('https://www.kernel.org/releases.json'), new Headers({ 'content-type': 'application/json' }), NOW);
    expect(book.states()).toEqual([]);
    expect(book.blockedUntil(new URL('https://www.kernel.org/releases.json'), NOW)).toBeUndefined();
  });
});

describe('RateLimitBook snapshots', () => {
  const exhausted = new Headers({ 'x-ratelimit-remaining': '0', 'x-ratelimit-limit': '60', 'x-ratelimit-reset': String(NOW / 1000 + 1800), 'x-ratelimit-resource': 'core' });
  const github = new URL('https://api.github.com/repos/torvalds/linux/compare/master...abc1234');

  it('a restarted background still waits for the reset it was told of, and is told of every change', () => {
    const book = new RateLimitBook();
    const changes = vi.fn();
    book.onChange = changes;
    book.record('api.github.com', github, exhausted, NOW);
    book.record('www.phoronix.com', new URL('https://www.phoronix.com/'), new Headers({ 'retry-after': '120' }), NOW);
    expect(changes).toHaveBeenCalledTimes(2);
    const saved = JSON.parse(JSON.stringify(book.snapshot()));

    const restarted = new RateLimitBook();
    restarted.restore(saved, NOW + 60_000);
    expect(restarted.blockedUntil(github, NOW + 60_000)).toBe(NOW + 1_800_000);
    expect(restarted.blockedUntil(new URL('https://www.phoronix.com/news/x'), NOW + 60_000)).toBe(NOW + 120_000);
  });

  it('forgets what has expired, and ignores garbage', () => {
    const book = new RateLimitBook();
    book.record('api.github.com', github, exhausted, NOW);
    const restarted = new RateLimitBook();
    restarted.restore(book.snapshot(), NOW + 3_600_000);
    expect(restarted.blockedUntil(github, NOW + 3_600_000)).toBeUndefined();
    expect(() => restarted.restore({ resources: [null as never, { resource: 7 } as never], hosts: [['x', 'soon' as never]] }, NOW)).not.toThrow();
  });
});

describe('a new GitHub identity', () => {
  it('forgets the limits of the old one (a token set or removed)', () => {
    const book = new RateLimitBook();
    const github = new URL('https://api.github.com/repos/torvalds/linux/compare/master...abc1234');
    book.record('api.github.com', github, new Headers({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 600) }), NOW);
    expect(book.blockedUntil(github, NOW)).toBeDefined();
    book.forgetGitHubLimits();
    expect(book.blockedUntil(github, NOW)).toBeUndefined();
  });
});
