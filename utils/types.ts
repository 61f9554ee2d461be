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
  /** The page kind recognised, if the page is one Kernel Context reads. */
  pageKind?: PageKind;
  /** Mentions found on the page, per kind. */
  found: Partial<Record<MentionKind, number>>;
  /** Counts of annotations shown, per kind. */
  counts: Record<AnnotationKind, number>;
  /** Per kind, how many annotations are in each state (`merged: 2`, `eol: 1`, `found: 1`). */
  states?: Partial<Record<AnnotationKind, Record<string, number>>>;
  /** The reader switched Kernel Context off on this page only. */
  pageOff?: boolean;
}

/* ───────────────────────── Pages (what a page is) ───────────────────────── */

export interface PageLink {
  /** Absolute URL. */
  href: string;
  text: string;
  /** The <a> element, for overlays placed beside it (absent once serialised). */
  element?: Element;
}

/** A Phoronix article or one page of a (possibly multi-page) review. */
export interface PhoronixArticlePage {
  kind: 'phoronix-article' | 'phoronix-review';
  url: string;
  /** One key for every URL form of the article: `https://www.phoronix.com/news/<Slug>` or `/review/<slug>`. */
  canonicalUrl: string;
  title: string;
  author?: string;
  /** UTC instant (ISO 8601) of publication, from the byline's local EST/EDT time. */
  publishedAt?: string;
  category?: string;
  /** Review page number (1-based) and how many pages the review has, when known. */
  pageNumber?: number;
  pageCount?: number;
  /** The article body's element; mentions are only looked for inside it. */
  body?: Element;
  /** The body's text, its first 20,000 characters (utils/pages/phoronix/body.ts). */
  bodyText: string;
  links: PageLink[];
}

export interface PhoronixTeaser {
  title: string;
  url: string;
  canonicalUrl: string;
  /** UTC instant when the listing gives a time, else undefined. */
  publishedAt?: string;
  /** Calendar date (YYYY-MM-DD) as the listing shows it. */
  date?: string;
  summary?: string;
  category?: string;
}

export interface PhoronixListingPage {
  kind: 'phoronix-listing';
  url: string;
  listing: 'front' | 'topic' | 'search';
  /** The topic (`Linux Kernel`) or the search terms. */
  topic?: string;
  teasers: PhoronixTeaser[];
}

/** A git tree on git.kernel.org, e.g. `torvalds/linux`, `next/linux-next`, `stable/linux`. */
export interface KernelTree {
  /** `<owner>/<repo>` as in the short URL forms, without `.git`. */
  id: string;
  /** The path under /pub/scm/, e.g. `linux/kernel/git/torvalds/linux.git`, when known. */
  path?: string;
  role: 'mainline' | 'linux-next' | 'stable' | 'subsystem';
}

export interface GitPerson {
  name: string;
  email?: string;
}

export interface Trailer {
  key: string;
  value: string;
}

export interface CgitCommitPage {
  kind: 'cgit-commit';
  url: string;
  tree: KernelTree;
  /** Full 40-hex sha. */
  sha: string;
  subject: string;
  /** The whole commit message (subject, body and trailers). */
  message: string;
  author?: GitPerson;
  authorDate?: string;
  committer?: GitPerson;
  commitDate?: string;
  parents: string[];
  trailers: Trailer[];
  /** Stable backports: the mainline commit named by "commit <sha> upstream." */
  upstreamSha?: string;
  /** The element holding the commit message. */
  body?: Element;
}

export interface CgitTagPage {
  kind: 'cgit-tag';
  url: string;
  tree: KernelTree;
  tag: string;
  /** The commit the tag points at. */
  sha?: string;
  taggedAt?: string;
  tagger?: GitPerson;
  message?: string;
}

export interface CgitLogEntry {
  sha?: string;
  subject: string;
  author?: string;
  date?: string;
}

export interface CgitLogPage {
  kind: 'cgit-log';
  url: string;
  tree: KernelTree;
  entries: CgitLogEntry[];
}

/** A mail subject's bracketed prefixes, parsed. */
export interface PatchSubject {
  raw: string;
  /** The subject without `Re:` and bracketed prefixes. */
  subject: string;
  isReply: boolean;
  /** Upper-cased words of the prefixes: `PATCH`, `RFC`, `GIT PULL`, `RESEND`, a tree name… */
  tags: string[];
  /** `v3` → 3. */
  version?: number;
  /** `2/7` → index 2, total 7. */
  index?: number;
  total?: number;
}

/** What a reply already on the page says about where the patch or pull request went. */
export type LoreBotEvent =
  | { kind: 'pr-merged'; mergeSha: string; url?: string; msgid?: string }
  | { kind: 'patchwork-applied'; tree: string; commits: { sha: string; subject?: string; url?: string }[]; msgid?: string }
  | { kind: 'applied-thanks'; tree?: string; commits: { sha: string; subject?: string; url?: string }[]; msgid?: string };

