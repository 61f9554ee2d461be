/**
 * Words of Phoronix titles, teasers and bodies, as the news ranking compares them.
 *
 * A token is a run of letters and digits that may be joined by `.`, `-`, `_`, `+`, `/` or an
 * apostrophe, so versions and names stay whole: `6.1`, `7.0-rc4`, `x86_64`, `ntpd-rs`,
 * `io_uring`, `node.js`, `rust/`, `drivers/gpu/drm/nova/`. Then:
 * - a hyphenated compound is kept whole (`linux-next`, `rust-based`) and its parts are added as
 *   **parts** (`rust`, `based`), so a match on a part alone can be told from a real one;
 * - `/` and `+` only join separate words (`LLVM/Clang`, `Nouveau+NVK`): each is a word of its
 *   own; a path (ending in `/`, or with two slashes) is kept whole, with its segments;
 * - a name glued to a small number adds its **family** (`rdna4` → `rdna`), and a name followed
 *   by one (`RDNA 4`, `GCC 15.1`) adds the glued form (`rdna4`, `gcc15`), so both spellings meet;
 * - two words in a row, or the two parts of a compound, add their **joined** form
 *   (`Case Folding`, `file-system` → `casefolding`, `filesystem`);
 * - English stop words and Phoronix boilerplate are dropped; "linux" is kept (the ranking's
 *   IDF deals with how frequent it is);
 * - words are lower-cased and lightly stemmed (plural -s/-es/-ies, -ing, -ed, a final -e), so
 *   "drivers"/"driver", "merged"/"merge"/"merging", "releases"/"released" meet. Tokens with
 *   digits, dots or underscores are never stemmed.
 */

/** What a token is. */
export type TokenRole = 'word' | 'part' | 'family' | 'joined';

export interface Token {
  /** The stemmed, lower-case term compared between texts. */
  term: string;
  /** The token as written, lower-case (for display). */
  word: string;
  /**
   * `word`: a whole token; `part`: a part of a hyphenated compound; `family`: `rdna` of `rdna4`,
   * `gcc15` of `GCC 15.1`; `joined`: two words written as one (`casefolding` of `case folding`).
   */
  role: TokenRole;
}

/** A name followed by a version in the text: `Linux 6.19`, `Mesa 25.2-rc1`, `GNOME 50`. */
export interface VersionedName {
  /** The stemmed name (`linux`, `mesa`, `gnom`). */
  name: string;
  /** The name as written, lower-case (`gnome`). */
  word: string;
  /** As written: `6.19`, `25.2-rc1`, `50`. */
  version: string;
  /** The word before the name, lower-case (`rocky` in `Rocky Linux 9.2`), when there is one. */
  before?: string;
}

export interface Analysis {
  tokens: Token[];
  versioned: VersionedName[];
  /** For each token: the plain word written right after it (its term), or '' (`lake` after `nova` in `Nova Lake`). */
  next: string[];
}

