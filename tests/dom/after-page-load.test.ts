/**
 * When the content script, injected at document_start, starts its work: after the page's
 * load event (so it never delays it), or 200 ms after the DOM is ready for a page whose
 * images keep it loading — never before the DOM exists — and then after the page's next
 * frame, so the page is drawn first; in a background tab, which draws no frames, soon anyway.
 * Before that frame, once the page has loaded, it asks the background for what takes a round trip.
 * Until the page has loaded it reads nothing of it: it listens for its events.
 */
import { pageLoadMoments } from '@/utils/dom/after-page-load';

const afterPageLoad = () => pageLoadMoments().drawn;

let state: DocumentReadyState = 'complete';
/** The frames the page would draw, run when the test says the browser draws one. */
let frames: FrameRequestCallback[] = [];
const drawFrame = () => {
  const due = frames;
  frames = [];
  for (const frame of due) frame(performance.now());
};

/** How often the script looked at the page's document: not while the page loads. */
let readyStateReads = 0;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  readyStateReads = 0;
  vi.spyOn(document, 'readyState', 'get').mockImplementation(() => {
    readyStateReads++;
    return state;
  });
  frames = [];
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((frame) => frames.push(frame));
});
afterEach(() => vi.useRealTimers());

/** The browser draws a frame, then runs the tasks due now (those posted from the frame). */
const drawFrameAndRunTasks = async () => {
  drawFrame();
  await vi.advanceTimersByTimeAsync(0);
};
/** The DOM is ready: the browser fires DOMContentLoaded at the document, and it bubbles to the window. */
const domReady = () => {
  state = 'interactive';
  document.dispatchEvent(new Event('DOMContentLoaded', { bubbles: true }));
};
const pageLoaded = () => {
  state = 'complete';
  window.dispatchEvent(new Event('load'));
};

function watch(promise: Promise<void>) {
  const seen = { done: false };
  void promise.then(() => (seen.done = true));
  return seen;
}

it('starts after the load event, never during it, once the next frame is drawn', async () => {
  state = 'loading';
  const started = watch(afterPageLoad());
  await vi.advanceTimersByTimeAsync(1_000);
  drawFrame();
  expect(started.done).toBe(false);
  domReady();
  await vi.advanceTimersByTimeAsync(50);
  pageLoaded();
  await vi.advanceTimersByTimeAsync(10);
  expect(started.done).toBe(false);
  drawFrame();
  expect(started.done).toBe(false);
  // A task after the frame: the frame's drawing is done by then.
  await vi.advanceTimersByTimeAsync(0);
  expect(started.done).toBe(true);
});

it('reads nothing of the page while it loads: it only listens until the load event', async () => {
  state = 'loading';
  const { loaded } = pageLoadMoments();
  const seen = watch(loaded);
  domReady();
  await vi.advanceTimersByTimeAsync(50);
  pageLoaded();
  await vi.advanceTimersByTimeAsync(0);
  expect(seen.done).toBe(true);
  // Nor later: the page told it all by its events.
  await vi.advanceTimersByTimeAsync(1_000);
  expect(readyStateReads).toBe(0);
});

it('waits no more than 200 ms after the DOM is ready for a page still loading its images', async () => {
  state = 'loading';
  const started = watch(afterPageLoad());
  domReady();
  await vi.advanceTimersByTimeAsync(199);
  drawFrame();
  expect(started.done).toBe(false);
  await vi.advanceTimersByTimeAsync(1);
  await drawFrameAndRunTasks();
  expect(started.done).toBe(true);
});

it('starts about 100 ms after load in a background tab, which draws no frame, and once only', async () => {
  state = 'loading';
  let starts = 0;
  void afterPageLoad().then(() => starts++);
  pageLoaded();
  await vi.advanceTimersByTimeAsync(99);
  expect(starts).toBe(0);
  await vi.advanceTimersByTimeAsync(50);
  expect(starts).toBe(1);
  // The tab shown later draws its frame: nothing starts twice.
  drawFrame();
  await vi.advanceTimersByTimeAsync(1_000);
  expect(starts).toBe(1);
});

describe('injected into a page that had passed its events (Firefox, as the extension is installed)', () => {
  it('finds a page already loaded 200 ms later, then starts after its next frame', async () => {
    state = 'complete';
    const started = watch(afterPageLoad());
    await vi.advanceTimersByTimeAsync(199);
    await drawFrameAndRunTasks();
    expect(started.done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(started.done).toBe(false);
    await drawFrameAndRunTasks();
    expect(started.done).toBe(true);
  });

  it('finds a page with its DOM ready 200 ms later, and waits for its load event or 200 ms more', async () => {
    state = 'interactive';
    const started = watch(afterPageLoad());
    await vi.advanceTimersByTimeAsync(399);
    await drawFrameAndRunTasks();
    expect(started.done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await drawFrameAndRunTasks();
    expect(started.done).toBe(true);
  });

  it('starts at its load event when that comes first', async () => {
    state = 'interactive';
    const started = watch(afterPageLoad());
    await vi.advanceTimersByTimeAsync(250);
    pageLoaded();
    await vi.advanceTimersByTimeAsync(0);
    await drawFrameAndRunTasks();
    expect(started.done).toBe(true);
  });
});

describe('the moments of the page loading', () => {
  it('are the page loaded, in a task after its load event (never inside it, nor at DOMContentLoaded), then drawn after its next frame', async () => {
    state = 'loading';
    const { loaded, drawn } = pageLoadMoments();
    const seen = [watch(loaded), watch(drawn)];
    const settled = () => seen.map(({ done }) => done);
    domReady();
    await vi.advanceTimersByTimeAsync(20);
    expect(settled()).toEqual([false, false]);
    // What runs in the load event's own listeners and their microtasks counts in the page's load time.
    let loadedWithinTheEvent = false;
    window.addEventListener('load', () => void Promise.resolve().then(() => (loadedWithinTheEvent = seen[0]!.done)), { once: true });
    pageLoaded();
    await Promise.resolve();
    await Promise.resolve();
    expect(loadedWithinTheEvent).toBe(false);
    expect(settled()).toEqual([false, false]);
    await vi.advanceTimersByTimeAsync(0);
    expect(settled()).toEqual([true, false]);
    await drawFrameAndRunTasks();
    expect(settled()).toEqual([true, true]);
  });

  it('count a page still loading its images 200 ms after its DOM is ready as loaded, then drawn', async () => {
    state = 'loading';
    const { loaded, drawn } = pageLoadMoments();
    const seen = [watch(loaded), watch(drawn)];
    domReady();
    await vi.advanceTimersByTimeAsync(199);
    expect(seen.map(({ done }) => done)).toEqual([false, false]);
    await vi.advanceTimersByTimeAsync(1);
    expect(seen.map(({ done }) => done)).toEqual([true, false]);
    await drawFrameAndRunTasks();
    expect(seen[1]!.done).toBe(true);
  });
});
