/**
 * The annotator reads the rest of a long page once the page has drawn the first screen's
 * overlays: in a task after the page's next frame, or soon anyway in a background tab,
 * which draws no frames.
 */
import { nextFrame } from '@/utils/dom/next-frame';

/** The frames the page would draw, run when the test says the browser draws one. */
let frames: FrameRequestCallback[] = [];
const drawFrame = () => {
  const due = frames;
  frames = [];
  for (const frame of due) frame(performance.now());
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  frames = [];
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((frame) => frames.push(frame));
});
afterEach(() => vi.useRealTimers());

it('resolves in a task after the next frame is drawn', async () => {
  let done = false;
  void nextFrame().then(() => (done = true));
  await vi.advanceTimersByTimeAsync(10);
  expect(done).toBe(false);
  drawFrame();
  expect(done).toBe(false);
  // A task after the frame: the frame's drawing is done by then.
  await vi.advanceTimersByTimeAsync(0);
  expect(done).toBe(true);
});

it('resolves about 100 ms later in a background tab, which draws no frame, and once only', async () => {
  let resolved = 0;
  void nextFrame().then(() => resolved++);
  await vi.advanceTimersByTimeAsync(99);
  expect(resolved).toBe(0);
  await vi.advanceTimersByTimeAsync(50);
  expect(resolved).toBe(1);
  // The tab shown later draws its frame: nothing resolves twice.
  drawFrame();
  await vi.advanceTimersByTimeAsync(1_000);
  expect(resolved).toBe(1);
});
