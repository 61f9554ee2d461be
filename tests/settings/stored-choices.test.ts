/**
 * The choices the content script reads while the annotator is injected: the same settings,
 * switched-off pages and collapsed news panel the popup and the panel save, read by key without defining the items, and handed
 * to the annotator once.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings-rules';
import { newsPanelCollapsedItem } from '@/utils/settings/news-panel';
import { togglePageOff } from '@/utils/settings/page-off';
import { loadSettings, saveSettings } from '@/utils/settings/settings';
import { handOverChoices, readStoredChoices, takeHandedOverChoices, type StoredChoices } from '@/utils/settings/stored-choices';
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

describe('handing the choices to the annotator', () => {
  it('gives the annotator the read the content script started, once', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, enabled: false });
    const reading = readStoredChoices();
    handOverChoices(reading);
    const taken = takeHandedOverChoices();
    expect(taken).toBe(reading);
    expect((await taken!).settings.enabled).toBe(false);
    // A second copy of the annotator (injected twice) reads for itself.
    expect(takeHandedOverChoices()).toBeUndefined();
  });

  it('hands nothing over when the content script started no read', () => {
    expect(takeHandedOverChoices()).toBeUndefined();
  });

  it('passes a failed read on to the annotator, without an unhandled rejection meanwhile', async () => {
    const failed: Promise<StoredChoices> = Promise.reject(new Error('storage unavailable'));
    handOverChoices(failed);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(takeHandedOverChoices()).rejects.toThrow('storage unavailable');
  });
});
