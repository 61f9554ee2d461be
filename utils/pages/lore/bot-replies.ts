/**
 * Replies that say where a pull request or patch went, told apart by author and wording:
 * - pr-tracker-bot@kernel.org: "The pull request you sent on … has been merged into
 *   torvalds/linux.git: https://git.kernel.org/torvalds/c/<sha>" (mainline: the merge commit);
 * - patchwork-bot+<project>@kernel.org: "This series was applied to netdev/net-next.git (main)"
 *   with "  - [net-next,v3,1/2] subject" / "    https://git.kernel.org/netdev/net-next/c/<sha>"
 *   (a subsystem tree, not mainline);
 * - a maintainer's "Applied, thanks!" as `b4 ty` writes it ("[1/2] subject" /
 *   "      commit: <sha>"), or a free-form "Applied to <tree>, thanks".
 * Only the message's own lines count: quoted lines ("> …") and the signature do not.
 */
import type { GitPerson, LoreBotEvent, LoreMessage } from '../../types';

type Commit = { sha: string; subject?: string; url?: string };

/** The events the messages on a page announce, in page order. */
export function findBotEvents(messages: readonly LoreMessage[]): LoreBotEvent[] {
  const events: LoreBotEvent[] = [];
  for (const message of messages) {
    const event = eventOf(message);
    if (event !== undefined) events.push({ ...event, msgid: message.msgid });
  }
  return events;
}

function eventOf(message: LoreMessage): LoreBotEvent | undefined {
  const lines = ownLines(message.bodyText);
  if (isPrTrackerBot(message.from)) return prMerged(lines);
  if (isPatchworkBot(message.from)) return patchworkApplied(lines);
  return message.subject.isReply ? appliedThanks(lines) : undefined;
}

const PR_TRACKER_BOT = 'pr-tracker-bot';
const PATCHWORK_BOT = /^patchwork-bot(?:\+[\w.-]+)?$/i;

/** The address when the page shows it (message pages), else the name (thread pages show names only). */
function isPrTrackerBot(from: GitPerson | undefined): boolean {
  if (from === undefined) return false;
  return from.email !== undefined ? from.email.toLowerCase() === `${PR_TRACKER_BOT}@kernel.org` : from.name.toLowerCase() === PR_TRACKER_BOT;
}

function isPatchworkBot(from: GitPerson | undefined): boolean {
  if (from === undefined) return false;
  if (from.email === undefined) return PATCHWORK_BOT.test(from.name);
  const [local = '', domain = ''] = from.email.split('@');
  return PATCHWORK_BOT.test(local) && domain.toLowerCase() === 'kernel.org';
}

/** Longer lines are no bot's or maintainer's wording (and would make the patterns slow). */
const MAX_LINE = 1000;

/** The body's lines up to the signature, with quoted and overlong lines blanked (so nothing joins across them). */
function ownLines(bodyText: string): string[] {
  const lines = bodyText.split('\n');
  const signature = lines.indexOf('-- ');
  return (signature < 0 ? lines : lines.slice(0, signature)).map((line) => (line.length > MAX_LINE || /^\s*>/.test(line) ? '' : line));
}

const MERGED_INTO = /\bhas been merged into torvalds\/linux\.git:?[ \t]*(?:\n[ \t]*)?(https:\/\/git\.kernel\.org\/torvalds\/c\/([0-9a-f]{40}))(?![0-9a-z])/i;

function prMerged(lines: readonly string[]): LoreBotEvent | undefined {
  const match = MERGED_INTO.exec(lines.join('\n'));
  if (match === null) return undefined;
  return { kind: 'pr-merged', mergeSha: match[2]!.toLowerCase(), url: match[1]! };
}

const APPLIED_TO = /^\s*This (?:series|patch|patchset|pull request|set) was applied to ([\w.+-]+(?:\/[\w.+-]+)*)(?:\s+\([^)]*\))?\s*(?::|$)/i;
const SUMMARY_ITEM = /^\s*-\s+(?:\[[^\]]*\]\s*)?(.*\S)\s*$/;

function patchworkApplied(lines: readonly string[]): LoreBotEvent | undefined {
  const start = lines.findIndex((line) => APPLIED_TO.test(line));
  if (start < 0) return undefined;
  const tree = APPLIED_TO.exec(lines[start]!)![1]!.replace(/\.git$/i, '');
  const commits: Commit[] = [];
  let subject: string | undefined;
  for (const line of lines.slice(start + 1)) {
    const item = SUMMARY_ITEM.exec(line);
    const link = commitLink(line);
    if (item !== null) subject = item[1];
    else if (link !== undefined) commits.push(withSubject(link, subject));
    if (item === null && line.trim() !== '') subject = undefined;
  }
  return { kind: 'patchwork-applied', tree, commits };
}

