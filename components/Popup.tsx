import type { CacheStats, RateLimitState, Settings } from '@/utils/types';
import { isoInstant, relativeAge } from '@/utils/time/relative-age';
import { Switch } from './Switch';

export interface PopupProps {
  settings: Settings;
  onSettingsChange: (settings: Settings) => void;
  cache: CacheStats | undefined;
  onClearCache: () => void;
  rateLimits: RateLimitState[];
  now: number;
}

/** The toolbar popup: every switch, the cache, and GitHub's rate limit. */
export function Popup({ settings, onSettingsChange, cache, onClearCache, rateLimits, now }: PopupProps) {
  const set = (change: (draft: Settings) => void) => {
    const next: Settings = structuredClone(settings);
    change(next);
    onSettingsChange(next);
  };
  const off = !settings.enabled;
  return (
    <main class="kc-popup">
      <h1>Kernel Context</h1>
      <Switch label="Annotations" checked={settings.enabled} onChange={(on) => set((s) => void (s.enabled = on))} />
      <fieldset disabled={off}>
        <legend>Show</legend>
        <Switch label="Release status" checked={settings.kinds.release} disabled={off} onChange={(on) => set((s) => void (s.kinds.release = on))} />
        <Switch label="Mainline status" checked={settings.kinds.mainline} disabled={off} onChange={(on) => set((s) => void (s.kinds.mainline = on))} />
        <Switch label="Later news" checked={settings.kinds.news} disabled={off} onChange={(on) => set((s) => void (s.kinds.news = on))} />
      </fieldset>
      <fieldset disabled={off}>
        <legend>On</legend>
        <Switch label="Phoronix" checked={settings.sites.phoronix} disabled={off} onChange={(on) => set((s) => void (s.sites.phoronix = on))} />
        <Switch label="kernel.org" checked={settings.sites.kernelOrg} disabled={off} onChange={(on) => set((s) => void (s.sites.kernelOrg = on))} />
      </fieldset>
      <section aria-label="Cache">
        <h2>Cache</h2>
        <CacheSummary cache={cache} now={now} />
        <button type="button" onClick={onClearCache}>Clear cache</button>
      </section>
      <section aria-label="GitHub rate limit">
        <h2>GitHub</h2>
        <RateLimitSummary rateLimits={rateLimits} />
      </section>
    </main>
  );
}

function CacheSummary({ cache, now }: { cache: CacheStats | undefined; now: number }) {
  if (!cache) return <p>Reading the cache…</p>;
  return (
    <>
      <p data-testid="cache-summary">
        {cache.entries} {cache.entries === 1 ? 'answer' : 'answers'}, {formatBytes(cache.bytes)}
        {cache.oldestFetchedAt !== undefined ? (
          <>
            , oldest checked <time dateTime={isoInstant(cache.oldestFetchedAt)}>{relativeAge(cache.oldestFetchedAt, now)}</time>
          </>
        ) : null}
      </p>
      {cache.persistent ? null : <p role="status">Not saved between sessions: {cache.notPersistentReason}</p>}
    </>
  );
}

function RateLimitSummary({ rateLimits }: { rateLimits: RateLimitState[] }) {
  const core = rateLimits.find((state) => state.resource === 'core');
  if (!core || core.remaining === undefined) return <p>No GitHub requests made yet.</p>;
  const reset = core.resetAt !== undefined ? new Date(core.resetAt).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' }) : undefined;
  return (
    <p>
      {core.remaining}
      {core.limit !== undefined ? ` of ${core.limit}` : ''} requests left{reset ? `, resets at ${reset}` : ''}
    </p>
  );
}

function formatBytes(bytes: number): string {
  const format = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${format.format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${format.format(bytes / 1024)} kB`;
  return `${format.format(bytes / 1024 / 1024)} MB`;
}
