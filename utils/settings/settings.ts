import { storage } from 'wxt/utils/storage';
import type { Settings } from '../types';
import { DEFAULT_SETTINGS, normaliseSettings } from './settings-rules';
import { SETTINGS_KEY } from './storage-keys';

export { DEFAULT_SETTINGS, isKindOn, isSiteOn, normaliseSettings } from './settings-rules';

/**
 * The popup's switches. Kept in `storage.sync` so they follow the user between browsers;
 * every context watches this one item, so a toggle reaches open pages at once.
 */
export const settingsItem = storage.defineItem<Settings>(SETTINGS_KEY, {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  return normaliseSettings(await settingsItem.getValue());
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(normaliseSettings(settings));
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(normaliseSettings(value)));
}
