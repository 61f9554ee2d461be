import { ClaimBadge } from '@/components/ClaimBadge';
import { MainlineBadge } from '@/components/MainlineBadge';
import { MainlineBanner } from '@/components/MainlineBanner';
import badgeCss from '@/components/badge.css?inline';
import bannerCss from '@/components/banner.css?inline';
import { t } from '@/utils/i18n/t';
import { checkClaim } from '@/utils/mainline/claim-check';
import { bannerTargets, inlineTargets, type BannerTarget, type InlineMention, type InlineTarget } from '@/utils/mainline/page-targets';
import { sendMessage } from '@/utils/messaging/content-messaging';
import { badgeAnchors, type BadgeAnchor } from '@/utils/overlays/badge-anchors';
import { bannerAnchor } from '@/utils/overlays/banner-anchor';
import { mainlineKey, subjectOf } from '@/utils/mainline/keys';
import type { MainlineQuery, MainlineStatus, Mention, Page } from '@/utils/types';
import { InlineBadges } from './inline-badges';

/** Badges beyond this many on one page would be noise, and GitHub's hourly budget is 60 calls. */
const MAX_MAINLINE_BADGES = 40;

type Anchored = BadgeAnchor<InlineMention> & { query: MainlineQuery };

/** The subject a badge names, as `data-kc-subject`: the answer's (a full sha once known) or the query's. */
function rootAttributes(status: MainlineStatus): Record<string, string> {
  const facts = status.state === 'unavailable' ? status.lastKnown : status;
  return {
    'data-kc-kind': 'mainline',
    'data-kc-subject': status.subject,
    'data-kc-state': status.state,
    ...(facts?.state === 'merged' && facts.release ? { 'data-kc-release': facts.release } : {}),
    ...(facts?.state === 'merged' && facts.tag ? { 'data-kc-tag': facts.tag } : {}),
  };
}

/**
 * Mainline badges and banners for one page: each subject is asked about on its own, so a
 * cached answer shows at once while the others are still being checked. Shown again with more
 * of the page (the annotator's second pass over a long page), it adds only what is not there.
 */
export class MainlineAnnotations {
  private readonly badges = new InlineBadges('kc-mainline', badgeCss);
  private readonly banners = new InlineBadges('kc-mainline', bannerCss);
  private readonly claims = new InlineBadges('kc-mainline', badgeCss);
  /** The banners mounted, by subject key, and the last of them (the next go after it). */
  private readonly bannerKeys = new Set<string>();
  private lastBanner: Node | undefined;
  private readonly answers = new Map<string, Promise<MainlineStatus>>();
  /** Answers already in, by key, for the "since this article" timeline. */
  private readonly settled = new Map<string, MainlineStatus>();
  /** The next answers are asked past the cache (the popup's "Refresh this page"). */
  private refreshNext = false;
  /** Bumped by hide(), so answers arriving afterwards are dropped. */
  private generation = 0;

  get count(): number {
    return this.badges.count + this.banners.count + this.claims.count;
  }

  /** The mainline answers in so far. */
  known(): MainlineStatus[] {
    return [...this.settled.values()];
  }

  async show(page: Page, mentions: readonly Mention[], isStillWanted: () => boolean): Promise<void> {
    const generation = ++this.generation;
    const inline = this.inlineAnchors(mentions);
    const banners = bannerTargets(page).filter((target) => !this.bannerKeys.has(mainlineKey(target.query)));
    const place = banners.length > 0 ? bannerAnchor(page, document) : undefined;
    const stillWanted = () => generation === this.generation && isStillWanted();
    // Asked once past the cache, then as usual.
    queueMicrotask(() => (this.refreshNext = false));

    const work: Promise<void>[] = [];
    if (place && banners.length > 0) {
      // All banners at once, in page order, when the last answer is in.
      work.push(
        Promise.all(banners.map((target) => this.answerFor(target.query))).then((statuses) => {
          if (stillWanted()) this.mountBanners(place, banners, statuses);
        }),
      );
    }
    const inlineStatuses: Promise<MainlineStatus>[] = [];
    for (const [key, anchors] of groupByKey(inline)) {
      const answer = this.answerFor(anchors[0]!.query);
      inlineStatuses.push(answer);
      work.push(
        answer.then((status) => {
          if (!stillWanted() || !this.answers.has(key)) return;
          const fresh = anchors.filter((anchor) => !this.badges.has(anchor));
          this.badges.mount(fresh, () => rootAttributes(status), () => <MainlineBadge status={status} now={Date.now()} />);
        }),
      );
    }
    await Promise.allSettled(work);
    if (stillWanted() && inlineStatuses.length > 0) this.mountClaims(mentions, await Promise.all(inlineStatuses));
  }

