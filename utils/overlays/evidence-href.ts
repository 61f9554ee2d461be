/** Evidence links are plain web addresses only: never `javascript:`, `data:` or anything else. */
export function isEvidenceHref(href: string): boolean {
  try {
    const url = new URL(href);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}
