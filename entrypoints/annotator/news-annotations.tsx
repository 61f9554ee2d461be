import { render } from 'preact';
import { NewsPanel } from '@/components/NewsPanel';
import panelCss from '@/components/news-panel.css?inline';
import { t } from '@/utils/i18n/t';
import { sendMessage } from '@/utils/messaging/content-messaging';
import { MAX_BODY_FOR_TERMS, pageSubject } from '@/utils/news/page-subject';
import { buildTimeline } from '@/utils/news/timeline';
import { newsPanelCollapsedItem } from '@/utils/settings/news-panel';
import type { LaterNewsAnswer, MainlineStatus, Mention, NewsSubject, Page, PhoronixArticlePage, ReleaseStatus } from '@/utils/types';
import { shadowHost } from '@/utils/overlays/shadow-host';
import { delay } from '@/utils/time/delay';

/** How long the panel waits for its answer before it is drawn checking. */
const CHECKING_SHOWN_AFTER_MS = 150;

export interface TimelineSources {
  releases: () => ReleaseStatus[];
  mainline: () => MainlineStatus[];
}

/**
 * The "Since this article" panel on a Phoronix article: asks the background for later
 * news once per page, and draws the timeline again whenever release or mainline answers
 * arrive.
 */
export class NewsAnnotations {
  private host: HTMLElement | undefined;
  private container: HTMLElement | undefined;
  private subject: NewsSubject | undefined;
  private body: string | undefined;
  private publishedAt: string | undefined;
  private answer: LaterNewsAnswer | undefined;
  private asked: Promise<LaterNewsAnswer> | undefined;
  private collapsed = false;
  private refreshing = false;
  private generation = 0;
  /** Whether the panel has been drawn (it waits a moment for the answer first). */
  private drawn = false;
  /** The next question skips the cache (the popup's "Refresh this page"). */
  private refreshNext = false;

  /**
   * @param collapsedAtStart whether the panel was collapsed when the page started (read with
   * the other choices, utils/settings/stored-choices.ts): the first panel is drawn without a
   * storage round trip of its own; later ones (an in-site navigation) read it again.
   */
  constructor(
    private readonly sources: TimelineSources,
    private collapsedAtStart?: boolean,
  ) {}

  get count(): number {
    return this.host ? 1 : 0;
  }

  async show(page: Page, mentions: readonly Mention[], after: Element, isStillWanted: () => boolean): Promise<void> {
    if (page.kind !== 'phoronix-article' && page.kind !== 'phoronix-review') return;
    const generation = ++this.generation;
    this.subject ??= pageSubject(page, mentions);
    this.body = page.bodyText.slice(0, MAX_BODY_FOR_TERMS);
    this.publishedAt = page.publishedAt;
    if (!this.host) this.mount(page, after);
    // Asked before the collapsed state is read: the two round trips run side by side.
    this.asked ??= this.ask(this.refreshNext);
    this.refreshNext = false;
    const known = this.collapsedAtStart;
    this.collapsedAtStart = undefined;
    this.collapsed = known ?? (await newsPanelCollapsedItem.getValue().catch(() => false));
    if (generation !== this.generation) return;
    // A cached answer comes within milliseconds: the panel is drawn once, with it. A slow one
    // (Phoronix asked) shows the panel checking in the meantime.
    const answered = await Promise.race([this.asked.then(() => true), delay(CHECKING_SHOWN_AFTER_MS).then(() => false)]);
    if (!answered && generation === this.generation) {
      this.drawn = true;
      this.paint();
    }
    const answer = await this.asked;
    if (generation !== this.generation || !isStillWanted()) return;
    this.answer = answer;
    this.drawn = true;
    this.paint();
  }

  /** Draws the panel again (a release or mainline answer came in). */
  paint(): void {
    if (!this.container || !this.subject || !this.drawn) return;
    const events = buildTimeline({
      publishedAt: this.publishedAt ?? '0000-00-00',
      releases: this.sources.releases(),
      mainline: this.sources.mainline(),
      articles: this.answer?.articles ?? [],
    });
    // No state until Phoronix (or the index) has answered.
    if (this.answer) this.host?.setAttribute('data-kc-state', this.answer.state);
    else this.host?.removeAttribute('data-kc-state');
    render(
      <NewsPanel
        answer={this.answer}
        events={events}
        collapsed={this.collapsed}
        refreshing={this.refreshing}
        onToggle={() => {
          this.collapsed = !this.collapsed;
          void newsPanelCollapsedItem.setValue(this.collapsed).catch(() => undefined);
          this.paint();
        }}
        onRefresh={() => void this.refresh()}
        now={Date.now()}
      />,
      this.container,
    );
  }

  hide(): void {
    this.generation++;
    if (this.container) render(null, this.container);
    this.host?.remove();
    this.host = undefined;
    this.container = undefined;
    this.drawn = false;
  }

  reset({ refresh = false } = {}): void {
    this.hide();
    this.subject = undefined;
    this.answer = undefined;
    this.asked = undefined;
    this.refreshNext = refresh;
  }

  private async refresh(): Promise<void> {
    if (this.refreshing) return;
    this.refreshing = true;
    this.paint();
    this.asked = this.ask(true);
    this.answer = await this.asked;
    this.refreshing = false;
    this.paint();
  }

  private ask(refresh: boolean): Promise<LaterNewsAnswer> {
    const subject = this.subject!;
    return sendMessage('getLaterNews', { subject, ...(this.body ? { body: this.body } : {}), ...(refresh ? { refresh } : {}) }).catch(
      (error: unknown): LaterNewsAnswer => ({
        subject: subject.url,
        state: 'unavailable',
        articles: [],
        failure: { reason: 'network', detail: t('failure_background_silent', String(error).slice(0, 120)), at: Date.now() },
      }),
    );
  }

  private mount(page: PhoronixArticlePage, after: Element): void {
    const { host, container } = shadowHost('kc-news', panelCss, { 'data-kc-kind': 'news', 'data-kc-subject': page.canonicalUrl }, 'div');
    after.after(host);
    this.host = host;
    this.container = container;
  }
}
