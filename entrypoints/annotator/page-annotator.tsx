import { render } from 'preact';
import { StatusPanel } from '@/components/StatusPanel';
import { shadowHost } from '@/utils/overlays/shadow-host';
import { nextFrame } from '@/utils/dom/after-page-load';
import { delay } from '@/utils/time/delay';
// Inlined rather than fetched: no web-accessible file a page could probe for.
import panelCss from '@/components/status-panel.css?inline';
import { connectEarly, disconnectQuestions, onMessage, sendMessage } from '@/utils/messaging/content-messaging';
import { MAX_MENTIONS_PER_MESSAGE } from '@/utils/messaging/mention-schemas';
import { summarisePage, toMentionRecord } from '@/utils/pages/page-mentions';
import { recogniseSite } from '@/utils/pages/sites';
import type { MentionCounts } from '@/components/FoundSummary';
import { isPageOff, pagesOffItem, togglePageOff } from '@/utils/settings/page-off';
import { isKindOn, isSiteOn, loadSettings, watchSettings } from '@/utils/settings/settings';
import { readStoredChoices, type StoredChoices } from '@/utils/settings/stored-choices';
import { ListingMarkers } from './listing-markers';
import { MainlineAnnotations } from './mainline-annotations';
import { NewsAnnotations } from './news-annotations';
import { ReleaseAnnotations } from './release-annotations';
import type { AnnotatorLifetime } from './annotator-lifetime';
import { readFirstScreen, readWholePage, type Reading } from './page-reading';
import { seenArticles } from '@/utils/news/seen';
import type { AnnotationKind, Answer, CurrentReleases, Mention, Page } from '@/utils/types';

/**
 * The content script's state: which page this is, what the settings allow, and the
 * overlays mounted for it. Mounts or removes them whenever any of these change — a
 * settings toggle, an in-site navigation, a return from the back/forward cache.
 */
