/**
 * A long page is read in two passes (entrypoints/annotator/page-annotator.tsx): its first
 * screen, whose overlays are painted at once, then the whole page. The second pass adds what
 * the first did not have — asking only what was not asked, never a second badge at one place —
 * and leaves the page as one reading would have.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FIRST_RELEASE_BADGES, ReleaseAnnotations } from '@/entrypoints/annotator/release-annotations';
import { MainlineAnnotations } from '@/entrypoints/annotator/mainline-annotations';
import { extractMentions, extractSome } from '@/utils/mentions/extract-mentions';
import { subjectOf } from '@/utils/mainline/keys';
import { disconnectQuestions } from '@/utils/messaging/content-messaging';
import { registerHandlers } from '@/utils/messaging/register-handlers';
import { parseLorePage } from '@/utils/pages/lore';
import { mentionsOfPage, someMentionsOfPage } from '@/utils/pages/page-mentions';
import type { MainlineQuery, MainlineStatus, ReleaseStatus, ReleaseStatusesAnswer } from '@/utils/types';
import { loreHtml, MSGID, PAGES } from '../pages/lore/documents';

let stopBackground: (() => void) | undefined;
afterEach(() => {
  disconnectQuestions();
  stopBackground?.();
  document.body.innerHTML = '';
});

/** What each badge says, in page order. */
const overlays = (selector: string) => [...document.querySelectorAll(selector)].map((host) => `${host.getAttribute('data-kc-display') ?? 'badge'} ${host.getAttribute('data-kc-subject')}`);

describe('release badges over two passes', () => {
  const VERSIONS = [...Array.from({ length: 20 }, (_, i) => `5.${i}`), ...Array.from({ length: 20 }, (_, i) => `6.${i}`), ...Array.from({ length: 39 }, (_, i) => `2.6.${i + 1}`)];

  it('keeps the first screen\'s badges, adds the rest up to the first ones painted, and asks about each version once', async () => {
    const asked: string[][] = [];
    stopBackground = registerHandlers(
      {
        getReleaseStatuses: ({ versions }) => {
          asked.push(versions.map(({ version }) => version));
          const statuses: ReleaseStatus[] = versions.map(({ version, series }) => ({ subject: version, series, state: 'eol', evidence: [] }));
          const answer: ReleaseStatusesAnswer = { statuses, source: 'bundled', asOf: '2026-11-01' };
          return answer;
        },
      },
      fakeBrowser.runtime.id,
    );
    document.body.innerHTML = `<div class="content">${VERSIONS.map((version) => `<p>Linux ${version} was tested against Linux ${version}.</p>`).join('')}</div>`;
    const root = document.querySelector('.content')!;
    const badges = new ReleaseAnnotations();

    const first = extractSome([root], undefined, { mentionBudget: 10 });
    expect(first.complete).toBe(false);
    await badges.show(first.mentions, undefined, () => true);
    expect(overlays('kc-release')).toEqual(VERSIONS.slice(0, 5).map((version) => `badge ${version}`));

    // The whole page, read again with the first badges in it.
    await badges.show(extractMentions([root]), undefined, () => true);
    expect(overlays('kc-release')).toEqual(VERSIONS.slice(0, FIRST_RELEASE_BADGES).map((version) => `badge ${version}`));
    expect(badges.hidden).toBe(VERSIONS.length - FIRST_RELEASE_BADGES);
    expect(asked.flat()).toEqual(VERSIONS);
    expect(asked[0]).toEqual(VERSIONS.slice(0, 5));

    badges.showAll();
    expect(overlays('kc-release')).toEqual(VERSIONS.map((version) => `badge ${version}`));
    // Each badge right after the first mention of its version in its paragraph.
    for (const badge of document.querySelectorAll('kc-release')) expect(badge.previousSibling?.textContent).toBe(`Linux ${badge.getAttribute('data-kc-subject')}`);
    // A third pass (a settings toggle) adds nothing and asks nothing.
    await badges.show(extractMentions([root]), undefined, () => true);
    expect(document.querySelectorAll('kc-release')).toHaveLength(VERSIONS.length);
    expect(asked).toHaveLength(2);
  });
});

describe('mainline banners and badges over two passes, on a series thread', () => {
  const [file, url] = PAGES.seriesFlat;

  /** The background: every subject is unknown, so each gets its overlay. */
  function answerUnknown(asked: string[]) {
    stopBackground = registerHandlers(
      {
        getMainlineStatus: ({ query }: { query: MainlineQuery }): MainlineStatus => {
          asked.push(subjectOf(query));
          return { kind: query.kind, subject: subjectOf(query), state: 'unknown', evidence: [] };
        },
      },
      fakeBrowser.runtime.id,
    );
  }

  async function oneReading(): Promise<string[]> {
    const asked: string[] = [];
    answerUnknown(asked);
    document.documentElement.innerHTML = loreHtml(file);
    const page = parseLorePage(new URL(url), document)!;
    await new MainlineAnnotations().show(page, mentionsOfPage(page), () => true);
    const shown = overlays('kc-mainline');
    disconnectQuestions();
    stopBackground?.();
    return shown;
  }

  it('adds the later patches\' banners after the first ones, in page order, and no overlay twice', async () => {
    const once = await oneReading();
    expect(once.filter((overlay) => overlay.startsWith('banner'))).toEqual([`banner ${MSGID.patch1}`, `banner ${MSGID.patch2}`]);

    const asked: string[] = [];
    answerUnknown(asked);
    document.documentElement.innerHTML = loreHtml(file);
    const mainline = new MainlineAnnotations();
    const firstPage = parseLorePage(new URL(url), document, { maxMessages: 2 })!;
    await mainline.show(firstPage, someMentionsOfPage(firstPage, { textBudget: 4_000, mentionBudget: 40 }).mentions, () => true);
    expect(overlays('kc-mainline').filter((overlay) => overlay.startsWith('banner'))).toEqual([`banner ${MSGID.patch1}`]);

    const wholePage = parseLorePage(new URL(url), document)!;
    await mainline.show(wholePage, mentionsOfPage(wholePage), () => true);
    expect(overlays('kc-mainline')).toEqual(once);
    expect(new Set(asked).size).toBe(asked.length);
  });
});