// A token (of lower-cased text): alphanumerics joined by single separators; then an optional
// `++` (C++) or a path's closing slash. Latin, Greek, Cyrillic… and CJK letters count as letters
// (accented names stay whole); punctuation outside ASCII (“ ” – —) separates.
const TOKEN = /[a-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u1fff\u3040-\ud7ff](?:[_a-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u1fff\u3040-\ud7ff]|['’.+/-](?=[a-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u1fff\u3040-\ud7ff]))*(?:\+\+|\/(?![a-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u1fff\u3040-\ud7ff]))?/g;
const VERSION = /^v?(\d{1,4}(?:\.\d{1,4}){0,3})(?:-(rc\d{1,3}|dev|devel|beta\d*|alpha\d*))?$/;
const NUMBER = /^\d+$/;
const FAMILY = /^([a-z]{2,})(\d{1,4}[a-z]?)$/;
const ALPHA = /^[a-z]+$/;

/** English stop words and Phoronix boilerplate: never terms. */
const STOP_WORDS = new Set(
  (
    'a about above across after again against all almost along already also although am among an and another any ' +
    'anyone anything are aren around as at away be became because been before being below between both but by can ' +
    'cannot could couldn did didn do does doesn doing don done down during each either else enough etc even ever every ' +
    'few for from further get gets getting got had hadn has hasn have haven having he her here hers herself him himself ' +
    'his how however i if in into is isn it its itself just least less let lets ll may maybe me might more most much ' +
    'must my myself no nor not now of off often on once only onto or other others otherwise our ours ourselves out over ' +
    'own per quite rather re really s same shall she should shouldn since so some something somewhat such t than that ' +
    'the their theirs them themselves then there thereby therefore these they this those though through thus to too ' +
    'toward towards under until up upon us ve very via vs was wasn we were weren what whatever when where whether which ' +
    'while who whom whose why will with within without won would wouldn yet you your yours yourself ' +
    // Phoronix boilerplate and URL debris.
    'phoronix michael larabel article articles comment comments forum forums premium subscribe subscribers ' +
    'http https www com html php scan px news_item news_topic amp nbsp quot'
  ).split(' '),
);

/** Path segments that say nothing about a topic. */
const GENERIC_SEGMENTS = new Set(['drivers', 'include', 'lib', 'tools', 'src', 'uapi', 'linux', 'arch', 'scripts', 'documentation', 'samples']);

/** Words ending in "s" that are no plurals. */
const NOT_PLURAL = new Set(
  (
    'always perhaps across series species news lens bias alias atlas gas yes chaos kudos windows whereas ' +
    'macos ios ipados chromeos haiku os dos aws xps nas sas ats ddos kubernetes linus ' +
    'plus bus status focus bonus virus versus corpus campus genius nexus lotus cirrus exodus hiatus opus'
  ).split(' '),
);

const stemCache = new Map<string, string>();

/**
 * The light stem of a lower-case word: plural -s/-es/-ies, -ing, -ed, then a final -e.
 * Words with digits or other marks are returned as they are.
 */
export function stem(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  const result = computeStem(word);
  if (stemCache.size > 50_000) stemCache.clear();
  stemCache.set(word, result);
  return result;
}

function computeStem(word: string): string {
  if (word.length <= 3 || !ALPHA.test(word) || NOT_PLURAL.has(word)) return word;
  let w = word;
  if (w.endsWith('s')) w = dePlural(w);
  if (w.length > 6 && w.endsWith('ing')) w = undouble(w.slice(0, -3));
  else if (w.length > 5 && w.endsWith('ied')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 5 && w.endsWith('ed') && !w.endsWith('eed')) w = undouble(w.slice(0, -2));
  if (w.length >= 5 && w.endsWith('e') && !w.endsWith('ee')) w = w.slice(0, -1);
  return w;
}

function dePlural(w: string): string {
  if (w.endsWith('ss') || w.endsWith('ous') || w.endsWith('fs') || w.endsWith('is')) return w;
  // gpus, cpus, apus; but "status", "bonus" are in NOT_PLURAL and longer "-us" words stay.
  if (w.endsWith('us')) return w.length <= 4 ? w.slice(0, -1) : w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ch|sh|x|z)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('sses')) return w.slice(0, -2);
  return w.slice(0, -1);
}

/** `embedd` → `embed`, `shipp` → `ship`, `runn` → `run`; never `ll`, `ss`, `zz`. */
function undouble(w: string): string {
  if (w.length < 3 || !/[aeiouy]/.test(w)) return w;
  const last = w[w.length - 1];
  if (w.length >= 4 && last === w[w.length - 2] && last !== 'l' && last !== 's' && last !== 'z' && !/[aeiou]/.test(last ?? '')) {
    return w.slice(0, -1);
  }
  return w;
}

/** True for English stop words and Phoronix boilerplate. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** True for `6.1`, `7.0-rc4`, `v6.19`, `25.2-rc1`, `50`. */
export function isVersionLike(word: string): boolean {
  return VERSION.test(word);
}

/** What one written token (lower-case) gives: its tokens, and whether it is a version or a name. */
interface Expansion {
  tokens: readonly Token[];
  /** For a version: the version without `v`, and its major number. */
  version?: { bare: string; major: string };
  /** For a plain word that can name a versioned thing (`linux`, `mesa`): its term. */
  name?: string;
  /** For a plain, topical word of three letters or more: the word, to be joined with a neighbour (`case` + `folding`). */
  joinable?: string;
}

const expansions = new Map<string, Expansion>();
const MAX_EXPANSIONS = 100_000;

