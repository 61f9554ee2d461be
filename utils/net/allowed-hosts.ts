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

/**
 * Hosts an evidence link may point at: every host above (each answer links to the source it
 * came from), and KernelNewbies, whose release notes say what a release brought. A link is a
 * page the reader chooses to open, never a request of Kernel Context's: KernelNewbies gets
 * no host permission and is never fetched. github.com is not here: no evidence links to it
 * (the containment check links GitHub's API answer on api.github.com, the commit itself
 * links git.kernel.org).
 */
export const EVIDENCE_HOSTS = [...ALLOWED_HOSTS, 'kernelnewbies.org'] as const;

/** An https URL on one of `hosts`: default port, no user name or password. */
function isHttpsOn(url: URL, hosts: readonly string[]): boolean {
  return url.protocol === 'https:' && url.port === '' && url.username === '' && url.password === '' && hosts.includes(url.hostname);
}

export function isAllowedUrl(url: URL): boolean {
  return isHttpsOn(url, ALLOWED_HOSTS);
}

/** Whether an evidence link may be shown: https on an evidence host, nothing else. */
export function isEvidenceUrl(url: URL): boolean {
  return isHttpsOn(url, EVIDENCE_HOSTS);
}
