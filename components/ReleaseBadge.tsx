import { useState } from 'preact/hooks';
import type { ReleaseState, ReleaseStatus } from '@/utils/types';
import { ReleaseCard, type ReleaseSource } from './ReleaseCard';

const LABELS: Record<ReleaseState, string> = {
  eol: 'EOL',
  longterm: 'LTS',
  stable: 'stable',
  rc: 'rc',
  'merge-window': 'merge window',
  unreleased: 'upcoming',
  unknown: 'unknown',
};

const STATE_WORDS: Record<ReleaseState, string> = {
  eol: 'end of life',
  longterm: 'long-term support',
  stable: 'maintained stable release',
  rc: 'in release candidates',
  'merge-window': 'merge window open',
  unreleased: 'not released yet',
  unknown: 'unknown release',
};

/**
 * The inline badge after a version mention: a small button naming the state, and a card
 * with the details that opens on hover, on focus, or when the button is pressed.
 */
export function ReleaseBadge({ status, source }: { status: ReleaseStatus; source: ReleaseSource }) {
  const [open, setOpen] = useState(false);
  return (
    <span class="kc-badge" data-state={status.state} onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}>
      <button
        type="button"
        class="kc-badge__button"
        aria-expanded={open}
        aria-controls="kc-card"
        aria-label={`Linux ${status.subject}: ${STATE_WORDS[status.state]}`}
        onClick={() => setOpen(!open)}
      >
        {LABELS[status.state]}
      </button>
      <span class="kc-card" id="kc-card" role="group" aria-label={`Linux ${status.subject}`} data-open={open ? 'true' : 'false'}>
        <ReleaseCard status={status} source={source} />
      </span>
    </span>
  );
}
