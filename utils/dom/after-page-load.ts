/**
 * The two moments of a page's loading Kernel Context works at.
 *
 * `loaded`: in a task after the page's `load` event — its handlers finished, so the page's
 * load time is its own — or, for a page whose images or ads keep it loading, 200 ms after its
 * DOM is ready, as the browser's own `document_idle` would. Nothing of Kernel Context runs in
 * the page before it: asking the background for the annotator at DOMContentLoaded instead (two
 * messages, 1-2.5 ms of the page's main thread each) showed in the seed article's load time,
 * ×1.10 against ×1.03 for a content script that does nothing (README § Performance).
 *
 * `drawn`: after the page's next frame from then, so the page is drawn before any of Kernel
 * Context's work on it. The frame after `load` took the renderer 20–25 ms (a trace of the
 * seed article), which the overlays would otherwise have waited behind.
 *
 * Until then it only listens, on the window, and its listeners only post a task: in a trace
 * of the seed article, reading `document.readyState` as the script started (which sets up the
 * document's wrapper in the extension's world) and doing the work inside the listeners each
 * cost the page's load a tenth of a millisecond or more.
 */
export function pageLoadMoments(): { loaded: Promise<void>; drawn: Promise<void> } {
  let loaded!: () => void;
  let drawn!: () => void;
  const moments = {
    loaded: new Promise<void>((resolve) => (loaded = resolve)),
    drawn: new Promise<void>((resolve) => (drawn = resolve)),
  };
  let finished = false;
  let afterReady: ReturnType<typeof setTimeout> | undefined;
  const done = () => {
    if (finished) return;
    finished = true;
    clearTimeout(afterReady);
    clearTimeout(lateLook);
    removeEventListener('load', onLoad);
    removeEventListener('DOMContentLoaded', onReady);
    loaded();
    afterNextFrame(drawn);
  };
  // A task, not the listener itself: a promise settled there runs its continuations inside
  // the load event, before the browser counts it finished.
  const onLoad = () => void setTimeout(done, 0);
  const onReady = () => {
    afterReady ??= setTimeout(done, READY_WAIT_MS);
  };
  addEventListener('load', onLoad, { once: true });
  // DOMContentLoaded is fired at the document and bubbles to its window.
  addEventListener('DOMContentLoaded', onReady, { once: true });
  // A script injected into a page that had passed those events (Firefox injects into the open
  // tabs of the sites when the extension is installed) looks at the page later, not as it starts.
  const lateLook = setTimeout(() => {
    if (document.readyState === 'complete') done();
    else if (document.readyState === 'interactive') onReady();
  }, LATE_LOOK_MS);
  return moments;
}

/** How long after its DOM is ready a page still loading (images, ads) counts as loaded. */
const READY_WAIT_MS = 200;
/** When a script that may have come late looks whether the page had loaded already. */
const LATE_LOOK_MS = 200;

/** Resolves in a task after the page's next frame (see afterNextFrame). */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => afterNextFrame(resolve));
}

/** Longest wait for a frame: a tab in the background draws none. */
const NO_FRAME_MS = 100;

/**
 * A task after the page's next frame: a task posted from an animation frame callback runs
 * once that frame is drawn. In a hidden tab, which draws no frames, after NO_FRAME_MS.
 */
function afterNextFrame(then: () => void): void {
  let called = false;
  const go = () => {
    if (called) return;
    called = true;
    clearTimeout(fallback);
    setTimeout(then, 0);
  };
  const fallback = setTimeout(go, NO_FRAME_MS);
  requestAnimationFrame(go);
}
