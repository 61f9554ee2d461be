// @ts-check
/**
 * Builds the bare git repository behind the GitHub stand-in: a synthetic torvalds/linux
 * master with every mainline tag (v2.6.12-rc2 … newest, rcs included) at its real date, and
 * the role-playing commits of roles.mjs, some of them on branches that never reach master.
 * Deterministic (fixed names, dates and time zones; one `git fast-import` stream), so the
 * commit ids are the same on every run and machine. See README.md.
 */
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LINUS, ROLES } from './roles.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** The repository root (this file is e2e/github/mainline-repo.mjs). */
export const REPO_ROOT = path.resolve(HERE, '../..');
/** endoflife.date's release-data file: every kernel version with its tag date. */
export const RELEASE_DATA = path.resolve(REPO_ROOT, '../shared/fixtures/kernel-release-dates/endoflife-release-data_linux-kernel.json');
/** Written into the git directory last, before the rename that publishes it. */
const META_FILE = 'kc-github-standin.json';
const DAY = 86_400_000;

/**
 * @typedef {object} MainlineRepo
 * @property {string} gitDir                   the bare repository
 * @property {Record<string, string>} aliases  real/recorded 40-hex id → local commit id
 * @property {string[]} tags                   mainline tag names, in release order
 * @property {Record<string, string>} commits  role commit key (roles.mjs) → local commit id
 */

/**
 * @typedef {object} PlannedTag
 * @property {string} name     e.g. v6.1-rc1
 * @property {string} release  e.g. 6.1 (2.6.13 in the 2.6 era)
 * @property {number} rc       0 for the final
 * @property {number} epoch    seconds, the commit and tag date (12:00 UTC of the day)
 */

/** Environment for every git call: no user or system config, no signing, UTC, no inherited GIT_* variables. */
export function gitEnv() {
  /** @type {Record<string, string>} */
  const env = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('GIT_')) env[k] = v;
  return { ...env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_TERMINAL_PROMPT: '0', TZ: 'UTC', LC_ALL: 'C' };
}

/**
 * Runs git, resolving with stdout.
 * @param {string[]} args
 * @param {{ input?: string }} [options]
 * @returns {Promise<string>}
 */
export function runGit(args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = execFile('git', args, { env: gitEnv(), maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error) reject(Object.assign(new Error(`git ${args.slice(0, 4).join(' ')} failed: ${stderr || error.message}`), { cause: error }));
      else resolve(stdout);
    });
    // A git that does not read its input (init, or one that failed) closes the pipe: not an error of its own.
    child.stdin?.on('error', () => undefined);
    if (options.input === undefined) child.stdin?.end();
    else child.stdin?.end(options.input);
  });
}

// --- the mainline tags --------------------------------------------------------------------

/** @param {string} v */
const versionKey = (v) => v.split('.').map(Number);

/**
 * The mainline releases of the release data: X.Y from 3.0 on, 2.6.Z before (2.6.Z.W and
 * X.Y.Z are point releases), from 2.6.12 on, oldest first, with their dates. 2.6.11 and
 * 2.6.12 carry a bogus 1970 date in the data: 2.6.12 gets its real 2005-06-17.
 * @param {{ versions: Record<string, { name: string, date: string }> }} data
 * @returns {{ release: string, date: string }[]}
 */
export function mainlineReleases(data) {
  const releases = Object.values(data.versions)
    .map((v) => v.name)
    .filter((name) => /^(?:[3-9]|\d{2,})\.\d+$/.test(name) || /^2\.6\.\d+$/.test(name))
    .filter((name) => !name.startsWith('2.6.') || Number(name.split('.')[2]) >= 12)
    .sort((a, b) => {
      const ka = versionKey(a);
      const kb = versionKey(b);
      for (let i = 0; i < Math.max(ka.length, kb.length); i++) if ((ka[i] ?? -1) !== (kb[i] ?? -1)) return (ka[i] ?? -1) - (kb[i] ?? -1);
      return 0;
    });
  return releases.map((release) => ({ release, date: release === '2.6.12' ? '2005-06-17' : /** @type {{ date: string }} */ (data.versions[release]).date }));
}

