import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import { t } from '@/utils/i18n/t';
import { sendMessage } from '@/utils/messaging/protocol';
import { ALLOWED_HOSTS } from '@/utils/net/allowed-hosts';
import { cleanToken, githubTokenItem } from '@/utils/settings/github-token';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, watchSettings } from '@/utils/settings/settings';
import type { CacheStats, RateLimitState, Settings } from '@/utils/types';
import { Popup } from './Popup';
import type { PageView } from './PopupPage';

/** The manifest's host permissions (wxt.config.ts builds them from the same list). */
export const HOST_ORIGINS = ALLOWED_HOSTS.map((host) => `https://${host}/*`);

/** How often the popup asks the tab again while open: badges keep arriving for seconds. */
const REPORT_EVERY_MS = 1000;

type TabsApi = Pick<typeof browser.tabs, 'query' | 'getCurrent'>;

/**
 * The tab the popup speaks of.
 *
 * Opened from the toolbar, the popup has no tab of its own (`tabs.getCurrent()` gives
 * nothing) and the tab is the active one of the last focused window. Opened as a page in a
 * tab of its own (as the end-to-end tests do), the active tab may be the popup itself: then
 * it is the most recently used other tab showing a web page.
 *
 * Kernel Context has no "tabs" permission, so a tab's URL is visible only where its host
 * permissions reach — exactly the sites whose pages it reads. A tab whose URL is hidden is one
 * it does not read, so skipping it loses nothing. The active tab is taken as it is, URL or
 * not: the content script's answer (or silence) says whether the page is read.
 */
export async function findTargetTab(tabs: TabsApi): Promise<number | undefined> {
  // Wrapped so that a call that throws at once counts as no tab of its own.
  const own = await (async () => tabs.getCurrent())().catch(() => undefined);
  const [active] = await tabs.query({ active: true, lastFocusedWindow: true });
  if (active?.id !== undefined && active.id !== own?.id) return active.id;
  const candidates = (await tabs.query({}))
    .filter((tab) => tab.id !== undefined && tab.id !== own?.id && /^https?:/.test(tab.url ?? ''))
    .map((tab, order) => ({ id: tab.id!, used: tab.lastAccessed ?? order }));
  candidates.sort((a, b) => b.used - a.used);
  return candidates[0]?.id;
}

/**
 * Whether the manifest's host permissions are granted, now and whenever the reader grants or
 * revokes them elsewhere (about:addons) while the popup is open. Unknown (undefined) where the
 * permissions API fails: the popup then warns of nothing.
 */
export function watchHostAccess(onChange: (granted: boolean | undefined) => void): () => void {
  const check = () => {
    try {
      void browser.permissions.contains({ origins: HOST_ORIGINS }).then(onChange, () => onChange(undefined));
    } catch {
      onChange(undefined);
    }
  };
  check();
  try {
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
  } catch {
    return () => undefined;
  }
  return () => {
    browser.permissions.onAdded.removeListener(check);
    browser.permissions.onRemoved.removeListener(check);
  };
}

/** Connects the popup to settings storage, the background, the current tab and the permissions. */
export function PopupContainer() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [cache, setCache] = useState<CacheStats | undefined>();
  const [rateLimits, setRateLimits] = useState<RateLimitState[]>([]);
  const [tokenSet, setTokenSet] = useState<boolean | undefined>();
  const [hostAccess, setHostAccess] = useState<boolean | undefined>();
  const [page, setPage] = useState<PageView>({ state: 'looking' });
  const [refreshing, setRefreshing] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const tabId = useRef<number | undefined>(undefined);

  const readBackground = useCallback(() => {
    void sendMessage('getCacheStats', undefined).then(setCache, () => undefined);
    void sendMessage('getRateLimits', undefined).then(setRateLimits, () => undefined);
  }, []);

  const readPage = useCallback(async () => {
    const id = tabId.current;
    const report = id === undefined ? null : await sendMessage('getPageReport', undefined, id).catch(() => null);
    setPage(report ? { state: 'read', report } : { state: 'not-read' });
  }, []);

  useEffect(() => {
    void loadSettings().then(setSettings);
    readBackground();
    const stopSettings = watchSettings(setSettings);

    void githubTokenItem.getValue().then((token) => setTokenSet(cleanToken(token) !== null), () => undefined);
    const stopToken = githubTokenItem.watch((token) => setTokenSet(cleanToken(token) !== null));

    const stopAccess = watchHostAccess(setHostAccess);

    let timer: ReturnType<typeof setInterval> | undefined;
    let closed = false;
    void findTargetTab(browser.tabs)
      .catch(() => undefined)
      .then(async (id) => {
        tabId.current = id;
        await readPage();
        if (!closed) timer = setInterval(() => void readPage(), REPORT_EVERY_MS);
      });

    return () => {
      closed = true;
      stopSettings();
      stopToken();
      stopAccess();
      clearInterval(timer);
    };
  }, [readBackground, readPage]);

  const changeSettings = (next: Settings) => {
    setSettings(next);
    void saveSettings(next);
  };

  const togglePage = () => {
    const id = tabId.current;
    if (id === undefined) return;
    void sendMessage('toggleThisPage', undefined, id).then(
      ({ off }) => {
        setAnnouncement(off ? t('popup_page_now_off') : t('popup_page_on_again'));
        // Shown at once; the next report (the content script follows storage) confirms it.
        setPage((shown) => (shown.state === 'read' ? { state: 'read', report: { ...shown.report, pageOff: off } } : shown));
      },
      () => setAnnouncement(t('popup_page_toggle_failed')),
    );
  };

  const refreshPage = () => {
    const id = tabId.current;
    if (id === undefined || refreshing) return;
    setRefreshing(true);
    setAnnouncement(t('popup_refreshing'));
    void sendMessage('refreshPage', undefined, id)
      .then(
        () => setAnnouncement(t('popup_refreshed')),
        () => setAnnouncement(t('popup_refresh_failed')),
      )
      .finally(() => {
        setRefreshing(false);
        readBackground();
        void readPage();
      });
  };

  const clearCache = () => {
    void sendMessage('clearCache', undefined).then((stats) => {
      setCache(stats);
      setAnnouncement(t('popup_cache_cleared'));
    });
  };

  const openOptions = () => {
    try {
      void browser.runtime.openOptionsPage().catch(() => setAnnouncement(t('popup_options_failed')));
    } catch {
      setAnnouncement(t('popup_options_failed'));
    }
  };

  const requestHostAccess = () => {
    // Asked at once, inside the click: the browser grants the prompt only to a user gesture.
    void browser.permissions.request({ origins: HOST_ORIGINS }).then(
      (granted) => {
        setHostAccess(granted);
        // Firefox runs content scripts only in pages loaded after the grant: hence "reload".
        setAnnouncement(granted ? t('popup_access_allowed') : t('popup_access_refused'));
      },
      () => setAnnouncement(t('popup_access_refused')),
    );
  };

  return (
    <Popup
      settings={settings ?? DEFAULT_SETTINGS}
      onSettingsChange={changeSettings}
      page={page}
      onTogglePage={togglePage}
      onRefreshPage={refreshPage}
      refreshing={refreshing}
      cache={cache}
      onClearCache={clearCache}
      rateLimits={rateLimits}
      tokenSet={tokenSet}
      onOpenOptions={openOptions}
      hostAccess={hostAccess}
      onRequestHostAccess={requestHostAccess}
      announcement={announcement}
      now={Date.now()}
    />
  );
}
