import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  isKindOn,
  isSiteOn,
  loadSettings,
  normaliseSettings,
  saveSettings,
  watchSettings,
} from '@/utils/settings/settings';
import type { Settings } from '@/utils/types';
import { settle } from '../helpers/fake-clock';

const ALL_ON: Settings = {
  enabled: true,
  kinds: { release: true, mainline: true, news: true },
  sites: { phoronix: true, kernelOrg: true },
};

describe('settings', () => {
  it('shows everything everywhere by default', async () => {
    expect(DEFAULT_SETTINGS).toEqual(ALL_ON);
    expect(await loadSettings()).toEqual(ALL_ON);
  });

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'off'],
    ['a number', 0],
    ['an array', [false, false]],
    ['an empty object', {}],
    ['wrong types everywhere', { enabled: 'false', kinds: 'none', sites: [false] }],
  ])('falls back to the defaults for %s', (_name, value) => {
    expect(normaliseSettings(value)).toEqual(ALL_ON);
  });

  it('keeps what a partial value has and fills in the rest', () => {
    expect(normaliseSettings({ enabled: false, kinds: { news: false, mainline: 'no' }, sites: { kernelOrg: false } })).toEqual({
      enabled: false,
      kinds: { release: true, mainline: true, news: false },
      sites: { phoronix: true, kernelOrg: false },
    });
  });

  it('drops keys it does not know', () => {
    const normalised = normaliseSettings({ ...ALL_ON, evil: '<script>', kinds: { ...ALL_ON.kinds, extra: false } });
    expect(normalised).toEqual(ALL_ON);
  });

  it('does not share objects with the defaults', () => {
    const settings = normaliseSettings(undefined);
    settings.kinds.news = false;
    expect(normaliseSettings(undefined).kinds.news).toBe(true);
  });

  it('loads what was saved', async () => {
    const chosen: Settings = { enabled: true, kinds: { release: false, mainline: true, news: false }, sites: { phoronix: true, kernelOrg: false } };
    await saveSettings(chosen);
    expect(await loadSettings()).toEqual(chosen);
  });

  it('repairs a damaged stored value when loading', async () => {
    await fakeBrowser.storage.sync.set({ settings: { enabled: false, kinds: null } });
    expect(await loadSettings()).toEqual({ ...ALL_ON, enabled: false });
  });

  it('tells watchers about each change, already normalised', async () => {
    const seen: Settings[] = [];
    const stop = watchSettings((settings) => seen.push(settings));
    await saveSettings({ ...ALL_ON, enabled: false });
    await settle();
    expect(seen.at(-1)).toEqual({ ...ALL_ON, enabled: false });

    await fakeBrowser.storage.sync.set({ settings: { enabled: true, sites: { phoronix: false } } });
    await settle();
    expect(seen.at(-1)).toEqual({ ...ALL_ON, sites: { phoronix: false, kernelOrg: true } });

    stop();
    const count = seen.length;
    await saveSettings(ALL_ON);
    await settle();
    expect(seen).toHaveLength(count);
  });

  describe('isSiteOn / isKindOn', () => {
    it('shows a kind on a site only when everything, the site and the kind are on', () => {
      expect(isSiteOn(ALL_ON, 'phoronix')).toBe(true);
      expect(isKindOn(ALL_ON, 'kernelOrg', 'mainline')).toBe(true);

      const noNews: Settings = { ...ALL_ON, kinds: { ...ALL_ON.kinds, news: false } };
      expect(isKindOn(noNews, 'phoronix', 'news')).toBe(false);
      expect(isKindOn(noNews, 'phoronix', 'release')).toBe(true);
      expect(isSiteOn(noNews, 'phoronix')).toBe(true);

      const noKernelOrg: Settings = { ...ALL_ON, sites: { ...ALL_ON.sites, kernelOrg: false } };
      expect(isSiteOn(noKernelOrg, 'kernelOrg')).toBe(false);
      expect(isKindOn(noKernelOrg, 'kernelOrg', 'release')).toBe(false);
      expect(isKindOn(noKernelOrg, 'phoronix', 'release')).toBe(true);
    });

    it('shows nothing anywhere when Annotations is off', () => {
      const off: Settings = { ...ALL_ON, enabled: false };
      for (const site of ['phoronix', 'kernelOrg'] as const) {
        expect(isSiteOn(off, site)).toBe(false);
        for (const kind of ['release', 'mainline', 'news'] as const) expect(isKindOn(off, site, kind)).toBe(false);
      }
    });
  });
});
