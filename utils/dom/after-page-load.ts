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
 */
export function pageLoadMoments(): { loaded: Promise<void>; drawn: Promise<void> } {
  let loaded!: () => void;
  let drawn!: () => void;
  const moments = {
    loaded: new Promise<void>((resolve) => (loaded = resolve)),
    drawn: new Promise<void>((resolve) => (drawn = resolve)),
  };
  const done = () => {
    // A task, not the listener itself: a promise settled there runs its continuations inside
    // the load event, before the browser counts it finished.
    setTimeout(loaded, 0);
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
