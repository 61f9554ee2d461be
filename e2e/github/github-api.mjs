// @ts-check
/**
 * A local stand-in for GitHub's REST API over torvalds/linux whose answers come from a real
 * git repository (mainline-repo.mjs): compare, commits, the commit list of a path, tags,
 * matching refs, commit search, /user and /rate_limit, with GitHub's rate limits, tokens,
 * ETags, pagination and CORS headers. See README.md.
 */
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { buildMainlineRepo, gitEnv } from './mainline-repo.mjs';

const API = 'https://api.github.com';
const REPO_API = `${API}/repos/torvalds/linux`;
const REPO_HTML = 'https://github.com/torvalds/linux';
const DOCS = 'https://docs.github.com/rest';
const HOUR = 3_600_000;
const MINUTE = 60_000;
/** What GitHub lists in access-control-expose-headers. */
const EXPOSE_HEADERS =
  'ETag, Link, Location, Retry-After, X-GitHub-OTP, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Used, X-RateLimit-Resource, X-RateLimit-Reset, X-OAuth-Scopes, X-Accepted-OAuth-Scopes, X-Poll-Interval, X-GitHub-Media-Type, X-GitHub-SSO, X-GitHub-Request-Id, Deprecation, Sunset';
const COMPARE_DEFAULT_COMMITS = 250;
const SEARCH_MAX_RESULTS = 1000;

/** @typedef {{ method: string, path: string, headers: Record<string, string> }} ApiRequest  path = path + query; lower-case header names */
/** @typedef {{ status: number, headers: Record<string, string>, body: string }} ApiResponse */
/** @typedef {'core' | 'search'} Resource */
/**
 * @typedef {object} ApiCall
 * @property {string} method
 * @property {string} path
 * @property {Resource} resource       the budget the request belongs to
 * @property {boolean} counted         whether it used up one request of that budget
 * @property {number} status
 * @property {boolean} authenticated   a valid token was sent
 */
/**
 * @typedef {object} RateLimitState
 * @property {number} remaining
 * @property {number} [resetAt]  epoch ms at which the window resets; default: now + the window
 * @property {number} [limit]    default: the current limit (60/5000 core, 10/30 search)
 */
/**
 * @typedef {object} GitHubApi
 * @property {(request: ApiRequest) => Promise<ApiResponse>} handle
 * @property {(resource: Resource, state: RateLimitState, who?: { token?: string }) => void} setRateLimit
 *   forces a budget (anonymous unless `who.token`)
 * @property {() => void} fullAnonymousBudget  the anonymous budget of a fresh hour: 60 core requests, 10 searches a minute
 * @property {() => ApiCall[]} calls
 * @property {() => void} resetCalls
 * @property {() => void} close  stops the repository's `git cat-file --batch` (started again on the next request)
 * @property {string} gitDir
 * @property {Record<string, string>} aliases  real/recorded id → local commit id
 */
/**
 * @typedef {object} GitHubApiOptions
 * @property {string} gitDir
 * @property {Record<string, string>} [aliases]
 * @property {string[]} [tokens]       valid tokens; default ['kc-test-token']
 * @property {() => number} [now]      epoch ms; default Date.now
 */

/**
 * @typedef {object} CommitInfo
 * @property {string} sha
 * @property {string} tree
 * @property {string[]} parents
 * @property {{ name: string, email: string, epoch: number }} author
 * @property {{ name: string, email: string, epoch: number }} committer
 * @property {string} message  without the trailing newline, as GitHub gives it
 */

// --- git, with per-process caches of what cannot change ----------------------------------

/**
 * @param {string} gitDir
 * @param {string[]} args
 * @returns {Promise<{ code: number, stdout: string }>}  exit codes 1 and 128 ("no such …") are answers, not errors
 */
function git(gitDir, args) {
  return new Promise((resolve, reject) => {
    execFile('git', ['-C', gitDir, ...args], { env: gitEnv(), maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (!error) return resolve({ code: 0, stdout });
      const code = typeof error.code === 'number' ? error.code : -1;
      if (code === 1 || code === 128) return resolve({ code, stdout });
      reject(new Error(`git ${args.slice(0, 3).join(' ')}: ${stderr || error.message}`));
    });
  });
}

/**
 * One long-lived `git cat-file --batch` per repository: reads objects and resolves names
 * without starting a process per lookup (starting git costs ~20 ms on a small machine).
 * It keeps the event loop alive only while a lookup is pending.
 */
class CatFile {
  /** @param {string} gitDir */
  constructor(gitDir) {
    this.gitDir = gitDir;
    /**
     * The running process with its own queue of lookups and unread output.
     * @type {{ child: import('node:child_process').ChildProcessByStdio<import('node:stream').Writable, import('node:stream').Readable, null>, pending: { resolve: (o: { sha: string, type: string, content: string } | null) => void, reject: (e: Error) => void }[], buffer: Buffer } | null}
     */
    this.process = null;
  }

  start() {
    const child = spawn('git', ['-C', this.gitDir, 'cat-file', '--batch'], { env: gitEnv(), stdio: ['pipe', 'pipe', 'ignore'] });
    /** @type {NonNullable<CatFile['process']>} */
    const proc = { child, pending: [], buffer: Buffer.alloc(0) };
    this.process = proc;
    child.stdout.on('data', (/** @type {Buffer} */ chunk) => {
      proc.buffer = proc.buffer.length ? Buffer.concat([proc.buffer, chunk]) : chunk;
      drain(proc);
    });
    const fail = (/** @type {Error} */ error) => {
      if (this.process === proc) this.process = null;
      for (const p of proc.pending.splice(0)) p.reject(error);
    };
    child.on('error', fail);
    child.on('exit', () => fail(new Error('git cat-file --batch ended')));
    child.stdin.on('error', () => undefined);
    return proc;
  }