/** "Applied, thanks!", "Applied to net-next, thanks.", "Merged, thanks!" (b4's pull request template), "Thanks, applied to for-next." */
const APPLIED_THANKS = [
  /^\s*(?:Applied|Merged)(?:\s+(?:to|into|in|on)\s+(.{1,120}?))?\s*,?\s*(?:thanks|thank you|thx)\s*[!.]*\s*$/i,
  /^\s*Thanks,?\s+(?:applied|merged)(?:\s+(?:to|into|in|on)\s+(.{1,120}?))?\s*[!.]*\s*$/i,
];
/** b4's summary: "[1/2] subject" then "      commit: <sha>" (or a commit URL, or "(no commit info)"). */
const B4_ITEM = /^\s*\[[^\]]*\]\s+(.*\S)\s*$/;
const B4_COMMIT = /^\s+(?:merge\s+)?commit:\s*([0-9a-f]{7,40})(?![0-9a-z])/i;

function appliedThanks(lines: readonly string[]): LoreBotEvent | undefined {
  let start = -1;
  let named: string | undefined;
  for (let i = 0; i < lines.length && start < 0; i += 1) {
    const match = APPLIED_THANKS.map((pattern) => pattern.exec(lines[i]!)).find((found) => found !== null);
    if (match === undefined || match === null) continue;
    start = i;
    named = match[1];
  }
  if (start < 0) return undefined;
  const commits: Commit[] = [];
  let subject: string | undefined;
  for (const line of lines.slice(start + 1)) {
    const item = B4_ITEM.exec(line);
    const sha = B4_COMMIT.exec(line)?.[1];
    const link = sha === undefined ? commitLink(line) : { sha: sha.toLowerCase() };
    if (item !== null) subject = item[1];
    else if (link !== undefined) commits.push(withSubject(link, subject));
    if (item === null && line.trim() !== '') subject = undefined;
  }
  const tree = named !== undefined ? treeName(named) : sharedTree(commits);
  return tree === undefined ? { kind: 'applied-thanks', commits } : { kind: 'applied-thanks', tree, commits };
}

/** A commit link alone on its line: `https://git.kernel.org/<tree>/c/<sha>` or cgit's `…/commit/?id=<sha>`. */
const COMMIT_LINK = /^\s*(https?:\/\/\S+?(?:\/c\/|\/commit\/\?id=|\/commit\/)([0-9a-f]{7,40}))(?![0-9a-z])\S*\s*$/i;

function commitLink(line: string): Commit | undefined {
  const match = COMMIT_LINK.exec(line);
  return match === null ? undefined : { sha: match[2]!.toLowerCase(), url: match[1]! };
}

function withSubject(commit: Commit, subject: string | undefined): Commit {
  return subject === undefined ? commit : { sha: commit.sha, subject, ...(commit.url === undefined ? {} : { url: commit.url }) };
}

const SHORT_TREE_URL = /^https?:\/\/git\.kernel\.org\/([\w.+-]+\/[\w.+-]+)\/c\//i;
const LONG_TREE_URL = /^https?:\/\/git\.kernel\.org\/pub\/scm\/(?:[\w.+-]+\/)*?([\w.+-]+\/[\w.+-]+?)\.git\b/i;

/** "net-next", "the tip tree", or a git.kernel.org URL written as the tree. */
function treeName(text: string): string | undefined {
  const fromUrl = LONG_TREE_URL.exec(text.trim())?.[1];
  if (fromUrl !== undefined) return fromUrl;
  const name = text
    .trim()
    .replace(/^the\s+/i, '')
    .replace(/\s+(?:tree|branch)$/i, '')
    .trim();
  return name === '' ? undefined : name;
}

/** The tree every commit link names (b4's `thanks-commit-url-mask`), if they agree. */
function sharedTree(commits: readonly Commit[]): string | undefined {
  const trees = new Set(commits.map((commit) => (commit.url === undefined ? undefined : (SHORT_TREE_URL.exec(commit.url) ?? LONG_TREE_URL.exec(commit.url))?.[1])));
  const [only] = trees;
  return trees.size === 1 ? only : undefined;
}