  /** Claims are checked once every answer they could be checked against is in. */
  private mountClaims(mentions: readonly Mention[], statuses: readonly MainlineStatus[]): void {
    const anchors = badgeAnchors(mentions, 'claim', (claim) => `${claim.claim} ${claim.version ?? claim.tree ?? ''}`).flatMap((anchor) => {
      const check = checkClaim(anchor.mention, statuses);
      return check && !this.claims.has(anchor) ? [{ ...anchor, check }] : [];
    });
    this.claims.mount(
      anchors,
      ({ check }) => ({
        ...rootAttributes(check.basis),
        'data-kc-claim': check.claimed,
        'data-kc-verdict': check.verdict,
      }),
      ({ check }) => <ClaimBadge check={check} now={Date.now()} />,
    );
  }

  hide(): void {
    this.generation++;
    this.claims.clear();
    this.badges.clear();
    this.banners.clear();
    this.bannerKeys.clear();
    this.lastBanner = undefined;
  }

  /** Forgets the page's answers, for a new page (in-site navigation) or a refresh past the cache. */
  reset({ refresh = false } = {}): void {
    this.hide();
    this.answers.clear();
    this.settled.clear();
    this.refreshNext = refresh;
  }

  private answerFor(query: MainlineQuery): Promise<MainlineStatus> {
    const key = mainlineKey(query);
    let answer = this.answers.get(key);
    if (!answer) {
      answer = sendMessage('getMainlineStatus', { query, ...(this.refreshNext ? { refresh: true } : {}) }).catch(
        (error: unknown): MainlineStatus => ({
          kind: query.kind,
          subject: subjectOf(query),
          state: 'unavailable',
          failure: { reason: 'network', detail: t('failure_background_silent', String(error).slice(0, 120)), at: Date.now() },
          evidence: [],
        }),
      );
      this.answers.set(key, answer);
      void answer.then((status) => {
        if (this.answers.get(key) === answer) this.settled.set(key, status);
      });
    }
    return answer;
  }

  private inlineAnchors(mentions: readonly Mention[]): Anchored[] {
    const byMention = new Map<Mention, InlineTarget>(inlineTargets(mentions).map((target) => [target.mention, target]));
    const subjectOf = (mention: Mention) => {
      const target = byMention.get(mention);
      return target ? mainlineKey(target.query) : '';
    };
    const anchors = (['commit', 'msgid', 'path'] as const).flatMap((kind) =>
      badgeAnchors(mentions, kind, subjectOf).filter((anchor) => byMention.has(anchor.mention)),
    );
    return anchors.slice(0, MAX_MAINLINE_BADGES).map((anchor) => ({ ...anchor, query: byMention.get(anchor.mention)!.query }));
  }

  private mountBanners(place: Node, targets: readonly BannerTarget[], statuses: readonly MainlineStatus[]): void {
    const fresh = targets.filter((target) => !this.bannerKeys.has(mainlineKey(target.query)));
    if (fresh.length === 0) return;
    // More banners (a long thread's later patches) go after those already there, in page order.
    const after = this.lastBanner?.isConnected ? this.lastBanner : place;
    const placed = fresh.map((target) => ({ after, target, status: statuses[targets.indexOf(target)]! }));
    for (const target of fresh) this.bannerKeys.add(mainlineKey(target.query));
    const hosts = this.banners.mount(
      placed,
      ({ status }) => ({ ...rootAttributes(status), 'data-kc-display': 'banner' }),
      ({ target, status }) => <MainlineBanner status={status} {...(bannerLabelWanted(target) ? { label: target.label } : {})} now={Date.now()} />,
    );
    this.lastBanner = hosts[hosts.length - 1] ?? this.lastBanner;
  }
}

/** A commit page's banner needs no label (the subject is right above); a lore page's patches do. */
function bannerLabelWanted(target: BannerTarget): boolean {
  return target.query.kind === 'msgid';
}

function groupByKey(anchors: readonly Anchored[]): Map<string, Anchored[]> {
  const groups = new Map<string, Anchored[]>();
  for (const anchor of anchors) {
    const key = mainlineKey(anchor.query);
    const group = groups.get(key);
    if (group) group.push(anchor);
    else groups.set(key, [anchor]);
  }
  return groups;
}