function expand(raw: string): Expansion {
  const known = expansions.get(raw);
  if (known !== undefined) return known;
  let expansion: Expansion;
  const version = VERSION.exec(raw);
  if (version !== null) {
    const tokens: Token[] = [];
    pushVersion(tokens, raw, version);
    const bare = raw.replace(/^v/, '');
    expansion = { tokens, version: { bare, major: (version[1] ?? '').split('.')[0] ?? '' } };
  } else {
    const tokens: Token[] = [];
    const name = pushWord(tokens, raw);
    expansion = name !== undefined && ALPHA.test(raw) ? { tokens, name } : { tokens };
    if (expansion.name !== undefined && raw.length >= 3) expansion.joinable = raw;
  }
  if (expansions.size >= MAX_EXPANSIONS) expansions.clear();
  expansions.set(raw, expansion);
  return expansion;
}

/**
 * The tokens of `text` with the versioned names it writes (`Linux 6.19`). Two topical words in
 * a row also give their joined form as a family (`Case Folding` → `casefolding`), so spellings
 * with and without a space or hyphen meet. Tokens are shared between calls: do not change them.
 */
export function analyze(text: string): Analysis {
  const tokens: Token[] = [];
  const versioned: VersionedName[] = [];
  const next: string[] = [];
  /** Indexes of the previous token's whole words, waiting for the word after them. */
  let waiting: number[] = [];
  const lower = text.toLowerCase();
  let previousName: string | undefined;
  let previousWord = '';
  let previousRaw: string | undefined;
  let previousJoinable: string | undefined;
  let beforeName: string | undefined;
  let end = 0;
  const push = (token: Token): void => {
    if (token.role === 'word') waiting.push(tokens.length);
    tokens.push(token);
    next.push('');
  };
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(lower); match !== null; match = TOKEN.exec(lower)) {
    // Punctuation between two tokens ("Ray-Tracing, NVK") keeps them from reading as a phrase.
    if (end > 0 && !onlySpaces(lower, end, match.index)) {
      waiting = [];
      previousName = undefined;
      previousJoinable = undefined;
      previousRaw = undefined;
    }
    end = match.index + match[0].length;
    const raw = normaliseRaw(match[0]);
    const before = previousRaw;
    previousRaw = raw;
    const expansion = raw === '' ? undefined : expand(raw);
    if (waiting.length > 0) {
      const following = expansion?.name ?? '';
      if (following !== '') for (const index of waiting) next[index] = following;
      waiting = [];
    }
    if (expansion === undefined) {
      previousName = undefined;
      previousJoinable = undefined;
      continue;
    }
    if (expansion.version !== undefined) {
      if (previousName !== undefined) {
        const found: VersionedName = { name: previousName, word: previousWord, version: expansion.version.bare };
        if (beforeName !== undefined) found.before = beforeName;
        versioned.push(found);
        const major = expansion.version.major;
        // `GCC 15.1` → `gcc15`, `RDNA 4` → `rdna4` (not `linux6`: a kernel major spans years).
        if (major.length <= 3 && previousName !== 'linux') push({ term: previousName + major, word: previousWord + major, role: 'family' });
      }
      previousName = undefined;
    } else {
      previousName = expansion.name;
      previousWord = raw;
      beforeName = before;
    }
    for (const token of expansion.tokens) push(token);
    if (previousJoinable !== undefined && expansion.joinable !== undefined) push(joinedToken(previousJoinable, expansion.joinable));
    previousJoinable = expansion.joinable;
  }
  return { tokens, versioned, next };
}

const joins = new Map<string, Map<string, Token>>();

/** `case` + `folding` → the token of `casefolding` (shared). */
function joinedToken(first: string, second: string): Token {
  let bySecond = joins.get(first);
  if (bySecond === undefined) {
    if (joins.size >= MAX_EXPANSIONS) joins.clear();
    joins.set(first, (bySecond = new Map()));
  }
  let token = bySecond.get(second);
  if (token === undefined) {
    const word = first + second;
    token = { term: stem(word), word, role: 'joined' };
    bySecond.set(second, token);
  }
  return token;
}

function onlySpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13 && code !== 160) return false;
  }
  return true;
}

/** Just the terms of `text`: whole words and families, without compound parts and joined pairs. */
export function terms(text: string): string[] {
  return analyze(text)
    .tokens.filter((token) => token.role === 'word' || token.role === 'family')
    .map((token) => token.term);
}

/** Apostrophes: `linux's` → `linux`, `fools'` → `fools`, `don't` → `don`. */
function normaliseRaw(raw: string): string {
  let apostrophe = raw.indexOf("'");
  if (apostrophe < 0) apostrophe = raw.indexOf('’');
  return apostrophe < 0 ? raw : raw.slice(0, apostrophe);
}