/**
 * Every mainline tag, oldest first: v2.6.12-rc2 (the first git commit, 2005-04-16), v2.6.12,
 * then per release X.Y: rc1 = previous release + 14 days, rcK = rc1 + 7·(K−1) days for each
 * rcK strictly before the release's date, then vX.Y on its date. All at 12:00 UTC.
 * @param {{ release: string, date: string }[]} releases  from mainlineReleases
 * @returns {PlannedTag[]}
 */
export function mainlineTagPlan(releases) {
  const noon = (/** @type {number} */ dayMs) => Math.floor(dayMs / 1000) + 12 * 3600;
  /** @type {PlannedTag[]} */
  const tags = [{ name: 'v2.6.12-rc2', release: '2.6.12', rc: 2, epoch: noon(Date.parse('2005-04-16T00:00:00Z')) }];
  let previous = /** @type {number | undefined} */ (undefined);
  for (const { release, date } of releases) {
    const final = Date.parse(`${date}T00:00:00Z`);
    if (previous !== undefined) {
      const rc1 = previous + 14 * DAY;
      for (let k = 1; rc1 + 7 * (k - 1) * DAY < final; k++) tags.push({ name: `v${release}-rc${k}`, release, rc: k, epoch: noon(rc1 + 7 * (k - 1) * DAY) });
    }
    tags.push({ name: `v${release}`, release, rc: 0, epoch: noon(final) });
    previous = final;
  }
  return tags;
}

/** The top-level Makefile of a tag's tree. @param {PlannedTag} tag */
function makefileFor(tag) {
  const [a, b, c] = tag.release.split('.');
  const [version, patchlevel, sublevel] = a === '2' ? [a, b, c] : [a, b, '0'];
  return `VERSION = ${version}\nPATCHLEVEL = ${patchlevel}\nSUBLEVEL = ${sublevel}\nEXTRAVERSION = ${tag.rc ? `-rc${tag.rc}` : ''}\n`;
}

const README = `Linux kernel
============

A synthetic stand-in for torvalds/linux, built for Kernel Context's tests:
every mainline tag at its real date, and a few commits playing the parts
test pages name. See e2e/github/README.md in Kernel Context.
`;

// --- reading the fixtures -----------------------------------------------------------------

/** @param {string} s */
function unescapeHtml(s) {
  return s
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/**
 * Author, committer, their dates and the whole message of a cgit commit page.
 * @param {string} html
 * @param {string} file  for error messages
 */
export function parseCgitCommit(html, file) {
  const fail = (/** @type {string} */ what) => new Error(`${file}: no ${what} on this cgit commit page`);
  const person = (/** @type {string} */ role) => {
    const m = new RegExp(`<tr><th>${role}</th><td>([^<]*)</td><td class='right'>([^<]*)</td></tr>`).exec(html);
    if (!m) throw fail(role);
    return { who: unescapeHtml(/** @type {string} */ (m[1])).trim(), date: unescapeHtml(/** @type {string} */ (m[2])).trim() };
  };
  const author = person('author');
  const committer = person('committer');
  const subject = /<div class='commit-subject'>(.*?)(?:<span class='decoration'>.*?)?<\/div>/s.exec(html);
  const body = /<div class='commit-msg'>(.*?)<\/div>/s.exec(html);
  if (!subject || !body) throw fail('message');
  const text = unescapeHtml(/** @type {string} */ (body[1])).replace(/\n*$/, '\n');
  return { author: author.who, authorDate: author.date, committer: committer.who, committerDate: committer.date, message: `${unescapeHtml(/** @type {string} */ (subject[1])).trim()}\n\n${text}` };
}

/** RFC 2047 encoded words (Q and B). @param {string} s */
function decodeMimeWords(s) {
  return s.replace(/=\?([^?]+)\?([qQbB])\?([^?]*)\?=(\s+(?==\?))?/g, (_, _charset, enc, text) => {
    const bytes =
      enc.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64')
        : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (/** @type {string} */ _m, /** @type {string} */ h) => String.fromCharCode(parseInt(h, 16))), 'latin1');
    return bytes.toString('utf8');
  });
}

