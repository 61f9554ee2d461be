import { FetchError } from '@/utils/net/fetch-error';
import type { FailureReason } from '@/utils/types';
import { fakeHttp, jsonResponse, redirectedResponse, textResponse } from '../helpers/fake-http';

const RELEASES = 'https://www.kernel.org/releases.json';
const LORE = 'https://lore.kernel.org/rust-for-linux/20210414184604.23473-1-ojeda@kernel.org/';

/** The FetchError a promise rejects with (failing the test if it resolves or throws something else). */
async function failureOf(promise: Promise<unknown>): Promise<FetchError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(FetchError);
    return error as FetchError;
  }
  throw new Error('expected the request to fail');
}

describe('HttpClient: success', () => {
  it('returns the body, status and headers of an allowed host', async () => {
    const { client, fetched } = fakeHttp(() => textResponse('<html>Linux 6.1</html>', { headers: { etag: '"abc"' } }));
    const response = await client.getText({ url: LORE });
    expect(response.status).toBe(200);
    expect(response.body).toBe('<html>Linux 6.1</html>');
    expect(response.headers.get('etag')).toBe('"abc"');
    expect(response.url).toBe(LORE);
    expect(fetched).toEqual([LORE]);
  });

  it('parses JSON and asks for it', async () => {
    const { client, fetchMock } = fakeHttp(() => jsonResponse({ latest_stable: { version: '6.1.1' } }));
    const { json } = await client.getJson({ url: RELEASES });
    expect(json).toEqual({ latest_stable: { version: '6.1.1' } });
    const init = fetchMock.mock.calls[0]?.[1];
    expect(new Headers(init?.headers).get('accept')).toBe('application/json');
  });

  it('sends no cookies and adds per-host headers only where asked', async () => {
    const { client, fetchMock } = fakeHttp(() => jsonResponse([]), {
      headersFor: (url) => (url.hostname === 'api.github.com' ? { authorization: 'Bearer secret' } : undefined),
    });
    await client.getJson({ url: 'https://api.github.com/repos/torvalds/linux/tags' });
    await client.getJson({ url: RELEASES });
    const [github, kernelOrg] = fetchMock.mock.calls.map((call) => call[1]);
    expect(github?.credentials).toBe('omit');
    expect(new Headers(github?.headers).get('authorization')).toBe('Bearer secret');
    expect(new Headers(kernelOrg?.headers).get('authorization')).toBeNull();
  });
});

