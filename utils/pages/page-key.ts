/** A page's key: its address without the fragment (an in-page anchor is the same page). */
export function pageKey(href: string): string {
  try {
    const url = new URL(href);
    url.hash = '';
    return url.href;
  } catch {
    return href;
  }
}
