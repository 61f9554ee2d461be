/**
 * The shapes the resolvers read back from the answers cache. A stored value that does not
 * have its shape — a damaged record, or one a newer or older release wrote differently — is
 * a miss (AnswerCache's `valid`): fetched again and replaced, never handed on to break a
 * page. The checks are as lenient as the readers: the fields they read, with their types.
 */
import { isStoredArticle } from '../news/article-index';
import type { CurrentReleases, MainlineStatus, NewsArticle, ReleaseCycle } from '../types';
import type { FirstTag } from '../mainline/establish';

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const optional = (value: unknown, type: 'string' | 'boolean') => value === undefined || typeof value === type;
const everyOf = <T>(value: unknown, check: (item: unknown) => boolean): value is T[] => Array.isArray(value) && value.every(check);

export function isCurrentReleases(value: unknown): value is CurrentReleases {
  return (
    isObject(value) &&
    typeof value.latestStable === 'string' &&
    everyOf(value.releases, (release) => isObject(release) && typeof release.moniker === 'string' && typeof release.version === 'string' && typeof release.iseol === 'boolean' && typeof release.released === 'string')
  );
}

export function isReleaseCycles(value: unknown): value is ReleaseCycle[] {
  return everyOf(
    value,
    (cycle) =>
      isObject(cycle) &&
      typeof cycle.series === 'string' &&
      typeof cycle.lts === 'boolean' &&
      optional(cycle.eol, 'boolean') &&
      ['releasedOn', 'eolOn', 'latest', 'latestOn'].every((field) => optional(cycle[field], 'string')),
  );
}

export function isArticleList(value: unknown): value is NewsArticle[] {
  return everyOf(value, isStoredArticle);
}

export function isTagList(value: unknown): value is string[] {
  return everyOf(value, (tag) => typeof tag === 'string');
}

export function isFirstTag(value: unknown): value is FirstTag {
  if (!isObject(value) || !['tag', 'release', 'releasedOn'].every((field) => optional(value[field], 'string')) || !optional(value.untagged, 'boolean')) return false;
  return typeof value.tag === 'string' || value.untagged === true;
}

const KINDS = ['commit', 'msgid', 'pull', 'path'];
/** `unavailable` is what a failure is presented as, never a stored answer. */
const STORED_STATES = ['merged', 'not-merged', 'unknown'];

export function isMainlineStatus(value: unknown): value is MainlineStatus {
  if (!isObject(value) || !KINDS.includes(value.kind as string) || typeof value.subject !== 'string' || !STORED_STATES.includes(value.state as string)) return false;
  if (!everyOf(value.evidence, (link) => isObject(link) && typeof link.label === 'string' && typeof link.href === 'string')) return false;
  if (!['release', 'tag', 'releasedOn', 'reason', 'notMerged', 'match', 'strength'].every((field) => optional(value[field], 'string'))) return false;
  if (value.commit !== undefined && !(isObject(value.commit) && typeof value.commit.sha === 'string')) return false;
  // Merged is only ever said with its evidence (the mainline commit at least).
  return value.state !== 'merged' || value.evidence.length > 0;
}