/**
 * Author, date, subject (without the `[PATCH …]` prefix), body above `---` and Message-ID of a patch mail.
 * @param {string} raw
 * @param {string} file
 */
export function parsePatchMail(raw, file) {
  const [head = '', ...rest] = raw.replace(/\r\n/g, '\n').split('\n\n');
  /** @type {Record<string, string>} */
  const headers = {};
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) headers[/** @type {string} */ (m[1]).toLowerCase()] ??= /** @type {string} */ (m[2]);
  }
  const { from, date, subject, 'message-id': messageId } = headers;
  if (!from || !date || !subject || !messageId) throw new Error(`${file}: From, Date, Subject and Message-ID are needed`);
  const body = rest.join('\n\n').split(/\n---\n/)[0]?.replace(/\s+$/, '') ?? '';
  const tz = /([+-]\d{4})\s*$/.exec(date)?.[1] ?? '+0000';
  return {
    author: decodeMimeWords(from).trim(),
    authorDate: `${Math.floor(Date.parse(date) / 1000)} ${tz}`,
    subject: decodeMimeWords(subject).replace(/^\[[^\]]*\]\s*/, '').trim(),
    body,
    msgid: messageId.trim().replace(/^<|>$/g, ''),
  };
}

/**
 * "YYYY-MM-DD HH:MM:SS ±HHMM" (or "<epoch> ±HHMM") → fast-import's raw date "<epoch> ±HHMM".
 * @param {string} date
 */
export function rawDate(date) {
  if (/^\d+ [+-]\d{4}$/.test(date)) return date;
  const m = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d) ([+-])(\d\d)(\d\d)$/.exec(date);
  if (!m) throw new Error(`not a git date: ${date}`);
  const [, day, time, sign, hh, mm] = m;
  const offset = (sign === '-' ? -1 : 1) * (Number(hh) * 60 + Number(mm)) * 60;
  return `${Date.parse(`${day}T${time}Z`) / 1000 - offset} ${sign}${hh}${mm}`;
}

/** @param {string} raw */
const epochOf = (raw) => Number(raw.split(' ')[0]);

/**
 * @typedef {object} ResolvedCommit
 * @property {string} key
 * @property {string} author     "Name <email>"
 * @property {string} authorDate raw
 * @property {string} committer
 * @property {string} committerDate raw
 * @property {string} message
 * @property {Record<string, string>} files
 * @property {string} [merge]
 */

/**
 * A role commit with everything filled in from its fixture.
 * @param {import('./roles.mjs').CommitSpec} spec
 * @returns {Promise<ResolvedCommit>}
 */
async function resolveSpec(spec) {
  /** @type {Partial<ResolvedCommit>} */
  let from = {};
  if (spec.fromCgit) {
    const file = path.join(REPO_ROOT, spec.fromCgit);
    from = parseCgitCommit(await readFile(file, 'utf8'), file);
  } else if (spec.fromMail) {
    const file = path.join(REPO_ROOT, spec.fromMail);
    const mail = parsePatchMail(await readFile(file, 'utf8'), file);
    const trailers = [`Link: https://patch.msgid.link/${mail.msgid}`, ...(spec.trailers ?? [])];
    from = { author: mail.author, authorDate: mail.authorDate, message: `${mail.subject}\n\n${mail.body}\n${trailers.join('\n')}\n` };
  }
  const author = spec.author ?? from.author;
  const authorDate = spec.authorDate ?? from.authorDate;
  const message = spec.message ?? from.message;
  if (!author || !authorDate || !message) throw new Error(`role commit ${spec.key}: author, date and message are needed`);
  return {
    key: spec.key,
    author,
    authorDate: rawDate(authorDate),
    committer: spec.committer ?? from.committer ?? author,
    committerDate: rawDate(spec.committerDate ?? from.committerDate ?? authorDate),
    message,
    files: spec.files ?? {},
    ...(spec.merge ? { merge: spec.merge } : {}),
  };
}