describe('HttpClient: retries and backoff', () => {
  it('asks once on a network error by default: the browser has already resent it', async () => {
    const { client, fetched, delays } = fakeHttp(
      () => {
        throw new TypeError('Failed to fetch');
      },
      { maxRetries: 2 },
    );
    const error = await failureOf(client.getText({ url: RELEASES }));
    expect(error.reason).toBe('network');
    expect(fetched).toHaveLength(1);
    expect(delays).toHaveLength(0);
  });

  it.each([1, 3])('gives up on network errors after networkRetries + 1 = %i + 1 attempts when told to retry them', async (networkRetries) => {
    const { client, fetched, delays } = fakeHttp(
      () => {
        throw new TypeError('Failed to fetch');
      },
      { networkRetries },
    );
    const error = await failureOf(client.getText({ url: RELEASES }));
    expect(error.reason).toBe('network');
    expect(fetched).toHaveLength(networkRetries + 1);
    expect(delays).toHaveLength(networkRetries);
  });

  it.each([500, 502, 503, 504])('gives up on HTTP %i after maxRetries + 1 attempts, as an http-error', async (status) => {
    const { client, fetched } = fakeHttp(() => textResponse('Internal error', { status }), { maxRetries: 2 });
    const error = await failureOf(client.getText({ url: RELEASES }));
    expect(error.reason).toBe('http-error');
    expect(error.status).toBe(status);
    expect(fetched).toHaveLength(3);
  });

  it('succeeds when a retry does', async () => {
    const { client, fetched } = fakeHttp((_url, _init, call) =>
      call < 3 ? textResponse('busy', { status: 502 }) : textResponse('<p>ok</p>'),
    );
    expect((await client.getText({ url: RELEASES })).body).toBe('<p>ok</p>');
    expect(fetched).toHaveLength(3);
  });

  it.each([400, 401, 404, 410])('does not retry HTTP %i', async (status) => {
    const { client, fetched, delays } = fakeHttp(() => textResponse('Not found', { status }));
    const error = await failureOf(client.getText({ url: RELEASES }));
    expect(error.reason).toBe('http-error');
    expect(error.status).toBe(status);
    expect(fetched).toHaveLength(1);
    expect(delays).toEqual([]);
  });

  it.each([
    ['smallest jitter', 0],
    ['middle jitter', 0.5],
    ['largest jitter', 0.999_999],
  ])('waits within [d/2, d] with d doubling from the base delay and capped (%s)', async (_name, jitter) => {
    const baseDelayMs = 100;
    const maxDelayMs = 500;
    const maxRetries = 5;
    const { client, delays } = fakeHttp(() => textResponse('down', { status: 503 }), {
      baseDelayMs,
      maxDelayMs,
      maxRetries,
      random: () => jitter,
    });
    await failureOf(client.getText({ url: RELEASES }));
    expect(delays).toHaveLength(maxRetries);
    const ceilings = [100, 200, 400, 500, 500];
    delays.forEach((delay, i) => {
      const d = ceilings[i] ?? Number.NaN;
      expect(delay).toBeGreaterThanOrEqual(d / 2);
      expect(delay).toBeLessThanOrEqual(d);
    });
  });

  it('spreads the delays over the whole jitter range', async () => {
    const jitters = [0, 0.999_999];
    const { client, delays } = fakeHttp(
      () => textResponse('busy', { status: 503 }),
      { baseDelayMs: 1_000, maxDelayMs: 10_000, maxRetries: 2, random: () => jitters.shift() ?? 0 },
    );
    await failureOf(client.getText({ url: RELEASES }));
    expect(delays[0]).toBe(500); // d = 1000, at the bottom of [d/2, d]
    expect(delays[1]).toBeCloseTo(2_000, -1); // d = 2000, at the top
  });
});

describe('HttpClient: timeout', () => {
  it('aborts an attempt that takes longer than timeoutMs and reports a timeout', async () => {
    const { client, fetchMock } = fakeHttp(
      (_url, init) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
        }),
      { timeoutMs: 20, maxRetries: 0 },
    );
    const started = performance.now();
    const error = await failureOf(client.getText({ url: RELEASES }));
    expect(error.reason).toBe('timeout');
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(fetchMock.mock.calls[0]?.[1]?.signal?.aborted).toBe(true);
  });
});