export interface LoreMessage {
  msgid: string;
  subject: PatchSubject;
  from?: GitPerson;
  /** UTC instant. */
  date?: string;
  /** The message body's element on the page. */
  body?: Element;
  bodyText: string;
}

export interface LorePage {
  kind: 'lore-message' | 'lore-thread';
  url: string;
  list: string;
  /** The message the URL names, without `<>`. */
  msgid: string;
  subject: PatchSubject;
  from?: GitPerson;
  date?: string;
  /** Every message on the page, the named one first. */
  messages: LoreMessage[];
  events: LoreBotEvent[];
  /** Only the first messages were read (see ReadLimits): `messages` and `events` are theirs. */
  partial?: true;
}

/** How much of a page to read: the annotator's first pass over a long page. */
export interface ReadLimits {
  /** At most this many messages of a lore thread (and the one its URL names). */
  maxMessages: number;
}

export interface KernelOrgReleaseRow {
  moniker: 'mainline' | 'stable' | 'longterm' | 'linux-next';
  version: string;
  /** YYYY-MM-DD. */
  date?: string;
  eol: boolean;
  /** The row's element, for overlays. */
  row?: Element;
}

export interface KernelOrgReleasesPage {
  kind: 'kernel-org-releases';
  url: string;
  releases: KernelOrgReleaseRow[];
}

export type Page =
  | PhoronixArticlePage
  | PhoronixListingPage
  | CgitCommitPage
  | CgitTagPage
  | CgitLogPage
  | LorePage
  | KernelOrgReleasesPage;

export type PageKind = Page['kind'];

/* ─────────────────── Mentions (what a page talks about) ─────────────────── */

/** Where a mention sits: a range of one text node, or a whole element (a link). */
export type MentionPlace = { node: Text; start: number; end: number } | { element: Element };

export interface VersionMention {
  kind: 'version';
  /** Normalised: `5.13`, `6.1-rc3`, `6.6.50`, `2.6.32`, `2.6.32.71`. */
  version: string;
  /** The mainline series it belongs to: `5.13`, `6.1`, `2.6.32`. */
  series: string;
  /** What the text says about it: "the 7.0 merge window", "Linux 6.1 LTS". */
  context?: 'merge-window' | 'lts';
}

export interface CommitMention {
  kind: 'commit';
  /** Lower-case hex, 12 to 40 characters, as given. */
  sha: string;
  /** The tree the link or text names, when it does (`torvalds/linux`, `next/linux-next`). */
  tree?: string;
  url?: string;
}

export interface MsgidMention {
  kind: 'msgid';
  /** Without `<>`, URL-decoded. */
  msgid: string;
  list?: string;
  url?: string;
}

export interface PatchMention {
  kind: 'patch';
  subject: PatchSubject;
}

export interface PathMention {
  kind: 'path';
  /** A source path in the kernel tree, directories ending in `/`: `rust/`, `drivers/gpu/drm/nova/`. */
  path: string;
}

export interface TreeMention {
  kind: 'tree';
  /** `linux-next`, `net-next`, `drm-next`, `tip`, `mm`… */
  tree: string;
}

/** A sentence tying a topic to a version or tree: "queued for Linux 5.14". */
export interface ClaimMention {
  kind: 'claim';
  claim: 'queued' | 'merged' | 'lands' | 'pull-request' | 'submitted' | 'expected';
  version?: string;
  tree?: string;
  /** The sentence the claim was read from, for context. */
  sentence: string;
}

export type MentionData = VersionMention | CommitMention | MsgidMention | PatchMention | PathMention | TreeMention | ClaimMention;

/** A mention with its text as it appears and its place on the page. */
export type Mention = MentionData & {
  text: string;
  place?: MentionPlace;
};

export type MentionKind = Mention['kind'];

/** What the content script tells the background about a page: no DOM, only data. */
export interface PageSummary {
  kind: PageKind;
  url: string;
  /** The key that names the page's subject across URL forms (articles), when there is one. */
  canonicalUrl?: string;
  title?: string;
  publishedAt?: string;
}

/** A mention as it crosses to the background: without its place on the page. */
export type MentionRecord = MentionData & { text: string };

/* ──────────────────────────── Release status ──────────────────────────── */

/** One release series (`6.1`) as endoflife.date or the bundled snapshot knows it. */
export interface ReleaseCycle {
  series: string;
  /** YYYY-MM-DD of the X.Y release; absent while unreleased, or when no date is known (2.6.11, 2.6.12). */
  releasedOn?: string;
  lts: boolean;
  /** YYYY-MM-DD of end of life: past, or projected for a maintained series. */
  eolOn?: string;
  /** True when the source says the series reached end of life, whether or not it gives a date. */
  eol?: boolean;
  latest?: string;
  latestOn?: string;
}

