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
