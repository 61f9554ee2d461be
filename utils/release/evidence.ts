/**
 * Links that back a release status, in the forms the sources use themselves: git.kernel.org's
 * short tag pages (as releases.json's `gitweb`: /torvalds/h/v5.13, /stable/h/v5.13.19),
 * endoflife.date's product page and KernelNewbies' release notes (Linux_6.1, Linux_2_6_32).
 */
import { t } from '../i18n/t';
import type { EvidenceLink, ReleaseStatus } from '../types';
import type { ReleaseIndex } from './release-index';
import { parseRelease, type ReleaseVersion } from './versions';

export const KERNEL_ORG_URL = 'https://www.kernel.org/';
export const ENDOFLIFE_URL = 'https://endoflife.date/linux';

export function tagLink(version: string): EvidenceLink {
  const tree = parseRelease(version)?.point ? 'stable' : 'torvalds';
  return { label: t('evidence_release_tag', version), href: `https://git.kernel.org/${tree}/h/v${version}` };
}

export function kernelNewbiesLink(series: string): EvidenceLink {
  const page = series.startsWith('2.6.') ? series.replaceAll('.', '_') : series;
  return { label: t('evidence_kernelnewbies', series), href: `https://kernelnewbies.org/Linux_${page}` };
}

type Facts = Pick<ReleaseStatus, 'state' | 'releasedOn' | 'latestRc' | 'latestPoint' | 'eol'>;

/** Tags first (the release itself, then its newest point release), then the pages that list it. */
export function evidenceFor(version: ReleaseVersion, name: string, facts: Facts, index: ReleaseIndex): EvidenceLink[] {
  const links: EvidenceLink[] = [];
  const add = (link: EvidenceLink) => {
    if (!links.some((other) => other.href === link.href)) links.push(link);
  };
  const released = facts.state === 'stable' || facts.state === 'longterm' || facts.state === 'eol';
  if (released) {
    // An undated version (2.6.11) or an rc the history does not date gets its series' tag, if that is dated.
    const own = index.dateOf(name) ? name : index.dateOf(version.series) && !version.point ? version.series : undefined;
    if (own) add(tagLink(own));
    const newest = facts.eol?.lastPoint ?? facts.latestPoint?.version;
    if (newest && index.dateOf(newest)) add(tagLink(newest));
  }
  if (facts.state === 'rc' && facts.latestRc?.date) add(tagLink(facts.latestRc.version));
  if (facts.state !== 'eol' && facts.state !== 'unknown') add({ label: t('evidence_kernel_org_current'), href: KERNEL_ORG_URL });
  if (facts.state !== 'merge-window' && facts.state !== 'rc' && facts.state !== 'unreleased') {
    add({ label: t('evidence_endoflife'), href: ENDOFLIFE_URL });
  }
  if (released) add(kernelNewbiesLink(version.series));
  return links;
}
