/**
 * Ranking later Phoronix news for an article: pure and synchronous; 2,000 candidates take a few
 * milliseconds (tests/news/rank-performance.test.ts prints the time).
 *
 * 1. **One entry per article.** Candidates are grouped by canonical URL (old `scan.php` and
 *    `/news/` forms meet); the entry with the most information (a publication instant, a
 *    summary, a date, a category) is kept and its gaps are filled from the others.
 * 2. **Only later articles.** A candidate counts when it was published after the subject:
 *    - with an instant (`publishedAt`), when that instant is later than the subject's (the
 *      same day but a later hour counts; an earlier hour of the same day does not);
 *    - with only a calendar day (`date`), when that day is after the subject's day (its US
 *      Eastern day, as Phoronix writes dates). A candidate dated the subject's own day cannot
 *      be ordered against it: it is kept, marked "same day", when it is another article
 *      (another URL and another title), since it can only be a companion piece and hiding it
 *      would lose more than showing it; the same title on the same day is the subject again;
 *    - without a usable date, or dated more than a day after `options.now`, it is dropped;
 *      the subject itself (any URL form) never counts. When the subject has no publication
 *      instant nothing can be ordered, and every dated candidate is ranked.
 * 3. **Relevance: BM25** (k1 1.2, b 0.75) of the subject's terms over each candidate's title
 *    (counted twice) and summary. The subject's terms are weighted: title words most, more
 *    when the body repeats them (its key terms, most telling first), then the other key
 *    terms, then mentions (versions, paths, trees); common English and headline words
 *    ("lands", "support") count for little. IDF counts the later candidates plus a background
 *    of BACKGROUND_DOCS Phoronix headlines (terms.ts), so a small candidate set does not make
 *    every word rare.
 * 4. **Context.** Multiplied in:
 *    - kernel context, when the subject is about the kernel: a candidate naming the kernel,
 *      mainline, the merge window, linux-next, a Linux X.Y version (title or URL slug), or
 *      the subject's paths or trees is raised most, one naming a kernel subsystem or driver a
 *      little; one with none of these, or whose "kernel" is another system's (FreeBSD,
 *      Redox…), is lowered;
 *    - versions: a candidate naming a thing the subject names with a version (`Linux 5.13`,
 *      `Mesa 23.2`) in the same series (more) or a later one (less) is raised;
 *    - the same category raises a little.
 * 5. **Homonyms**, without a list of names: a shared term counts for little, and does not make
 *    the candidate relevant, when the candidate has it only
 *    - inside a hyphenated compound (`Rust-Based`, `Wine-Based`, `VKD3D-Proton`, `ntpd-rs`);
 *    - as another thing's version (`KDE Plasma 6.6` against `Linux 6.6`);
 *    and it counts half when it always comes as the first word of a two-word name that other
 *    candidates write too but the subject never does (`Nova Lake` against the Nova driver,
 *    `Rust Coreutils`). With the kernel context this keeps Rust in the kernel above Rusticl,
 *    Redox OS, Rust Coreutils and the GCC Rust front-end.
 * 6. **Threshold.** A candidate must share an anchor with the subject: a whole, topical word
 *    (not generic, not "linux"/"kernel") of weight ≥ ANCHOR_WEIGHT, in at most ~10% of
 *    documents. A quick test for the anchors (anchorSieve) spares reading the candidates
 *    without any. Then it must score at least MIN_SCORE and MIN_RELATIVE of the best.
 *    Sorted by score, ties newest first; `reasons` say why in short plain text.
 */
import { canonicalPhoronixUrl } from '../pages/phoronix/urls';
import { DISTROS_BEFORE_LINUX, OTHER_KERNELS } from '../mentions/version-words';
import type { NewsArticle, NewsSubject, RankedArticle } from '../types';
import { type Analysis, analyze, backgroundShare, isGeneric, stem, type Token, type VersionedName } from './terms';

export interface RankOptions {
  /** Epoch ms of now: a candidate dated more than a day later is taken as a bad date and dropped. */
  now?: number;
  /** At most this many results (default: every candidate above the threshold). */
  limit?: number;
}

/** One weighted term of the subject. */
export interface QueryTerm {
  term: string;
  /** As the subject writes it (lower-case), for reasons. */
  label: string;
  weight: number;
  /** Where it comes from: the title, the body's key terms, or the mentions. */
  from: 'title' | 'body' | 'mention';
  /** True when a whole, topical word of weight ≥ ANCHOR_WEIGHT: sharing it can make a candidate relevant. */
  anchor: boolean;
  /** False for a term the subject only has as two joined words (`driverpatches`): reasons do not name it. */
  shown: boolean;
}