  /**
   * The object `name` (anything git rev-parse understands, e.g. `v6.1^{commit}`), or null.
   * @param {string} name  must not contain a newline
   * @returns {Promise<{ sha: string, type: string, content: string } | null>}
   */
  read(name) {
    return new Promise((resolve, reject) => {
      const proc = this.process ?? this.start();
      proc.pending.push({ resolve, reject });
      hold(proc.child, true);
      proc.child.stdin.write(`${name}\n`);
    });
  }

  close() {
    this.process?.child.kill();
    this.process = null;
  }
}

/**
 * Answers the lookups whose output has arrived, in order.
 * @param {NonNullable<CatFile['process']>} proc
 */
function drain(proc) {
  while (proc.pending.length) {
    const nl = proc.buffer.indexOf(10);
    if (nl < 0) return;
    const header = proc.buffer.subarray(0, nl).toString('utf8');
    const m = /^([0-9a-f]{40}) (\S+) (\d+)$/.exec(header);
    if (!m) {
      // "<name> missing" or "<name> ambiguous"
      proc.buffer = proc.buffer.subarray(nl + 1);
      proc.pending.shift()?.resolve(null);
    } else {
      const size = Number(m[3]);
      if (proc.buffer.length < nl + 1 + size + 1) return;
      const content = proc.buffer.subarray(nl + 1, nl + 1 + size).toString('utf8');
      proc.buffer = proc.buffer.subarray(nl + 1 + size + 1);
      proc.pending.shift()?.resolve({ sha: /** @type {string} */ (m[1]), type: /** @type {string} */ (m[2]), content });
    }
  }
  hold(proc.child, false);
}

/**
 * Lets the process keep Node's event loop alive (while a lookup is pending) or not.
 * @param {import('node:child_process').ChildProcess} child @param {boolean} on
 */
function hold(child, on) {
  for (const handle of [child, child.stdout, child.stdin]) {
    const h = /** @type {{ ref?: () => void, unref?: () => void } | null} */ (/** @type {unknown} */ (handle));
    if (on) h?.ref?.();
    else h?.unref?.();
  }
}

/**
 * @typedef {object} RepoCache
 * @property {CatFile} catFile
 * @property {Map<string, CommitInfo>} commits
 * @property {Map<string, { total: number, additions: number, deletions: number }>} stats
 * @property {Map<string, string | null>} hexes       abbreviated id → commit id
 * @property {Map<string, { mergeBase: string | null, behind: number, ahead: string[] }>} comparisons  "base head" → result
 * @property {Map<string, string[]>} revLists         rev-list arguments → ids
 */
/** @type {Map<string, RepoCache>} */
const caches = new Map();
/** @param {string} gitDir */
function cacheOf(gitDir) {
  let cache = caches.get(gitDir);
  if (!cache) {
    cache = { catFile: new CatFile(gitDir), commits: new Map(), stats: new Map(), hexes: new Map(), comparisons: new Map(), revLists: new Map() };
    caches.set(gitDir, cache);
  }
  return cache;
}

/**
 * A raw commit object → its details.
 * @param {string} sha @param {string} content
 * @returns {CommitInfo}
 */
function parseCommit(sha, content) {
  const split = content.indexOf('\n\n');
  const head = split < 0 ? content : content.slice(0, split);
  const message = split < 0 ? '' : content.slice(split + 2);
  /** @type {string[]} */
  const parents = [];
  let tree = '';
  const people = { author: { name: '', email: '', epoch: 0 }, committer: { name: '', email: '', epoch: 0 } };
  for (const line of head.split('\n')) {
    if (line.startsWith('tree ')) tree = line.slice(5);
    else if (line.startsWith('parent ')) parents.push(line.slice(7));
    else if (line.startsWith('author ') || line.startsWith('committer ')) {
      const m = /^(author|committer) (.*) <([^>]*)> (\d+) [+-]\d{4}$/.exec(line);
      if (m) people[/** @type {'author' | 'committer'} */ (m[1])] = { name: /** @type {string} */ (m[2]), email: /** @type {string} */ (m[3]), epoch: Number(m[4]) };
    }
  }
  return { sha, tree, parents, ...people, message: message.replace(/\n+$/, '') };
}

/**
 * The commits' details, read through `git cat-file --batch` and cached (objects never change).
 * @param {string} gitDir
 * @param {string[]} shas  full local ids
 * @returns {Promise<CommitInfo[]>}
 */
async function commitInfos(gitDir, shas) {
  const { commits, catFile } = cacheOf(gitDir);
  const missing = [...new Set(shas.filter((sha) => !commits.has(sha)))];
  const objects = await Promise.all(missing.map((sha) => catFile.read(sha)));
  for (const object of objects) if (object?.type === 'commit') commits.set(object.sha, parseCommit(object.sha, object.content));
  return shas.map((sha) => {
    const info = commits.get(sha);
    if (!info) throw new Error(`no commit ${sha} in ${gitDir}`);
    return info;
  });
}

/**
 * `git rev-list <args>`, cached: callers pass full commit ids, so the answer cannot change.
 * @param {string} gitDir @param {string[]} args
 */
async function revList(gitDir, args) {
  const { revLists } = cacheOf(gitDir);
  const key = args.join('\0');
  let shas = revLists.get(key);
  if (!shas) {
    shas = (await git(gitDir, ['rev-list', ...args])).stdout.split('\n').filter(Boolean);
    revLists.set(key, shas);
  }
  return shas;
}

