/** Page parsers for www.kernel.org: `(URL, Document) → Page`, browser-free. */
import type { KernelOrgReleasesPage } from '../../types';
import { parseKernelOrgReleaseTable } from './releases';

export { parseKernelOrgReleaseTable } from './releases';
export { isKernelOrgFrontPage } from './urls';

export function parseKernelOrgPage(url: URL, doc: Document): KernelOrgReleasesPage | null {
  return parseKernelOrgReleaseTable(url, doc);
}