// --- the fast-import stream ---------------------------------------------------------------

/**
 * @typedef {object} Plan
 * @property {string} stream                   git fast-import input
 * @property {Map<string, number>} keyMarks    role commit key → mark
 * @property {Map<string, number>} tagMarks    tag name → mark of its commit
 * @property {string[]} tags                   mainline tag names, oldest first
 * @property {string[]} scratchRefs            refs used only while importing (topic branches)
 * @property {Record<string, string>} aliasTargets  alias → role key or tag:<name>
 */

/**
 * Everything the repository is made of, as one fast-import stream.
 * @returns {Promise<Plan>}
 */
export async function planRepository() {
  const data = JSON.parse(await readFile(RELEASE_DATA, 'utf8'));
  const plannedTags = mainlineTagPlan(mainlineReleases(data));

  /** @type {string[]} */
  const out = [];
  const bytes = (/** @type {string} */ s) => Buffer.byteLength(s, 'utf8');
  /** @type {Map<number, Map<string, string>>} */
  const trees = new Map();
  /** @type {Map<number, number>} commit mark → committer epoch */
  const dates = new Map();
  /** @type {Map<string, number>} */
  const keyMarks = new Map();
  /** @type {Map<string, number>} */
  const tagMarks = new Map();
  /** @type {Map<string, { base: number, tip: number }>} */
  const topics = new Map();
  let nextMark = 1;

  /**
   * @param {string} ref
   * @param {{ author: string, authorDate: string, committer: string, committerDate: string, message: string }} c
   * @param {number[]} parents
   * @param {Map<string, string>} tree  the full tree of the new commit
   */
  function emit(ref, c, parents, tree) {
    const mark = nextMark++;
    const first = parents[0] === undefined ? new Map() : /** @type {Map<string, string>} */ (trees.get(parents[0]));
    for (const p of parents) {
      if (epochOf(c.committerDate) < /** @type {number} */ (dates.get(p))) throw new Error(`commit "${c.message.split('\n')[0]}" is older than its parent`);
    }
    let text = `commit ${ref}\nmark :${mark}\nauthor ${c.author} ${c.authorDate}\ncommitter ${c.committer} ${c.committerDate}\ndata ${bytes(c.message)}\n${c.message}\n`;
    if (parents[0] !== undefined) text += `from :${parents[0]}\n`;
    for (const p of parents.slice(1)) text += `merge :${p}\n`;
    for (const file of [...tree.keys()].sort()) {
      const content = /** @type {string} */ (tree.get(file));
      if (first.get(file) !== content) text += `M 100644 inline ${file}\ndata ${bytes(content)}\n${content}\n`;
    }
    for (const file of [...first.keys()].sort()) if (!tree.has(file)) text += `D ${file}\n`;
    out.push(text + '\n');
    trees.set(mark, tree);
    dates.set(mark, epochOf(c.committerDate));
    return mark;
  }

  /** @param {number} parent @param {Record<string, string>} files */
  const withFiles = (parent, files) => new Map([...(/** @type {Map<string, string>} */ (trees.get(parent))), ...Object.entries(files)]);

  /**
   * A role commit on `ref` after `parent`; a merge takes every file its topic changed since the topic's base.
   * @param {string} ref @param {ResolvedCommit} c @param {number} parent
   */
  function emitRoleCommit(ref, c, parent) {
    const parents = [parent];
    let tree = withFiles(parent, c.files);
    if (c.merge) {
      const topic = topics.get(c.merge);
      if (!topic) throw new Error(`commit ${c.key} merges ${c.merge}, which is not built yet`);
      const base = /** @type {Map<string, string>} */ (trees.get(topic.base));
      for (const [file, content] of /** @type {Map<string, string>} */ (trees.get(topic.tip))) if (base.get(file) !== content) tree.set(file, content);
      parents.push(topic.tip);
    }
    const mark = emit(ref, c, parents, tree);
    keyMarks.set(c.key, mark);
    return mark;
  }

  /** @param {string} name */
  const tagMark = (name) => {
    const mark = tagMarks.get(name);
    if (mark === undefined) throw new Error(`tag ${name} is not built (yet)`);
    return mark;
  };

  /** @param {import('./roles.mjs').Role} role */
  async function buildTopic(role) {
    if (!role.topic || topics.has(role.topic.name)) return;
    const base = tagMark(role.topic.base);
    let tip = base;
    for (const spec of role.topic.commits) tip = emitRoleCommit(`refs/kc-topics/${role.topic.name}`, await resolveSpec(spec), tip);
    topics.set(role.topic.name, { base, tip });
  }

  // Master: tag commits and the roles' master commits, in committer-date order.
  /** @type {({ epoch: number, tag: PlannedTag } | { epoch: number, role: import('./roles.mjs').Role, commit: ResolvedCommit })[]} */
  const events = plannedTags.map((tag) => ({ epoch: tag.epoch, tag }));
  for (const role of ROLES) {
    if (role.onto !== 'master') continue;
    for (const spec of role.commits ?? []) {
      const commit = await resolveSpec(spec);
      events.push({ epoch: epochOf(commit.committerDate), role, commit });
    }
  }
  events.sort((a, b) => a.epoch - b.epoch);

  const linus = (/** @type {number} */ epoch) => `${LINUS} ${epoch} +0000`;
  let master = /** @type {number | undefined} */ (undefined);
  for (const event of events) {
    if ('tag' in event) {
      const { tag } = event;
      const when = `${tag.epoch} +0000`;
      const message = master === undefined ? 'Linux-2.6.12-rc2\n' : `Linux ${tag.release}${tag.rc ? `-rc${tag.rc}` : ''}\n`;
      const files = { Makefile: makefileFor(tag), ...(master === undefined ? { README } : {}) };
      const tree = master === undefined ? new Map(Object.entries(files)) : withFiles(master, files);
      master = emit('refs/heads/master', { author: LINUS, authorDate: when, committer: LINUS, committerDate: when, message }, master === undefined ? [] : [master], tree);
      tagMarks.set(tag.name, master);
      const tagMessage = `Linux ${tag.release}${tag.rc ? `-rc${tag.rc}` : ''}\n`;
      out.push(`tag ${tag.name}\nfrom :${master}\ntagger ${linus(tag.epoch)}\ndata ${bytes(tagMessage)}\n${tagMessage}\n`);
    } else {
      if (master === undefined) throw new Error('a role commit predates the first commit');
      const topicRole = event.commit.merge ? ROLES.find((r) => r.topic?.name === event.commit.merge) : undefined;
      if (topicRole) await buildTopic(topicRole);
      master = emitRoleCommit('refs/heads/master', event.commit, master);
    }
  }

  // Branches that never reach master.
  for (const role of ROLES) {
    if (role.onto === undefined || role.onto === 'master') continue;
    await buildTopic(role);
    let tip = tagMark(role.onto.base);
    for (const spec of role.commits ?? []) {
      const commit = await resolveSpec(spec);
      const topicRole = commit.merge ? ROLES.find((r) => r.topic?.name === commit.merge) : undefined;
      if (topicRole) await buildTopic(topicRole);
      tip = emitRoleCommit(role.onto.branch, commit, tip);
    }
  }

  /** @type {Record<string, string>} */
  const aliasTargets = {};
  for (const role of ROLES) for (const [alias, { commit }] of Object.entries(role.aliases)) aliasTargets[alias] = commit;
  return {
    stream: out.join(''),
    keyMarks,
    tagMarks,
    tags: plannedTags.map((t) => t.name),
    scratchRefs: [...topics.keys()].map((name) => `refs/kc-topics/${name}`),
    aliasTargets,
  };
}