function pushVersion(tokens: Token[], raw: string, version: RegExpExecArray): void {
  const bare = raw.replace(/^v/, '');
  tokens.push({ term: bare, word: bare, role: 'word' });
  // `7.0-rc4` and `6.3.9` also name their series, `7.0` and `6.3`.
  const numbers = (version[1] ?? '').split('.');
  if (numbers.length >= 2 && (version[2] !== undefined || numbers.length > 2)) {
    const series = `${numbers[0]}.${numbers[1]}`;
    tokens.push({ term: series, word: series, role: 'family' });
  }
}

/** Adds a non-version token; returns its term when it can name a versioned thing (`linux`, `mesa`). */
function pushWord(tokens: Token[], raw: string): string | undefined {
  if (raw.includes('/')) {
    pushSlashed(tokens, raw);
    return undefined;
  }
  if (raw.includes('+') && !raw.endsWith('++')) {
    let last: string | undefined;
    for (const piece of raw.split('+')) last = piece === '' ? undefined : pushWord(tokens, piece);
    return last;
  }
  if (raw.includes('-')) return pushCompound(tokens, raw);
  return pushSimple(tokens, raw, 'word');
}

function pushSimple(tokens: Token[], raw: string, role: TokenRole): string | undefined {
  if (STOP_WORDS.has(raw)) return undefined;
  if (raw.length === 1 && !/\d/.test(raw)) return undefined;
  const term = stem(raw);
  tokens.push({ term, word: raw, role });
  const family = FAMILY.exec(raw);
  if (family !== null && role === 'word') {
    const name = family[1] ?? '';
    if (!STOP_WORDS.has(name)) tokens.push({ term: stem(name), word: name, role: 'family' });
  }
  return NUMBER.test(raw) ? undefined : term;
}

/** `rust-based` → whole `rust-bas` and parts `rust`, `bas`; `7.0-rc4` never reaches here. */
function pushCompound(tokens: Token[], raw: string): string | undefined {
  const pieces = raw.split('-').filter((piece) => piece !== '');
  const stems = pieces.map((piece) => (ALPHA.test(piece) ? stem(piece) : piece));
  const term = stems.join('-');
  tokens.push({ term, word: raw, role: 'word' });
  pieces.forEach((piece, index) => {
    if (STOP_WORDS.has(piece) || (piece.length === 1 && !/\d/.test(piece))) return;
    tokens.push({ term: stems[index] ?? piece, word: piece, role: 'part' });
  });
  // `file-system` also reads as `filesystem`, `ray-tracing` as `raytracing`.
  const [first, second] = pieces;
  if (pieces.length === 2 && first !== undefined && second !== undefined && ALPHA.test(first) && ALPHA.test(second)) {
    tokens.push({ term: stem(first + second), word: first + second, role: 'joined' });
  }
  return term;
}

/** `llvm/clang` → `llvm`, `clang`; `rust/` → `rust/` and `rust`; `drivers/gpu/drm/nova/` → the path, `gpu`, `drm`, `nova`. */
function pushSlashed(tokens: Token[], raw: string): void {
  const segments = raw.split('/').filter((segment) => segment !== '');
  const isPath = raw.endsWith('/') || segments.length >= 3;
  if (isPath) tokens.push({ term: raw, word: raw, role: 'word' });
  for (const segment of segments) {
    if (isPath && GENERIC_SEGMENTS.has(segment)) continue;
    pushWord(tokens, segment);
  }
}

/* ───────────────────────────── Background ───────────────────────────── */

/**
 * Rough share of Phoronix headlines that contain each word (2023–2026), rounded: the
 * background that keeps a small candidate set from making every word rare. Words not listed
 * are taken as rare; common English words not listed count as COMMON_SHARE.
 */
