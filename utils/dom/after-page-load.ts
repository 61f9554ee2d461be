/**
 * Resolves once the page has loaded — its `load` event has finished — or, for a page whose
 * images or ads keep it loading, 200 ms after its DOM is ready, as the browser's own
 * `document_idle` would; in a task of its own, so nothing of Kernel Context's runs inside the
 * page's load event. The content script is injected at `document_start` and waits here,
 * doing nothing else: measured in Chromium (`npm run bench`, seed article, 40 pairs), the
 * same script injected at `document_idle` delayed the page's load event half as much again
 * (×1.5–1.7 against ×1.3), and reading storage or connecting before `load` cost ×0.15 more.
 * Not after the page's next frame as well: the annotator asked for then made its way across
 * the browser (~16 ms) behind that frame; asked at once, it travels while the page draws.
 * The overlays, from `load`, came 13 ms sooner on the seed article, 25 on the long review
 * and 75 on the 2 MB thread, whose frame after `load` is its longest (a 9-run probe).
 */
export function afterPageLoad(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => setTimeout(resolve, 0);
    if (document.readyState === 'complete') return done();
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
  });
}
