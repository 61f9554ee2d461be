/**
 * Whether a commit, message, pull request or path reached Linus's tree, and in which
 * release — in DESIGN.md's order of evidence: the exact sha (containment test), a stable
 * backport's upstream commit, the pr-tracker-bot's merge, a pull request's tag merged,
 * the patch's `Link:` msgid, its subject and author, the oldest commit under a path.
 *
 * Every function here either establishes an answer or throws (a `FetchError` from the
 * source): a failed step never turns into "not merged".
 */
import { t } from '../i18n/t';
import { FetchError } from '../net/fetch-error';
import { displayText } from '../overlays/display-text';
import type { GitHubCommit, GitHubSource } from '../sources/github';
import type { MainlineMatch, MainlineQuery, MainlineStatus, NotMergedWhy } from '../types';
import { commitFacts, isLinuxNextMerge, type CommitFacts } from './commit-facts';
import { compareLink, kernelNewbiesLink, loreLink, mainlineCommitLink, mainlineTagLink, short, treeCommitLink } from './evidence';
import { findFirstTag } from './first-tag';
import { firstPossibleTag, releaseOfTag } from './tags';

export interface MainlineContext {
  github: GitHubSource;
  /** Mainline tags in release order (cached by the caller). */
  tags: () => Promise<string[]>;
  /** `X.Y` → YYYY-MM-DD for every released series known. */
  releaseDates: () => Promise<Record<string, string>>;
  now: () => number;
  /**
   * Keeps the first tag of a sha (a fact, once tagged) and shares one search among
   * subjects that lead to the same commit (a commit page and its own Link: trailer).
   */
  rememberFirstTag?: (sha: string, find: () => Promise<FirstTag>) => Promise<FirstTag>;
}

export type FirstTag = Pick<MainlineStatus, 'release' | 'tag' | 'releasedOn' | 'untagged'>;
type Where = FirstTag;

/** The first mainline tag containing a commit already known to be in master. */
function locate(ctx: MainlineContext, commit: GitHubCommit): Promise<Where> {
  const find = () => searchFirstTag(ctx, commit);
  return ctx.rememberFirstTag ? ctx.rememberFirstTag(commit.sha, find) : find();
}

async function searchFirstTag(ctx: MainlineContext, commit: GitHubCommit): Promise<Where> {
  const [tags, releaseDates] = await Promise.all([ctx.tags(), ctx.releaseDates()]);
  const start = firstPossibleTag(tags, commit.committer.date, releaseDates);
  const { index } = await findFirstTag(
    tags,
    async (tag) => {
      const result = await ctx.github.contains(tag, commit.sha);
      if (!result) throw new FetchError('bad-response', `GitHub does not know the tag ${tag}`);
      return result.contained;
    },
    start,
  );
  const tag = tags[index];
  if (!tag) return { untagged: true };
  const release = releaseOfTag(tag);
  const releasedOn = release ? releaseDates[release] : undefined;
  return { tag, ...(release ? { release } : {}), ...(releasedOn ? { releasedOn } : {}) };
}

function day(date: string | undefined): string | undefined {
  return date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : undefined;
}

async function merged(ctx: MainlineContext, query: MainlineQuery, subject: string, commit: GitHubCommit, match: MainlineMatch, extra: MainlineStatus['evidence'] = []): Promise<MainlineStatus> {
  const where = await locate(ctx, commit);
  const facts = commitFacts(commit);
  const committedOn = day(commit.committer.date);
  return {
    kind: query.kind,
    subject,
    state: 'merged',
    strength: 'verified',
    match,
    // The subject is GitHub's text, shown in the card: one line, capped, no bidirectional controls.
    commit: { sha: commit.sha, subject: displayText(facts.subject), ...(committedOn ? { committedOn } : {}), ...(facts.isMerge ? { isMerge: true } : {}) },
    ...where,
    checkedAt: ctx.now(),
    evidence: [
      mainlineCommitLink(commit.sha),
      ...(where.tag ? [mainlineTagLink(where.tag), compareLink(where.tag, commit.sha)] : [compareLink('master', commit.sha)]),
      ...extra,
      ...(where.release ? [kernelNewbiesLink(where.release)] : []),
    ],
  };
}

