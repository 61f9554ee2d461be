import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { Popup, type PopupProps } from '@/components/Popup';
import type { CacheStats, Settings } from '@/utils/types';

const NOW = Date.UTC(2026, 3, 12, 12, 0, 0);

const ALL_ON: Settings = {
  enabled: true,
  kinds: { release: true, mainline: true, news: true },
  sites: { phoronix: true, kernelOrg: true },
};

const SWITCHES = ['Annotations', 'Release status', 'Mainline status', 'Later news', 'Phoronix', 'kernel.org'] as const;
type SwitchName = (typeof SWITCHES)[number];

/** What each switch should change, written out by hand. */
function withSwitch(settings: Settings, name: SwitchName, on: boolean): Settings {
  const next: Settings = { enabled: settings.enabled, kinds: { ...settings.kinds }, sites: { ...settings.sites } };
  if (name === 'Annotations') next.enabled = on;
  if (name === 'Release status') next.kinds.release = on;
  if (name === 'Mainline status') next.kinds.mainline = on;
  if (name === 'Later news') next.kinds.news = on;
  if (name === 'Phoronix') next.sites.phoronix = on;
  if (name === 'kernel.org') next.sites.kernelOrg = on;
  return next;
}

function renderPopup(props: Partial<PopupProps> = {}) {
  const onSettingsChange = vi.fn<(settings: Settings) => void>();
  const onClearCache = vi.fn<() => void>();
  const view = render(
    <Popup
      settings={ALL_ON}
      onSettingsChange={onSettingsChange}
      cache={undefined}
      onClearCache={onClearCache}
      rateLimits={[]}
      now={NOW}
      {...props}
    />,
  );
  return { ...view, onSettingsChange, onClearCache };
}

function switchNamed(name: SwitchName): HTMLInputElement {
  return screen.getByRole('switch', { name }) as HTMLInputElement;
}

afterEach(cleanup);

describe('Popup switches', () => {
  it('has the six switches, each showing its setting', () => {
    const settings: Settings = { enabled: true, kinds: { release: true, mainline: false, news: true }, sites: { phoronix: false, kernelOrg: true } };
    renderPopup({ settings });
    expect(screen.getAllByRole('switch')).toHaveLength(6);
    const expected: Record<SwitchName, boolean> = {
      Annotations: true,
      'Release status': true,
      'Mainline status': false,
      'Later news': true,
      Phoronix: false,
      'kernel.org': true,
    };
    for (const name of SWITCHES) {
      expect(switchNamed(name).checked).toBe(expected[name]);
      expect(switchNamed(name).getAttribute('aria-checked')).toBe(String(expected[name]));
    }
  });

  it.each(SWITCHES)('turning "%s" off changes that setting only', (name) => {
    const { onSettingsChange } = renderPopup();
    fireEvent.click(switchNamed(name));
    expect(onSettingsChange).toHaveBeenCalledTimes(1);
    expect(onSettingsChange.mock.calls[0]?.[0]).toEqual(withSwitch(ALL_ON, name, false));
  });

  it.each(SWITCHES.filter((name) => name !== 'Annotations'))('turning "%s" back on changes that setting only', (name) => {
    const settings = withSwitch(ALL_ON, name, false);
    const { onSettingsChange } = renderPopup({ settings });
    fireEvent.click(switchNamed(name));
    expect(onSettingsChange.mock.calls[0]?.[0]).toEqual(ALL_ON);
  });

  it('does not change the settings object it was given', () => {
    const settings = structuredClone(ALL_ON);
    renderPopup({ settings });
    fireEvent.click(switchNamed('Later news'));
    expect(settings).toEqual(ALL_ON);
  });

  it('disables the other switches while Annotations is off, keeping their state', () => {
    const settings: Settings = { ...ALL_ON, enabled: false, kinds: { ...ALL_ON.kinds, news: false } };
    const { onSettingsChange } = renderPopup({ settings });
    expect(switchNamed('Annotations').disabled).toBe(false);
    for (const name of SWITCHES.slice(1)) expect(switchNamed(name).matches(':disabled')).toBe(true);
    expect(switchNamed('Later news').checked).toBe(false);
    expect(switchNamed('Release status').checked).toBe(true);

    fireEvent.click(switchNamed('Annotations'));
    expect(onSettingsChange.mock.calls[0]?.[0]).toEqual({ ...settings, enabled: true });
  });

  it('enables every switch while Annotations is on', () => {
    renderPopup();
    for (const name of SWITCHES) expect(switchNamed(name).matches(':disabled')).toBe(false);
  });
});