const BACKGROUND_SHARES: Readonly<Record<string, number>> = {
  linux: 0.45, amd: 0.22, performance: 0.18, intel: 0.17, support: 0.15, driver: 0.12, released: 0.11,
  new: 0.08, release: 0.06, ryzen: 0.05, kernel: 0.05, ubuntu: 0.05, vulkan: 0.045, graphics: 0.045, open: 0.045,
  source: 0.04, 'open-source': 0.04, wayland: 0.04, lake: 0.04, epyc: 0.04, ai: 0.04, benchmarks: 0.04, improvements: 0.04,
  nvidia: 0.035, brings: 0.035, mesa: 0.035, patches: 0.035, fixes: 0.03, gpu: 0.03, cpu: 0.03, desktop: 0.03,
  lands: 0.03, core: 0.025, gnome: 0.025, adds: 0.025, power: 0.025, series: 0.025, zen: 0.025, better: 0.02,
  initial: 0.02, fedora: 0.02, features: 0.02, radeon: 0.02, system: 0.02, compiler: 0.02, code: 0.02, faster: 0.02,
  memory: 0.02, xeon: 0.02, ready: 0.02, working: 0.02, windows: 0.02, announces: 0.02, gaming: 0.02, gcc: 0.017,
  server: 0.016, kde: 0.016, gen: 0.016, max: 0.016, optimizations: 0.016, hardware: 0.015, file: 0.015,
  laptop: 0.015, beta: 0.015, continues: 0.015, apple: 0.014, llvm: 0.014, debian: 0.014, default: 0.014,
  ultra: 0.014, os: 0.013, based: 0.013, firefox: 0.013, option: 0.013, freebsd: 0.013, management: 0.013,
  updated: 0.013, x86: 0.012, fix: 0.012, lts: 0.012, software: 0.012, available: 0.012, arm: 0.012, pro: 0.012,
  microsoft: 0.012, web: 0.011, running: 0.011, gains: 0.011, changes: 0.011, updates: 0.011, update: 0.011,
  rocm: 0.011, plasma: 0.011, firmware: 0.011, experimental: 0.01, posted: 0.01, compute: 0.01, security: 0.01,
  looks: 0.01, great: 0.01, stable: 0.01, merged: 0.01, merge: 0.01, efficiency: 0.01, multi: 0.01, state: 0.01,
  video: 0.01, preps: 0.01, installer: 0.01, nice: 0.01, gnu: 0.01, published: 0.01, old: 0.01, drm: 0.01,
  use: 0.01, optimization: 0.01, latest: 0.01, enabling: 0.01, patch: 0.01, posts: 0.01, make: 0.01, time: 0.01,
  finally: 0.01, steam: 0.01, games: 0.01, bug: 0.01, year: 0.01, testing: 0.01, test: 0.01, bit: 0.008,
  opengl: 0.008, color: 0.008, preparing: 0.008, devices: 0.008, device: 0.008, help: 0.008, engine: 0.008,
  display: 0.008, introduces: 0.008, work: 0.008, next: 0.008, boot: 0.007, see: 0.007, adding: 0.007,
  extension: 0.007, upstream: 0.007, api: 0.007, begins: 0.007, enables: 0.007, modern: 0.007, coming: 0.007,
  foundation: 0.007, browser: 0.007, boost: 0.007, improved: 0.007, cache: 0.007, control: 0.007, using: 0.007,
  platform: 0.007, allow: 0.007, speed: 0.007, one: 0.007, project: 0.007, version: 0.007, versions: 0.007,
  developer: 0.006, developers: 0.006, users: 0.006, user: 0.006, program: 0.006, programming: 0.005, language: 0.005,
  network: 0.006, networking: 0.006, storage: 0.006, cpus: 0.027, gpus: 0.013, drivers: 0.012, systems: 0.01,
  benchmark: 0.01, mainline: 0.004, tree: 0.004, infrastructure: 0.004, toolchain: 0.003,
};

/** The share assumed for a common English word that is not in the table. */
export const COMMON_SHARE = 0.02;