describe('HttpClient: Retry-After', () => {
  it('waits a short Retry-After given in seconds, then retries', async () => {
    const { client, delays, fetched } = fakeHttp((_url, _init, call) =>
      call === 1 ? textResponse('slow down', { status: 429, headers: { 'retry-after': '3' } }) : textResponse('<p>ok</p>'),
    );
    expect((await client.getText({ url: RELEASES })).body).toBe('<p>ok</p>');
    expect(delays).toEqual([3_000]);
    expect(fetched).toHaveLength(2);
  });

  it('waits a short Retry-After given as an HTTP date, then retries', async () => {
    const { client, clock, delays } = fakeHttp((_url, _init, call) =>
      call === 1
        ? textResponse('maintenance', { status: 503, headers: { 'retry-after': new Date(clock.now() + 5_000).toUTCString() } })
        : textResponse('<p>ok</p>'),
    );
    expect((await client.getText({ url: RELEASES })).body).toBe('<p>ok</p>');
    expect(delays).toEqual([5_000]);
  });

  it.each([
    ['seconds', (_now: number) => '600'],
    ['an HTTP date', (now: number) => new Date(now + 600_000).toUTCString()],
  ])('does not wait a long Retry-After (%s): fails with retryAt and refuses the host until then', async (_form, header) => {
    const { client, clock, delays, fetched } = fakeHttp(() =>
      textResponse('too many requests', { status: 429, headers: { 'retry-after': header(clock.now()) } }),
    );
    const retryAt = clock.now() + 600_000;
    const error = await failureOf(client.getText({ url: LORE }));
    expect(error.reason).toBe('rate-limited');
    expect(error.retryAt).toBe(retryAt);
    expect(delays).toEqual([]);
    expect(fetched).toHaveLength(1);

    clock.advance(599_000);
    const refused = await failureOf(client.getText({ url: 'https://lore.kernel.org/all/' }));
    expect(refused.reason).toBe('rate-limited');
    expect(refused.retryAt).toBe(retryAt);
    expect(fetched).toHaveLength(1);

    // Other hosts are not held up.
    await client.getText({ url: RELEASES }).catch(() => undefined);
    expect(fetched).toHaveLength(2);

    clock.advance(1_000);
    await client.getText({ url: 'https://lore.kernel.org/all/' }).catch(() => undefined);
    expect(fetched).toHaveLength(3);
  });

  it('reports a 503 with a long Retry-After as an http-error carrying retryAt', async () => {
    const { client, clock, fetched } = fakeHttp(() => textResponse('down', { status: 503, headers: { 'retry-after': '3600' } }));
    const error = await failureOf(client.getText({ url: RELEASES }));
    expect(error.reason).toBe('http-error');
    expect(error.retryAt).toBe(clock.now() + 3_600_000);
    expect(fetched).toHaveLength(1);
  });
});

describe('HttpClient: GitHub rate limits', () => {
  const CORE = 'https://api.github.com/repos/torvalds/linux/compare/v6.0...v6.1';
  const SEARCH = 'https://api.github.com/search/commits?q=rust+repo:torvalds/linux';

  function github(remaining: Record<'core' | 'search', number>, resetAt: number, status = 200) {
    return (url: string) => {
      const resource = new URL(url).pathname.startsWith('/search/') ? 'search' : 'core';
      return jsonResponse(status === 200 ? { ok: true } : { message: 'API rate limit exceeded' }, {
        status,
        headers: {
          'x-ratelimit-limit': resource === 'search' ? '10' : '60',
          'x-ratelimit-remaining': String(remaining[resource]),
          'x-ratelimit-reset': String(resetAt / 1000),
          'x-ratelimit-resource': resource,
        },
      });
    };
  }

  it('remembers limit, remaining and reset per resource', async () => {
    const resetAt = Date.UTC(2026, 3, 12, 13, 0, 0);
    const { client } = fakeHttp(github({ core: 41, search: 7 }, resetAt));
    await client.getJson({ url: CORE });
    await client.getJson({ url: SEARCH });
    const states = client.rateLimits.states();
    expect(states).toContainEqual({ resource: 'core', limit: 60, remaining: 41, resetAt });
    expect(states).toContainEqual({ resource: 'search', limit: 10, remaining: 7, resetAt });
  });

  it('refuses core requests without fetching once none remain, but still allows search', async () => {
    const resetAt = Date.UTC(2026, 3, 12, 13, 0, 0);
    const { client, clock, fetched } = fakeHttp(github({ core: 0, search: 9 }, resetAt));
    await client.getJson({ url: CORE }); // the last allowed request succeeds
    expect(fetched).toHaveLength(1);

    const refused = await failureOf(client.getJson({ url: 'https://api.github.com/repos/torvalds/linux/tags' }));
    expect(refused.reason).toBe('rate-limited');
    expect(refused.retryAt).toBe(resetAt);
    expect(fetched).toHaveLength(1);

    await client.getJson({ url: SEARCH });
    expect(fetched).toHaveLength(2);

    clock.advance(resetAt - clock.now() + 1);
    await client.getJson({ url: CORE });
    expect(fetched).toHaveLength(3);
  });

  it('reports a 403 with no requests remaining as rate-limited until the reset', async () => {
    const resetAt = Date.UTC(2026, 3, 12, 12, 45, 0);
    const { client, fetched } = fakeHttp(github({ core: 0, search: 10 }, resetAt, 403));
    const error = await failureOf(client.getJson({ url: CORE }));
    expect(error.reason).toBe('rate-limited');
    expect(error.retryAt).toBe(resetAt);
    expect(error.status).toBe(403);
    expect(fetched).toHaveLength(1);
  });

  it('does not take an ordinary 403 for a rate limit', async () => {
    const { client } = fakeHttp(github({ core: 57, search: 10 }, Date.UTC(2026, 3, 12, 13), 403));
    const error = await failureOf(client.getJson({ url: CORE }));
    expect(error.reason).toBe('http-error');
    expect(error.status).toBe(403);
  });
});

