import { isAllowedUrl } from './allowed-hosts';
import { isBotWallPage } from './bot-wall';
import { FetchError } from './fetch-error';
import { RateLimitBook, parseRetryAfter } from './rate-limits';

export interface HttpClientOptions {
  fetch?: typeof fetch;
  /** Per attempt. */
  timeoutMs?: number;
  /** Retries after the first attempt, on 5xx only. */
  maxRetries?: number;
  /**
   * Retries after a network error (a reset, a refused connection). None by default: both
   * browsers already resend such a request themselves (Firefox up to ten times), so ours
   * only multiplied the requests to a failing host.
   */
  networkRetries?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** A `Retry-After` longer than this is not waited for: the request fails with `retryAt`. */
  maxRetryAfterMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  isOnline?: () => boolean;
  /** Extra headers for a URL (e.g. a GitHub token, for api.github.com only). */
  headersFor?: (url: URL) => Record<string, string> | undefined;
}

export interface HttpRequest {
  url: string;
  headers?: Record<string, string>;
  /**
   * Another caller's budget: checking a new GitHub token is counted against that token, not
   * against the exhausted anonymous limit the book holds — so it must not be refused by it.
   */
  ownBudget?: boolean;
}

export interface HttpResponse {
  url: string;
  status: number;
  headers: Headers;
  body: string;
}

const DEFAULTS = {
  timeoutMs: 10_000,
  maxRetries: 2,
  networkRetries: 0,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 20_000,
};

/**
 * The only way Kernel Context talks to the network, used by the background alone:
 * allow-listed hosts, a timeout per attempt, bounded retries with jittered exponential
 * backoff, `Retry-After` and GitHub rate limits honoured, the kernel.org bot wall
 * recognised. Every failure is a `FetchError` with a reason the UI can name.
 */
export class HttpClient {
  readonly rateLimits = new RateLimitBook();
  private readonly options: Required<Omit<HttpClientOptions, 'headersFor'>> & Pick<HttpClientOptions, 'headersFor'>;

  constructor(options: HttpClientOptions = {}) {
    this.options = {
      ...DEFAULTS,
      fetch: (input, init) => globalThis.fetch(input, init),
      now: () => Date.now(),
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      random: Math.random,
      isOnline: () => globalThis.navigator?.onLine ?? true,
      ...options,
    };
  }

  async getText(request: HttpRequest): Promise<HttpResponse> {
    const url = parseAllowedUrl(request.url);
    const { maxRetries, now } = this.options;
    // After waiting out a Retry-After, the retry must not be refused by that same block
    // because a timer woke a millisecond early by the wall clock.
    let waitedUntil = 0;
    for (let attempt = 0; ; attempt++) {
      if (!this.options.isOnline()) throw new FetchError('offline', 'The browser is offline');
      const blockedUntil = request.ownBudget ? undefined : this.rateLimits.blockedUntil(url, Math.max(now(), waitedUntil));
      if (blockedUntil !== undefined) {
        throw new FetchError('rate-limited', `${url.hostname} asked us to wait`, blockedUntil);
      }
      let response: Response;
      try {
        response = await this.attempt(url, request.headers);
      } catch (error) {
        if (error instanceof FetchError && error.reason === 'network' && attempt < this.options.networkRetries) {
          await this.options.sleep(this.backoffDelay(attempt));
          continue;
        }
        throw error;
      }
      this.rateLimits.record(url.hostname, url, response.headers, now());
      const retryDelay = this.retryDelayFor(response, attempt);
      if (retryDelay !== undefined) {
        await response.body?.cancel().catch(() => undefined);
        waitedUntil = now() + retryDelay;
        await this.options.sleep(retryDelay);
        continue;
      }
      return this.finish(url, response);
    }
  }

  async getJson(request: HttpRequest): Promise<{ response: HttpResponse; json: unknown }> {
    const response = await this.getText({ ...request, headers: { accept: 'application/json', ...request.headers } });
    try {
      return { response, json: JSON.parse(response.body) as unknown };
    } catch {
      throw new FetchError('bad-response', `${response.url} did not return valid JSON`);
    }
  }

  /** Full jitter within [d/2, d] where d doubles per attempt, capped. */
  backoffDelay(attempt: number): number {
    const ceiling = Math.min(this.options.maxDelayMs, this.options.baseDelayMs * 2 ** attempt);
    return Math.round(ceiling / 2 + (ceiling / 2) * this.options.random());
  }

  private async attempt(url: URL, headers: Record<string, string> | undefined): Promise<Response> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.options.timeoutMs);
    try {
      return await this.options.fetch(url.href, {
        // A request's own headers win: validating a new GitHub token must send that token.
        headers: { ...this.options.headersFor?.(url), ...headers },
        signal: controller.signal,
        credentials: 'omit',
        redirect: 'follow',
        cache: 'no-store',
      });
    } catch (error) {
      if (controller.signal.aborted) {
        throw new FetchError('timeout', `${url.hostname} did not answer within ${this.options.timeoutMs / 1000} s`);
      }
      throw new FetchError('network', `${url.hostname} could not be reached (${errorMessage(error)})`);
    } finally {
      clearTimeout(timer);
    }
  }

  /** How long to wait before retrying this response, or undefined to not retry. */
  private retryDelayFor(response: Response, attempt: number): number | undefined {
    if (attempt >= this.options.maxRetries) return undefined;
    const retryAfter = parseRetryAfter(response.headers.get('retry-after'), this.options.now());
    if (response.status === 429 || response.status === 503) {
      if (retryAfter !== undefined) return retryAfter <= this.options.maxRetryAfterMs ? retryAfter : undefined;
    }
    if (response.status >= 500) return this.backoffDelay(attempt);
    return undefined;
  }

  private async finish(url: URL, response: Response): Promise<HttpResponse> {
    const { status, headers } = response;
    if (response.url && !isAllowedUrl(new URL(response.url))) {
      throw new FetchError('host-not-allowed', `${url.hostname} redirected to a host Kernel Context does not contact`);
    }
    if (status === 429 || (status === 403 && headers.get('x-ratelimit-remaining') === '0')) {
      const retryAt = this.rateLimits.blockedUntil(url, this.options.now());
      throw new FetchError('rate-limited', `${url.hostname} rate limit reached (HTTP ${status})`, retryAt, status);
    }
    if (status === 503 && headers.has('retry-after')) {
      const retryAt = this.rateLimits.blockedUntil(url, this.options.now());
      throw new FetchError('http-error', `${url.hostname} is unavailable (HTTP 503)`, retryAt, status);
    }
    let body: string;
    try {
      body = await response.text();
    } catch (error) {
      throw new FetchError('network', `${url.hostname} broke off the answer (${errorMessage(error)})`);
    }
    if (isBotWallPage(body, headers.get('content-type'))) {
      throw new FetchError('bot-wall', `${url.hostname} answered with its anti-bot challenge page`, undefined, status);
    }
    if (status === 304) return { url: url.href, status, headers, body };
    if (status < 200 || status >= 300) {
      throw new FetchError('http-error', `${url.hostname} answered HTTP ${status}`, undefined, status);
    }
    if (body.trim() === '') throw new FetchError('bad-response', `${url.hostname} sent an empty answer`, undefined, status);
    return { url: response.url || url.href, status, headers, body };
  }
}

function parseAllowedUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchError('host-not-allowed', 'Not a valid URL');
  }
  if (!isAllowedUrl(url)) throw new FetchError('host-not-allowed', `${url.host || raw} is not a host Kernel Context contacts`);
  return url;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
