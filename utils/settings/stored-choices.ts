import { browser } from 'wxt/browser';
import type { StoredChoices } from '../types';
import { normaliseSettings } from './settings-rules';
import { NEWS_PANEL_COLLAPSED_KEY, PAGES_OFF_KEY, SETTINGS_KEY } from './storage-keys';

export type { StoredChoices };

/**
 * Reads all the choices at once, straight from the storage areas where their WXT items keep
 * them (utils/settings/settings.ts, page-off.ts, news-panel.ts). Not through the items:
 * defining one reads it at once, which the content script must not do while the page loads;
 * and WXT's storage module would be two thirds of the content script.
 */
export async function readStoredChoices(): Promise<StoredChoices> {
  const [settings, pagesOff, newsPanelCollapsed] = await Promise.all([
    readKey(SETTINGS_KEY),
    readKey(PAGES_OFF_KEY).catch(() => []),
    readKey(NEWS_PANEL_COLLAPSED_KEY).catch(() => false),
  ]);
  return {
    settings: normaliseSettings(settings),
    pagesOff: Array.isArray(pagesOff) ? pagesOff.filter((page): page is string => typeof page === 'string') : [],
    newsPanelCollapsed: newsPanelCollapsed === true,
  };
}

/** The value WXT's item for `area:key` holds: what is stored under `key` in that area, or null. */
async function readKey(areaKey: string): Promise<unknown> {
  const [area, key] = areaKey.split(':') as ['local' | 'sync', string];
  const found = await browser.storage[area].get(key);
  return found[key] ?? null;
}
