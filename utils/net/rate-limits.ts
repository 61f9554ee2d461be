import type { RateLimitState } from '../types';

/**
 * Bookkeeping of GitHub's `x-ratelimit-*` headers, per resource ("core", "search"),
 * and of `Retry-After` per host, so the client refuses requests that would only be
 * turned away instead of spending them.
 */
/** What the book knows, as plain data: kept in storage so a restarted background still waits. */
export interface RateLimitSnapshot {
  resources: RateLimitState[];
  hosts: [string, number][];
}

export class RateLimitBook {
  private readonly byResource = new Map<string, RateLimitState>();
  private readonly hostBlockedUntil = new Map<string, number>();

  /** Called after every change, e.g. to save a snapshot. */
  onChange: (() => void) | undefined;

  snapshot(): RateLimitSnapshot {
    return { resources: [...this.byResource.values()], hosts: [...this.hostBlockedUntil] };
  }

  /** Takes back what a snapshot says, where it says more than the book knows (and is not past). */
  restore(snapshot: RateLimitSnapshot, now: number): void {
    for (const state of snapshot.resources ?? []) {
      if (typeof state?.resource !== 'string' || (state.resetAt ?? 0) <= now || this.byResource.has(state.resource)) continue;
      this.byResource.set(state.resource, state);
    }
    for (const [host, until] of snapshot.hosts ?? []) {
      if (typeof host === 'string' && typeof until === 'number' && until > now) this.blockHost(host, until);
    }
  }

  /** Record what a response's headers say. */
  record(host: string, url: URL, headers: Headers, now: number): void {
    const remaining = headers.get('x-ratelimit-remaining');
    if (remaining !== null) {
      const resource = headers.get('x-ratelimit-resource') ?? githubResourceOf(url);
      const reset = Number(headers.get('x-ratelimit-reset'));
      const limit = Number(headers.get('x-ratelimit-limit'));
      this.byResource.set(resource, {
        resource,
        remaining: Number(remaining),
        ...(Number.isFinite(limit) && limit > 0 ? { limit } : {}),
        ...(Number.isFinite(reset) && reset > 0 ? { resetAt: reset * 1000 } : {}),
      });
    }
    const retryAfter = parseRetryAfter(headers.get('retry-after'), now);
    if (retryAfter !== undefined) this.blockHost(host, now + retryAfter);
    if (remaining !== null || retryAfter !== undefined) this.onChange?.();
  }

  /** A new GitHub identity (a token set or removed) has a budget of its own. */
  forgetGitHubLimits(): void {
    this.byResource.clear();
    this.onChange?.();
  }

  blockHost(host: string, until: number): void {
    this.hostBlockedUntil.set(host, Math.max(until, this.hostBlockedUntil.get(host) ?? 0));
  }

  /** Epoch ms until which a request to this URL must not be sent, if it must wait. */
  blockedUntil(url: URL, now: number): number | undefined {
    const hostUntil = this.hostBlockedUntil.get(url.hostname);
    if (hostUntil !== undefined && hostUntil > now) return hostUntil;
    if (url.hostname !== 'api.github.com') return undefined;
    const state = this.byResource.get(githubResourceOf(url));
    if (state?.remaining === 0 && state.resetAt !== undefined && state.resetAt > now) return state.resetAt;
    return undefined;
  }

  states(): RateLimitState[] {
    return [...this.byResource.values()];
  }
}

/** GitHub counts search requests apart from everything else. */
export function githubResourceOf(url: URL): string {
  return url.pathname.startsWith('/search/') ? 'search' : 'core';
}

/** `Retry-After` as milliseconds from now: either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
