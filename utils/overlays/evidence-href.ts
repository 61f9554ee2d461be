import { isEvidenceUrl } from '../net/allowed-hosts';

/**
 * Evidence links go only to the sources answers come from (`EVIDENCE_HOSTS`), over https:
 * never `javascript:`, `data:`, plain http, another host, a port or a user name. Every link
 * Kernel Context makes passes; one built from data that went wrong is dropped, not shown.
 */
export function isEvidenceHref(href: string): boolean {
  // A megabyte-long "URL" is not one of ours; no need to parse it.
  if (href.length > 2_000) return false;
  try {
    return isEvidenceUrl(new URL(href));
  } catch {
    return false;
  }
}