/**
 * Builds the repository into `dir` (which must not exist) and writes its metadata file.
 * @param {string} dir
 * @param {Plan} [plan]
 * @returns {Promise<MainlineRepo>}
 */
export async function buildRepoAt(dir, plan) {
  plan ??= await planRepository();
  await runGit(['init', '--quiet', '--bare', '--template=', '--initial-branch=master', dir]);
  const marksFile = path.join(dir, 'kc-marks');
  await runGit(['-C', dir, 'fast-import', '--quiet', '--date-format=raw', `--export-marks=${marksFile}`], { input: plan.stream });
  /** @type {Map<number, string>} */
  const shaOfMark = new Map();
  for (const line of (await readFile(marksFile, 'utf8')).split('\n')) {
    const m = /^:(\d+) ([0-9a-f]{40})$/.exec(line);
    if (m) shaOfMark.set(Number(m[1]), /** @type {string} */ (m[2]));
  }
  await rm(marksFile);
  if (plan.scratchRefs.length) await runGit(['-C', dir, 'update-ref', '--stdin'], { input: plan.scratchRefs.map((r) => `delete ${r}\n`).join('') });

  const shaOf = (/** @type {number | undefined} */ mark, /** @type {string} */ what) => {
    const sha = mark === undefined ? undefined : shaOfMark.get(mark);
    if (!sha) throw new Error(`no commit for ${what}`);
    return sha;
  };
  /** @type {Record<string, string>} */
  const commits = {};
  for (const [key, mark] of [...plan.keyMarks].sort()) commits[key] = shaOf(mark, key);
  /** @type {Record<string, string>} */
  const aliases = {};
  for (const [alias, target] of Object.entries(plan.aliasTargets).sort()) {
    aliases[alias] = target.startsWith('tag:') ? shaOf(plan.tagMarks.get(target.slice(4)), target) : shaOf(plan.keyMarks.get(target), target);
  }
  const repo = { gitDir: dir, aliases, tags: plan.tags, commits };
  await writeFile(path.join(dir, META_FILE), JSON.stringify({ aliases, tags: plan.tags, commits }, null, 1));
  return repo;
}

