/**
 * A page naming more versions than are painted at once: the first badges come at once, the
 * panel says how many wait, and its "Show all" paints the rest where they belong.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { StatusPanel } from '@/components/StatusPanel';
import { FIRST_RELEASE_BADGES, ReleaseAnnotations } from '@/entrypoints/annotator/release-annotations';
import { extractMentions } from '@/utils/mentions/extract-mentions';
import { disconnectQuestions } from '@/utils/messaging/content-messaging';
import { registerHandlers } from '@/utils/messaging/register-handlers';
import type { ReleaseStatus, ReleaseStatusesAnswer } from '@/utils/types';

/** Real release numbers, one per paragraph: every 3.x, 4.x, 5.x and 6.x series up to 6.19, and 2.6.x. */
const VERSIONS = [
  ...Array.from({ length: 20 }, (_, i) => `3.${i}`),
  ...Array.from({ length: 21 }, (_, i) => `4.${i}`),
  ...Array.from({ length: 20 }, (_, i) => `5.${i}`),
  ...Array.from({ length: 20 }, (_, i) => `6.${i}`),
  ...Array.from({ length: 39 }, (_, i) => `2.6.${i + 1}`),
];
const PARAGRAPHS = VERSIONS.length;

/** The background, answering every version asked about (over the content script's port). */
let stopBackground: (() => void) | undefined;
function answerEveryVersion() {
  stopBackground = registerHandlers(
    {
      getReleaseStatuses: ({ versions }) => {
        const statuses: ReleaseStatus[] = versions.map(({ version, series }) => ({ subject: version, series, state: 'eol', evidence: [] }));
        const res: ReleaseStatusesAnswer = { statuses, source: 'bundled', asOf: '2026-11-01' };
        return res;
      },
    },
    fakeBrowser.runtime.id,
  );
}

afterEach(() => {
  disconnectQuestions();
  stopBackground?.();
  cleanup();
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('ReleaseAnnotations on a long page', () => {
  it(`paints the first ${FIRST_RELEASE_BADGES} badges, holds the rest, and "Show all" paints them after their versions`, async () => {
    answerEveryVersion();
    document.body.innerHTML = `<div class="content">${VERSIONS.map((version) => `<p>Linux ${version} was tested.</p>`).join('')}</div>`;
    const before = document.body.textContent;
    const mentions = extractMentions([document.querySelector('.content')!]);
    const badges = new ReleaseAnnotations();
    await badges.show(mentions, undefined, () => true);

    const shown = () => [...document.querySelectorAll('kc-release')].map((badge) => badge.getAttribute('data-kc-subject'));
    expect(shown()).toEqual(VERSIONS.slice(0, FIRST_RELEASE_BADGES));
    expect(badges.hidden).toBe(PARAGRAPHS - FIRST_RELEASE_BADGES);

    const host = document.createElement('div');
    document.body.append(host);
    const panel = () =>
      render(<StatusPanel releases={undefined} releaseBadges={badges.count} moreReleaseBadges={{ count: badges.hidden, showAll: () => badges.showAll() }} now={Date.now()} />, { container: host });
    panel();
    expect(host.textContent).toContain(`${PARAGRAPHS - FIRST_RELEASE_BADGES} more versions are not marked yet.`);
    fireEvent.click(screen.getByRole('button', { name: 'Show all' }));

    expect(shown()).toEqual(VERSIONS);
    expect(badges.hidden).toBe(0);
    // Each badge sits right after its own version.
    for (const badge of document.querySelectorAll('kc-release')) expect(badge.previousSibling?.textContent).toMatch(new RegExp(`Linux ${badge.getAttribute('data-kc-subject')!.replaceAll('.', '\\.')}$`));

    badges.hide();
    host.remove();
    expect(document.body.textContent).toBe(before);
  });

  it('paints every badge of a page naming no more than the first ones, with nothing held back', async () => {
    answerEveryVersion();
    document.body.innerHTML = `<div class="content"><p>Linux 6.1 and Linux 6.2.</p></div>`;
    const badges = new ReleaseAnnotations();
    await badges.show(extractMentions([document.querySelector('.content')!]), undefined, () => true);
    expect(document.querySelectorAll('kc-release')).toHaveLength(2);
    expect(badges.hidden).toBe(0);
    render(<StatusPanel releases={undefined} releaseBadges={badges.count} now={Date.now()} />);
    expect(screen.queryByRole('button', { name: 'Show all' })).toBeNull();
  });
});
