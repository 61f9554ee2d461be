import { fireEvent, render, screen } from '@testing-library/preact';
import { ClaimBadge } from '@/components/ClaimBadge';
import { MainlineBadge } from '@/components/MainlineBadge';
import { MainlineBanner } from '@/components/MainlineBanner';
import type { MainlineStatus } from '@/utils/types';
import { renderOpened } from '../helpers/open-cards';

const NOW = Date.UTC(2026, 10, 28, 12, 0, 0);
const HOUR = 3_600_000;

const rust: MainlineStatus = {
  kind: 'path',
  subject: 'rust/',
  state: 'merged',
  strength: 'verified',
  match: 'path',
  commit: { sha: '8aebac82933ff1a7c8eede18cab11e1115e2062', subject: 'rust: add `compiler_builtins` crate', committedOn: '2022-09-28' },
  release: '6.1',
  tag: 'v6.1-rc1',
  releasedOn: '2022-12-11',
  checkedAt: NOW - 3 * HOUR,
  evidence: [
    { label: 'Commit 8aebac82933f', href: 'https://git.kernel.org/torvalds/c/8aebac82933ff1a7c8eede18cab11e1115e2062' },
    { label: 'Tag v6.1-rc1', href: 'https://git.kernel.org/torvalds/h/v6.1-rc1' },
  ],
};

const linuxNext: MainlineStatus = {
  kind: 'commit',
  subject: 'c7c4c9b88eecb28d3b48ba855cd6f9f7391a33b2',
  state: 'not-merged',
  notMerged: 'linux-next-merge',
  reason: 'A linux-next merge: linux-next is rebuilt daily, and this merge never reaches mainline as it is (what it merged may).',
  checkedAt: NOW - 2 * HOUR,
  evidence: [{ label: 'linux-next', href: 'https://git.kernel.org/next/linux-next/c/c7c4c9b88eecb28d3b48ba855cd6f9f7391a33b2' }],
};

describe('MainlineBadge', () => {
  it('says where the code went in two words, and in full to a screen reader', () => {
    render(<MainlineBadge status={rust} now={NOW} />);
    const button = screen.getByRole('button', { name: 'in 6.1 Code under rust/: in mainline since Linux 6.1' });
    expect(button.textContent).toBe('in 6.1');
  });

  it('its card gives the first tag, the dates as <time>, how it was found, and the evidence links', () => {
    const { container } = renderOpened(<MainlineBadge status={rust} now={NOW} />);
    const card = container.querySelector('.kc-card')!;
    expect(card.textContent).toContain('In mainline since Linux 6.1 (first tag v6.1-rc1, committed');
    expect([...card.querySelectorAll('time')].map((time) => time.getAttribute('datetime'))).toEqual(['2022-09-28', '2022-12-11']);
    expect(card.textContent).toContain("The oldest commit in Linus's tree touching this path; verified in git.");
    expect([...card.querySelectorAll('a[data-kc-evidence]')].map((a) => a.getAttribute('href'))).toEqual(rust.evidence.map((link) => link.href));
  });

  it('a linux-next merge: "never in mainline", with the reason and when it was checked', () => {
    const { container } = renderOpened(<MainlineBadge status={linuxNext} now={NOW} />);
    expect(screen.getByRole('button').textContent).toBe('never in mainline');
    expect(container.textContent).toContain('Not in mainline (checked 2 hours ago). A linux-next merge: linux-next is rebuilt daily');
  });

  it('unavailable: the reason, the time asking is allowed again, and the last known answer', () => {
    const status: MainlineStatus = {
      kind: 'path',
      subject: 'rust/',
      state: 'unavailable',
      failure: { reason: 'rate-limited', detail: 'api.github.com rate limit reached (HTTP 403)', at: NOW, retryAt: NOW + HOUR },
      lastKnown: { ...rust, state: 'merged' },
      evidence: rust.evidence,
    };
    const { container } = renderOpened(<MainlineBadge status={status} now={NOW} />);
    expect(screen.getByRole('button').textContent).toBe('unavailable');
    expect(container.textContent).toMatch(/Mainline status unavailable: rate-limited until .+ \(api\.github\.com rate limit reached \(HTTP 403\)\)/);
    expect(container.textContent).toContain('Last known: In mainline since Linux 6.1');
  });

  it('renders hostile fetched text as text', () => {
    const hostile: MainlineStatus = { ...rust, commit: { sha: rust.commit!.sha, subject: '<img src=x onerror=alert(1)>' } };
    const { container } = renderOpened(<MainlineBadge status={hostile} now={NOW} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('closes its card with Escape', () => {
    const { container } = render(<MainlineBadge status={rust} now={NOW} />);
    fireEvent.click(screen.getByRole('button'));
    expect(container.querySelector('.kc-card')!.getAttribute('data-open')).toBe('true');
    fireEvent.keyDown(screen.getByRole('button'), { key: 'Escape' });
    expect(container.querySelector('.kc-card')!.getAttribute('data-open')).toBe('false');
  });
});

describe('MainlineBanner', () => {
  it('one line for a commit page: release, first tag, how it was found; then the evidence', () => {
    const status: MainlineStatus = { ...rust, kind: 'commit', subject: rust.commit!.sha, match: 'sha' };
    const { container } = render(<MainlineBanner status={status} now={NOW} />);
    expect(container.querySelector('.kc-banner__line')!.textContent).toMatch(/^In mainline since Linux 6\.1 \(first tag v6\.1-rc1, committed .+\); Linux 6\.1 was released .+\. \(verified in git\)$/);
    expect(container.querySelector('[aria-live="polite"]')).not.toBeNull();
    expect(container.querySelectorAll('a[data-kc-evidence]')).toHaveLength(2);
  });

  it('a patch merged under another id names the mainline commit', () => {
    const status: MainlineStatus = { ...rust, kind: 'msgid', subject: '20221205-rust-phy-paged-v3-1-6a2f1d9e0b1c@example.org', match: 'link' };
    const { container } = render(<MainlineBanner status={status} label="[PATCH net-next v3 1/2] rust: net::phy: add `Device::read_paged`" now={NOW} />);
    expect(container.textContent).toContain('[PATCH net-next v3 1/2]');
    expect(container.textContent).toContain('As commit 8aebac82933f “rust: add `compiler_builtins` crate”.');
    expect(container.textContent).toContain('found by Link: trailer, verified in git');
  });

  it('merged after the newest tag: not in a release yet', () => {
    const status: MainlineStatus = { ...rust, untagged: true, release: undefined, tag: undefined } as MainlineStatus;
    const { container } = render(<MainlineBanner status={status} now={NOW} />);
    expect(container.textContent).toContain("In Linus's tree, after the newest tag known: not in a release yet");
  });
});

describe('ClaimBadge', () => {
  it('"expected in 5.13" for code that reached mainline in 6.1: not as claimed', () => {
    const { container } = render(<ClaimBadge check={{ verdict: 'not-confirmed', claimed: 'expected in 5.13', basis: rust }} now={NOW} />);
    expect(screen.getByRole('button').textContent).toBe('not as claimed: 6.1');
    expect(container.textContent).toContain('Not as claimed (expected in 5.13): code under rust/ first reached mainline in Linux 6.1.');
  });
});
