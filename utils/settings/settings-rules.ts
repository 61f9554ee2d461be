import type { AnnotationKind, Settings, SiteGroup } from '../types';

/** The popup's switches where nothing was stored: everything shown everywhere. */
export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  kinds: { release: true, mainline: true, news: true },
  sites: { phoronix: true, kernelOrg: true },
};

/** Fills what a stored value lacks (or has of the wrong type) from the defaults. */
export function normaliseSettings(value: unknown): Settings {
  const stored = isRecord(value) ? value : {};
  const kinds = isRecord(stored.kinds) ? stored.kinds : {};
  const sites = isRecord(stored.sites) ? stored.sites : {};
  const flag = (v: unknown, fallback: boolean) => (typeof v === 'boolean' ? v : fallback);
  return {
    enabled: flag(stored.enabled, DEFAULT_SETTINGS.enabled),
    kinds: {
      release: flag(kinds.release, DEFAULT_SETTINGS.kinds.release),
      mainline: flag(kinds.mainline, DEFAULT_SETTINGS.kinds.mainline),
      news: flag(kinds.news, DEFAULT_SETTINGS.kinds.news),
    },
    sites: {
      phoronix: flag(sites.phoronix, DEFAULT_SETTINGS.sites.phoronix),
      kernelOrg: flag(sites.kernelOrg, DEFAULT_SETTINGS.sites.kernelOrg),
    },
  };
}

/** Whether anything is shown on a site at all. */
export function isSiteOn(settings: Settings, site: SiteGroup): boolean {
  return settings.enabled && settings.sites[site];
}

/** Whether one kind of annotation is shown on a site. */
export function isKindOn(settings: Settings, site: SiteGroup, kind: AnnotationKind): boolean {
  return isSiteOn(settings, site) && settings.kinds[kind];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
