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

/**
 * Release badges for the version mentions of one page. Shown again with more of the page's
 * mentions (the annotator's second pass over a long page), it asks only about the versions
 * not asked yet and adds only the badges not there yet.
 */
export class ReleaseAnnotations {
  private readonly badges = new InlineBadges('kc-release', badgeCss);
  /** The latest answer: where the statuses come from, for the cards. */
  private answer: ReleaseStatusesAnswer | undefined;
  /** Each version asked about, by key: its status once answered. */
  private readonly asked = new Map<string, Promise<ReleaseStatus | undefined>>();
  private readonly known = new Map<string, ReleaseStatus>();
  /** The next question skips the cache (the popup's "Refresh this page"). */
  private refreshNext = false;
  private askedPastCache = false;
  /** "Show all" was pressed: no badge is held back any more. */
  private showingAll = false;

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
    this.showingAll = true;
    const mount = this.held;
    this.held = undefined;
    this.heldCount = 0;
    mount?.();
  }

  /**
   * Whether, since the last reset, a question went past the cache (a "Refresh this page"):
   * the background fetched kernel.org's release list for it (utils/resolvers/release-data.ts),
   * which the panel's list can take once the answers are in.
   */
  get refreshedPastCache(): boolean {
    return this.askedPastCache;
  }

  /** The statuses answered for this page so far (for the "since this article" timeline). */
  statuses(): ReleaseStatus[] {
    return [...this.known.values()];
  }

  /** Asks the background about the page's versions (each once per page) and shows a badge by each. */
  async show(mentions: readonly Mention[], publishedAt: string | undefined, isStillWanted: () => boolean, inTable = false): Promise<void> {
    const anchors = badgeAnchors(mentions, 'version', keyOf, MAX_RELEASE_BADGES);
    if (anchors.length === 0) return;
    const versions = [...new Map(anchors.map(({ mention }) => [keyOf(mention), mention])).values()];
    this.ask(versions.filter((mention) => !this.asked.has(keyOf(mention))), publishedAt);
    const byKey = new Map<string, ReleaseStatus>();
    await Promise.all(
      versions.map(async (mention) => {
        const status = await this.asked.get(keyOf(mention));
        if (status) byKey.set(keyOf(mention), status);
      }),
    );
    const answer = this.answer;
    if (!isStillWanted() || !answer) return;
    const source = sourceOf(answer);
    const fresh = anchors.filter((anchor) => byKey.has(keyOf(anchor.mention)) && !this.badges.has(anchor));
    const mount = (some: typeof fresh) =>
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
    const room = inTable || this.showingAll ? fresh.length : Math.max(0, FIRST_RELEASE_BADGES - this.badges.count);
    mount(fresh.slice(0, room));
    const rest = fresh.slice(room);
    this.heldCount = rest.length;
    this.held = rest.length > 0 ? () => mount(rest) : undefined;
  }

  /** One question for the versions not asked about yet; each key's promise settles with its status. */
  private ask(versions: readonly VersionMention[], publishedAt: string | undefined): void {
    if (versions.length === 0) return;
    const question = sendMessage('getReleaseStatuses', {
      versions: versions.map(({ version, series, context }) => ({ version, series, ...(context ? { context } : {}) })),
      ...(publishedAt ? { publishedAt } : {}),
      ...(this.refreshNext ? { refresh: true } : {}),
    });
    this.askedPastCache ||= this.refreshNext;
    this.refreshNext = false;
    versions.forEach((mention, index) => {
      const key = keyOf(mention);
      const status = question.then((answer) => {
        // An answer to a question from before a reset is not this page's.
        if (this.asked.get(key) !== status) return undefined;
        this.answer = answer;
        const one = answer.statuses[index];
        if (one) this.known.set(key, one);
        return one;
      });
      this.asked.set(key, status);
    });
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
    this.asked.clear();
    this.known.clear();
    this.showingAll = false;
    this.refreshNext = refresh;
    this.askedPastCache = false;
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