/** Everything the release resolver reasons from. */
export interface ReleaseData {
  cycles: ReleaseCycle[];
  /** Release date (YYYY-MM-DD) of every known version: `6.1`, `6.1.5`, and `-rcN` where known. */
  versions: Record<string, string>;
  /** What kernel.org lists now, when it could be asked. */
  current?: CurrentReleases;
  /** YYYY-MM-DD of the newest fact in the data. */
  asOf: string;
  /** Where the history came from. */
  source: 'endoflife.date' | 'bundled';
}

export type ReleaseState = 'unreleased' | 'merge-window' | 'rc' | 'stable' | 'longterm' | 'eol' | 'unknown';

export interface EvidenceLink {
  label: string;
  href: string;
}

export interface ReleaseStatus {
  /** The normalised version: `5.13`, `6.1-rc3`, `6.6.50`. */
  subject: string;
  series: string;
  state: ReleaseState;
  /** True for a longterm (LTS) series, also after its end of life. */
  lts?: boolean;
  /**
   * True when a `merge-window` or `rc` state was read from the release calendar (e.g. "in
   * release candidates" more than 14 days after the last release), not stated by kernel.org.
   */
  inferred?: boolean;
  /** Why the state is `unknown`, in a short sentence. */
  reason?: string;
  /** YYYY-MM-DD the subject (or its series' X.Y) was released. */
  releasedOn?: string;
  latestRc?: { version: string; date?: string };
  latestPoint?: { version: string; date?: string };
  eol?: { date: string; projected: boolean; lastPoint?: string };
  /** For an unreleased version: an estimated release window, always labelled as an estimate. */
  estimate?: { from: string; to: string };
  /** The state when the article was published, and a sentence saying where the kernel stood then. */
  atPublication?: { date: string; state: ReleaseState; summary: string };
  evidence: EvidenceLink[];
}

/** The release statuses of a page's versions, and what they were drawn from. */
export interface ReleaseStatusesAnswer {
  statuses: ReleaseStatus[];
  /** Where the history came from, and as of which day. */
  source: ReleaseData['source'];
  asOf: string;
  /** Epoch ms when the live data was fetched, if it was. */
  fetchedAt?: number;
  /** Why the live sources could not be used, when they could not. */
  failure?: Failure;
}

/* ──────────────────────────── Mainline status ──────────────────────────── */

/** What the mainline resolver is asked about. Shas are lower-case hex; msgids without `<>`. */
export type MainlineQuery =
  | {
      kind: 'commit';
      /** 12 to 40 hex characters, as the page gives it. */
      sha: string;
      /** The tree the page or link names (`torvalds/linux`, `next/linux-next`, `stable/linux`…). */
      tree?: string;
      /** What a commit page already shows, so the resolver need not ask for it. */
      subject?: string;
      authorEmail?: string;
      isMerge?: boolean;
      /** Message ids of the commit's `Link:` trailers. */
      linkMsgids?: string[];
      /** A stable backport's "commit <sha> upstream.". */
      upstreamSha?: string;
    }
  | {
      kind: 'msgid';
      msgid: string;
      /** Present when the page shows the message is a patch (a lore `[PATCH]` page). */
      patch?: { subject: string; authorEmail?: string; authorName?: string; date?: string };
    }
  | {
      kind: 'pull';
      msgid: string;
      subject: string;
      /** The merge commit a pr-tracker-bot reply on the page names. */
      mergeSha?: string;
      /** The signed tag the pull request asks to pull (`tags/<name>` in its body). */
      tag?: string;
      date?: string;
    }
  | { kind: 'path'; path: string };

export type MainlineSubjectKind = MainlineQuery['kind'];

export type MainlineState = 'merged' | 'not-merged' | 'unknown' | 'unavailable';

/**
 * How the mainline commit was tied to the subject, strongest first: the sha itself; the
 * upstream commit a stable backport names; the merge a pr-tracker-bot reply names; a pull
 * request's tag merged by Linus; the `Link:` msgid; subject and author; the oldest commit
 * touching a path.
 */
export type MainlineMatch = 'sha' | 'upstream' | 'pr-tracker-bot' | 'merge-tag' | 'link' | 'subject-author' | 'path';

/** Why something is not in mainline. */
export type NotMergedWhy =
  /** linux-next's own merge commits never reach mainline: linux-next is rebuilt daily. */
  | 'linux-next-merge'
  /** The commit exists but is not an ancestor of mainline's master (yet). */
  | 'not-in-mainline'
  /** GitHub's copy of the tree has no commit with this id. */
  | 'unknown-commit'
  /** No mainline commit links the message, or matches the patch's subject and author. */
  | 'no-match'
  /** No mainline commit touches the path. */
  | 'no-path';

