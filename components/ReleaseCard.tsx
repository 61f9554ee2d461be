import type { ReleaseStatus } from '@/utils/types';
import { DateText } from './DateText';
import { EvidenceLinks } from './EvidenceLinks';

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
      <p class="kc-card__title">Linux {status.subject}</p>
      <p>
        <StateSentence status={status} />
      </p>
      {status.atPublication ? <p class="kc-card__then">{status.atPublication.summary}</p> : null}
      <p class="kc-card__source">
        {source.source === 'bundled' ? (
          <>From bundled data of <DateText date={source.asOf} />{source.unavailable ? ` (${source.unavailable})` : ''}.</>
        ) : (
          <>From kernel.org and endoflife.date{source.checked ? `, checked ${source.checked}` : ''}.</>
        )}
      </p>
      <EvidenceLinks links={status.evidence} />
    </div>
  );
}

function StateSentence({ status }: { status: ReleaseStatus }) {
  const released = status.releasedOn ? <>Released on <DateText date={status.releasedOn} />. </> : null;
  const latest = status.latestPoint && status.latestPoint.version !== status.subject ? (
    <>
      Latest point release: {status.latestPoint.version}
      {status.latestPoint.date ? <> (<DateText date={status.latestPoint.date} />)</> : null}.{' '}
    </>
  ) : null;
  switch (status.state) {
    case 'eol':
      return (
        <>
          {released}
          {status.eol ? (
            <>
              End of life since <DateText date={status.eol.date} />
              {status.eol.lastPoint ? `; the last point release was ${status.eol.lastPoint}` : ''}.
            </>
          ) : (
            'No longer maintained.'
          )}
        </>
      );
    case 'longterm':
      return (
        <>
          {released}Long-term support{status.eol ? <>, {status.eol.projected ? 'projected ' : ''}end of life <DateText date={status.eol.date} /></> : null}. {latest}
        </>
      );
    case 'stable':
      return (
        <>
          {released}Maintained as a stable series. {latest}
        </>
      );
    case 'rc':
      return (
        <>
          In release candidates
          {status.latestRc ? (
            <>
              : the latest is {status.latestRc.version}
              {status.latestRc.date ? <> (<DateText date={status.latestRc.date} />)</> : null}
            </>
          ) : null}
          . <Estimate status={status} />
        </>
      );
    case 'merge-window':
      return (
        <>
          Its merge window is open: no release candidate yet. <Estimate status={status} />
        </>
      );
    case 'unreleased':
      return (
        <>
          Not released yet. <Estimate status={status} />
        </>
      );
    case 'unknown':
      return <>Unknown: {status.reason ?? 'no such kernel release is known.'}</>;
  }
}

function Estimate({ status }: { status: ReleaseStatus }) {
  if (!status.estimate) return null;
  return (
    <span class="kc-card__estimate">
      Estimated release (an estimate, from the usual 9–10 week cycle): between <DateText date={status.estimate.from} /> and{' '}
      <DateText date={status.estimate.to} />.
    </span>
  );
}