const COMMON_ENGLISH = (
  'first next new last current currently early today able about absolutely accept accepted according account achieve achieved act action actual actually add added adding ' +
  'addition additional additionally address advantage affect after afterwards again against age agree agreed ahead aim aimed ' +
  'aims allow allowed allowing allows almost alone along alongside already alternative although amount announce announced announcement ' +
  'announcements another answer anyone anything anyway apart apparently appear appeared appears appreciate appreciated approach approval april ' +
  'area areas argue around arrive ask asked asking aspect aspects attempt attention august author available avoid ' +
  'aware away awesome baby back background bad base basic basically bear beat became become becomes becoming ' +
  'begin beginning begun behind believe benefit benefits best better beyond big bigger biggest bit bits blog ' +
  'body book both bottom bring bringing brings broad brought build building built business busy call called ' +
  'calling calls came care careful carry case cases catch cause caused center certain certainly chance change ' +
  'changed changes changing check checked choice choose chosen claim class clean clear clearly close closer come ' +
  'comes coming comment common company compare compared comparison complete completed completely concern concerns condition conditions consider ' +
  'considered considering contain content context continue continued continues continuing contrast contribute contributed control copy correct cost ' +
  'could count couple course cover covered create created creating credit current currently cut cycle daily date ' +
  'day days deal dealing dear decide decided decision deep default define definitely degree deliver delivered delivering ' +
  'demand describe described design desire detail detailed details develop developed development did difference different difficult direct ' +
  'direction directly discuss discussed discusses discussion discussions do document done double doubt down dozen dream drive ' +
  'driven drop dropped due during each earlier early ease easier easily easy effect effective effectively effort ' +
  'efforts eight either else enable enabled end ended ending enjoy enough ensure entire entirely environment equal ' +
  'especially essentially even event events eventually ever every everyone everything evidence exact exactly example examples excellent ' +
  'except exciting excitement exist existing expect expected experience explain explained express extend extra eye face fact ' +
  'fail fair fairly fall familiar far fast feature february feel felt few field figure figured final ' +
  'finally find finding fine finish fit five fix fixed follow followed following follows forever form formal ' +
  'formalities former forward found four free frequent fresh friday front full fully fun further future gain ' +
  'gave general generally get give given gives giving glad go goal goes going gone good got ' +
  'great greater greatly ground group grow growing guess half hand handle happen happened happening happens happy ' +
  'hard heard heated heavily heavy held hello help helped helping helps high higher highly history hit ' +
  'hold home hope hoped hopefully hopes hour hours huge idea ideas imagine immediately impact important improve ' +
  'improved improvement improving include included includes including increase indeed indicate indicated individual inform information initially inside ' +
  'instead intend intended interest interested interesting internal involve involved involves item items itself january job join ' +
  'joined july june keep keeping kept key kind kindly know knowing known lack large largely larger ' +
  'largest last late lately later latter lead leading learn least leave leaving led left length less ' +
  'let level life light likely limit limited line lines link list little live long longer look ' +
  'looked looking looks lose loss lost lot lots love low lower made main mainly maintain major ' +
  'majority make makes making manage managed many march mark matter may mean meaning means meanwhile measure ' +
  'meet mention mentioned mere middle might mind minor minute minutes miss missing mode moment monday month ' +
  'months more moreover morning mostly move moved moving much multiple name named namely near nearly necessary ' +
  'need needed needing needs never nevertheless nice nicely night none normal normally note noted notes nothing ' +
  'notice november number numbers object obvious obviously occur october offer offered offering official officially often okay ' +
  'old older once one ones open opened opinion opportunity option options order original originally others otherwise ' +
  'outside overall own paper part partial particular particularly parts pass passed past pay ' +
  'people perfect perhaps period person personal pick picked piece place placed plan planned planning plans play ' +
  'please plenty point pointed points poor popular position positive possible possibly post posted potential potentially ' +
  'practice prefer prepare prepared present presented press pretty prevent previous previously price pride prides primary prior ' +
  'private probably problem problems proceed process produce progress promise proper properly proposal proposed prospect prospects prove ' +
  'provide provided provides providing public publicly pull purpose push pushed put putting question questions quick quickly ' +
  'quite raise raised range rate reach reached read reading ready real reality realize really reason reasons ' +
  'receive received recent recently record reduce reference regard regarding regardless related relatively remain remaining remains remember ' +
  'remove removed reply report reported request require required requires response rest result results return review right ' +
  'rise risk role roughly round rule run running said sake saw say saying says second secondly ' +
  'see seeing seem seemed seems seen select send sense sent september serious serve set sets setting ' +
  'seven several shape share shared short shortly should show showed showing shown shows side sign significant ' +
  'significantly similar similarly simple simply since single situation six size slightly slow small smaller smooth smoothly ' +
  'solid solution some somehow someone something sometimes soon sort sound source sources speak special specific ' +
  'spend spent spot stage stand standard start started starting starts state stated statement stay step steps ' +
  'stick still stop story straight strong strongly stuff subject submit submitted succeed success successful successfully such ' +
  'suggest suggested summer sunday support supported supposed sure surprise surprising system take taken takes taking talk ' +
  'talked talking task team tell tells ten term terms test thank thanks thing things think thinking ' +
  'third though thought thoughts three thursday throughout tied till time times today together told too took ' +
  'top total totally touch toward track tried tries true truly try trying tuesday turn turned twice ' +
  'two type typical typically ultimately unclear under understand understanding unfortunately unless unlike unlikely until upcoming update ' +
  'upon usage use used useful user uses using usual usually value various version versus very view ' +
  'visible vote wait want wanted wanting wants watch way ways wednesday week weekend weeks weight welcome ' +
  'well went whatever whether whole wide widely willing win wish word words work worked working works ' +
  'world worth write writing written wrong yeah year years yes yesterday young zero'
).split(' ');