export async function startPageAnnotator(lifetime: AnnotatorLifetime, stored: Promise<StoredChoices>): Promise<void> {
  // The page is read while the browser looks the settings up: reading is ours alone, and
  // nothing is asked of the background until the settings allow it.
  let early: Reading | undefined = recogniseSite(location) ? readFirstScreen() : undefined;
  const choices = await stored;
  let { settings, pagesOff } = choices;
  // The way to the background opens while the overlays' questions are being put together.
  const site = recogniseSite(location);
  if (site && isSiteOn(settings, site.group) && !isPageOff(pagesOff, location.href)) connectEarly();
  /** True while the popup's "Refresh this page" runs: every request skips the cache. */
  let refresh = false;
  let ui: { host: HTMLElement; container: HTMLElement } | undefined;
  let mountedFor: string | undefined;
  let releases: Answer<CurrentReleases> | undefined;
  let page: Page | null = null;
  let mentions: Mention[] = [];
  let found: MentionCounts | undefined;
  const releaseBadges = new ReleaseAnnotations();
  const mainline = new MainlineAnnotations();
  const news = new NewsAnnotations({ releases: () => releaseBadges.statuses(), mainline: () => mainline.known() }, choices.newsPanelCollapsed);
  const markers = new ListingMarkers();

  // The panels are drawn at most once per task: each answer that comes in asks for a
  // repaint, and drawing them again for every one held up the handling of the next answer.
  const paint = oncePerTask(() => paintNow());
  const paintNews = oncePerTask(() => news.paint());
  const paintNow = () => {
    if (!ui) return;
    const more = releaseBadges.hidden > 0 ? { count: releaseBadges.hidden, showAll: showAllBadges } : undefined;
    render(<StatusPanel releases={releases} found={found} releaseBadges={releaseBadges.count} mainlineBadges={mainline.count} {...(more ? { moreReleaseBadges: more } : {})} now={Date.now()} />, ui.container);
  };

  const showAllBadges = () => {
    releaseBadges.showAll();
    paint();
  };

  /** Bumped by every reading of a page from its start, so a later pass over an older one is dropped. */
  let readings = 0;
  /** The overlays of the latest syncBadges, painted (mainline may wait on GitHub for seconds). */
  let shownNow: Promise<unknown> = Promise.resolve();

  /** Reads the page's first screen (all of most pages). */
  const readPage = (): Reading => {
    const reading = early?.href === location.href ? early : readFirstScreen();
    early = undefined;
    readings++;
    take(reading);
    return reading;
  };

  /**
   * A long page, read in part: the whole page is read once the first screen's overlays are
   * painted (or a second has passed, GitHub being slow) and the page has drawn a frame; its
   * overlays are added to theirs. Reading a 2 MB thread takes a third of a second, in slices:
   * the reader sees the first screen annotated, and the page stays responsive, meanwhile.
   */
  const readRestAfter = (shown: Promise<unknown>) => {
    const generation = readings;
    const href = location.href;
    void Promise.race([shown, delay(1_000)])
      .then(nextFrame)
      .then(() => {
        if (generation !== readings || mountedFor !== href || !ui) return;
        return readWholePage().then((reading) => {
          if (generation !== readings || mountedFor !== href || !ui || reading.href !== location.href) return;
          take(reading);
          return requestSync().then(() => shownNow.then(() => markOnce('kc:whole-page-painted')));
        });
      })
      // A page the whole reading fails on keeps its first screen's overlays.
      .catch(() => undefined);
  };

  const take = (reading: Reading) => {
    ({ page, mentions } = reading);
    found = countByKind(mentions);
    paint();
    const read = page;
    // Nothing here is painted: it waits until the page is idle, behind the overlays' questions.
    if (read && reading.complete) {
      const all = mentions;
      whenIdle(() => {
        const records = all.slice(0, MAX_MENTIONS_PER_MESSAGE).map(toMentionRecord);
        void sendMessage('reportPage', { page: summarisePage(read), mentions: records }).catch(() => undefined);
        const seen = seenArticles(read, Date.now());
        if (seen.length > 0) void sendMessage('recordArticles', { articles: seen }).catch(() => undefined);
      });
    }
  };

  const unmount = () => {
    releaseBadges.hide();
    mainline.hide();
    news.hide();
    markers.hide();
    if (ui) {
      render(null, ui.container);
      ui.host.remove();
    }
    ui = undefined;
    mountedFor = undefined;
  };

  /** Badges follow the per-kind switches without touching the panel. */
  const syncBadges = async () => {
    const site = recogniseSite(location);
    if (!site || !ui) return;
    const wanted = (kind: AnnotationKind) => () => ui !== undefined && isKindOn(settings, site.group, kind);
    // The timeline draws on the release and mainline answers: repainted as they come in.
    const repaint = () => {
      paint();
      paintNews();
    };
    const work: Promise<void>[] = [];
    const shown: Promise<void>[] = [];
    if (!wanted('release')()) releaseBadges.hide();
    else {
      const publishedAt = page && 'publishedAt' in page ? page.publishedAt : undefined;
      work.push(
        releaseBadges
          .show(mentions, publishedAt, wanted('release'), page?.kind === 'kernel-org-releases')
          .catch(() => undefined)
          .then(() => {
            repaint();
            markOnce('kc:release-painted');
          }),
      );
    }
    if (!wanted('mainline')() || !page) mainline.hide();
    // Not awaited: GitHub may take seconds, and a switch flipped meanwhile must not wait for it.
    else
      shown.push(
        mainline
          .show(page, mentions, wanted('mainline'))
          .catch(() => undefined)
          .then(() => {
            repaint();
            markOnce('kc:mainline-painted');
          }),
      );
    // Later news last: the background takes longest over it (it reads the article's key terms),
    // and the badges' answers would wait behind it.
    if (!wanted('news')() || !page) {
      news.hide();
      markers.hide();
    } else if (ui) {
      shown.push(
        news
          .show(page, mentions, ui.host, wanted('news'))
          .catch(() => undefined)
          .then(() => markOnce('kc:news-painted')),
      );
      void markers.show(page, wanted('news')).catch(() => undefined);
    }
    paint();
    shownNow = Promise.all([...work, ...shown]);
    await Promise.all(work);
  };

  const sync = async () => {
    const site = recogniseSite(location);
    const wanted = site !== null && isSiteOn(settings, site.group) && !isPageOff(pagesOff, location.href);
    if (!wanted) return unmount();
    if (ui && mountedFor === location.href) return syncBadges();
    unmount();
    // A "Refresh this page" in progress keeps its flag through the remount.
    releaseBadges.reset({ refresh });
    mainline.reset({ refresh });
    news.reset({ refresh });
    markers.reset();
    mountedFor = location.href;
    // The panel's host resets what it would inherit from the page (status-panel.css `:host`).
    ui = shadowHost('kc-status', panelCss, {}, 'div');
    const anchor = site.panelAnchors.map((selector) => document.querySelector(selector)).find(Boolean) ?? document.body;
    anchor.prepend(ui.host);
    found = undefined;
    paint();
    const reading = readPage();
    const synced = syncBadges();
    // shownNow is the first screen's overlays from here.
    if (reading.complete) void shownNow.then(() => markOnce('kc:whole-page-painted'));
    else readRestAfter(shownNow);
    await synced;
    if (!releases) {
      // In a refresh, the badges' question brought kernel.org's release list past the cache
      // already (their answers are in by now): the panel takes it rather than asking again.
      const askAgain = refresh && !releaseBadges.refreshedPastCache;
      releases = await sendMessage('getCurrentReleases', { refresh: askAgain }).catch((error: unknown) => ({
        stale: true,
        from: 'none' as const,
        failure: { reason: 'network' as const, detail: String(error), at: Date.now() },
      }));
      paint();
    }
  };

  /** Every source asked again past the cache: the popup's "Refresh this page". */
  const refreshPage = () => {
    refresh = true;
    releases = undefined;
    unmount();
    releaseBadges.reset({ refresh: true });
    mainline.reset({ refresh: true });
    news.reset({ refresh: true });
    return requestSync().finally(() => {
      refresh = false;
    });
  };

  // One sync at a time, in order, so quick toggles never mount two panels. The first runs at
  // once: the page's questions go out before anything below is set up (watching settings,
  // the popup's messages), none of which the first answers need.
  let queue = sync();
  const requestSync = () => {
    queue = queue.then(sync, sync);
    return queue;
  };

  const stopWatching = watchSettings((next) => {
    settings = next;
    void requestSync();
  });
  const stopWatchingPages = pagesOffItem.watch((pages) => {
    pagesOff = Array.isArray(pages) ? pages : [];
    void requestSync();
  });
  // The choices were read before anything watched them: one changed in between (a switch
  // flipped in the popup just then) is read again now.
  void readStoredChoices().then((latest) => {
    if (JSON.stringify([latest.settings, latest.pagesOff]) === JSON.stringify([settings, pagesOff])) return;
    ({ settings, pagesOff } = latest);
    return requestSync();
  });
  lifetime.onEnd(() => {
    disconnectQuestions();
    stopWatching();
    stopWatchingPages();
    unmount();
  });
  lifetime.onLocationChange(() => void requestSync());
  // A page restored from the back/forward cache may have missed settings changes.
  window.addEventListener(
    'pageshow',
    (event) => {
      if (!event.persisted) return;
      void loadSettings().then((latest) => {
        settings = latest;
        return requestSync();
      });
    },
    { signal: lifetime.signal },
  );
  onMessage('getPageReport', () => {
    const site = recogniseSite(location);
    if (!site) return null;
    return {
      site: site.id,
      url: location.href,
      pageKind: page?.kind,
      found: found ?? {},
      counts: { release: releaseBadges.count, mainline: mainline.count, news: news.count + markers.count },
      states: annotationStates(),
      pageOff: isPageOff(pagesOff, location.href),
    };
  });
  onMessage('refreshPage', async () => {
    await refreshPage();
    return { refreshed: true };
  });
  onMessage('toggleThisPage', async () => ({ off: await togglePageOff(location.href) }));
  await queue;
}

