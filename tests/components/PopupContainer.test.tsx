import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findTargetTab, HOST_ORIGINS, PopupContainer } from '@/components/PopupContainer';
import { sendMessage } from '@/utils/messaging/protocol';
import { githubTokenItem } from '@/utils/settings/github-token';
import { settingsItem } from '@/utils/settings/settings';
import type { CacheStats, PageReport } from '@/utils/types';

vi.mock('@/utils/messaging/protocol', () => ({ sendMessage: vi.fn() }));

type Tab = { id?: number; url?: string; active?: boolean; lastAccessed?: number };

const ARTICLE_TAB = 7;
const POPUP_TAB = 9;
const SEED: PageReport = {
  site: 'phoronix',
  url: 'https://www.phoronix.com/scan.php?page=news_item&px=Rust-Hits-Linux-Next',
  pageKind: 'phoronix-article',
  found: { version: 1, commit: 1, msgid: 1, path: 1 },
  counts: { release: 1, mainline: 3, news: 1 },
  states: { release: { eol: 1 }, mainline: { merged: 1, 'not-merged': 1, unknown: 1 }, news: { found: 1 } },
  pageOff: false,
};
const STATS: CacheStats = { entries: 4, bytes: 4096, persistent: true };

/** A tabs API over a fixed list: `own` is the tab the popup runs in, if any. */
function fakeTabs(tabs: Tab[], own?: number) {
  return {
    getCurrent: vi.fn(async () => tabs.find((tab) => tab.id === own)),
    query: vi.fn(async (query: { active?: boolean }) => (query.active ? tabs.filter((tab) => tab.active) : tabs)),
  };
}

describe('findTargetTab', () => {
  it('opened from the toolbar (no tab of its own): the active tab, whatever its URL', async () => {
    const tabs = fakeTabs([{ id: 3, url: undefined, active: true }, { id: ARTICLE_TAB, url: SEED.url, lastAccessed: 50 }]);
    expect(await findTargetTab(tabs as never)).toBe(3);
  });

  it('opened in a tab that is active: the most recently used other tab showing a web page', async () => {
    const tabs = fakeTabs(
      [
        { id: 1, url: 'https://www.kernel.org/', lastAccessed: 10 },
        { id: ARTICLE_TAB, url: SEED.url, lastAccessed: 30 },
        // A page on another host: its URL is hidden without the "tabs" permission.
        { id: 8, lastAccessed: 40 },
        { id: POPUP_TAB, url: 'chrome-extension://abc/popup.html', active: true, lastAccessed: 50 },
      ],
      POPUP_TAB,
    );
    expect(await findTargetTab(tabs as never)).toBe(ARTICLE_TAB);
  });

  it('opened in a background tab: the active tab', async () => {
    const tabs = fakeTabs([{ id: POPUP_TAB, url: 'moz-extension://abc/popup.html' }, { id: ARTICLE_TAB, url: SEED.url, active: true }], POPUP_TAB);
    expect(await findTargetTab(tabs as never)).toBe(ARTICLE_TAB);
  });

  it('finds nothing when no other tab shows a web page', async () => {
    const tabs = fakeTabs([{ id: POPUP_TAB, url: 'chrome-extension://abc/popup.html', active: true }, { id: 2, url: 'chrome://newtab/' }], POPUP_TAB);
    expect(await findTargetTab(tabs as never)).toBeUndefined();
  });

  it('takes a tabs API whose getCurrent throws at once as a popup with no tab of its own', async () => {
    const tabs = { getCurrent: () => { throw new Error('not here'); }, query: fakeTabs([{ id: 4, active: true }]).query };
    expect(await findTargetTab(tabs as never)).toBe(4);
  });
});