describe('Popup cache section', () => {
  const cacheSection = () => screen.getByRole('region', { name: 'Cache' });

  it('says it is reading the cache before stats arrive', () => {
    renderPopup({ cache: undefined });
    expect(cacheSection().textContent).toMatch(/reading the cache/i);
  });

  it('summarises entries, size and the age of the oldest answer', () => {
    const cache: CacheStats = { entries: 12, bytes: 3 * 1024, oldestFetchedAt: NOW - 3 * 3_600_000, persistent: true };
    renderPopup({ cache });
    const summary = cacheSection().textContent ?? '';
    expect(summary).toContain('12 answers');
    expect(summary).toContain('3 kB');
    expect(summary).toContain('3 hours ago');
    const time = cacheSection().querySelector('time');
    expect(time?.getAttribute('datetime')).toBe(new Date(NOW - 3 * 3_600_000).toISOString());
  });

  it('speaks of one answer in the singular, and of an empty cache without an age', () => {
    renderPopup({ cache: { entries: 1, bytes: 200, oldestFetchedAt: NOW, persistent: true } });
    expect(cacheSection().textContent).toContain('1 answer,');
    cleanup();
    renderPopup({ cache: { entries: 0, bytes: 0, persistent: true } });
    expect(cacheSection().textContent).toContain('0 answers');
    expect(cacheSection().querySelector('time')).toBeNull();
  });

  it('says so when answers are not kept between sessions, and why', () => {
    renderPopup({ cache: { entries: 2, bytes: 500, persistent: false, notPersistentReason: 'IndexedDB could not be opened (private window)' } });
    const status = within(cacheSection()).getByRole('status');
    expect(status.textContent).toContain('private window');
  });

  it('does not warn about persistence when the cache is persistent', () => {
    renderPopup({ cache: { entries: 2, bytes: 500, persistent: true } });
    expect(within(cacheSection()).queryByRole('status')).toBeNull();
  });

  it('"Clear cache" calls back, and changes no setting', () => {
    const { onClearCache, onSettingsChange } = renderPopup({ cache: { entries: 2, bytes: 500, persistent: true } });
    fireEvent.click(screen.getByRole('button', { name: 'Clear cache' }));
    expect(onClearCache).toHaveBeenCalledTimes(1);
    expect(onSettingsChange).not.toHaveBeenCalled();
  });
});

describe('Popup GitHub section', () => {
  const githubSection = () => screen.getByRole('region', { name: 'GitHub' });

  it('says when no GitHub request has been made', () => {
    renderPopup({ rateLimits: [] });
    expect(githubSection().textContent).toMatch(/no github requests/i);
  });

  it('shows the core requests left out of the limit', () => {
    renderPopup({ rateLimits: [{ resource: 'search', remaining: 3, limit: 10 }, { resource: 'core', remaining: 42, limit: 60, resetAt: NOW + 600_000 }] });
    expect(githubSection().textContent).toContain('42 of 60 requests left');
  });
});

describe('Popup as a whole', () => {
  it('reads out the result of the last action in a polite live region, outside every section', () => {
    renderPopup({ announcement: 'Cache cleared.' });
    const live = screen.getAllByRole('status').find((element) => element.getAttribute('aria-live') === 'polite');
    expect(live?.textContent).toBe('Cache cleared.');
    expect(live?.closest('section')).toBeNull();
  });

  it('keeps the live region in the page while there is nothing to say', () => {
    renderPopup();
    expect(screen.getByTestId('announcement').getAttribute('aria-live')).toBe('polite');
    expect(screen.getByTestId('announcement').textContent).toBe('');
  });

  it('offers "Refresh this page" only for a page Kernel Context reads and is on', () => {
    const onRefreshPage = vi.fn();
    const report = { site: 'phoronix' as const, url: 'https://www.phoronix.com/news/X', found: {}, counts: { release: 0, mainline: 0, news: 0 } };
    renderPopup({ page: { state: 'not-read' }, onRefreshPage });
    expect(screen.queryByRole('button', { name: 'Refresh this page' })).toBeNull();
    cleanup();
    renderPopup({ page: { state: 'read', report: { ...report, pageOff: true } }, onRefreshPage });
    expect(screen.queryByRole('button', { name: 'Refresh this page' })).toBeNull();
    cleanup();
    renderPopup({ page: { state: 'read', report }, onRefreshPage });
    fireEvent.click(screen.getByRole('button', { name: 'Refresh this page' }));
    expect(onRefreshPage).toHaveBeenCalledTimes(1);
  });

  it('puts the host-access warning first, and only when access is missing', () => {
    renderPopup({ hostAccess: true });
    expect(screen.queryByRole('button', { name: 'Allow access to the sites' })).toBeNull();
    cleanup();
    renderPopup({ hostAccess: false });
    const regions = screen.getAllByRole('region');
    expect(regions[0]?.textContent).toContain('Allow access to the sites');
  });

  it('gives every control a name, and every switch the switch role', () => {
    const report = { site: 'phoronix' as const, url: 'https://www.phoronix.com/news/X', found: {}, counts: { release: 0, mainline: 0, news: 0 } };
    renderPopup({ page: { state: 'read', report }, onRefreshPage: () => undefined, hostAccess: false, cache: { entries: 0, bytes: 0, persistent: true } });
    expect(screen.getAllByRole('switch').map((element) => element.closest('label')?.textContent)).toEqual([
      'Off on this page only',
      ...SWITCHES,
    ]);
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Allow access to the sites',
      'Refresh this page',
      'Clear cache',
      'Options',
    ]);
  });
});