function notMerged(ctx: MainlineContext, query: MainlineQuery, subject: string, why: NotMergedWhy, reason: string, evidence: MainlineStatus['evidence']): MainlineStatus {
  return { kind: query.kind, subject, state: 'not-merged', strength: 'verified', notMerged: why, reason, checkedAt: ctx.now(), evidence };
}

function unknown(ctx: MainlineContext, query: MainlineQuery, subject: string, reason: string, evidence: MainlineStatus['evidence'] = []): MainlineStatus {
  return { kind: query.kind, subject, state: 'unknown', reason, checkedAt: ctx.now(), evidence };
}

/** A commit found by search is on the default branch; the containment test makes that a checked fact. */
async function verifiedInMaster(ctx: MainlineContext, commit: GitHubCommit): Promise<boolean> {
  return (await ctx.github.contains('master', commit.sha))?.contained ?? false;
}

/** The oldest mainline commit whose message carries this msgid (a `Link:` trailer). */
async function findByLink(ctx: MainlineContext, msgid: string): Promise<GitHubCommit | undefined> {
  const { commits } = await ctx.github.search([`"${phrase(msgid)}"`]);
  const linking = commits.filter((commit) => commitFacts(commit).linkMsgids.includes(msgid) || commit.message.includes(msgid));
  const oldest = linking.sort((a, b) => (a.committer.date ?? '').localeCompare(b.committer.date ?? ''))[0];
  return oldest && (await verifiedInMaster(ctx, oldest)) ? oldest : undefined;
}

/** A mainline commit with exactly this subject by this author (by address, or by name when that is all a page shows). */
async function findBySubjectAndAuthor(ctx: MainlineContext, subject: string, author: { email?: string; name?: string }): Promise<GitHubCommit | undefined> {
  const who = author.email ? `author-email:${author.email}` : `author-name:"${phrase(author.name ?? '')}"`;
  const { commits } = await ctx.github.search([`"${phrase(subject)}"`, who, 'merge:false']);
  const wanted = subject.trim().toLowerCase();
  const same = commits.find((commit) => commitFacts(commit).subject.toLowerCase() === wanted);
  return same && (await verifiedInMaster(ctx, same)) ? same : undefined;
}