/** What the ranking asks for: the subject's weighted terms and context. */
export interface NewsQuery {
  terms: QueryTerm[];
  /** 1: the subject is about the kernel; 0.5: it touches it; 0: not about the kernel. */
  kernel: number;
  /** Names the subject gives a version, with the oldest version each: `linux` → `5.13`. */
  versions: Map<string, { version: string; parts: number[] }>;
  /** For each version series the subject writes (`6.6`, `23.2`): what it is the version of (`linux`, `mesa`). */
  owners: Map<string, Set<string>>;
  /** Path and tree terms of the mentions (`rust/`, `linux-next`). */
  places: Set<string>;
  category?: string;
}

const K1 = 1.2;
const B = 0.75;
/** Pseudo-documents of background behind the candidates' own document frequencies. */
const BACKGROUND_DOCS = 1000;
/** Share assumed for a word the background table does not list. */
const RARE_SHARE = 0.0005;
/** A meaningful shared term carries at least this weight in the query… */
const ANCHOR_WEIGHT = 0.5;
/** …and is in at most this share of documents. */
const ANCHOR_MAX_SHARE = 0.1;
const MIN_SCORE = 1.5;
const MIN_RELATIVE = 0.12;
/**
 * What a shared term is worth when, in this candidate, it is always followed by a word that
 * follows it in other candidates too but nowhere in the subject: a two-word name of something
 * else (`Nova Lake` for an article on the Nova driver; `Rust Coreutils`). Halved, not dropped:
 * the name may still be the subject's own project (`GNOME Mutter`).
 */
const NAMED = 0.5;
/** What a common English or headline word (`lands`, `support`) weighs, against a topical one. */
const GENERIC_FACTOR = 0.4;
/** What a match inside a compound (`rust` of `Rust-Based`) is worth. */
const EMBEDDED = 0.25;

