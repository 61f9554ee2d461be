import { browser } from 'wxt/browser';
import { handOver, takeHandedOver } from '../dom/world-handover';
import type { Settings } from '../types';
import { normaliseSettings } from './settings-rules';
import { NEWS_PANEL_COLLAPSED_KEY, PAGES_OFF_KEY, SETTINGS_KEY } from './storage-keys';

/** What the user chose that a page's overlays follow. */
export interface StoredChoices {
  settings: Settings;
  /** The pages switched off ("off on this page only"). */
  pagesOff: string[];
  /** Whether the "Since this article" panel is collapsed. */
  newsPanelCollapsed: boolean;
}

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

/** The choices the content script starts reading while the annotator is injected (utils/dom/world-handover.ts). */
const HANDOVER = '__kernelContextChoices';

export function handOverChoices(choices: Promise<StoredChoices>): void {
  handOver(HANDOVER, choices);
}

/** The choices the content script started reading, once; afterwards undefined. */
export function takeHandedOverChoices(): Promise<StoredChoices> | undefined {
  return takeHandedOver<StoredChoices>(HANDOVER);
}
