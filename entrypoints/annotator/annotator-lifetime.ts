/**
 * The annotator's hold on its page: the listeners it adds, an in-site navigation, and the
 * moment it lets go (the extension removed or updated under the page, noticed when the URL
 * is next looked at: every second without the Navigation API, at the next in-site
 * navigation with it — as WXT's context noticed it).
 *
 * Kernel Context's own rather than WXT's `ContentScriptContext`, which tells the page the
 * extension is there: it dispatches on the page's own `document` an event named after the
 * extension's id when it starts (`<id>:annotator:wxt:content-script-started`), and on its
 * `window` another at every in-site navigation (`…:wxt:locationchange`). Any script of the
 * page can listen for both. Nothing here is dispatched to the page.
 */
export interface AnnotatorLifetime {
  /** Aborted when the annotator lets go: listeners added with it are removed. */
  readonly signal: AbortSignal;
  /** `then` after each change of the page's URL without a new document (history.pushState, a fragment). */
  onLocationChange(then: () => void): void;
  /** `then` once, when the annotator lets go of the page. */
  onEnd(then: () => void): void;
}

/** How often a browser without the Navigation API (Firefox ESR) has the URL looked at. */
const LOCATION_POLL_MS = 1_000;

interface NavigationEvents {
  addEventListener(type: 'currententrychange', listener: () => void, options: { signal: AbortSignal }): void;
}

export function startAnnotatorLifetime(): AnnotatorLifetime {
  const ending = new AbortController();
  const { signal } = ending;
  /** The extension is gone when its id is (removed, reloaded or updated): its APIs answer no more. */
  const extensionGone = () => {
    if (browser.runtime?.id === undefined) ending.abort();
    return signal.aborted;
  };
  return {
    signal,
    onLocationChange(then) {
      let last = location.href;
      const changed = () => {
        if (location.href === last || extensionGone()) return;
        last = location.href;
        then();
      };
      const navigation = (globalThis as { navigation?: NavigationEvents }).navigation;
      // The current history entry changes with the URL in the same document (pushState,
      // replaceState, a fragment, back and forward between them), never for a new document.
      if (typeof navigation?.addEventListener === 'function') {
        navigation.addEventListener('currententrychange', changed, { signal });
        return;
      }
      // Each look also notices the extension gone, and lets go of the page (as WXT's context did).
      const timer = setInterval(() => extensionGone() || changed(), LOCATION_POLL_MS);
      signal.addEventListener('abort', () => clearInterval(timer), { once: true });
    },
    onEnd(then) {
      if (signal.aborted) then();
      else signal.addEventListener('abort', then, { once: true });
    },
  };
}
