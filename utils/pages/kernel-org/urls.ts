/** Recognising www.kernel.org pages. */

const HOSTS = new Set(['www.kernel.org', 'kernel.org']);

/** The front page, `https://www.kernel.org/` or `/index.html`, whose `table#releases` lists the current releases. */
export function isKernelOrgFrontPage(url: URL): boolean {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  if (!HOSTS.has(url.hostname.toLowerCase())) return false;
  return url.pathname === '/' || url.pathname === '' || url.pathname === '/index.html';
}
