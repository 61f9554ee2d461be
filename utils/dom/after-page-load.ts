/**
 * The two moments of a page's loading Kernel Context works at.
 *
 * `ready`: as soon as the page's DOM is ready (DOMContentLoaded), settled inside that event
 * itself, for work too small to lengthen it that must not wait (Chromium ran a timer set then
 * only once the page had loaded, 440 ms later on a 2 MB lore thread).
 *
 * `drawn`: once the page has loaded — its `load` event has finished — or, for a page whose
 * images or ads keep it loading, 200 ms after its DOM is ready, as the browser's own
 * `document_idle` would; then after the page's next frame, so the page is drawn before any of
 * Kernel Context's work on it. Measured in Chromium (`npm run bench`, seed article, 40 pairs),
 * the content script injected at `document_idle` delayed the page's load event half as much
 * again as one injected at `document_start` that waited (×1.5–1.7 against ×1.3). The frame
 * after `load` took the renderer 20–25 ms (a trace of the seed article), which the overlays
 * would otherwise have waited behind.
 */
export function pageLoadMoments(): { ready: Promise<void>; drawn: Promise<void> } {
  let ready!: () => void;
  let drawn!: () => void;
  const moments = {
    ready: new Promise<void>((resolve) => (ready = resolve)),
    drawn: new Promise<void>((resolve) => (drawn = resolve)),
  };
  const done = () => {
    ready();
    afterNextFrame(drawn);
  };
  if (document.readyState === 'complete') {
    done();
    return moments;
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onLoad = () => {
    clearTimeout(timer);
    document.removeEventListener('DOMContentLoaded', onReady);
    done();
  };
  const onReady = () => {
    ready();
    timer = setTimeout(() => {
      window.removeEventListener('load', onLoad);
      done();
    }, 200);
  };
  window.addEventListener('load', onLoad, { once: true });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', onReady, { once: true });
  else onReady();
  return moments;
}

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