const TITLE_FIELD = 2;
const SUMMARY_FIELD = 1;
/** A kernel version in the URL slug (`/news/Linux-6.19-RISC-V-Side-Chan`, `/review/linux-617-ext4` is not read). */
const SLUG_KERNEL_VERSION = /\/news\/(?:(?:[^/?#]*-)?([A-Za-z]+)-)?linux-(\d\.\d{1,2})(?=-|$)/i;

/* ─────────────────────────────── Query ─────────────────────────────── */

const STRONG_KERNEL = new Set(['kernel', 'kernels', 'mainline', 'linux-next', 'torvalds', 'linus', 'kconfig', 'lkml', 'kbuild'].map(stem));
const WEAK_KERNEL = new Set(
  (
    'driver drivers drm amdgpu amdkfd i915 xe nouveau nova scheduler sched_ext eevdf io_uring btrfs ext4 ext2 xfs ' +
    'bcachefs f2fs erofs ntfs3 nfsd kvm cgroup cgroups bpf ebpf rcu futex syscall syscalls dkms kasan kaslr kfence kgdb ' +
    'ntsync sysfs procfs x86 arm64 risc-v loongarch patch patches file-system file-systems subsystem module modules ' +
    'mitigation mitigations spectre rc1 rc2 rc3 rc4 rc5 rc6 rc7 rc8 firmware'
  )
    .split(' ')
    .map((word) => (word.includes('-') ? word.split('-').map(stem).join('-') : stem(word))),
);
const KERNEL_CATEGORY = /kernel/i;
/** Words that say where a topic lives, not what it is: never enough on their own to make a candidate relevant. */
const CONTEXT_WORDS = new Set(['linux', 'kernel', 'kernels', 'mainline', 'open-source'].map((word) => (word.includes('-') ? word : stem(word))));
const MERGE_WINDOW = /\bmerge[\s-]+window\b/i;
const OTHER_KERNEL_TERMS = new Set([...OTHER_KERNELS].map(stem));

/** The weighted terms and context the subject asks for. */
export function newsQuery(subject: NewsSubject): NewsQuery {
  const byTerm = new Map<string, Omit<QueryTerm, 'anchor'> & { whole: boolean }>();
  const add = (token: Token, weight: number, from: QueryTerm['from']): void => {
    if (weight <= 0 || token.term === '') return;
    const generic = isGeneric(token.term);
    const adjusted = generic ? weight * GENERIC_FACTOR : weight;
    const whole = token.role === 'word' && !generic && !/^\d+$/.test(token.term) && !CONTEXT_WORDS.has(token.term);
    const known = byTerm.get(token.term);
    const shown = token.role !== 'joined';
    if (known === undefined) byTerm.set(token.term, { term: token.term, label: token.word, weight: adjusted, from, shown, whole });
    else {
      known.weight += adjusted;
      known.whole ||= whole;
      if (shown && !known.shown) {
        known.shown = true;
        known.label = token.word;
      }
      if (from === 'title' && known.from !== 'title') {
        known.from = 'title';
        known.label = token.word;
      }
    }
  };

  // Key terms: rank r gets 0.15 + 0.5·e^(−r/6); a title word the body repeats is raised by 1.05·e^(−r/5).
  const keyRank = new Map<string, number>();
  subject.keyTerms.slice(0, 40).forEach((keyTerm, rank) => {
    for (const token of analyze(keyTerm).tokens) {
      if (!keyRank.has(token.term)) keyRank.set(token.term, rank);
      add(token, (0.15 + 0.5 * Math.exp(-rank / 6)) * roleFactor(token), 'body');
    }
  });
  const hasBody = keyRank.size > 0;

  const title = analyze(subject.title);
  for (const token of title.tokens) {
    const rank = keyRank.get(token.term);
    const base = !hasBody ? 1 : 0.45 + (rank === undefined ? 0 : 1.05 * Math.exp(-rank / 5));
    add(token, base * roleFactor(token), 'title');
  }

  const versions = new Map<string, { version: string; parts: number[] }>();
  const owners = new Map<string, Set<string>>();
  const noteVersion = (name: string, version: string): void => {
    const parts = versionParts(version);
    if (parts.length === 0) return;
    const series = seriesOf(parts);
    let named = owners.get(series);
    if (named === undefined) owners.set(series, (named = new Set()));
    named.add(name);
    const known = versions.get(name);
    if (known === undefined || compareParts(parts, known.parts) < 0) versions.set(name, { version, parts });
  };
  for (const found of title.versioned) if (!isDistroLinux(found)) noteVersion(found.name, found.version);

  // Mentions: a version, path or tree itself 0.5; a path's segments 0.3; a compound's parts 0.1.
  const places = new Set<string>();
  for (const version of subject.mentions.versions.slice(0, 20)) {
    noteVersion('linux', version);
    for (const token of analyze(version).tokens) add(token, token.role === 'word' ? 0.5 : 0.1, 'mention');
  }
  for (const place of [...subject.mentions.paths.slice(0, 20), ...subject.mentions.trees.slice(0, 20)]) {
    for (const token of analyze(place).tokens) {
      const whole = token.role === 'word' && (token.term.includes('/') || token.term.includes('-') || token.term === place.toLowerCase());
      if (whole) places.add(token.term);
      add(token, whole ? 0.5 : token.role === 'word' ? 0.3 : 0.1, 'mention');
    }
  }

  const terms: QueryTerm[] = [];
  for (const { whole, ...term } of byTerm.values()) terms.push({ ...term, anchor: whole && term.weight >= ANCHOR_WEIGHT });
  const kernel = subjectKernel(subject, title.tokens, title.versioned, keyRank, places);
  const query: NewsQuery = { terms, kernel, versions, owners, places };
  if (subject.category !== undefined && subject.category.trim() !== '') query.category = subject.category.trim().toLowerCase();
  return query;
}

/** Compound parts and families count for less than the words themselves; bare numbers little. */
function roleFactor(token: Token): number {
  if (token.role === 'joined') return 0.15;
  if (token.role === 'part') return 0.25;
  if (token.role === 'family') return 0.5;
  if (/^\d+$/.test(token.term)) return 0.25;
  if (/^\d/.test(token.term)) return 0.6;
  return 1;
}

function subjectKernel(
  subject: NewsSubject,
  titleTokens: Token[],
  titleVersions: VersionedName[],
  keyRank: Map<string, number>,
  places: Set<string>,
): number {
  if (subject.category !== undefined && KERNEL_CATEGORY.test(subject.category)) return 1;
  if (places.size > 0) return 1;
  if (titleTokens.some((token) => token.role !== 'part' && STRONG_KERNEL.has(token.term))) return 1;
  if (titleVersions.some(isKernelVersion) || MERGE_WINDOW.test(subject.title)) return 1;
  if (subject.mentions.versions.length > 0) return 0.5;
  for (const term of STRONG_KERNEL) {
    const rank = keyRank.get(term);
    if (rank !== undefined && rank < 10) return 0.5;
  }
  return 0;
}

/* ─────────────────────────────── Candidates ─────────────────────────────── */

/** What a candidate holds of the query: its terms (by index in the query), their frequencies, and its context. */
interface Doc {
  /** Query term indexes found. */
  found: number[];
  /** Field-weighted frequency of each found term. */
  tf: number[];
  /** Whether each found term was seen as a whole word (not only inside a compound). */
  whole: boolean[];
  /** For a term seen inside a compound: the compound, as written. */
  compound: string[];
  /** Whether each found term is seen whole at least once without a naming word after it (see NAMED). */
  free: boolean[];
  /** For each found term: the words that follow it where it is not free (`lake` after `nova`). */
  nexts: string[][];
  length: number;
  versioned: VersionedName[];
  /** Kernel context: 1 strong, 0.5 weak, 0 none (another system's kernel counts as none). */
  kernel: number;
}

/** Kernel words: 2 strong, 1 weak, 3 another system's kernel. */
const KERNEL_WORDS = new Map<string, number>();
for (const term of WEAK_KERNEL) KERNEL_WORDS.set(term, 1);
for (const term of STRONG_KERNEL) KERNEL_WORDS.set(term, 2);
for (const term of OTHER_KERNEL_TERMS) KERNEL_WORDS.set(term, 3);

/** Reads a candidate against the query's terms (`lexicon`: term → index). */
function readDoc(article: NewsArticle, lexicon: Map<string, number>): Doc {
  const doc: Doc = { found: [], tf: [], whole: [], compound: [], free: [], nexts: [], length: 0, versioned: [], kernel: 0 };
  const signals = { strong: false, weak: false, other: false, linux: false };
  readField(doc, signals, article.title, TITLE_FIELD, lexicon);
  const summary = article.summary;
  if (summary !== undefined && summary !== '') readField(doc, signals, summary, SUMMARY_FIELD, lexicon);
  const slugVersion = SLUG_KERNEL_VERSION.exec(article.url);
  if (slugVersion !== null) {
    const found: VersionedName = { name: 'linux', word: 'linux', version: slugVersion[2] ?? '' };
    if (slugVersion[1] !== undefined) found.before = slugVersion[1].toLowerCase();
    doc.versioned.push(found);
  }
  if (!signals.strong) {
    signals.strong =
      doc.versioned.some((found) => isKernelVersion(found) && !isDistroLinux(found)) ||
      MERGE_WINDOW.test(article.title) ||
      (summary !== undefined && MERGE_WINDOW.test(summary));
  }
  // "FreeBSD's Rust kernel", "the Redox kernel": another system's kernel, unless Linux is named too.
  if (signals.other && !signals.linux) doc.kernel = 0;
  else doc.kernel = signals.strong ? 1 : signals.weak ? 0.5 : 0;
  return doc;
}

/** Words that say what kind of thing a name is ("Nova driver", "GNOME desktop"), not another name. */
const KIND_WORDS = new Set(
  (
    'driver drivers kernel kernels code patch patches graphics gpu gpus cpu cpus hardware software api compiler compilers ' +
    'tool tools library libraries project projects developer developers desktop desktops session sessions user users ' +
    'system systems linux file-system file-systems team foundation port backend frontend engine protocol extension ' +
    'extensions stack server servers client app apps package packages build builds test tests module modules ' +
    'firmware developers community maintainer maintainers'
  )
    .split(' ')
    .map((word) => (word.includes('-') ? word.split('-').map(stem).join('-') : stem(word))),
);

/** True when `word`, following a shared term, could make it part of another name: `lake` in `Nova Lake`. */
function couldName(word: string, lexicon: Map<string, number>): boolean {
  return word !== '' && !lexicon.has(word) && !isGeneric(word) && !KIND_WORDS.has(word);
}

/** Analyses of titles and summaries seen lately: ranking the same index for many subjects reads each once. */
const analyses = new Map<string, Analysis>();
const CACHE_SIZE = 6_000;

function analyzed(text: string): Analysis {
  let analysis = analyses.get(text);
  if (analysis === undefined) {
    analysis = analyze(text);
    if (analyses.size >= CACHE_SIZE) analyses.clear();
    analyses.set(text, analysis);
  }
  return analysis;
}

function readField(
  doc: Doc,
  signals: { strong: boolean; weak: boolean; other: boolean; linux: boolean },
  text: string,
  weight: number,
  lexicon: Map<string, number>,
): void {
  const { tokens, versioned, next } = analyzed(text);
  let compound = '';
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    const part = token.role === 'part';
    if (token.role === 'word') {
      compound = token.word;
      doc.length += weight;
    }
    const index = lexicon.get(token.term);
    if (index !== undefined) {
      let at = doc.found.indexOf(index);
      if (at < 0) {
        at = doc.found.length;
        doc.found.push(index);
        doc.tf.push(0);
        doc.whole.push(false);
        doc.compound.push('');
        doc.free.push(false);
        doc.nexts.push([]);
      }
      doc.tf[at] = (doc.tf[at] ?? 0) + weight;
      if (!part) doc.whole[at] = true;
      else if (doc.compound[at] === '') doc.compound[at] = compound;
      if (token.role === 'word') {
        const following = next[i] ?? '';
        if (couldName(following, lexicon)) doc.nexts[at]?.push(following);
        else doc.free[at] = true;
      } else doc.free[at] = true;
    }
    if (part) continue;
    const kernel = KERNEL_WORDS.get(token.term);
    if (kernel === 2) signals.strong = true;
    else if (kernel === 1) signals.weak = true;
    else if (kernel === 3) signals.other = true;
    else if (token.term === 'linux') signals.linux = true;
  }
  for (const found of versioned) doc.versioned.push(found);
}

function isKernelVersion(found: VersionedName): boolean {
  if (found.name !== 'linux') return false;
  const parts = versionParts(found.version);
  return parts.length >= 2 && (parts[0] ?? 0) >= 2 && (parts[0] ?? 0) <= 9;
}

function isDistroLinux(found: VersionedName): boolean {
  return found.name === 'linux' && found.before !== undefined && DISTROS_BEFORE_LINUX.has(found.before);
}

/** `6.19` → [6, 19]; `7.0-rc4` → [7, 0]; `50` → [50]. */
function versionParts(version: string): number[] {
  const match = /^v?(\d+(?:\.\d+)*)/.exec(version);
  return match === null ? [] : (match[1] ?? '').split('.').map(Number);
}

/** `[6, 3, 9]` → `6.3`; `[50]` → `50`. */
function seriesOf(parts: number[]): string {
  return parts.slice(0, 2).join('.');
}

/**
 * The name a shared version belongs to in this candidate when it is another thing's than the
 * subject's: `plasma` for `6.6` in "KDE Plasma 6.6" against "Linux 6.6".
 */
function otherOwner(query: NewsQuery, doc: Doc, version: string): string | undefined {
  const parts = versionParts(version);
  if (parts.length < 2 || parts.length > 4 || !/^v?\d+(?:\.\d+)+(?:-rc\d+)?$/.test(version)) return undefined;
  const wanted = query.owners.get(seriesOf(parts));
  if (wanted === undefined) return undefined;
  let other: string | undefined;
  for (const found of doc.versioned) {
    if (seriesOf(versionParts(found.version)) !== seriesOf(parts)) continue;
    if (wanted.has(found.name) && !isDistroLinux(found)) return undefined;
    other ??= found.word;
  }
  return other;
}

/** Compares two versions by series (the first two numbers). */
function compareParts(a: number[], b: number[]): number {
  for (let i = 0; i < 2; i += 1) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/* ─────────────────────────────── Dates ─────────────────────────────── */

interface When {
  /** Epoch ms, for sorting (a date alone is taken at noon US Eastern). */
  at: number;
  /** YYYY-MM-DD, US Eastern. */
  day: string;
  exact: boolean;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
let easternFormat: Intl.DateTimeFormat | null | undefined;

let lastDay: { at: number; day: string } | undefined;

/** The US Eastern calendar day of an instant (Phoronix's dates are Eastern). */
export function easternDay(epochMs: number): string {
  if (lastDay?.at === epochMs) return lastDay.day;
  const day = computeEasternDay(epochMs);
  lastDay = { at: epochMs, day };
  return day;
}

function computeEasternDay(epochMs: number): string {
  if (easternFormat === undefined) {
    try {
      easternFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York', year: 'numeric', month: '2-digit', day: '2-digit' });
    } catch {
      easternFormat = null;
    }
  }
  if (easternFormat !== null) {
    const parts = easternFormat.formatToParts(epochMs);
    const get = (type: string): string => parts.find((part) => part.type === type)?.value ?? '';
    const day = `${get('year')}-${get('month')}-${get('day')}`;
    if (DAY.test(day)) return day;
  }
  return new Date(epochMs - 5 * 3_600_000).toISOString().slice(0, 10);
}

function whenOf(article: NewsArticle): When | undefined {
  if (article.publishedAt !== undefined) {
    const at = Date.parse(article.publishedAt);
    if (Number.isFinite(at)) return { at, day: easternDay(at), exact: true };
  }
  if (article.date !== undefined) {
    const match = DAY.exec(article.date);
    if (match !== null) {
      const year = Number(match[1]);
      const month = Number(match[2]);
      const day = Number(match[3]);
      // Noon US Eastern, for ordering.
      if (month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month)) return { at: Date.UTC(year, month - 1, day, 17), day: match[0], exact: false };
    }
  }
  return undefined;
}

function daysIn(year: number, month: number): number {
  return month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/* ─────────────────────────────── Dedup ─────────────────────────────── */

const keyCache = new Map<string, string>();

/** An article URL already in its canonical form. */
const CANONICAL = /^https:\/\/www\.phoronix\.com\/(?:news|review)\/[A-Za-z0-9._~-]+$/;

function keyOf(url: string): string {
  if (CANONICAL.test(url)) return url;
  let key = keyCache.get(url);
  if (key === undefined) {
    key = canonicalPhoronixUrl(url) ?? url.trim();
    if (keyCache.size >= CACHE_SIZE) keyCache.clear();
    keyCache.set(url, key);
  }
  return key;
}

function information(article: NewsArticle): number {
  let points = 0;
  if (article.publishedAt !== undefined && Number.isFinite(Date.parse(article.publishedAt))) points += 8;
  if (article.summary !== undefined && article.summary.trim() !== '') points += 4;
  if (article.date !== undefined && DAY.test(article.date)) points += 2;
  if (article.category !== undefined && article.category !== '') points += 1;
  return points;
}

/** One article per canonical URL: the most informed entry, its gaps filled from the others. */
function deduplicate(candidates: readonly NewsArticle[]): { key: string; article: NewsArticle }[] {
  const firsts = new Map<string, number>();
  const result: { key: string; article: NewsArticle }[] = [];
  let duplicates: Map<number, NewsArticle[]> | undefined;
  for (const candidate of candidates) {
    if (typeof candidate?.url !== 'string' || typeof candidate.title !== 'string') continue;
    const key = keyOf(candidate.url);
    const first = firsts.get(key);
    if (first === undefined) {
      firsts.set(key, result.length);
      result.push({ key, article: candidate });
      continue;
    }
    duplicates ??= new Map();
    const group = duplicates.get(first);
    if (group === undefined) duplicates.set(first, [candidate]);
    else group.push(candidate);
  }
  if (duplicates !== undefined) {
    for (const [at, others] of duplicates) {
      const entry = result[at];
      if (entry !== undefined) entry.article = merge(entry.key, [entry.article, ...others]);
    }
  }
  return result;
}

function merge(key: string, group: NewsArticle[]): NewsArticle {
  const sorted = [...group].sort((a, b) => information(b) - information(a) || b.seenAt - a.seenAt);
  const best = sorted[0] as NewsArticle;
  const merged: NewsArticle = { ...best, url: key.startsWith('https://') ? key : best.url };
  for (const other of sorted.slice(1)) {
    if (merged.publishedAt === undefined && other.publishedAt !== undefined) merged.publishedAt = other.publishedAt;
    if (merged.date === undefined && other.date !== undefined) merged.date = other.date;
    if ((merged.summary === undefined || merged.summary === '') && other.summary) merged.summary = other.summary;
    if (merged.category === undefined && other.category !== undefined) merged.category = other.category;
  }
  return merged;
}

/* ─────────────────────────────── Ranking ─────────────────────────────── */

interface Scored {
  article: NewsArticle;
  score: number;
  reasons: string[];
  at: number;
}

/** Later articles on the subject's topic, most relevant first (see the module comment). */
export function rankLaterNews(subject: NewsSubject, candidates: readonly NewsArticle[], options: RankOptions = {}): RankedArticle[] {
  const subjectKey = keyOf(subject.url);
  const subjectAt = subject.publishedAt === undefined ? NaN : Date.parse(subject.publishedAt);
  const subjectDay = Number.isFinite(subjectAt) ? easternDay(subjectAt) : undefined;
  const subjectTitle = normaliseTitle(subject.title);
  const latest = options.now === undefined ? Infinity : options.now + 86_400_000;

  const query = newsQuery(subject);
  const lexicon = new Map<string, number>();
  query.terms.forEach((term, index) => lexicon.set(term.term, index));
  const placeIndexes = new Set<number>();
  for (const place of query.places) {
    const index = lexicon.get(place);
    if (index !== undefined) placeIndexes.add(index);
  }

  // Only a candidate holding an anchor can rank: one quick test on its text spares reading the others.
  const sieve = anchorSieve(query);
  if (sieve === null) return [];

  // Later articles only; statistics are taken over them (plus the background).
  const later: { article: NewsArticle; doc: Doc; at: number; sameDay: boolean }[] = [];
  const df = new Array<number>(query.terms.length).fill(0);
  let unread = 0;
  let totalLength = 0;
  for (const { key, article } of deduplicate(candidates)) {
    if (key === subjectKey) continue;
    const when = whenOf(article);
    if (when === undefined || when.at > latest) continue;
    let sameDay = false;
    if (subjectDay !== undefined) {
      if (when.exact ? when.at <= subjectAt : when.day < subjectDay) continue;
      if (when.day === subjectDay && normaliseTitle(article.title) === subjectTitle) continue;
      sameDay = !when.exact && when.day === subjectDay;
    }
    if (!sieve.test(squash(article))) {
      unread += 1;
      continue;
    }
    const doc = readDoc(article, lexicon);
    for (const index of doc.found) df[index] = (df[index] ?? 0) + 1;
    later.push({ article, doc, at: when.at, sameDay });
    totalLength += doc.length;
  }
  // Two-word names among the candidates: a shared term followed by the same other word in two or more of them.
  const pairs = new Map<string, number>();
  for (const { doc } of later) {
    doc.nexts.forEach((nexts, at) => {
      const index = doc.found[at];
      for (const following of new Set(nexts)) {
        const key = `${index} ${following}`;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
    });
  }
  const averageLength = later.length === 0 ? 1 : Math.max(1, totalLength / later.length);
  const documents = later.length + unread + BACKGROUND_DOCS;
  const idf: number[] = [];
  const anchor: boolean[] = [];
  query.terms.forEach((term, index) => {
    // Unread candidates hold no anchor; they are taken to use the other words at their background rate.
    const share = Math.max(backgroundShare(term.term), RARE_SHARE);
    const dfAll = (df[index] ?? 0) + (term.anchor ? 0 : unread * share) + BACKGROUND_DOCS * share;
    idf.push(Math.log(1 + (documents - dfAll + 0.5) / (dfAll + 0.5)));
    anchor.push(term.anchor && dfAll / documents <= ANCHOR_MAX_SHARE);
  });

  const scored: Scored[] = [];
  for (const { article, doc, at, sameDay } of later) {
    const result = scoreDoc(query, doc, article, { idf, anchor, averageLength, placeIndexes, pairs });
    if (result === undefined) continue;
    if (sameDay) result.reasons.push('same day');
    scored.push({ article, score: result.score, reasons: result.reasons, at });
  }

  const best = scored.reduce((max, entry) => Math.max(max, entry.score), 0);
  const floor = Math.max(MIN_SCORE, best * MIN_RELATIVE);
  const kept = scored.filter((entry) => entry.score >= floor);
  kept.sort((a, b) => b.score - a.score || b.at - a.at || (a.article.url < b.article.url ? -1 : a.article.url > b.article.url ? 1 : 0));
  const limited = options.limit === undefined ? kept : kept.slice(0, Math.max(0, options.limit));
  return limited.map(({ article, score, reasons }) => ({ article, score, reasons }));
}

/**
 * A test that every candidate holding one of the query's anchors passes (and a few others:
 * `rust` in `trust`), on its title and summary without spaces and hyphens (`squash`), so
 * `Case Folding` meets `casefolding`. Null when the query has no anchor: nothing can rank.
 */
function anchorSieve(query: NewsQuery): RegExp | null {
  const needles = new Set<string>();
  for (const term of query.terms) {
    if (!term.anchor) continue;
    // A stem is a prefix of its words, but for -ies/-ied → -y (`library` of `libraries`).
    let needle = term.term.replace(/[\s-]+/g, '');
    if (needle.length > 3 && needle.endsWith('y')) needle = needle.slice(0, -1);
    if (needle !== '') needles.add(needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  }
  return needles.size === 0 ? null : new RegExp([...needles].join('|'), 'i');
}

function squash(article: NewsArticle): string {
  const text = article.summary ? `${article.title} ${article.summary}` : article.title;
  return text.replace(/[\s\-‐‑–—]+/g, '');
}

interface Statistics {
  idf: number[];
  /** Whether each query term, matched whole, makes a candidate relevant. */
  anchor: boolean[];
  averageLength: number;
  placeIndexes: Set<number>;
  /** `<term index> <next word>` → how many candidates write it. */
  pairs: Map<string, number>;
}

function scoreDoc(query: NewsQuery, doc: Doc, article: NewsArticle, stats: Statistics): { score: number; reasons: string[] } | undefined {
  if (doc.found.length === 0) return undefined;
  const norm = K1 * (1 - B + (B * doc.length) / stats.averageLength);
  let text = 0;
  let anchored = false;
  let placeHit = false;
  const shared: { label: string; contribution: number }[] = [];
  const homonyms: string[] = [];
  doc.found.forEach((index, at) => {
    const term = query.terms[index];
    if (term === undefined) return;
    const tf = doc.tf[at] ?? 0;
    let contribution = (term.weight * (stats.idf[index] ?? 0) * tf * (K1 + 1)) / (tf + norm);
    const owner = otherOwner(query, doc, term.term);
    if (owner !== undefined) {
      // "KDE Plasma 6.6" against "Linux 6.6": the same number, another thing's version.
      contribution *= EMBEDDED;
      if (stats.anchor[index] === true) homonyms.push(`${term.label} of ${owner}`);
    } else if (doc.whole[at] === true) {
      const named = namedAs(doc, at, index, stats.pairs);
      if (named !== undefined) {
        contribution *= NAMED;
        if (stats.anchor[index] === true) homonyms.push(`${term.label} in ${term.label} ${named}`);
      }
      if (stats.anchor[index] === true) anchored = true;
      if (stats.placeIndexes.has(index)) placeHit = true;
    } else {
      contribution *= EMBEDDED;
      if (stats.anchor[index] === true) homonyms.push(`${term.label} in ${doc.compound[at] || term.label}`);
    }
    text += contribution;
    if (term.shown) shared.push({ label: term.label, contribution });
  });
  if (!anchored || text <= 0) return undefined;

  const reasons: string[] = [];
  shared.sort((a, b) => b.contribution - a.contribution);
  const labels = [...new Set(shared.filter((entry) => entry.contribution >= 0.05 * text).map((entry) => entry.label))].slice(0, 4);
  reasons.push(`shares: ${labels.join(', ')}`);
  let factor = 1;

  if (query.kernel > 0) {
    const kernel = placeHit ? 1 : doc.kernel;
    if (kernel >= 1) {
      factor *= query.kernel >= 1 ? 1.35 : 1.15;
      reasons.push('kernel context');
    } else if (kernel > 0) {
      factor *= query.kernel >= 1 ? 1.1 : 1.05;
      reasons.push('some kernel context');
    } else {
      factor *= query.kernel >= 1 ? 0.45 : 0.8;
      reasons.push('no kernel context');
    }
  }

  const version = versionMatch(query, doc);
  if (version !== undefined) {
    factor *= version.same ? 1.3 : 1.15;
    reasons.push(`mentions ${version.label}`);
  }

  if (query.category !== undefined && article.category?.trim().toLowerCase() === query.category) {
    factor *= 1.15;
    reasons.push('same category');
  }

  if (homonyms.length > 0) reasons.push(`homonym: ${homonyms[0]}`);
  return { score: Math.round(text * factor * 1000) / 1000, reasons };
}

/** The word that makes a found term part of a two-word name in this candidate (`lake`), if every whole use of it is one. */
function namedAs(doc: Doc, at: number, index: number, pairs: Map<string, number>): string | undefined {
  if (doc.free[at] === true) return undefined;
  const nexts = doc.nexts[at] ?? [];
  if (nexts.length === 0) return undefined;
  for (const following of nexts) if ((pairs.get(`${index} ${following}`) ?? 0) < 2) return undefined;
  return nexts[0];
}

function versionMatch(query: NewsQuery, doc: Doc): { label: string; same: boolean } | undefined {
  let found: { label: string; same: boolean } | undefined;
  for (const candidate of doc.versioned) {
    const wanted = query.versions.get(candidate.name);
    if (wanted === undefined || isDistroLinux(candidate)) continue;
    const parts = versionParts(candidate.version);
    if (parts.length === 0) continue;
    const order = compareParts(parts, wanted.parts);
    if (order < 0) continue;
    const label = `${displayName(candidate.word)} ${candidate.version}`;
    if (order === 0) return { label, same: true };
    found ??= { label, same: false };
  }
  return found;
}

function displayName(name: string): string {
  return name === 'linux' ? 'Linux' : name;
}

function normaliseTitle(title: string): string {
  return title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