/**
 * The stand-in's repository, built once per content in os.tmpdir()/kc-github-standin-<hash>/
 * (hash of this builder, the roles and the fast-import stream) and reused afterwards. Built
 * into a temporary sibling and renamed into place, so concurrent builders never see half a
 * repository; the loser of a race discards its copy.
 * @returns {Promise<MainlineRepo>}
 */
export async function buildMainlineRepo() {
  const plan = await planRepository();
  const hash = createHash('sha256');
  for (const file of ['mainline-repo.mjs', 'roles.mjs']) hash.update(await readFile(path.join(HERE, file)));
  hash.update(plan.stream);
  const dir = path.join(os.tmpdir(), `kc-github-standin-${hash.digest('hex').slice(0, 16)}`);
  const existing = await readMeta(dir);
  if (existing) return existing;

  const tmp = `${dir}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    const built = await buildRepoAt(tmp, plan);
    try {
      await rename(tmp, dir);
      return { ...built, gitDir: dir };
    } catch (error) {
      const winner = await readMeta(dir);
      if (winner) return winner;
      throw error;
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** @param {string} dir @returns {Promise<MainlineRepo | undefined>} */
async function readMeta(dir) {
  try {
    const meta = JSON.parse(await readFile(path.join(dir, META_FILE), 'utf8'));
    return { gitDir: dir, aliases: meta.aliases, tags: meta.tags, commits: meta.commits };
  } catch {
    return undefined;
  }
}
