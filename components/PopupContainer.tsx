import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '@/utils/messaging/protocol';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, watchSettings } from '@/utils/settings/settings';
import type { CacheStats, RateLimitState, Settings } from '@/utils/types';
import { Popup } from './Popup';

/** Connects the popup to settings storage and the background. */
export function PopupContainer() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [cache, setCache] = useState<CacheStats | undefined>();
  const [rateLimits, setRateLimits] = useState<RateLimitState[]>([]);

  useEffect(() => {
    void loadSettings().then(setSettings);
    void sendMessage('getCacheStats', undefined).then(setCache);
    void sendMessage('getRateLimits', undefined).then(setRateLimits);
    return watchSettings(setSettings);
  }, []);

  const changeSettings = (next: Settings) => {
    setSettings(next);
    void saveSettings(next);
  };

  return (
    <Popup
      settings={settings ?? DEFAULT_SETTINGS}
      onSettingsChange={changeSettings}
      cache={cache}
      onClearCache={() => void sendMessage('clearCache', undefined).then(setCache)}
      rateLimits={rateLimits}
      now={Date.now()}
    />
  );
}
