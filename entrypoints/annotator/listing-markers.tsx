import badgeCss from '@/components/badge.css?inline';
import { LaterNewsMarker } from '@/components/LaterNewsMarker';
import { sendMessage } from '@/utils/messaging/content-messaging';
import { LISTING } from '@/utils/pages/phoronix/selectors';
import { canonicalPhoronixUrl } from '@/utils/pages/phoronix/urls';
import type { Page } from '@/utils/types';
import { InlineBadges } from './inline-badges';

/**
 * On a Phoronix listing, a small marker after each teaser whose story has later
 * developments among the articles Kernel Context has already seen (no network).
 */
export class ListingMarkers {
  private readonly markers = new InlineBadges('kc-news', badgeCss);
  private generation = 0;

  get count(): number {
    return this.markers.count;
  }

  async show(page: Page, isStillWanted: () => boolean): Promise<void> {
    if (page.kind !== 'phoronix-listing' || page.teasers.length === 0 || this.count > 0) return;
    const generation = ++this.generation;
    const teasers = page.teasers.slice(0, 200).map((teaser) => ({
      url: teaser.canonicalUrl,
      title: teaser.title.slice(0, 300),
      ...(teaser.date ? { date: teaser.date } : {}),
      ...(teaser.publishedAt ? { publishedAt: teaser.publishedAt } : {}),
    }));
    const known = await sendMessage('getKnownDevelopments', { teasers });
    if (generation !== this.generation || !isStillWanted() || known.length === 0) return;
    const counts = new Map(known.map(({ url, count }) => [url, count]));
    const anchors = [...document.querySelectorAll(`${LISTING.teaser} ${LISTING.titleLink}`)].flatMap((link) => {
      const url = canonicalPhoronixUrl(new URL(link.getAttribute('href') ?? '', location.href).href);
      const count = url ? counts.get(url) : undefined;
      return url && count ? [{ after: link, url, count }] : [];
    });
    this.markers.mount(
      anchors,
      ({ url }) => ({ 'data-kc-kind': 'news', 'data-kc-subject': url, 'data-kc-state': 'found' }),
      ({ count }) => <LaterNewsMarker count={count} />,
    );
  }

  hide(): void {
    this.generation++;
    this.markers.clear();
  }

  reset(): void {
    this.hide();
  }
}
