/**
 * When the content script, injected at document_start, starts its work: after the page's
 * load event (so it never delays it), or 200 ms after the DOM is ready for a page whose
 * images keep it loading — never before the DOM exists — in a task of its own, without
 * waiting for the page to draw (the annotator it asks for travels while the page draws).
 */
import { afterPageLoad } from '@/utils/dom/after-page-load';

let state: DocumentReadyState = 'complete';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.spyOn(document, 'readyState', 'get').mockImplementation(() => state);
});
afterEach(() => vi.useRealTimers());

function watch(promise: Promise<void>) {
  const seen = { done: false };
  void promise.then(() => (seen.done = true));
  return seen;
}

it('starts after the load event, in a task of its own, never during it', async () => {
  state = 'loading';
  const started = watch(afterPageLoad());
  await vi.advanceTimersByTimeAsync(1_000);
  expect(started.done).toBe(false);
  state = 'interactive';
  document.dispatchEvent(new Event('DOMContentLoaded'));
  await vi.advanceTimersByTimeAsync(50);
  expect(started.done).toBe(false);
  state = 'complete';
  window.dispatchEvent(new Event('load'));
  // Still inside the load event's dispatch: nothing has started.
  await Promise.resolve();
  expect(started.done).toBe(false);
  await vi.advanceTimersByTimeAsync(0);
  expect(started.done).toBe(true);
});

it('waits no more than 200 ms after the DOM is ready for a page still loading its images, and starts once', async () => {
  state = 'interactive';
  let starts = 0;
  void afterPageLoad().then(() => starts++);
  await vi.advanceTimersByTimeAsync(199);
  expect(starts).toBe(0);
  // The wait's end, then a task of its own.
  await vi.advanceTimersByTimeAsync(2);
  expect(starts).toBe(1);
  // The images finish later: nothing starts twice.
  state = 'complete';
  window.dispatchEvent(new Event('load'));
  await vi.advanceTimersByTimeAsync(1_000);
  expect(starts).toBe(1);
});

it('starts in a task of its own on a page already loaded', async () => {
  state = 'complete';
  const started = watch(afterPageLoad());
  await Promise.resolve();
  expect(started.done).toBe(false);
  await vi.advanceTimersByTimeAsync(0);
  expect(started.done).toBe(true);
});