/** GitHub's search phrases cannot hold a double quote. */
function phrase(text: string): string {
  return text.replace(/"/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 200);
}

async function establishCommit(ctx: MainlineContext, query: Extract<MainlineQuery, { kind: 'commit' }>): Promise<MainlineStatus> {
  const inMaster = await ctx.github.contains('master', query.sha);
  if (inMaster?.contained) {
    const commit = inMaster.comparison.mergeBase;
    if (!commit) throw new FetchError('bad-response', 'GitHub gave no merge base for a contained commit');
    return merged(ctx, query, commit.sha, commit, 'sha');
  }
  let details: GitHubCommit | null | undefined = inMaster?.comparison.headCommit;
  if (inMaster && !details) details = await ctx.github.commit(query.sha);
  const subject = details?.sha ?? query.sha;
  const facts: CommitFacts | undefined = details
    ? commitFacts(details)
    : query.subject !== undefined
      ? { subject: query.subject, isMerge: query.isMerge ?? false, linkMsgids: query.linkMsgids ?? [], ...(query.upstreamSha ? { upstreamSha: query.upstreamSha } : {}) }
      : undefined;
  const tree = query.tree;
  const onTree = tree && tree !== 'torvalds/linux' ? [treeCommitLink(tree, subject)] : [];

  if (facts && isLinuxNextMerge(facts, tree)) {
    return notMerged(ctx, query, subject, 'linux-next-merge', t('reason_linux_next'), [
      ...onTree,
      compareLink('master', subject),
    ]);
  }
  const upstream = query.upstreamSha ?? facts?.upstreamSha;
  if (upstream && upstream !== query.sha) {
    const upstreamStatus = await establishCommit(ctx, { kind: 'commit', sha: upstream, tree: 'torvalds/linux' });
    if (upstreamStatus.state === 'merged') {
      return { ...upstreamStatus, kind: query.kind, subject, match: 'upstream', evidence: [...onTree, ...upstreamStatus.evidence] };
    }
  }
  for (const msgid of (query.linkMsgids ?? facts?.linkMsgids ?? []).slice(0, 3)) {
    const found = await findByLink(ctx, msgid);
    if (found) return merged(ctx, query, subject, found, 'link', [...onTree, loreLink(msgid, t('evidence_lore_patch_link'))]);
  }
  const authorEmail = details?.author.email ?? query.authorEmail;
  if (facts?.subject && authorEmail && !facts.isMerge) {
    const found = await findBySubjectAndAuthor(ctx, facts.subject, { email: authorEmail });
    if (found) return merged(ctx, query, subject, found, 'subject-author', onTree);
  }
  if (!inMaster) {
    return notMerged(ctx, query, subject, 'unknown-commit', t('reason_unknown_commit', short(query.sha)), onTree);
  }
  return notMerged(ctx, query, subject, 'not-in-mainline', t('reason_not_ancestor'), [...onTree, compareLink('master', subject)]);
}

async function establishMessage(ctx: MainlineContext, query: Extract<MainlineQuery, { kind: 'msgid' }>): Promise<MainlineStatus> {
  const found = await findByLink(ctx, query.msgid);
  if (found) return merged(ctx, query, query.msgid, found, 'link', [loreLink(query.msgid)]);
  const patch = query.patch;
  if (patch?.authorEmail || patch?.authorName) {
    const same = await findBySubjectAndAuthor(ctx, patch.subject, { ...(patch.authorEmail ? { email: patch.authorEmail } : {}), ...(patch.authorName ? { name: patch.authorName } : {}) });
    if (same) return merged(ctx, query, query.msgid, same, 'subject-author', [loreLink(query.msgid)]);
  }
  if (patch) {
    return notMerged(ctx, query, query.msgid, 'no-match', t('reason_patch_no_match'), [loreLink(query.msgid)]);
  }
  return unknown(ctx, query, query.msgid, t('reason_message_no_link'), [loreLink(query.msgid)]);
}

async function establishPull(ctx: MainlineContext, query: Extract<MainlineQuery, { kind: 'pull' }>): Promise<MainlineStatus> {
  if (query.mergeSha) {
    const merge = await establishCommit(ctx, { kind: 'commit', sha: query.mergeSha, tree: 'torvalds/linux' });
    if (merge.state === 'merged') return { ...merge, kind: 'pull', subject: query.msgid, match: 'pr-tracker-bot', evidence: [...merge.evidence, loreLink(query.msgid, t('evidence_lore_pull'))] };
    return unknown(ctx, query, query.msgid, t('reason_pull_merge_missing', short(query.mergeSha)), merge.evidence);
  }
  if (query.tag) {
    const { commits } = await ctx.github.search([`"Merge tag '${phrase(query.tag)}'"`, 'merge:true']);
    const merge = commits.find((commit) => commitFacts(commit).subject.includes(`'${query.tag}'`));
    if (merge && (await verifiedInMaster(ctx, merge))) return merged(ctx, query, query.msgid, merge, 'merge-tag', [loreLink(query.msgid, t('evidence_lore_pull'))]);
  }
  return notMerged(ctx, query, query.msgid, 'no-match', t('reason_pull_no_merge'), [loreLink(query.msgid, t('evidence_lore_pull'))]);
}

async function establishPath(ctx: MainlineContext, query: Extract<MainlineQuery, { kind: 'path' }>): Promise<MainlineStatus> {
  const oldest = await ctx.github.oldestCommitTouching(query.path);
  if (!oldest) return notMerged(ctx, query, query.path, 'no-path', t('reason_no_path', query.path), []);
  // The history of a path is listed from the default branch: the oldest entry is in mainline.
  return merged(ctx, query, query.path, oldest, 'path');
}

export function establishMainlineStatus(ctx: MainlineContext, query: MainlineQuery): Promise<MainlineStatus> {
  switch (query.kind) {
    case 'commit':
      return establishCommit(ctx, query);
    case 'msgid':
      return establishMessage(ctx, query);
    case 'pull':
      return establishPull(ctx, query);
    case 'path':
      return establishPath(ctx, query);
  }
}
