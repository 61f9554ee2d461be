/**
 * What a page asks the mainline resolver: banners for the page's own subject (a commit
 * page's commit, a lore page's patches or pull request) and inline badges by the
 * commits, messages and paths its text mentions.
 */
import { displayText } from '../overlays/display-text';
import { linkMsgidsOf } from './commit-facts';
import { MSGID, SOURCE_PATH } from './subject-rules';
import type { CgitCommitPage, LoreMessage, LorePage, MainlineQuery, Mention, Page } from '../types';

export interface BannerTarget {
  query: MainlineQuery;
  /**
   * What the banner is about, in a few words ("[PATCH 1/2] rust: …"): the page's subject, which
   * on lore anyone who mails a list writes — so one line, capped, without bidi controls.
   */
  label: string;
}

export type InlineMention = Extract<Mention, { kind: 'commit' | 'msgid' | 'path' }>;

export interface InlineTarget {
  query: MainlineQuery;
  mention: InlineMention;
}

/** More banners than this (a long series on one lore page) would bury the page. */
const MAX_BANNERS = 30;

export function bannerTargets(page: Page): BannerTarget[] {
  switch (page.kind) {
    case 'cgit-commit':
      return [{ query: commitPageQuery(page), label: displayText(page.subject) }];
    case 'lore-message':
    case 'lore-thread':
      return lorePageTargets(page);
    default:
      return [];
  }
}

export function commitPageQuery(page: CgitCommitPage): MainlineQuery {
  const linkMsgids = linkMsgidsOf(page.trailers).filter((msgid) => MSGID.test(msgid)).slice(0, 5);
  return {
    kind: 'commit',
    sha: page.sha,
    tree: page.tree.id,
    subject: page.subject.slice(0, 500),
    ...(page.author?.email ? { authorEmail: page.author.email } : {}),
    isMerge: page.parents.length > 1,
    ...(linkMsgids.length > 0 ? { linkMsgids } : {}),
    ...(page.upstreamSha ? { upstreamSha: page.upstreamSha } : {}),
  };
}

function lorePageTargets(page: LorePage): BannerTarget[] {
  const named = page.messages[0];
  if (page.subject.tags.includes('GIT PULL') && !page.subject.isReply) {
    const merged = page.events.find((event) => event.kind === 'pr-merged');
    const tag = named ? pullTag(named) : undefined;
    return [
      {
        query: {
          kind: 'pull',
          msgid: page.msgid,
          subject: page.subject.raw.slice(0, 500),
          ...(merged?.kind === 'pr-merged' ? { mergeSha: merged.mergeSha } : {}),
          ...(tag ? { tag } : {}),
          ...(page.date ? { date: page.date } : {}),
        },
        label: displayText(page.subject.raw),
      },
    ];
  }
  // Every patch on the page (a series' thread shows them all), the cover letter excepted.
  const patches = page.messages.filter((message) => isPatch(message));
  return patches.slice(0, MAX_BANNERS).map((message) => ({
    query: {
      kind: 'msgid',
      msgid: message.msgid,
      patch: {
        subject: message.subject.subject.slice(0, 500),
        ...(message.from?.email ? { authorEmail: message.from.email } : {}),
        ...(message.from?.name && !/["<>@\n]/.test(message.from.name) ? { authorName: message.from.name.slice(0, 120) } : {}),
        ...(message.date ? { date: message.date } : {}),
      },
    },
    label: displayText(message.subject.raw),
  }));
}

function isPatch(message: LoreMessage): boolean {
  const { tags, isReply, index } = message.subject;
  return !isReply && tags.includes('PATCH') && index !== 0;
}

/** The signed tag a pull request names: `git://… tags/<name>` in its body. */
export function pullTag(message: LoreMessage): string | undefined {
  return /\b(?:git|https?):\/\/\S+\s+tags\/([A-Za-z0-9._+\-/]{1,120})/.exec(message.bodyText)?.[1];
}

/** Inline badges: one query per commit link or sha, lore message, and source path in the text. */
export function inlineTargets(mentions: readonly Mention[]): InlineTarget[] {
  const targets: InlineTarget[] = [];
  for (const mention of mentions) {
    if (mention.kind === 'commit') {
      targets.push({ mention, query: { kind: 'commit', sha: mention.sha, ...(mention.tree ? { tree: mention.tree } : {}) } });
    } else if (mention.kind === 'msgid' && MSGID.test(mention.msgid)) {
      targets.push({ mention, query: { kind: 'msgid', msgid: mention.msgid } });
    } else if (mention.kind === 'path' && SOURCE_PATH.test(mention.path)) {
      targets.push({ mention, query: { kind: 'path', path: mention.path } });
    }
  }
  return targets;
}