/** Lines changed against the first parent (or the empty tree), cached. @param {string} gitDir @param {CommitInfo} c */
async function commitStats(gitDir, c) {
  const cache = cacheOf(gitDir).stats;
  const known = cache.get(c.sha);
  if (known) return known;
  const args = c.parents[0] ? ['diff', '--numstat', c.parents[0], c.sha] : ['diff-tree', '--root', '-r', '--numstat', '--no-commit-id', c.sha];
  const { stdout } = await git(gitDir, args);
  let additions = 0;
  let deletions = 0;
  for (const line of stdout.split('\n')) {
    const [a, d] = line.split('\t');
    if (a && d) (additions += Number(a) || 0), (deletions += Number(d) || 0);
  }
  const stats = { total: additions + deletions, additions, deletions };
  cache.set(c.sha, stats);
  return stats;
}

// --- JSON shapes --------------------------------------------------------------------------

/** @param {number} epoch */
const isoDate = (epoch) => new Date(epoch * 1000).toISOString().replace('.000Z', 'Z');
/** @param {string} s */
const b64 = (s) => Buffer.from(s).toString('base64').replace(/=+$/, '');

/** The GitHub "commit" object (as in GET /commits/{ref}, without stats and files). @param {CommitInfo} c */
function commitJson(c) {
  const person = (/** @type {CommitInfo['author']} */ p) => ({ name: p.name, email: p.email, date: isoDate(p.epoch) });
  return {
    sha: c.sha,
    node_id: `C_kwDOACN6LNoAKD${c.sha}`,
    commit: {
      author: person(c.author),
      committer: person(c.committer),
      message: c.message,
      tree: { sha: c.tree, url: `${REPO_API}/git/trees/${c.tree}` },
      url: `${REPO_API}/git/commits/${c.sha}`,
      comment_count: 0,
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
    },
    url: `${REPO_API}/commits/${c.sha}`,
    html_url: `${REPO_HTML}/commit/${c.sha}`,
    comments_url: `${REPO_API}/commits/${c.sha}/comments`,
    author: null,
    committer: null,
    parents: c.parents.map((p) => ({ sha: p, url: `${REPO_API}/commits/${p}`, html_url: `${REPO_HTML}/commit/${p}` })),
  };
}

const OWNER = {
  login: 'torvalds',
  id: 1024025,
  node_id: 'MDQ6VXNlcjEwMjQwMjU=',
  url: `${API}/users/torvalds`,
  html_url: 'https://github.com/torvalds',
  type: 'User',
  site_admin: false,
};
const REPOSITORY = {
  id: 2325298,
  node_id: 'MDEwOlJlcG9zaXRvcnkyMzI1Mjk4',
  name: 'linux',
  full_name: 'torvalds/linux',
  private: false,
  owner: OWNER,
  html_url: REPO_HTML,
  description: 'Linux kernel source tree',
  fork: false,
  url: REPO_API,
};

/** @param {string} message @param {string} [doc] */
const errorBody = (message, doc = DOCS) => ({ message, documentation_url: doc });

/**
 * @typedef {object} RouteResult
 * @property {number} status
 * @property {unknown} json
 * @property {string} [link]
 */
/** @returns {RouteResult} */
const notFound = () => ({ status: 404, json: errorBody('Not Found') });
/** @param {string} message @param {unknown[]} [errors] @returns {RouteResult} */
const validationFailed = (message, errors) => ({
  status: 422,
  json: { message, ...(errors ? { errors } : {}), documentation_url: 'https://docs.github.com/v3/search/' },
});

/**
 * page/per_page as GitHub reads them.
 * @param {URLSearchParams} params @param {number} defaultPerPage @param {number} maxPerPage
 */
function pagination(params, defaultPerPage = 30, maxPerPage = 100) {
  const perPageRaw = Number.parseInt(params.get('per_page') ?? '', 10);
  const pageRaw = Number.parseInt(params.get('page') ?? '', 10);
  return {
    perPage: Number.isFinite(perPageRaw) && perPageRaw > 0 ? Math.min(perPageRaw, maxPerPage) : defaultPerPage,
    page: Number.isFinite(pageRaw) && pageRaw > 0 ? pageRaw : 1,
  };
}

/** As Ruby's CGI.escape, which GitHub's Link URLs use: `rust/` → `rust%2F`, a space → `+`. @param {string} s */
const formEncode = (s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).replace(/%20/g, '+');

/**
 * GitHub's Link header: prev, next, last, first as they apply; the request's query kept, page last.
 * @param {string} base  absolute URL without query
 * @param {URLSearchParams} params @param {number} page @param {number} lastPage
 */
function linkHeader(base, params, page, lastPage) {
  if (lastPage <= 1 && page <= 1) return undefined;
  /** @type {[string, string][]} */
  const kept = [...params].filter(([k]) => k !== 'page');
  const url = (/** @type {number} */ n) => `<${base}?${[...kept, /** @type {[string, string]} */ (['page', String(n)])].map(([k, v]) => `${formEncode(k)}=${formEncode(v)}`).join('&')}>`;
  const parts = [];
  if (page > 1) parts.push(`${url(Math.min(page - 1, Math.max(lastPage, 1)))}; rel="prev"`);
  if (page < lastPage) parts.push(`${url(page + 1)}; rel="next"`, `${url(lastPage)}; rel="last"`);
  if (page > 1) parts.push(`${url(1)}; rel="first"`);
  return parts.join(', ') || undefined;
}

// --- the API ------------------------------------------------------------------------------

/**
 * @param {GitHubApiOptions} options
 * @returns {GitHubApi}
 */
