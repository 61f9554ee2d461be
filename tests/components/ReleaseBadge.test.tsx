import { fireEvent, render, screen } from '@testing-library/preact';
import { ReleaseBadge } from '@/components/ReleaseBadge';
import type { ReleaseSource } from '@/components/ReleaseCard';
import type { ReleaseStatus } from '@/utils/types';
import { renderOpened } from '../helpers/open-cards';

const live: ReleaseSource = { source: 'endoflife.date', asOf: '2026-08-19', checked: '3 hours ago' };

const linux513: ReleaseStatus = {
  subject: '5.13',
  series: '5.13',
  state: 'eol',
  releasedOn: '2021-06-27',
  eol: { date: '2021-09-18', projected: false, lastPoint: '5.13.19' },
  atPublication: { date: '2021-03-19', state: 'unreleased', summary: 'When this was written, 5.11 was the latest release, 5.12 was in release candidates and 5.13 had not begun.' },
  evidence: [
    { label: 'kernel.org', href: 'https://git.kernel.org/torvalds/h/v5.13' },
    { label: 'endoflife.date', href: 'https://endoflife.date/linux' },
    { label: 'KernelNewbies', href: 'https://kernelnewbies.org/Linux_5.13' },
  ],
};

describe('ReleaseBadge', () => {
  it('names the state on a button whose accessible name says it in full', () => {
    render(<ReleaseBadge status={linux513} source={live} />);
    const button = screen.getByRole('button', { name: 'EOL Linux 5.13: end of life' });
    expect(button.textContent).toBe('EOL');
  });

  it('opens its card from the keyboard and closes it with Escape', () => {
    const { container } = render(<ReleaseBadge status={linux513} source={live} />);
    const button = screen.getByRole('button');
    const card = container.querySelector('.kc-card')!;
    expect(card.getAttribute('data-open')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(card.getAttribute('data-open')).toBe('true');
    fireEvent.keyDown(button, { key: 'Escape' });
    expect(card.getAttribute('data-open')).toBe('false');
  });

  it('states release and end of life as <time> elements, the article-time summary, and the evidence', () => {
    const { container } = renderOpened(<ReleaseBadge status={linux513} source={live} />);
    expect([...container.querySelectorAll('time')].map((time) => time.getAttribute('datetime'))).toEqual(['2021-06-27', '2021-09-18']);
    expect(container.textContent).toContain('the last point release was 5.13.19');
    expect(container.textContent).toContain('When this was written, 5.11 was the latest release');
    expect(container.textContent).toContain('checked 3 hours ago');
    expect([...container.querySelectorAll('a[data-kc-evidence]')].map((a) => a.getAttribute('href'))).toEqual(linux513.evidence.map((e) => e.href));
  });

  it('says when it answers from the bundled data, and why', () => {
    const { container } = renderOpened(
      <ReleaseBadge status={linux513} source={{ source: 'bundled', asOf: '2026-08-19', unavailable: 'kernel.org and endoflife.date: the server answered with an error (HTTP 500)' }} />,
    );
    expect(container.textContent).toContain('From bundled data of');
    expect(container.querySelector('.kc-card__source time')?.getAttribute('datetime')).toBe('2026-08-19');
    expect(container.textContent).toContain('HTTP 500');
  });

  it('keeps the last live answer when asking again failed, and says why', () => {
    const { container } = renderOpened(
      <ReleaseBadge status={linux513} source={{ ...live, unavailable: 'kernel.org and endoflife.date: the server answered with an error (HTTP 503)' }} />,
    );
    expect(container.querySelector('.kc-card__source')?.textContent).toBe(
      'Last known from kernel.org and endoflife.date, checked 3 hours ago; asking again failed (kernel.org and endoflife.date: the server answered with an error (HTTP 503)).',
    );
    expect([...container.querySelectorAll('time')].map((time) => time.getAttribute('datetime'))).toEqual(['2021-06-27', '2021-09-18']);
  });

  it('labels an estimate as an estimate, and explains an unknown version', () => {
    const upcoming: ReleaseStatus = { subject: '7.5', series: '7.5', state: 'unreleased', estimate: { from: '2027-02-01', to: '2027-02-15' }, evidence: [] };
    const { container, unmount } = renderOpened(<ReleaseBadge status={upcoming} source={live} />);
    expect(container.textContent).toContain('an estimate');
    expect(screen.getByRole('button').textContent).toBe('upcoming');
    unmount();
    const never: ReleaseStatus = { subject: '5.21', series: '5.21', state: 'unknown', reason: 'the 5.x series ended at 5.19; 6.0 followed.', evidence: [] };
    const rendered = renderOpened(<ReleaseBadge status={never} source={live} />);
    expect(rendered.container.textContent).toContain('the 5.x series ended at 5.19');
  });

  it('never renders an evidence link that is not a web address, and shows hostile text as text', () => {
    const hostile: ReleaseStatus = {
      ...linux513,
      reason: '<img src=x onerror=alert(1)>',
      state: 'unknown',
      evidence: [
        { label: 'evil', href: 'javascript:alert(1)' },
        { label: 'data', href: 'data:text/html,<script>alert(1)</script>' },
        { label: '<b>fine</b>', href: 'https://endoflife.date/linux' },
      ],
    };
    const { container } = renderOpened(<ReleaseBadge status={hostile} source={live} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect([...container.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://endoflife.date/linux']);
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('ReleaseBadge in kernel.org release table', () => {
  it('says inline when the release came out and when its end of life is, marking a projected one', () => {
    const lts: ReleaseStatus = {
      subject: '6.18.45',
      series: '6.18',
      state: 'longterm',
      releasedOn: '2025-11-30',
      latestPoint: { version: '6.18.45', date: '2026-08-19' },
      eol: { date: '2028-12-31', projected: true },
      evidence: [],
    };
    const { container } = render(<ReleaseBadge status={lts} source={live} inline={{ today: '2026-08-22' }} />);
    const facts = container.querySelector('.kc-badge__facts')!;
    expect(facts.textContent).toBe(' released 3 days ago · EOL Dec 31, 2028 (projected)');
    expect([...facts.querySelectorAll('time')].map((time) => time.getAttribute('datetime'))).toEqual(['2026-08-19', '2028-12-31']);
  });
});
