/**
 * "Since this article": one timeline, in date order, of what happened after an article
 * was written — its versions released and retired, its code merged and released, and the
 * later articles on its topic — each with a date and a link to its evidence.
 */
import { listPlain } from '../i18n/lists';
import { t } from '../i18n/t';
import { compareSeries } from '../release/versions';
import type { MainlineStatus, RankedArticle, ReleaseStatus } from '../types';

export interface TimelineEvent {
  /** YYYY-MM-DD. */
  date: string;
  kind: 'release' | 'mainline' | 'article';
  /** Plain text, in the reader's language (an article's title as it was published). */
  text: string;
  /** The evidence: a release tag, a mainline commit, the article. */
  href?: string;
  /** For articles: their place in the relevance ranking (0 = most relevant). */
  rank?: number;
}

const day = (value: string | undefined) => (value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined);

/** The code, inside a sentence ("code under rust/"), or at its start ("Code under rust/"). */
function subjectWords(status: MainlineStatus, start = false): string {
  switch (status.kind) {
    case 'path':
      return start ? t('news_subject_path_start', status.subject) : t('news_subject_path', status.subject);
    case 'commit':
      return start ? t('news_subject_commit_start', status.subject.slice(0, 12)) : t('news_subject_commit', status.subject.slice(0, 12));
    case 'pull':
      return start ? t('news_subject_pull_start') : t('news_subject_pull');
    case 'msgid':
      return start ? t('news_subject_patch_start') : t('news_subject_patch');
  }
}

/** Merged subjects, each with the release it first reached. */
function mergedSubjects(mainline: readonly MainlineStatus[]): MainlineStatus[] {
  return mainline.filter((status) => status.state === 'merged' && status.release && !status.untagged);
}

function releaseEvents(statuses: readonly ReleaseStatus[], mainline: readonly MainlineStatus[], after: string): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const merged = mergedSubjects(mainline);
  // Every status counts (a point release mentioned before its series must not hide the series'
  // release); the same event from two statuses of one series is one row (buildTimeline).
  for (const status of statuses) {
    const tagLink = status.evidence[0]?.href;
    if (status.releasedOn && status.releasedOn > after && status.subject === status.series) {
      // What the article's code did not make: released without it, because it came later.
      const missing = merged.filter((subject) => compareSeries(subject.release!, status.series) > 0);
      const text =
        missing.length > 0
          ? t('news_event_released_without', status.series, listPlain(missing.map((subject) => t('news_event_first_in', subjectWords(subject), subject.release!))))
          : t('news_event_released', status.series);
      // Released with the article's code: mainlineEvents says so in the richer row of that day.
      const releasedWith = merged.some((subject) => subject.release === status.series && subject.releasedOn === status.releasedOn);
      if (missing.length > 0 || !releasedWith) events.push({ date: status.releasedOn, kind: 'release', text, ...(tagLink ? { href: tagLink } : {}) });
    }
    if (status.eol && !status.eol.projected && status.eol.date > after) {
      const text = status.eol.lastPoint ? t('news_event_eol_last', status.series, status.eol.lastPoint) : t('news_event_eol', status.series);
      events.push({ date: status.eol.date, kind: 'release', text, ...(tagLink ? { href: tagLink } : {}) });
    }
  }
  return events;
}

function mainlineEvents(mainline: readonly MainlineStatus[], after: string): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const status of mergedSubjects(mainline)) {
    const evidence = status.evidence[0]?.href;
    const committed = status.commit?.committedOn;
    if (committed && committed > after) {
      // A merge's date is the day it entered mainline; a plain commit's is only when it was
      // committed, somewhere, before it did.
      const what = t(status.commit?.isMerge ? 'news_event_merged' : 'news_event_commit', subjectWords(status, true), status.release!, status.tag ?? '');
      events.push({ date: committed, kind: 'mainline', text: what, ...(evidence ? { href: evidence } : {}) });
    }
    if (status.releasedOn && status.releasedOn > after) {
      const tag = status.evidence.find((link) => link.href.includes('/h/'))?.href ?? evidence;
      events.push({ date: status.releasedOn, kind: 'release', text: t('news_event_released_with', status.release!, subjectWords(status)), ...(tag ? { href: tag } : {}) });
    }
  }
  return events;
}

export interface TimelineInput {
  /** The article's publication instant or date; only what came after it is listed. */
  publishedAt: string;
  releases: readonly ReleaseStatus[];
  mainline: readonly MainlineStatus[];
  articles: readonly RankedArticle[];
}

/**
 * The events after `publishedAt`, oldest first. Two events on one day about one release
 * (its release, and the same release "with" merged code) collapse into the richer one.
 */
export function buildTimeline({ publishedAt, releases, mainline, articles }: TimelineInput): TimelineEvent[] {
  const after = publishedAt.slice(0, 10);
  const events = [...releaseEvents(releases, mainline, after), ...mainlineEvents(mainline, after)];
  articles.forEach((ranked, rank) => {
    const date = day(ranked.article.publishedAt) ?? day(ranked.article.date);
    if (date && date >= after) events.push({ date, kind: 'article', text: ranked.article.title, href: ranked.article.url, rank });
  });
  const unique = new Map<string, TimelineEvent>();
  for (const event of events) {
    const key = event.kind === 'article' ? `a|${event.href}` : `${event.kind}|${event.date}|${event.text}`;
    if (!unique.has(key)) unique.set(key, event);
  }
  return [...unique.values()].sort((a, b) => a.date.localeCompare(b.date) || order(a) - order(b));
}

const ORDER: Record<TimelineEvent['kind'], number> = { mainline: 0, release: 1, article: 2 };

function order(event: TimelineEvent): number {
  return ORDER[event.kind] * 10_000 + (event.rank ?? 0);
}
