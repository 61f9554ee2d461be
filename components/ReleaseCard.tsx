import type { ReleaseStatus } from '@/utils/types';
import { DateText } from './DateText';
import { EvidenceLinks } from './EvidenceLinks';
import { t } from '@/utils/i18n/t';
import { tx } from '@/utils/i18n/rich';

export interface ReleaseSource {
  /** 'bundled' when neither kernel.org nor endoflife.date could be asked. */
  source: 'endoflife.date' | 'bundled';
  /** YYYY-MM-DD of the newest fact in the data. */
  asOf: string;
  /** A sentence saying why the live sources were not used, if they were not. */
  unavailable?: string;
  /** "3 hours ago": when the answer was checked. */
  checked?: string;
}

/** What Kernel Context knows about one kernel version, in words, with dates and evidence. */
export function ReleaseCard({ status, source }: { status: ReleaseStatus; source: ReleaseSource }) {
  return (
    <div class="kc-card__body">
      <p class="kc-card__title">{t('card_release_title', status.subject)}</p>
      <p>
        <StateSentence status={status} />
      </p>
      {status.atPublication ? <p class="kc-card__then">{status.atPublication.summary}</p> : null}
      <p class="kc-card__source">
        {source.source === 'bundled'
          ? source.unavailable
            ? tx('card_source_bundled_why', <DateText date={source.asOf} />, source.unavailable)
            : tx('card_source_bundled', <DateText date={source.asOf} />)
          : source.unavailable && source.checked
            ? // The last answer of the live sources, and why asking again failed.
              t('card_source_live_failed', source.checked, source.unavailable)
            : source.checked
              ? t('card_source_live_checked', source.checked)
              : t('card_source_live')}
      </p>
      <EvidenceLinks links={status.evidence} />
    </div>
  );
}

function StateSentence({ status }: { status: ReleaseStatus }) {
  const released = status.releasedOn ? <>{tx('card_released_on', <DateText date={status.releasedOn} />)} </> : null;
  const latestPoint = status.latestPoint;
  const latest =
    latestPoint && latestPoint.version !== status.subject ? (
      <>
        {latestPoint.date
          ? tx('card_latest_point_dated', latestPoint.version, <DateText date={latestPoint.date} />)
          : t('card_latest_point', latestPoint.version)}{' '}
      </>
    ) : null;
  switch (status.state) {
    case 'eol': {
      const eol = status.eol;
      return (
        <>
          {released}
          {eol
            ? eol.lastPoint
              ? tx('card_eol_since_last', <DateText date={eol.date} />, eol.lastPoint)
              : tx('card_eol_since', <DateText date={eol.date} />)
            : t('card_no_longer_maintained')}
        </>
      );
    }
    case 'longterm': {
      const eol = status.eol;
      return (
        <>
          {released}
          {eol ? tx(eol.projected ? 'card_longterm_eol_projected' : 'card_longterm_eol', <DateText date={eol.date} />) : t('card_longterm')} {latest}
        </>
      );
    }
    case 'stable':
      return (
        <>
          {released}
          {t('card_stable')} {latest}
        </>
      );
    case 'rc': {
      const rc = status.latestRc;
      return (
        <>
          {rc ? (rc.date ? tx('card_rc_latest_dated', rc.version, <DateText date={rc.date} />) : t('card_rc_latest', rc.version)) : t('card_rc')}{' '}
          <Estimate status={status} />
        </>
      );
    }
    case 'merge-window':
      return (
        <>
          {t('card_merge_window')} <Estimate status={status} />
        </>
      );
    case 'unreleased':
      return (
        <>
          {t('card_unreleased')} <Estimate status={status} />
        </>
      );
    case 'unknown':
      return <>{status.reason !== undefined ? t('card_unknown', status.reason) : t('card_unknown_default')}</>;
  }
}

function Estimate({ status }: { status: ReleaseStatus }) {
  if (!status.estimate) return null;
  return <span class="kc-card__estimate">{tx('card_estimate', <DateText date={status.estimate.from} />, <DateText date={status.estimate.to} />)}</span>;
}
