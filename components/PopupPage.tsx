import type { AnnotationKind, PageReport, Settings, SiteGroup, SiteId } from '@/utils/types';
import { listPlain } from '@/utils/i18n/lists';
import { t, type MessageKey } from '@/utils/i18n/t';
import { FoundSummary } from './FoundSummary';
import { Switch } from './Switch';

/** What the popup knows of the tab it speaks of. */
export type PageView =
  | { state: 'looking' }
  /** No content script answered: a page on another site, a browser page, a tab closed. */
  | { state: 'not-read' }
  | { state: 'read'; report: PageReport };

export interface PopupPageProps {
  page: PageView;
  settings: Settings;
  onTogglePage: () => void;
}

const KINDS: AnnotationKind[] = ['release', 'mainline', 'news'];

/** The sites by name: names, the same in every language. */
export const SITE_NAMES = { phoronix: 'Phoronix', kernelOrg: 'kernel.org' } as const satisfies Record<SiteGroup, string>;

/** Each kind's line of the list. */
const KIND_NAMES = { release: 'popup_kind_release', mainline: 'popup_kind_mainline', news: 'popup_kind_news' } as const satisfies Record<AnnotationKind, MessageKey>;

/** The words for each `data-kc-state` and its count, in the order they are listed. */
const STATES = {
  release: {
    eol: 'popup_state_release_eol',
    longterm: 'popup_state_release_longterm',
    stable: 'popup_state_release_stable',
    rc: 'popup_state_release_rc',
    'merge-window': 'popup_state_release_merge_window',
    unreleased: 'popup_state_release_unreleased',
    unknown: 'popup_state_release_unknown',
    unavailable: 'popup_state_release_unavailable',
  },
  mainline: {
    merged: 'popup_state_mainline_merged',
    'not-merged': 'popup_state_mainline_not_merged',
    unknown: 'popup_state_mainline_unknown',
    unavailable: 'popup_state_mainline_unavailable',
  },
  news: {
    found: 'popup_state_news_found',
    none: 'popup_state_news_none',
    unavailable: 'popup_state_news_unavailable',
  },
} as const satisfies Record<AnnotationKind, Record<string, MessageKey>>;

/** A message of one substitution: how many annotations are in a state. */
type CountKey = { [K in AnnotationKind]: (typeof STATES)[K][keyof (typeof STATES)[K]] }[AnnotationKind];

/** The popup's "This page" section: what was found and shown on the tab, and its own off switch. */
export function PopupPage({ page, settings, onTogglePage }: PopupPageProps) {
  return (
    <section class="kc-popup__section" aria-labelledby="kc-popup-page">
      <h2 id="kc-popup-page">{t('popup_page_heading')}</h2>
      <PageSummary page={page} settings={settings} />
      {page.state === 'read' ? <Switch label={t('popup_off_here')} checked={page.report.pageOff === true} onChange={onTogglePage} /> : null}
    </section>
  );
}

function PageSummary({ page, settings }: { page: PageView; settings: Settings }) {
  if (page.state === 'looking') return <p>{t('popup_looking')}</p>;
  if (page.state === 'not-read') return <p data-testid="page-summary">{t('popup_not_read')}</p>;
  const { report } = page;
  const group = siteGroup(report.site);
  const why = report.pageOff
    ? t('popup_page_is_off')
    : !settings.enabled
      ? t('popup_all_off')
      : !settings.sites[group]
        ? t('popup_site_off', SITE_NAMES[group])
        : undefined;
  return (
    <div data-testid="page-summary">
      <p>
        <FoundSummary counts={report.found} />
      </p>
      {why ? (
        <p>{why}</p>
      ) : (
        <ul class="kc-popup__counts">
          {KINDS.map((kind) => (
            <li key={kind} data-kind={kind}>
              {t('popup_kind_line', t(KIND_NAMES[kind]), settings.kinds[kind] ? shownWords(kind, report) : t('popup_kind_off'))}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** "1 merged, 1 not merged, 1 unknown": the annotations shown of one kind, by state. */
export function shownWords(kind: AnnotationKind, report: Pick<PageReport, 'counts' | 'states'>): string {
  const byState = report.states?.[kind] ?? {};
  const words: Record<string, CountKey> = STATES[kind];
  const known = Object.keys(words).filter((state) => (byState[state] ?? 0) > 0);
  // A state this popup has no words for is still counted, in its own words.
  const other = Object.keys(byState).filter((state) => !(state in words) && (byState[state] ?? 0) > 0);
  const parts = [...known, ...other].map((state) => {
    const count = byState[state] ?? 0;
    const key = words[state];
    return key ? t(key, count) : t('popup_state_other', count, state.replace(/-/g, ' '));
  });
  const stated = Object.values(byState).reduce((sum, count) => sum + count, 0);
  const pending = (report.counts[kind] ?? 0) - stated;
  if (pending > 0) parts.push(t('popup_being_checked', pending));
  return parts.length > 0 ? listPlain(parts) : t('popup_none_shown');
}

function siteGroup(site: SiteId): SiteGroup {
  return site === 'phoronix' ? 'phoronix' : 'kernelOrg';
}
