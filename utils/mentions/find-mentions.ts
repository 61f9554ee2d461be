import type { MentionData } from '../types';
import { findClaims } from './claims';
import { findCommits } from './commits';
import { type Found, mergeByStart } from './found';
import { findMsgids } from './msgids';
import { findPatchSubjects } from './patch-subject';
import { findPaths } from './paths';
import { findTrees } from './trees';
import { findUrls } from './urls';
import { findVersions } from './versions';

/** Every mention in one block of text, ordered by start (ties keep this kind order). */
export function findMentions(text: string): Found<MentionData>[] {
  const urls = findUrls(text);
  const versions = findVersions(text, urls);
  const trees = findTrees(text, urls);
  return mergeByStart<Found<MentionData>>([
    versions,
    findCommits(text, urls),
    findMsgids(urls),
    findPatchSubjects(text),
    findPaths(text, urls),
    trees,
    findClaims(text, versions, trees, urls),
  ]);
}