/**
 * A second after the overlays' questions (so the background answers them first: storing seen
 * articles writes to IndexedDB), then when the page is idle.
 */
function whenIdle(work: () => void): void {
  setTimeout(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 2_000 });
    else work();
  }, 1_000);
}

/** `work` run once, in a task of its own, however often it is asked for before then. */
function oncePerTask(work: () => void): () => void {
  let queued = false;
  return () => {
    if (queued) return;
    queued = true;
    setTimeout(() => {
      queued = false;
      work();
    }, 0);
  };
}

function markOnce(name: string): void {
  if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
}

/** Per kind, how many overlays on the page are in each state, read from the overlays themselves. */
function annotationStates(): Partial<Record<AnnotationKind, Record<string, number>>> {
  const states: Partial<Record<AnnotationKind, Record<string, number>>> = {};
  for (const element of document.querySelectorAll('[data-kc-kind][data-kc-state]')) {
    const kind = element.getAttribute('data-kc-kind') as AnnotationKind;
    const state = element.getAttribute('data-kc-state')!;
    const byState = (states[kind] ??= {});
    byState[state] = (byState[state] ?? 0) + 1;
  }
  return states;
}

function countByKind(mentions: readonly Mention[]): MentionCounts {
  const counts: MentionCounts = {};
  for (const mention of mentions) counts[mention.kind] = (counts[mention.kind] ?? 0) + 1;
  return counts;
}
