import type { SiteGroup, SiteId } from '../types';

interface SiteDefinition {
  id: SiteId;
  host: string;
  /** The popup switch that turns this site on or off. */
  group: SiteGroup;
  /** Where the status panel goes, first match wins; the page body otherwise. */
  panelAnchors: readonly string[];
}

/** Every site the content script runs on, with its page selectors in one place. */
export const SITES: readonly SiteDefinition[] = [
  { id: 'phoronix', host: 'www.phoronix.com', group: 'phoronix', panelAnchors: ['#main article.full .content', '#main article .content', '#main'] },
  { id: 'git.kernel.org', host: 'git.kernel.org', group: 'kernelOrg', panelAnchors: ['div.content', '#cgit'] },
  { id: 'lore.kernel.org', host: 'lore.kernel.org', group: 'kernelOrg', panelAnchors: ['body > pre', 'body'] },
  { id: 'www.kernel.org', host: 'www.kernel.org', group: 'kernelOrg', panelAnchors: ['#releases', 'article', '#content'] },
];

export const CONTENT_SCRIPT_MATCHES = SITES.map((site) => `https://${site.host}/*`);

/** The site a URL belongs to, or null for any other host (or a non-https page). */
export function recogniseSite(url: Pick<URL, 'protocol' | 'hostname'>): SiteDefinition | null {
  if (url.protocol !== 'https:') return null;
  return SITES.find((site) => site.host === url.hostname) ?? null;
}
