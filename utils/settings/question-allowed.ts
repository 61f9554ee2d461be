import type { AnnotationKind, AnswerAhead, StoredChoices } from '../types';
import { recogniseSite } from '../pages/sites';
import { isPageOff } from './page-off';
import { isKindOn, isSiteOn } from './settings-rules';

/** The overlay each question answered ahead is for; the panel's release list has none of its own. */
const KIND_OF: Record<AnswerAhead['type'], AnnotationKind | undefined> = {
  getReleaseStatuses: 'release',
  getMainlineStatus: 'mainline',
  getLaterNews: 'news',
  getCurrentReleases: undefined,
};

/**
 * Whether the page at `url` would ask this question with these choices: never on a site, a
 * page or for a kind of overlay switched off since it was asked — the background answers no
 * question ahead (and fetches nothing for one) that the page would not ask.
 */
export function questionAllowed(url: string | undefined, { settings, pagesOff }: Pick<StoredChoices, 'settings' | 'pagesOff'>): (question: { type: AnswerAhead['type'] }) => boolean {
  let site: ReturnType<typeof recogniseSite> = null;
  try {
    site = url === undefined ? null : recogniseSite(new URL(url));
  } catch {
    site = null;
  }
  if (!site || !isSiteOn(settings, site.group) || isPageOff(pagesOff, url!)) return () => false;
  const group = site.group;
  return ({ type }) => {
    const kind = KIND_OF[type];
    return kind === undefined || isKindOn(settings, group, kind);
  };
}

