/**
 * The only hosts Kernel Context ever contacts (DESIGN.md § Network). The manifest's
 * host permissions and the HTTP client's allow-list are both built from this list.
 */
export const ALLOWED_HOSTS = [
  'www.phoronix.com',
  'www.kernel.org',
  'git.kernel.org',
  'lore.kernel.org',
  'api.github.com',
  'endoflife.date',
] as const;

export type AllowedHost = (typeof ALLOWED_HOSTS)[number];

export function isAllowedUrl(url: URL): boolean {
  return url.protocol === 'https:' && url.port === '' && (ALLOWED_HOSTS as readonly string[]).includes(url.hostname);
}