/** The mainline commit that carries the subject, and where it first appeared. */
export interface MainlineCommit {
  sha: string;
  subject?: string;
  /** YYYY-MM-DD of the commit (committer date); for a merge, the day it was merged. */
  committedOn?: string;
  isMerge?: boolean;
}

export interface MainlineStatus {
  kind: MainlineSubjectKind;
  /** The normalised subject: a full sha where known (else as given), a msgid, a path. */
  subject: string;
  state: MainlineState;
  /** `verified`: checked in git (ancestry through the compare API); `reported`: a source says so. */
  strength?: 'verified' | 'reported';
  match?: MainlineMatch;
  commit?: MainlineCommit;
  /** `6.1` for merged code: the release whose first tag contains it. */
  release?: string;
  /** `v6.1-rc1`: the first mainline tag that contains it, when the tag list covers it. */
  tag?: string;
  /** YYYY-MM-DD of the release, once released. */
  releasedOn?: string;
  /** Merged, but after the newest tag known: in master only so far. */
  untagged?: boolean;
  notMerged?: NotMergedWhy;
  /** One sentence saying why the state is what it is (plain text). */
  reason?: string;
  /** Epoch ms when this answer was established. */
  checkedAt?: number;
  /** For `unavailable`: what went wrong. */
  failure?: Failure;
  /** For `unavailable`: the last answer that could be established, if any. */
  lastKnown?: MainlineStatus;
  evidence: EvidenceLink[];
}

/** What GitHub's rate limit allows now, for the UI ("rate-limited until 14:05"). */
export interface GitHubBudget {
  limits: RateLimitState[];
  tokenSet: boolean;
}

/* ─────────────────────────────── Later news ─────────────────────────────── */

/** A Phoronix article Kernel Context has seen: visited, or listed on a listing, search, topic page or the RSS feed. */
export interface NewsArticle {
  /** One key for every URL form: `https://www.phoronix.com/news/<Slug>` or `/review/<slug>`. */
  url: string;
  title: string;
  /** UTC instant of publication, when the source gives a time. */
  publishedAt?: string;
  /** Calendar date (YYYY-MM-DD) of publication, as the source shows it. */
  date?: string;
  /** The teaser (listing) or description (RSS). Plain text. */
  summary?: string;
  category?: string;
  /** Where it was seen last. */
  seenIn: 'article' | 'listing' | 'search' | 'topic' | 'rss';
  /** Epoch ms when it was seen last. */
  seenAt: number;
}

/** The article whose later news is asked for, and what it talks about. */
export interface NewsSubject {
  /** Canonical URL of the article (the key of its news). */
  url: string;
  title: string;
  publishedAt?: string;
  category?: string;
  /** The words that carry the body's topic, most telling first (at most 30). */
  keyTerms: string[];
  /** What the body mentions, normalised: versions (`5.13`), paths (`rust/`), trees (`linux-next`). */
  mentions: { versions: string[]; paths: string[]; trees: string[] };
}

/** A later article with why it ranks where it does. */
export interface RankedArticle {
  article: NewsArticle;
  score: number;
  /** Short plain-text reasons ("title shares: rust, kernel", "kernel context", "mentions 6.1"). */
  reasons: string[];
}

export interface LaterNewsAnswer {
  subject: string;
  state: 'found' | 'none' | 'unavailable';
  /** Later articles, most relevant first (the panel shows five, the rest behind "more"). */
  articles: RankedArticle[];
  /** Epoch ms when Phoronix was last asked. */
  checkedAt?: number;
  /** Why Phoronix could not be asked (the articles then come from what was seen before). */
  failure?: Failure;
}

/**
 * The background's answer to a question a page asked on its last visit, given to the page
 * ahead of asking (utils/messaging/answers-ahead.ts): `data` is the question exactly as asked.
 */
export interface AnswerAhead {
  type: 'getReleaseStatuses' | 'getMainlineStatus' | 'getLaterNews' | 'getCurrentReleases';
  data: unknown;
  res: unknown;
}

/** What the user chose that a page's overlays follow. */
export interface StoredChoices {
  settings: Settings;
  /** The pages switched off ("off on this page only"). */
  pagesOff: string[];
  /** Whether the "Since this article" panel is collapsed. */
  newsPanelCollapsed: boolean;
}

/** What the annotator starts with, asked for by the content script once the page has loaded. */
export interface AnnotatorStart {
  choices: StoredChoices;
  answersAhead: AnswerAhead[];
}
