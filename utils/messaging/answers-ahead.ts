import { pageKey } from '../pages/page-key';
import type { AnswerAhead } from '../types';

/**
 * Answers ahead of the questions. A page's overlays wait on questions that cross from the
 * page to the background and back, each way through the browser's own process: 10–50 ms a
 * crossing on a loaded machine (a trace of a 2 MB lore thread: asked at 9 ms, received by the
 * background at 62, answered at once, back in the page at 102). So the background remembers
 * the questions each page asked, and when the page is opened again — a reload, a return —
 * the content script asks for their answers once the page has loaded, in one message,
 * while the page draws its next frame; the annotator then takes each answer for its
 * question rather than asking.
 *
 * The answers are the background's answers of that moment, from its cache or its sources as
 * any question's, never the ones the page got last time. A question with no answer ahead (a
 * new one, one asked past the cache, one the background took too long over) is asked.
 */

/** The questions answered ahead: those the overlays wait on. */
export const ANSWERED_AHEAD: ReadonlySet<string> = new Set<AnswerAhead['type']>(['getReleaseStatuses', 'getMainlineStatus', 'getLaterNews', 'getCurrentReleases']);

/** A page's questions remembered, at most: a long thread asks about every message's commits. */
const QUESTIONS_PER_PAGE = 24;
/** Pages remembered, the least recently asked forgotten first. */
const PAGES = 40;
/** The longest the background spends on the answers ahead: past it, the page asks itself. */
export const AHEAD_DEADLINE_MS = 40;

/** A question as the page asked it. */
export interface Question {
  type: AnswerAhead['type'];
  data: unknown;
}

/** The same question asked twice has the same key: its type and its data as the page serialised it. */
export function questionKey(type: string, data: unknown): string {
  return `${type} ${JSON.stringify(data ?? null)}`;
}

/** The questions pages asked lately, per page, in the order asked (the background's memory only). */
export class RecentQuestions {
  private readonly pages = new Map<string, Map<string, Question>>();

  /** A page's question; one asked past the cache (`refresh`) is the popup's Refresh, not the page's own. */
  record(url: string | undefined, type: string, data: unknown): void {
    if (url === undefined || !ANSWERED_AHEAD.has(type)) return;
    const page = pageKey(url);
    if (typeof data === 'object' && data !== null && (data as { refresh?: unknown }).refresh === true) return;
    const questions = this.pages.get(page) ?? new Map<string, Question>();
    // The most recently asked page goes last, so the first is the one to forget.
    this.pages.delete(page);
    this.pages.set(page, questions);
    if (questions.size < QUESTIONS_PER_PAGE) questions.set(questionKey(type, data), { type: type as Question['type'], data });
    if (this.pages.size > PAGES) this.pages.delete(this.pages.keys().next().value!);
  }

  /** Every page forgotten (the popup's "Clear cache"). */
  clear(): void {
    this.pages.clear();
  }

  questionsOf(url: string | undefined): Question[] {
    return url === undefined ? [] : [...(this.pages.get(pageKey(url))?.values() ?? [])];
  }
}

/**
 * The answers to `questions` that `answer` gives within `deadlineMs`; a refusal or a failure
 * to answer is left out (the page asks, and hears the reason then).
 */
export async function answersAhead(
  questions: readonly Question[],
  answer: (question: Question) => Promise<{ res: unknown } | { err: unknown }>,
  deadlineMs = AHEAD_DEADLINE_MS,
): Promise<AnswerAhead[]> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<undefined>((resolve) => (timer = setTimeout(resolve, deadlineMs, undefined)));
  const answers = await Promise.all(
    questions.map((question) =>
      Promise.race([
        answer(question).then(
          (reply) => ('res' in reply ? { type: question.type, data: question.data, res: reply.res } : undefined),
          () => undefined,
        ),
        deadline,
      ]),
    ),
  );
  clearTimeout(timer);
  return answers.filter((ahead): ahead is AnswerAhead => ahead !== undefined);
}
