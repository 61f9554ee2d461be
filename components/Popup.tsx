import type { CacheStats, RateLimitState, Settings } from '@/utils/types';
import { PopupCache } from './PopupCache';
import { PopupGitHub } from './PopupGitHub';
import { PopupHostAccess } from './PopupHostAccess';
import { PopupPage, SITE_NAMES, type PageView } from './PopupPage';
import { t } from '@/utils/i18n/t';
import { Switch } from './Switch';

export interface PopupProps {
  settings: Settings;
  onSettingsChange: (settings: Settings) => void;
  /** The current tab: what Kernel Context found and shows there. */
  page?: PageView;
  onTogglePage?: () => void;
  onRefreshPage?: () => void;
  refreshing?: boolean;
  cache: CacheStats | undefined;
  onClearCache: () => void;
  rateLimits: RateLimitState[];
  tokenSet?: boolean;
  onOpenOptions?: () => void;
  /** Whether the sites' host permissions are granted (false only in Firefox MV3, until allowed). */
  hostAccess?: boolean;
  onRequestHostAccess?: () => void;
  /** The result of the last action ("Cache cleared."), read out politely. */
  announcement?: string;
  now: number;
}


const nothing = () => undefined;

/** The toolbar popup: the current page, every switch, the cache, and GitHub. */
export function Popup({
  settings,
  onSettingsChange,
  page = { state: 'looking' },
  onTogglePage = nothing,
  onRefreshPage,
  refreshing,
  cache,
  onClearCache,
  rateLimits,
  tokenSet,
  onOpenOptions = nothing,
  hostAccess,
  onRequestHostAccess = nothing,
  announcement = '',
  now,
}: PopupProps) {
  const set = (change: (draft: Settings) => void) => {
    const next: Settings = structuredClone(settings);
    change(next);
    onSettingsChange(next);
  };
  const off = !settings.enabled;
  const pageRead = page.state === 'read' && page.report.pageOff !== true;
  return (
    <main class="kc-popup">
      <h1>{t('manifest_name')}</h1>
      <PopupHostAccess granted={hostAccess} onRequest={onRequestHostAccess} />
      <PopupPage page={page} settings={settings} onTogglePage={onTogglePage} />
      <section class="kc-popup__section kc-popup__switches" aria-label={t('popup_switches')}>
        <Switch label={t('popup_switch_annotations')} checked={settings.enabled} onChange={(on) => set((s) => void (s.enabled = on))} />
        <fieldset disabled={off}>
          <legend>{t('popup_show')}</legend>
          <Switch label={t('popup_switch_release')} checked={settings.kinds.release} disabled={off} onChange={(on) => set((s) => void (s.kinds.release = on))} />
          <Switch label={t('popup_switch_mainline')} checked={settings.kinds.mainline} disabled={off} onChange={(on) => set((s) => void (s.kinds.mainline = on))} />
          <Switch label={t('popup_switch_news')} checked={settings.kinds.news} disabled={off} onChange={(on) => set((s) => void (s.kinds.news = on))} />
        </fieldset>
        <fieldset disabled={off}>
          <legend>{t('popup_on_sites')}</legend>
          <Switch label={SITE_NAMES.phoronix} checked={settings.sites.phoronix} disabled={off} onChange={(on) => set((s) => void (s.sites.phoronix = on))} />
          <Switch label={SITE_NAMES.kernelOrg} checked={settings.sites.kernelOrg} disabled={off} onChange={(on) => set((s) => void (s.sites.kernelOrg = on))} />
        </fieldset>
      </section>
      <PopupCache cache={cache} now={now} onRefreshPage={pageRead ? onRefreshPage : undefined} refreshing={refreshing} onClearCache={onClearCache} />
      <PopupGitHub rateLimits={rateLimits} tokenSet={tokenSet} onOpenOptions={onOpenOptions} now={now} />
      {/* Always in the page, so screen readers hear what is put in it. */}
      <p class="kc-popup__announce" role="status" aria-live="polite" aria-atomic="true" data-testid="announcement">
        {announcement}
      </p>
    </main>
  );
}