export function createGitHubApi({ gitDir, aliases = {}, tokens = ['kc-test-token'], now = Date.now }) {
  const cache = cacheOf(gitDir);
  /** alias → local */
  const aliasToLocal = new Map(Object.entries(aliases).map(([a, l]) => [a.toLowerCase(), l]));
  /** local → alias */
  const localToAlias = new Map([...aliasToLocal].map(([a, l]) => [l, a]));
  /** @param {string} sha */
  const visible = (sha) => localToAlias.get(sha) ?? sha;
  /** Every local id that has an alias is written as its alias. @param {string} body */
  const rewrite = (body) => (localToAlias.size ? body.replace(/(?<![0-9a-f])[0-9a-f]{40}(?![0-9a-f])/g, (sha) => localToAlias.get(sha) ?? sha) : body);

  /** @type {ApiCall[]} */
  let log = [];
  let requestId = 0;
  /** @type {Map<string, { limit: number, used: number, resetAt: number }>} */
  const budgets = new Map();
  const WINDOW = { core: HOUR, search: MINUTE };
  /** @param {Resource} resource @param {string | undefined} token */
  const defaultLimit = (resource, token) => (resource === 'core' ? (token ? 5000 : 60) : token ? 30 : 10);
  /** The budget of a caller, its window renewed when its reset time has passed. @param {Resource} resource @param {string | undefined} token */
  function budget(resource, token) {
    const key = `${resource}\0${token ?? ''}`;
    const t = now();
    let b = budgets.get(key);
    if (!b || t >= b.resetAt) {
      b = { limit: b?.limit ?? defaultLimit(resource, token), used: 0, resetAt: t + WINDOW[resource] };
      budgets.set(key, b);
    }
    return b;
  }
  /** @param {{ limit: number, used: number, resetAt: number }} b */
  const budgetJson = (b) => ({ limit: b.limit, used: b.used, remaining: Math.max(0, b.limit - b.used), reset: Math.ceil(b.resetAt / 1000) });

  // --- refs -----------------------------------------------------------------------------

  /**
   * A tag, branch, HEAD or (abbreviated) commit id → the local commit id; aliases first.
   * @param {string} ref
   * @returns {Promise<string | null>}
   */
  async function resolve(ref) {
    if (!/^[A-Za-z0-9_][A-Za-z0-9._/-]*$/.test(ref) || ref.includes('..') || ref.endsWith('.lock') || ref.endsWith('/')) return null;
    const lower = ref.toLowerCase();
    if (/^[0-9a-f]{7,40}$/.test(lower)) {
      const matching = [...aliasToLocal.keys()].filter((a) => a.startsWith(lower));
      if (matching.length === 1) return /** @type {string} */ (aliasToLocal.get(/** @type {string} */ (matching[0])));
      if (matching.length > 1) return null;
      if (!cache.hexes.has(lower)) cache.hexes.set(lower, (await cache.catFile.read(`${lower}^{commit}`))?.sha ?? null);
      const sha = cache.hexes.get(lower);
      if (sha) return sha;
    }
    const candidates = ref === 'HEAD' ? ['HEAD'] : ref.startsWith('refs/') ? [ref] : [`refs/heads/${ref}`, `refs/tags/${ref}`, `refs/${ref}`];
    for (const candidate of candidates) {
      const object = await cache.catFile.read(`${candidate}^{commit}`);
      if (object) return object.sha;
    }
    return null;
  }

  /**
   * Refs under a prefix, ascending by name.
   * @param {string} prefix  e.g. refs/tags/v6.
   * @returns {Promise<{ ref: string, sha: string, type: string, peeled: string }[]>}
   */
  async function refsWithPrefix(prefix) {
    const dir = prefix.slice(0, prefix.lastIndexOf('/') + 1) || 'refs/';
    const { stdout } = await git(gitDir, ['for-each-ref', '--sort=refname', '--format=%(refname)%00%(objectname)%00%(objecttype)%00%(*objectname)', dir]);
    return stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [ref = '', sha = '', type = '', peeled = ''] = line.split('\0');
        return { ref, sha, type, peeled: peeled || sha };
      })
      .filter((r) => r.ref.startsWith(prefix));
  }

  /** @param {{ ref: string, sha: string, type: string }} r */
  const refJson = (r) => ({
    ref: r.ref,
    node_id: `REF_kwDOACN6LL${b64(r.ref)}`,
    url: `${REPO_API}/git/${r.ref}`,
    object: { sha: r.sha, type: r.type, url: `${REPO_API}/git/${r.type}s/${r.sha}` },
  });

  // --- endpoints ------------------------------------------------------------------------

  /** @param {string} basehead @param {URLSearchParams} params @returns {Promise<RouteResult>} */
  async function compare(basehead, params) {
    const at = basehead.indexOf('...');
    if (at <= 0) return notFound();
    const baseName = basehead.slice(0, at);
    const headName = basehead.slice(at + 3);
    const [base, head] = await Promise.all([resolve(baseName), resolve(headName)]);
    if (!base || !head) return notFound();
    const key = `${base} ${head}`;
    let comparison = cache.comparisons.get(key);
    if (!comparison) {
      const [mb, sides] = await Promise.all([git(gitDir, ['merge-base', base, head]), git(gitDir, ['rev-list', '--left-right', '--topo-order', `${base}...${head}`])]);
      const lines = sides.stdout.split('\n').filter(Boolean);
      comparison = {
        mergeBase: mb.code === 0 ? mb.stdout.trim() : null,
        behind: lines.filter((l) => l.startsWith('<')).length,
        ahead: lines.filter((l) => l.startsWith('>')).map((l) => l.slice(1)).reverse(),
      };
      cache.comparisons.set(key, comparison);
    }
    if (!comparison.mergeBase) return { status: 404, json: errorBody(`No common ancestor between ${baseName} and ${headName}.`) };
    const list = comparison.ahead;
    const aheadBy = list.length;
    const behindBy = comparison.behind;
    const status = aheadBy === 0 && behindBy === 0 ? 'identical' : behindBy === 0 ? 'ahead' : aheadBy === 0 ? 'behind' : 'diverged';
    // Without paging parameters GitHub gives the first 250 commits; with them, pages of per_page.
    const paged = params.has('page') || params.has('per_page');
    const { perPage, page } = pagination(params);
    const shown = paged ? list.slice((page - 1) * perPage, page * perPage) : list.slice(0, COMPARE_DEFAULT_COMMITS);
    const [baseInfo, mergeBaseInfo] = await commitInfos(gitDir, [base, comparison.mergeBase]);
    const commits = await commitInfos(gitDir, shown);
    const url = `${REPO_API}/compare/${baseName}...${headName}`;
    return {
      status: 200,
      link: paged ? linkHeader(url, params, page, Math.ceil(list.length / perPage)) : undefined,
      json: {
        url,
        html_url: `${REPO_HTML}/compare/${baseName}...${headName}`,
        permalink_url: `${REPO_HTML}/compare/torvalds:${visible(base)}...torvalds:${visible(head)}`,
        diff_url: `${REPO_HTML}/compare/${baseName}...${headName}.diff`,
        patch_url: `${REPO_HTML}/compare/${baseName}...${headName}.patch`,
        base_commit: commitJson(/** @type {CommitInfo} */ (baseInfo)),
        merge_base_commit: commitJson(/** @type {CommitInfo} */ (mergeBaseInfo)),
        status,
        ahead_by: aheadBy,
        behind_by: behindBy,
        total_commits: aheadBy,
        commits: commits.map(commitJson),
        files: [],
      },
    };
  }

  /** @param {string} ref @returns {Promise<RouteResult>} */
  async function commit(ref) {
    const sha = await resolve(ref);
    if (!sha) return { status: 422, json: errorBody(`No commit found for SHA: ${ref}`, `${DOCS}/commits/commits#get-a-commit`) };
    const [info] = await commitInfos(gitDir, [sha]);
    const c = /** @type {CommitInfo} */ (info);
    return { status: 200, json: { ...commitJson(c), stats: await commitStats(gitDir, c), files: [] } };
  }

  /** @param {URLSearchParams} params @returns {Promise<RouteResult>} */
  async function listCommits(params) {
    const ref = params.get('sha') || 'master';
    const tip = await resolve(ref);
    if (!tip) return { status: 404, json: errorBody(`No commit found for SHA: ${ref}`, `${DOCS}/commits/commits#list-commits`) };
    /** @type {string[]} */
    const args = [];
    for (const [param, option] of /** @type {const} */ ([['since', '--since'], ['until', '--until']])) {
      const value = params.get(param);
      if (!value) continue;
      const t = Date.parse(value);
      if (Number.isNaN(t)) return { status: 422, json: errorBody('Invalid time', `${DOCS}/commits/commits#list-commits`) };
      args.push(`${option}=${new Date(t).toISOString().slice(0, 19).replace('T', ' ')} +0000`);
    }
    args.push(tip);
    const file = (params.get('path') ?? '').replace(/^\/+/, '');
    if (file) args.push('--', file);
    let shas = await revList(gitDir, args);
    for (const who of /** @type {const} */ (['author', 'committer'])) {
      const value = params.get(who)?.toLowerCase();
      if (!value) continue;
      const infos = await commitInfos(gitDir, shas);
      shas = infos.filter((c) => c[who].email.toLowerCase() === value).map((c) => c.sha);
    }
    const { perPage, page } = pagination(params);
    const shown = await commitInfos(gitDir, shas.slice((page - 1) * perPage, page * perPage));
    return { status: 200, json: shown.map(commitJson), link: linkHeader(`${REPO_API}/commits`, params, page, Math.ceil(shas.length / perPage)) };
  }

  /** @param {URLSearchParams} params @returns {Promise<RouteResult>} */
  async function listTags(params) {
    const refs = (await refsWithPrefix('refs/tags/')).reverse(); // --sort=-refname
    const { perPage, page } = pagination(params);
    const shown = refs.slice((page - 1) * perPage, page * perPage).map((r) => {
      const name = r.ref.slice('refs/tags/'.length);
      return {
        name,
        zipball_url: `${REPO_API}/zipball/refs/tags/${name}`,
        tarball_url: `${REPO_API}/tarball/refs/tags/${name}`,
        commit: { sha: r.peeled, url: `${REPO_API}/commits/${r.peeled}` },
        node_id: `REF_kwDOACN6LL${b64(r.ref)}`,
      };
    });
    return { status: 200, json: shown, link: linkHeader(`${REPO_API}/tags`, params, page, Math.ceil(refs.length / perPage)) };
  }

  /** @param {string} sha @returns {Promise<RouteResult>} */
  async function tagObject(sha) {
    if (!/^[0-9a-f]{40}$/.test(sha)) return notFound();
    const object = await cache.catFile.read(sha);
    if (object?.type !== 'tag') return notFound();
    const [head = '', ...message] = object.content.split('\n\n');
    /** @type {Record<string, string>} */
    const fields = {};
    for (const line of head.split('\n')) fields[line.slice(0, line.indexOf(' '))] = line.slice(line.indexOf(' ') + 1);
    const tagger = /^(.*) <(.*)> (\d+) [+-]\d{4}$/.exec(fields.tagger ?? '');
    return {
      status: 200,
      json: {
        node_id: `TA_kwDOACN6LN${sha}`,
        sha,
        url: `${REPO_API}/git/tags/${sha}`,
        tag: fields.tag,
        tagger: tagger ? { name: tagger[1], email: tagger[2], date: isoDate(Number(tagger[3])) } : null,
        object: { sha: fields.object, type: fields.type, url: `${REPO_API}/git/${fields.type}s/${fields.object}` },
        message: message.join('\n\n'),
        verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
      },
    };
  }

  /**
   * @param {URLSearchParams} params
   * @returns {Promise<RouteResult>}
   */
  async function searchCommits(params) {
    const q = params.get('q') ?? '';
    if (!q.trim()) {
      return validationFailed('Validation Failed', [{ resource: 'Search', field: 'q', code: 'missing' }]);
    }
    const query = parseSearchQuery(q);
    if (!query.repos.includes('torvalds/linux')) {
      return validationFailed('Validation Failed', [
        {
          message:
            'The listed users and repositories cannot be searched either because the resources do not exist or you do not have permission to view them.',
          resource: 'Search',
          field: 'q',
          code: 'invalid',
        },
      ]);
    }
    if (query.invalid) return validationFailed('Validation Failed', [{ message: `"${query.invalid}" is not a valid qualifier value.`, resource: 'Search', field: 'q', code: 'invalid' }]);
    const { perPage, page } = pagination(params);
    if ((page - 1) * perPage >= SEARCH_MAX_RESULTS) return validationFailed('Only the first 1000 search results are available');

    const master = await resolve('master');
    if (!master) return notFound();
    const all = await commitInfos(gitDir, await revList(gitDir, [master]));
    const matches = all.filter((c) => query.test(c, visible));
    const sort = params.get('sort');
    const ascending = params.get('order') === 'asc';
    const when = sort === 'author-date' ? (/** @type {CommitInfo} */ c) => c.author.epoch : (/** @type {CommitInfo} */ c) => c.committer.epoch;
    const sorted = matches
      .map((c, i) => ({ c, i }))
      .sort((a, b) => (ascending ? when(a.c) - when(b.c) : when(b.c) - when(a.c)) || a.i - b.i)
      .map(({ c }) => c);
    const items = sorted.slice((page - 1) * perPage, page * perPage).map((c) => {
      const { node_id: _nodeId, commit: { verification: _verification, ...inner }, ...rest } = commitJson(c);
      return { ...rest, commit: inner, repository: REPOSITORY, score: 1 };
    });
    const lastPage = Math.ceil(Math.min(sorted.length, SEARCH_MAX_RESULTS) / perPage);
    return { status: 200, json: { total_count: sorted.length, incomplete_results: false, items }, link: linkHeader(`${API}/search/commits`, params, page, lastPage) };
  }

  /**
   * @param {string} method
   * @param {URL} url
   * @param {{ token?: string }} caller
   * @returns {Promise<RouteResult>}
   */
  async function route(method, url, caller) {
    if (method !== 'GET' && method !== 'HEAD') return notFound();
    const pathname = url.pathname.replace(/\/+$/, '') || '/';
    const params = url.searchParams;
    if (pathname === '/user') {
      if (!caller.token) return { status: 401, json: errorBody('Requires authentication', `${DOCS}/users/users#get-the-authenticated-user`) };
      return { status: 200, json: { login: 'kc-test-user', id: 1, node_id: 'MDQ6VXNlcjE=', type: 'User', site_admin: false, url: `${API}/users/kc-test-user` } };
    }
    if (pathname === '/search/commits') return searchCommits(params);
    const m = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(pathname);
    if (!m || `${m[1]}/${m[2]}`.toLowerCase() !== 'torvalds/linux') return notFound();
    let rest;
    try {
      rest = decodeURIComponent(m[3] ?? '');
    } catch {
      return notFound();
    }
    /** @type {RegExpExecArray | null} */
    let r;
    if (rest === '') return { status: 200, json: { ...REPOSITORY, default_branch: 'master', visibility: 'public' } };
    if ((r = /^\/compare\/(.+)$/.exec(rest))) return compare(/** @type {string} */ (r[1]), params);
    if (rest === '/commits') return listCommits(params);
    if ((r = /^\/commits\/(.+)$/.exec(rest))) return commit(/** @type {string} */ (r[1]));
    if (rest === '/tags') return listTags(params);
    if ((r = /^\/git\/matching-refs\/(.*)$/.exec(rest))) return { status: 200, json: (await refsWithPrefix(`refs/${r[1]}`)).map(refJson) };
    if ((r = /^\/git\/ref\/(.+)$/.exec(rest))) {
      const [found] = (await refsWithPrefix(`refs/${r[1]}`)).filter((x) => x.ref === `refs/${r?.[1]}`);
      return found ? { status: 200, json: refJson(found) } : notFound();
    }
    if ((r = /^\/git\/refs\/(.+)$/.exec(rest))) {
      const found = await refsWithPrefix(`refs/${r[1]}`);
      const exact = found.find((x) => x.ref === `refs/${r?.[1]}`);
      return exact ? { status: 200, json: refJson(exact) } : found.length ? { status: 200, json: found.map(refJson) } : notFound();
    }
    if ((r = /^\/git\/tags\/([0-9a-f]{40})$/.exec(rest))) return tagObject(aliasToLocal.get(/** @type {string} */ (r[1])) ?? /** @type {string} */ (r[1]));
    return notFound();
  }

  /** @param {ApiRequest} request @returns {Promise<ApiResponse>} */
  async function handle(request) {
    const method = request.method.toUpperCase();
    /** @type {Record<string, string>} */
    const headers = {};
    for (const [k, v] of Object.entries(request.headers ?? {})) headers[k.toLowerCase()] = String(v);
    const url = new URL(request.path, API);
    const resource = /** @type {Resource} */ (url.pathname.startsWith('/search/') ? 'search' : 'core');
    const requestHeaders = {
      'access-control-allow-origin': '*',
      'access-control-expose-headers': EXPOSE_HEADERS,
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': `KC01:${(++requestId).toString(16).toUpperCase().padStart(6, '0')}:STANDIN`,
    };
    /**
     * @param {number} status @param {unknown} json @param {{ token?: string, counted: boolean, budget: { limit: number, used: number, resetAt: number }, extra?: Record<string, string>, body?: string }} o
     * @returns {ApiResponse}
     */
    const finish = (status, json, o) => {
      const b = budgetJson(o.budget);
      /** @type {Record<string, string>} */
      const out = {
        ...requestHeaders,
        'content-type': 'application/json; charset=utf-8',
        'cache-control': o.token ? 'private, max-age=60, s-maxage=60' : 'public, max-age=60, s-maxage=60',
        vary: 'Accept, Authorization, Cookie, X-GitHub-OTP,Accept-Encoding, Accept, X-Requested-With',
        'x-ratelimit-limit': String(b.limit),
        'x-ratelimit-remaining': String(b.remaining),
        'x-ratelimit-used': String(b.used),
        'x-ratelimit-reset': String(b.reset),
        'x-ratelimit-resource': resource,
        ...o.extra,
      };
      if (o.token) out['x-oauth-scopes'] = '';
      const body = status === 304 ? '' : o.body ?? rewrite(JSON.stringify(json));
      if (status === 304) delete out['content-type'];
      log.push({ method, path: request.path, resource, counted: o.counted, status, authenticated: o.token !== undefined });
      return { status, headers: out, body: method === 'HEAD' ? '' : body };
    };

    if (method === 'OPTIONS') {
      log.push({ method, path: request.path, resource, counted: false, status: 204, authenticated: false });
      return {
        status: 204,
        headers: {
          ...requestHeaders,
          'access-control-allow-methods': 'GET, POST, PATCH, PUT, DELETE',
          'access-control-allow-headers': headers['access-control-request-headers'] ?? 'Authorization, Content-Type, If-Match, If-Modified-Since, If-None-Match, If-Unmodified-Since, Accept-Encoding, X-GitHub-OTP, X-Requested-With, User-Agent',
          'access-control-max-age': '86400',
        },
        body: '',
      };
    }

    /** @type {string | undefined} */
    let token;
    const authorization = headers.authorization;
    if (authorization !== undefined) {
      const m = /^(?:bearer|token)\s+(\S+)\s*$/i.exec(authorization);
      if (!m || !tokens.includes(/** @type {string} */ (m[1]))) {
        return finish(401, errorBody('Bad credentials', DOCS), { counted: false, budget: budget(resource, undefined) });
      }
      token = m[1];
    }

    /** @type {RouteResult} */
    let result;
    const b = budget(resource, token);
    const counted = url.pathname.replace(/\/+$/, '') !== '/rate_limit';
    if (!counted) {
      const core = budgetJson(budget('core', token));
      const search = budgetJson(budget('search', token));
      result = { status: 200, json: { resources: { core: { ...core, resource: 'core' }, search: { ...search, resource: 'search' } }, rate: { ...core, resource: 'core' } } };
    } else {
      if (b.used >= b.limit) {
        const who = token ? 'user ID 1' : '127.0.0.1';
        const hint = token ? '' : " (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)";
        return finish(403, errorBody(`API rate limit exceeded for ${who}.${hint}`, 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api'), { token, counted: false, budget: b });
      }
      b.used++; // reserved before answering, so concurrent requests cannot overdraw the budget
      try {
        result = await route(method, url, { token });
      } catch (error) {
        b.used--;
        throw error;
      }
    }
    /** @type {Record<string, string>} */
    const extra = {};
    if (result.link) extra.link = result.link;
    let status = result.status;
    const body = rewrite(JSON.stringify(result.json));
    if (status === 200) {
      extra.etag = `W/"${createHash('sha1').update(body).digest('hex')}"`;
      if (etagMatches(headers['if-none-match'], extra.etag)) {
        status = 304;
        // GitHub: a conditional request answered 304 is free when authenticated.
        if (token && counted) b.used--;
      }
    }
    return finish(status, result.json, { token, counted: counted && !(status === 304 && token), budget: b, extra, body });
  }

  /** @type {GitHubApi['setRateLimit']} */
  const setRateLimit = (resource, state, who = {}) => {
    const b = budget(resource, who.token);
    if (state.limit !== undefined) b.limit = state.limit;
    b.used = Math.max(0, b.limit - state.remaining);
    if (state.resetAt !== undefined) b.resetAt = state.resetAt;
  };

  return {
    handle,
    setRateLimit,
    fullAnonymousBudget() {
      setRateLimit('core', { remaining: 60, resetAt: now() + 3_600_000 });
      setRateLimit('search', { remaining: 10, resetAt: now() + 60_000 });
    },
    calls: () => log.slice(),
    resetCalls: () => void (log = []),
    close: () => cache.catFile.close(),
    gitDir,
    aliases: { ...aliases },
  };
}

/** @param {string | undefined} header @param {string} etag */
function etagMatches(header, etag) {
  if (!header) return false;
  const strip = (/** @type {string} */ t) => t.trim().replace(/^W\//, '');
  return header.split(',').some((t) => t.trim() === '*' || strip(t) === strip(etag));
}

// --- search query -------------------------------------------------------------------------

const QUALIFIERS = new Set([
  'repo',
  'author',
  'committer',
  'author-name',
  'committer-name',
  'author-email',
  'committer-email',
  'author-date',
  'committer-date',
  'merge',
  'hash',
  'parent',
  'tree',
  'is',
  'user',
  'org',
]);

/**
 * A date qualifier value (`>D`, `>=D`, `<D`, `<=D`, `A..B` with `*` for open ends, or `D`):
 * a day means the whole day in UTC, a timestamp that second.
 * @param {string} expr
 * @returns {((epoch: number) => boolean) | null}
 */
function dateTest(expr) {
  /** @param {string} v @returns {{ start: number, end: number } | null} */
  const bound = (v) => {
    if (/^\d{4}-\d\d-\d\d$/.test(v)) {
      const start = Date.parse(`${v}T00:00:00Z`) / 1000;
      return Number.isNaN(start) ? null : { start, end: start + 86_400 };
    }
    const t = Date.parse(v);
    return Number.isNaN(t) ? null : { start: Math.floor(t / 1000), end: Math.floor(t / 1000) + 1 };
  };
  const op = /^(>=|<=|>|<)(.+)$/.exec(expr);
  if (op) {
    const v = bound(/** @type {string} */ (op[2]));
    if (!v) return null;
    return { '>': (/** @type {number} */ t) => t >= v.end, '>=': (/** @type {number} */ t) => t >= v.start, '<': (/** @type {number} */ t) => t < v.start, '<=': (/** @type {number} */ t) => t < v.end }[
      /** @type {'>' | '>=' | '<' | '<='} */ (op[1])
    ];
  }
  const range = /^(.+?)\.\.(.+)$/.exec(expr);
  if (range) {
    const a = range[1] === '*' ? { start: -Infinity, end: -Infinity } : bound(/** @type {string} */ (range[1]));
    const b = range[2] === '*' ? { start: Infinity, end: Infinity } : bound(/** @type {string} */ (range[2]));
    if (!a || !b) return null;
    return (t) => t >= a.start && t < b.end;
  }
  const v = bound(expr);
  return v ? (t) => t >= v.start && t < v.end : null;
}

/**
 * GitHub's commit search syntax, the parts this stand-in understands: "quoted phrases" and
 * bare words (case-insensitive substrings of the message), repo:, author-name:,
 * author-email:, committer-name:, committer-email:, author-date:, committer-date:, merge:,
 * hash:, parent:, tree:. author:/committer: name GitHub users, of which this world has none.
 * @param {string} q  already URL-decoded (a `+` is a space)
 */
export function parseSearchQuery(q) {
  /** @type {string[]} */
  const repos = [];
  /** @type {((c: CommitInfo, visible: (sha: string) => string) => boolean)[]} */
  const tests = [];
  /** @type {string | undefined} */
  let invalid;
  const tokens = q.match(/[^\s"]+:"[^"]*"|"[^"]*"?|[^\s]+/g) ?? [];
  for (const raw of tokens) {
    const qual = /^([A-Za-z-]+):(.*)$/.exec(raw);
    const key = qual?.[1]?.toLowerCase();
    if (qual && key && QUALIFIERS.has(key)) {
      const value = /** @type {string} */ (qual[2]).replace(/^"|"$/g, '');
      const lower = value.toLowerCase();
      switch (key) {
        case 'repo':
          repos.push(lower);
          break;
        case 'author-name':
        case 'committer-name': {
          const who = key === 'author-name' ? 'author' : 'committer';
          tests.push((c) => c[who].name.toLowerCase().includes(lower));
          break;
        }
        case 'author-email':
        case 'committer-email': {
          const who = key === 'author-email' ? 'author' : 'committer';
          tests.push((c) => c[who].email.toLowerCase() === lower);
          break;
        }
        case 'author-date':
        case 'committer-date': {
          const who = key === 'author-date' ? 'author' : 'committer';
          const test = dateTest(value);
          if (!test) invalid ??= raw;
          else tests.push((c) => test(c[who].epoch));
          break;
        }
        case 'merge':
          if (lower !== 'true' && lower !== 'false') invalid ??= raw;
          else tests.push((c) => c.parents.length > 1 === (lower === 'true'));
          break;
        case 'hash':
          tests.push((c, visible) => visible(c.sha).startsWith(lower));
          break;
        case 'parent':
          tests.push((c, visible) => c.parents.some((p) => visible(p).startsWith(lower)));
          break;
        case 'tree':
          tests.push((c) => c.tree.startsWith(lower));
          break;
        case 'author':
        case 'committer':
          // GitHub users: every commit here has author: null, committer: null.
          tests.push(() => false);
          break;
        default:
        // is:, user:, org: would narrow the repositories; only repo:torvalds/linux opens this one.
      }
      continue;
    }
    const term = raw.replace(/^"|"$/g, '').toLowerCase();
    if (term) tests.push((c) => c.message.toLowerCase().includes(term));
  }
  return {
    repos,
    invalid,
    /** @param {CommitInfo} c @param {(sha: string) => string} visible */
    test: (c, visible) => tests.every((t) => t(c, visible)),
  };
}

// --- fetch --------------------------------------------------------------------------------

/**
 * A `fetch` that answers https://api.github.com through the stand-in and rejects (TypeError,
 * as a failed fetch does) for every other host. For unit tests: `new HttpClient({ fetch: gitHubFetch(api) })`.
 * @param {Pick<GitHubApi, 'handle'>} api
 * @returns {typeof fetch}
 */
export function gitHubFetch(api) {
  return async (input, init = {}) => {
    const request = typeof Request !== 'undefined' && input instanceof Request ? input : undefined;
    const href = request ? request.url : input instanceof URL ? input.href : String(input);
    const url = new URL(href);
    if (url.protocol !== 'https:' || url.host !== 'api.github.com') throw new TypeError(`fetch failed: ${url.origin} is not served by the GitHub stand-in`);
    const signal = init.signal ?? request?.signal;
    if (signal?.aborted) throw signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
    const headers = new Headers(request?.headers);
    new Headers(init.headers).forEach((value, name) => headers.set(name, value));
    /** @type {Record<string, string>} */
    const plain = {};
    headers.forEach((value, name) => (plain[name.toLowerCase()] = value));
    const method = (init.method ?? request?.method ?? 'GET').toUpperCase();
    const answer = await api.handle({ method, path: url.pathname + url.search, headers: plain });
    const noBody = answer.status === 304 || answer.status === 204 || method === 'HEAD';
    const response = new Response(noBody ? null : answer.body, { status: answer.status, headers: answer.headers });
    Object.defineProperty(response, 'url', { value: url.href });
    return response;
  };
}

/**
 * Builds (or reuses) the repository and opens the API over it.
 * @param {Omit<GitHubApiOptions, 'gitDir' | 'aliases'>} [options]
 */
export async function startGitHubStandIn(options = {}) {
  const repo = await buildMainlineRepo();
  const api = createGitHubApi({ ...options, gitDir: repo.gitDir, aliases: repo.aliases });
  return { api, aliases: repo.aliases, tags: repo.tags, gitDir: repo.gitDir, commits: repo.commits };
}