describe('HttpClient: allow-list', () => {
  it.each([
    ['plain http', 'http://www.kernel.org/releases.json'],
    ['another host', 'https://example.com/releases.json'],
    ['a look-alike host', 'https://www.kernel.org.example.com/releases.json'],
    ['a sub-domain not on the list', 'https://cdn.kernel.org/pub/linux/kernel/v6.x/'],
    ['an explicit port', 'https://www.kernel.org:8443/releases.json'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:application/json,{"latest_stable":{"version":"9.9"}}'],
    ['not a URL at all', 'www.kernel.org/releases.json'],
  ])('refuses %s before fetching', async (_name, url) => {
    const { client, fetched } = fakeHttp(() => jsonResponse({}));
    const error = await failureOf(client.getText({ url }));
    expect(error.reason).toBe('host-not-allowed');
    expect(fetched).toEqual([]);
  });

  it.each(['www.phoronix.com', 'www.kernel.org', 'git.kernel.org', 'lore.kernel.org', 'api.github.com', 'endoflife.date'])(
    'fetches from %s',
    async (host) => {
      const { client, fetched } = fakeHttp(() => textResponse('<p>ok</p>'));
      await client.getText({ url: `https://${host}/x` });
      expect(fetched).toEqual([`https://${host}/x`]);
    },
  );

  it('refuses an answer that was redirected to a foreign host', async () => {
    const { client } = fakeHttp(() => redirectedResponse('https://tracker.example.net/landing', '<p>elsewhere</p>'));
    const error = await failureOf(client.getText({ url: 'https://www.phoronix.com/news/Rust-For-Linux-5.13' }));
    expect(error.reason).toBe('host-not-allowed');
  });

  it('accepts a redirect within the allowed hosts and reports where it ended', async () => {
    const { client } = fakeHttp(() => redirectedResponse('https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/commit/?id=abc', '<p>commit</p>'));
    const response = await client.getText({ url: 'https://git.kernel.org/torvalds/c/abc' });
    expect(response.url).toBe('https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/commit/?id=abc');
  });
});

describe('HttpClient: other faults', () => {
  it('says offline without fetching when the browser is offline', async () => {
    const { client, fetched } = fakeHttp(() => textResponse('<p>ok</p>'), { isOnline: () => false });
    const error = await failureOf(client.getText({ url: RELEASES }));
    expect(error.reason).toBe('offline');
    expect(fetched).toEqual([]);
  });

  it.each<[string, () => Response, FailureReason]>([
    ['an empty body', () => textResponse(''), 'bad-response'],
    ['a blank body', () => textResponse(' \n\t'), 'bad-response'],
    ['invalid JSON', () => textResponse('{"latest_stable": {"version": "6.1"', { headers: { 'content-type': 'application/json' } }), 'bad-response'],
    ['an HTML error page instead of JSON', () => textResponse('<html><body>Oops</body></html>'), 'bad-response'],
  ])('reports %s as a bad response', async (_name, respond, reason) => {
    const { client } = fakeHttp(respond);
    const error = await failureOf(client.getJson({ url: RELEASES }));
    expect(error.reason).toBe(reason);
  });
});
