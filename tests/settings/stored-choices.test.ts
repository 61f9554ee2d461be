/**
 * The choices the content script reads while the annotator is injected: the same settings,
 * switched-off pages and collapsed news panel the popup and the panel save, read by key without defining the items (the
 * background reads them for the annotator's start: tests/messaging/answers-ahead.test.ts).
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings-rules';
import { newsPanelCollapsedItem } from '@/utils/settings/news-panel';
import { togglePageOff } from '@/utils/settings/page-off';
import { loadSettings, saveSettings } from '@/utils/settings/settings';
import { readStoredChoices } from '@/utils/settings/stored-choices';
import type { Settings } from '@/utils/types';

const PAGE = 'https://www.phoronix.com/news/Rust-Hits-Linux-Next';

describe('the stored choices', () => {
  it('are the defaults, with no page off and the news panel open, before anything was saved', async () => {
    expect(await readStoredChoices()).toEqual({ settings: DEFAULT_SETTINGS, pagesOff: [], newsPanelCollapsed: false });
  });

  it("are what was saved: the popup's switches, the pages switched off, the news panel collapsed", async () => {
    const chosen: Settings = { enabled: true, kinds: { release: false, mainline: true, news: true }, sites: { phoronix: true, kernelOrg: false } };
    await saveSettings(chosen);
    await togglePageOff(`${PAGE}#comments`);
    await newsPanelCollapsedItem.setValue(true);
    expect(await readStoredChoices()).toEqual({ settings: chosen, pagesOff: [PAGE], newsPanelCollapsed: true });
  });

  it('are read the way the settings item reads them, damaged values repaired', async () => {
    await fakeBrowser.storage.sync.set({ settings: { enabled: false, kinds: 'none' } });
    await fakeBrowser.storage.local.set({ pagesOff: [PAGE, 42, null, { href: PAGE }], newsPanelCollapsed: 'yes' });
    const { settings, pagesOff, newsPanelCollapsed } = await readStoredChoices();
    expect(settings).toEqual(await loadSettings());
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
    expect(pagesOff).toEqual([PAGE]);
    expect(newsPanelCollapsed).toBe(false);
  });

  it('leave no page off when the stored list is not a list', async () => {
    await fakeBrowser.storage.local.set({ pagesOff: 'everything' });
    expect((await readStoredChoices()).pagesOff).toEqual([]);
  });
});
