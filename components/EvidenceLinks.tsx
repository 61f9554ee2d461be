import { Fragment } from 'preact';
import type { EvidenceLink } from '@/utils/types';
import { isEvidenceHref } from '@/utils/overlays/evidence-href';

/** The sources of a statement, as links; anything but an http(s) address is dropped. */
export function EvidenceLinks({ links }: { links: readonly EvidenceLink[] }) {
  const safe = links.filter((link) => isEvidenceHref(link.href));
  if (safe.length === 0) return null;
  return (
    <p class="kc-card__evidence">
      {safe.map((link, index) => (
        <Fragment key={link.href}>
          {index > 0 ? ' · ' : ''}
          <a data-kc-evidence href={link.href} target="_blank" rel="noopener noreferrer">
            {link.label}
          </a>
        </Fragment>
      ))}
    </p>
  );
}