const shares = new Map<string, number>();
for (const [word, share] of Object.entries(BACKGROUND_SHARES)) {
  const term = stem(word);
  shares.set(term, Math.max(share, shares.get(term) ?? 0));
}
/** Words of Phoronix headlines that say what happened, not what it happened to. */
const HEADLINE_WORDS = (
  'release released releases releasing land lands landed landing bring brings brought add adds added adding prep preps ' +
  'prepping prepares preparing post posts posted sees begins looks gets continues now finally initial support supports ' +
  'supported supporting improvement improvements improve improves improved feature features update updates updated ' +
  'change changes fix fixes fixed optimization optimizations optimize optimized enable enables enabled enabling allow allows ' +
  'introduce introduces introduced deliver delivers delivering receives receiving gain gains offer offers show shows hits ' +
  'expected announce announces announced ready working available latest newest benchmark benchmarks performance faster ' +
  'better more lots many big nice great good way another ahead coming upcoming near nearing merge merged merges merging ' +
  'queued queue queues submitted sends sent alpha beta'
).split(' ');

const commonEnglish = new Set<string>();
for (const word of HEADLINE_WORDS) commonEnglish.add(stem(word));
for (const word of COMMON_ENGLISH) {
  const term = stem(word);
  commonEnglish.add(term);
  if (!shares.has(term)) shares.set(term, COMMON_SHARE);
}

/** True for a common English or headline word (`first`, `lands`, `support`): it never makes a topic alone. */
export function isGeneric(term: string): boolean {
  return commonEnglish.has(term);
}

/** The background share of documents containing `term` (a stemmed term); 0 for rare words. */
export function backgroundShare(term: string): number {
  return shares.get(term) ?? 0;
}

/* ───────────────────────────── Key terms ───────────────────────────── */

/**
 * The most telling words of a body, most telling first, as written (lower-case): frequency in
 * the text against how common the word is in Phoronix headlines and English. Versions and bare
 * numbers are left out (they are mentions); a compound counts whole (`linux-next`), its parts
 * count half.
 */
export function keyTerms(text: string, limit = 30): string[] {
  if (limit <= 0) return [];
  const counts = new Map<string, number>();
  const forms = new Map<string, Map<string, number>>();
  for (const token of analyze(text).tokens) {
    if (token.role === 'family' || token.role === 'joined' || /^\d/.test(token.term) || token.term.length < 2) continue;
    const weight = token.role === 'part' ? 0.5 : 1;
    counts.set(token.term, (counts.get(token.term) ?? 0) + weight);
    if (token.role === 'word') {
      let byForm = forms.get(token.term);
      if (byForm === undefined) forms.set(token.term, (byForm = new Map()));
      byForm.set(token.word, (byForm.get(token.word) ?? 0) + 1);
    }
  }
  const scored: { term: string; score: number; count: number }[] = [];
  for (const [term, count] of counts) {
    // A (`rust/`) is a mention, not a key term.
    if (term.endsWith('/')) continue;
    scored.push({ term, count, score: (1 + Math.log(count)) * specificity(term) });
  }
  scored.sort((a, b) => b.score - a.score || b.count - a.count || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  const result: string[] = [];
  for (const { term } of scored) {
    const byForm = forms.get(term);
    if (byForm === undefined) continue; // only ever seen as a part: its compound speaks for it
    result.push(mostFrequent(byForm));
    if (result.length >= limit) break;
  }
  return result;
}

/** How much a word says about a topic: rarer in headlines is more; plain English words say little. */
function specificity(term: string): number {
  const rarity = Math.log(1 / (backgroundShare(term) + 0.004));
  return commonEnglish.has(term) ? rarity * 0.35 : rarity;
}

function mostFrequent(byForm: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [form, count] of byForm) {
    if (count > bestCount || (count === bestCount && form.length < best.length)) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}
