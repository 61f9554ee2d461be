/**
 * When the content script, injected at document_start, starts its work: after the page's
 * load event (so it never delays it), or 200 ms after the DOM is ready for a page whose
 * images keep it loading — never before the DOM exists.
 */
import { afterPageLoad } from '@/utils/dom/after-page-load';

let state: DocumentReadyState = 'complete';
beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(document, 'readyState', 'get').mockImplementation(() => state);
});
afterEach(() => vi.useRealTimers());

function watch(promise: Promise<void>) {
  const seen = { done: false };
  void promise.then(() => (seen.done = true));
  return seen;
}

it('starts a task after the load event, never during it', async () => {
  state = 'loading';
  const started = watch(afterPageLoad());
  await vi.advanceTimersByTimeAsync(1_000);
  expect(started.done).toBe(false);
  state = 'interactive';
  document.dispatchEvent(new Event('DOMContentLoaded'));
  await vi.advanceTimersByTimeAsync(50);
  state = 'complete';
  window.dispatchEvent(new Event('load'));
  expect(started.done).toBe(false);
  await vi.advanceTimersByTimeAsync(0);
  expect(started.done).toBe(true);
});

it('waits no more than 200 ms after the DOM is ready for a page still loading its images', async () => {
  state = 'interactive';
  const started = watch(afterPageLoad());
  await vi.advanceTimersByTimeAsync(199);
  expect(started.done).toBe(false);
  await vi.advanceTimersByTimeAsync(1);
  expect(started.done).toBe(true);
});

it('starts at once (a task later) on a page already loaded', async () => {
  state = 'complete';
  const started = watch(afterPageLoad());
  await vi.advanceTimersByTimeAsync(0);
  expect(started.done).toBe(true);
});
