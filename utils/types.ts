/** Types shared between the background, the content script and the extension pages. */

/** The sites whose pages Kernel Context annotates, as the popup names them. */
export type SiteGroup = 'phoronix' | 'kernelOrg';

/** Which host a recognised page belongs to. */
export type SiteId = 'phoronix' | 'git.kernel.org' | 'lore.kernel.org' | 'www.kernel.org';

/** The three kinds of annotation (DESIGN.md § Contracts, `data-kc-kind`). */
export type AnnotationKind = 'release' | 'mainline' | 'news';

export interface Settings {
  /** The "Annotations" switch: everything on or off. */
  enabled: boolean;
  kinds: Record<AnnotationKind, boolean>;
  sites: Record<SiteGroup, boolean>;
}

/** Why an answer could not be had; each reason gets its own words in the UI. */
export type FailureReason =
  | 'offline'
  | 'timeout'
  | 'network'
  | 'http-error'
  | 'rate-limited'
  | 'bot-wall'
  | 'bad-response'
  | 'host-not-allowed';

export interface Failure {
  reason: FailureReason;
  /** A short, human-readable detail, e.g. "HTTP 503" — plain text, never HTML. */
  detail: string;
  /** Epoch ms before which asking again is pointless (rate limit reset, Retry-After). */
  retryAt?: number;
  /** Epoch ms at which the failure happened. */
  at: number;
}

/**
 * What a resolver hands back: the value (possibly the last known one) with its age,
 * and the latest failure if the newest attempt did not succeed.
 */
export interface Answer<T> {
  value?: T;
  /** Epoch ms when `value` was fetched from its source. */
  fetchedAt?: number;
  /** True when `value` is past its lifetime and a refresh is under way or failed. */
  stale: boolean;
  /** Where the value came from on this call. */
  from: 'network' | 'cache' | 'bundled' | 'none';
  failure?: Failure;
}

export interface CacheStats {
  entries: number;
  bytes: number;
  /** Epoch ms of the oldest stored answer, if any. */
  oldestFetchedAt?: number;
  /** False when IndexedDB could not be opened and answers live in memory only. */
  persistent: boolean;
  /** Why the cache is not persistent, when it is not. */
  notPersistentReason?: string;
}

export interface RateLimitState {
  resource: string;
  limit?: number;
  remaining?: number;
  /** Epoch ms when the quota resets. */
  resetAt?: number;
}

/** A release as www.kernel.org/releases.json lists it. */
export interface KernelOrgRelease {
  moniker: 'mainline' | 'stable' | 'longterm' | 'linux-next';
  version: string;
  iseol: boolean;
  /** ISO date (YYYY-MM-DD) of the release. */
  released: string;
  /** kernel.org's link for the release (changelog or gitweb), when given. */
  link?: string;
}

/** What kernel.org's front page lists right now. */
export interface CurrentReleases {
  latestStable: string;
  releases: KernelOrgRelease[];
}

/** What the content script found on the page, as the popup shows it. */
export interface PageReport {
  site: SiteId;
  url: string;
  /** Counts of annotations shown, per kind. */
  counts: Record<AnnotationKind, number>;
}
