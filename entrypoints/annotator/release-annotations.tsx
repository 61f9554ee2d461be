import { ReleaseBadge } from '@/components/ReleaseBadge';
import type { ReleaseSource } from '@/components/ReleaseCard';
import { describeFailure } from '@/components/StatusPanel';
import badgeCss from '@/components/badge.css?inline';
import { sendMessage } from '@/utils/messaging/content-messaging';
import { t } from '@/utils/i18n/t';
import { badgeAnchors } from '@/utils/overlays/badge-anchors';
import { relativeAge } from '@/utils/time/relative-age';
import type { Mention, ReleaseStatus, ReleaseStatusesAnswer, VersionMention } from '@/utils/types';
import { InlineBadges } from './inline-badges';

/** More badges than this on one page would be noise (and cost); the panel counts the rest. */
const MAX_RELEASE_BADGES = 200;
/**
 * Badges painted at once; the rest wait for the panel's "Show all". A long review names
 * hundreds of versions, and painting them all made its overlays take most of a second.
 */
export const FIRST_RELEASE_BADGES = 50;

const keyOf = (mention: VersionMention) => `${mention.version}|${mention.context ?? ''}`;

/** Release badges for the version mentions of one page. */
export class ReleaseAnnotations {
  private readonly badges = new InlineBadges('kc-release', badgeCss);
  private answer: ReleaseStatusesAnswer | undefined;
  private asked: Promise<ReleaseStatusesAnswer> | undefined;
  /** The next question skips the cache (the popup's "Refresh this page"). */
  private refreshNext = false;

  /** Anchors found beyond the first badges, with what to mount there, until "Show all". */
  private held: (() => void) | undefined;
  private heldCount = 0;

  get count(): number {
    return this.badges.count;
  }

  /** How many more badges "Show all" would add. */
  get hidden(): number {
    return this.heldCount;
  }

  /** Paints the badges held back after the first ones. */
  showAll(): void {
    const mount = this.held;
    this.held = undefined;
    this.heldCount = 0;
    mount?.();
  }

  /** The statuses answered for this page so far (for the "since this article" timeline). */
  statuses(): ReleaseStatus[] {
    return this.answer?.statuses ?? [];
  }

  /** Asks the background about the page's versions (once per page) and shows a badge by each. */
  async show(mentions: readonly Mention[], publishedAt: string | undefined, isStillWanted: () => boolean, inTable = false): Promise<void> {
    const anchors = badgeAnchors(mentions, 'version', keyOf, MAX_RELEASE_BADGES);
    if (anchors.length === 0 || this.badges.count > 0) return;
    const versions = [...new Map(anchors.map(({ mention }) => [keyOf(mention), mention])).values()];
    this.asked ??= sendMessage('getReleaseStatuses', {
      versions: versions.map(({ version, series, context }) => ({ version, series, ...(context ? { context } : {}) })),
      ...(publishedAt ? { publishedAt } : {}),
      ...(this.refreshNext ? { refresh: true } : {}),
    });
    this.refreshNext = false;
    const answer = (this.answer = await this.asked);
    if (!isStillWanted() || this.badges.count > 0) return;
    const byKey = new Map<string, ReleaseStatus>(versions.map((mention, index) => [keyOf(mention), answer.statuses[index]!]));
    const source = sourceOf(answer);
    const placed = anchors.filter(({ mention }) => byKey.has(keyOf(mention)));
    const mount = (some: typeof placed) =>
      this.badges.mount(
        some,
        ({ mention }) => {
          const status = byKey.get(keyOf(mention))!;
          return { 'data-kc-kind': 'release', 'data-kc-subject': status.subject, 'data-kc-state': status.state };
        },
        ({ mention }) => (
          <ReleaseBadge status={byKey.get(keyOf(mention))!} source={source} {...(inTable ? { inline: { today: new Date().toISOString().slice(0, 10) } } : {})} />
        ),
      );
    // kernel.org's release table is one list: shown whole.
    const first = inTable ? placed.length : FIRST_RELEASE_BADGES;
    mount(placed.slice(0, first));
    const rest = placed.slice(first);
    this.heldCount = rest.length;
    this.held = rest.length > 0 ? () => mount(rest) : undefined;
  }

  hide(): void {
    this.badges.clear();
    this.held = undefined;
    this.heldCount = 0;
  }

  /** Forgets the page's answer, for a new page (in-site navigation) or a refresh past the cache. */
  reset({ refresh = false } = {}): void {
    this.hide();
    this.answer = undefined;
    this.asked = undefined;
    this.refreshNext = refresh;
  }
}

function sourceOf(answer: ReleaseStatusesAnswer): ReleaseSource {
  return {
    source: answer.source,
    asOf: answer.asOf,
    ...(answer.failure ? { unavailable: t('card_unavailable_sources', describeFailure(answer.failure)) } : {}),
    ...(answer.fetchedAt !== undefined ? { checked: relativeAge(answer.fetchedAt, Date.now()) } : {}),
  };
}