describe('PopupContainer', () => {
  const send = vi.mocked(sendMessage);
  let report: PageReport | null;
  let permissionListeners: (() => void)[];

  beforeEach(() => {
    report = SEED;
    permissionListeners = [];
    send.mockImplementation((async (type: string, _data: unknown, tabId?: number) => {
      if (type === 'getCacheStats') return STATS;
      if (type === 'getRateLimits') return [{ resource: 'core', remaining: 50, limit: 60, resetAt: Date.now() + 600_000 }];
      if (type === 'clearCache') return { entries: 0, bytes: 0, persistent: true };
      if (tabId !== ARTICLE_TAB) throw new Error('Could not establish connection. Receiving end does not exist.');
      if (type === 'getPageReport') return report;
      if (type === 'toggleThisPage') return { off: true };
      if (type === 'refreshPage') return { refreshed: true };
      throw new Error(`unexpected ${type}`);
    }) as never);
    const tabs = fakeTabs([{ id: ARTICLE_TAB, url: SEED.url, lastAccessed: 1 }, { id: POPUP_TAB, active: true, lastAccessed: 2 }], POPUP_TAB);
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockImplementation(tabs.getCurrent as never);
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(tabs.query as never);
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
    for (const event of [fakeBrowser.permissions.onAdded, fakeBrowser.permissions.onRemoved]) {
      vi.spyOn(event, 'addListener').mockImplementation(((listener: () => void) => void permissionListeners.push(listener)) as never);
      vi.spyOn(event, 'removeListener').mockImplementation((() => undefined) as never);
    }
  });

  afterEach(cleanup);

  it('shows what the tab it found reports, asked of that tab', async () => {
    render(<PopupContainer />);
    await screen.findByText('Mainline: 1 merged, 1 not merged, 1 unknown');
    expect(send).toHaveBeenCalledWith('getPageReport', undefined, ARTICLE_TAB);
    expect(screen.getByText('Release: 1 at end of life')).toBeTruthy();
  });

  it('says the page is not read when its tab does not answer', async () => {
    report = null;
    render(<PopupContainer />);
    await screen.findByText('Kernel Context does not read this page.');
    expect(screen.queryByRole('button', { name: 'Refresh this page' })).toBeNull();
  });

  it('"Off on this page only" asks the tab, and says what it did', async () => {
    render(<PopupContainer />);
    fireEvent.click(await screen.findByRole('switch', { name: 'Off on this page only' }));
    await waitFor(() => expect(screen.getByTestId('announcement').textContent).toBe('Kernel Context is now off on this page.'));
    expect(send).toHaveBeenCalledWith('toggleThisPage', undefined, ARTICLE_TAB);
    expect((screen.getByRole('switch', { name: 'Off on this page only' }) as HTMLInputElement).checked).toBe(true);
  });

  it('"Refresh this page" asks the tab, says when it is done, and reads the cache again', async () => {
    render(<PopupContainer />);
    fireEvent.click(await screen.findByRole('button', { name: 'Refresh this page' }));
    expect(screen.getByTestId('announcement').textContent).toBe('Refreshing this page…');
    await waitFor(() => expect(screen.getByTestId('announcement').textContent).toMatch(/^Refreshed/));
    expect(send).toHaveBeenCalledWith('refreshPage', undefined, ARTICLE_TAB);
    expect(send.mock.calls.filter(([type]) => type === 'getCacheStats').length).toBeGreaterThanOrEqual(2);
  });

  it('"Clear cache" clears, shows the empty cache and says so', async () => {
    render(<PopupContainer />);
    await screen.findByText(/4 answers/);
    fireEvent.click(screen.getByRole('button', { name: 'Clear cache' }));
    await waitFor(() => expect(screen.getByTestId('announcement').textContent).toBe('Cache cleared.'));
    expect(screen.getByTestId('cache-summary').textContent).toContain('0 answers');
  });

  it('a switch saves the settings every open page watches', async () => {
    render(<PopupContainer />);
    fireEvent.click(await screen.findByRole('switch', { name: 'Mainline status' }));
    await waitFor(async () => expect((await settingsItem.getValue()).kinds.mainline).toBe(false));
  });

  it('says whether a GitHub token is set, following changes made elsewhere', async () => {
    render(<PopupContainer />);
    await screen.findByText('No token (60 requests an hour)');
    await githubTokenItem.setValue('ghp_0123456789abcdef');
    await screen.findByText('Token set');
  });

  it('"Options" opens the options page', async () => {
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined as never);
    render(<PopupContainer />);
    fireEvent.click(screen.getByRole('button', { name: 'Options' }));
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('shows no host-access warning where the permissions are granted (Chrome, Firefox MV2)', async () => {
    render(<PopupContainer />);
    await screen.findByText('Mainline: 1 merged, 1 not merged, 1 unknown');
    expect(fakeBrowser.permissions.contains).toHaveBeenCalledWith({ origins: HOST_ORIGINS });
    expect(screen.queryByRole('button', { name: 'Allow access to the sites' })).toBeNull();
  });

  it('Firefox MV3 without host permissions: says so, and asks for them from the click itself', async () => {
    vi.mocked(fakeBrowser.permissions.contains).mockResolvedValue(false as never);
    let grant: (granted: boolean) => void = () => undefined;
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation((() => new Promise<boolean>((resolve) => (grant = resolve))) as never);
    render(<PopupContainer />);
    fireEvent.click(await screen.findByRole('button', { name: 'Allow access to the sites' }));
    // Synchronously, inside the click: a permission request after an await is no user gesture.
    expect(request).toHaveBeenCalledWith({ origins: HOST_ORIGINS });
    grant(true);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Allow access to the sites' })).toBeNull());
    expect(screen.getByTestId('announcement').textContent).toMatch(/^Access to the sites allowed/);
  });

  it('follows permissions granted or revoked elsewhere while open', async () => {
    render(<PopupContainer />);
    await screen.findByText('Mainline: 1 merged, 1 not merged, 1 unknown');
    vi.mocked(fakeBrowser.permissions.contains).mockResolvedValue(false as never);
    for (const listener of permissionListeners) listener();
    await screen.findByRole('button', { name: 'Allow access to the sites' });
  });

  it('asks for exactly the manifest\'s host permissions', () => {
    expect(HOST_ORIGINS).toEqual([
      'https://www.phoronix.com/*',
      'https://www.kernel.org/*',
      'https://git.kernel.org/*',
      'https://lore.kernel.org/*',
      'https://api.github.com/*',
      'https://endoflife.date/*',
    ]);
  });
});
