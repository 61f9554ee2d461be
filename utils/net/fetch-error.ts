import { displayText } from '../overlays/display-text';
import type { Failure, FailureReason } from '../types';

/** The one error type the HTTP client throws; resolvers turn it into a `Failure`. */
export class FetchError extends Error {
  override readonly name = 'FetchError';
  /** Shown in overlays ("unavailable: …"): one line of at most 300 characters, whatever it quotes. */
  readonly detail: string;

  constructor(
    readonly reason: FailureReason,
    detail: string,
    /** Epoch ms before which the same request would fail again (rate limit, Retry-After). */
    readonly retryAt?: number,
    readonly status?: number,
  ) {
    const shown = displayText(detail, 300);
    super(`${reason}: ${shown}`);
    this.detail = shown;
  }

  toFailure(at: number): Failure {
    return { reason: this.reason, detail: this.detail, at, ...(this.retryAt ? { retryAt: this.retryAt } : {}) };
  }
}

/** Any thrown value as a `Failure`, so nothing unexpected escapes as a crash. */
export function toFailure(error: unknown, at: number): Failure {
  if (error instanceof FetchError) return error.toFailure(at);
  const detail = error instanceof Error ? error.message : String(error);
  return { reason: 'bad-response', detail: displayText(detail, 200), at };
}

/** A stored `Failure` thrown again as the error it stood for (or `fallback` when there is none). */
export function failureError(failure: Failure | undefined, fallback: string): FetchError {
  return failure ? new FetchError(failure.reason, failure.detail, failure.retryAt) : new FetchError('bad-response', fallback);
}
