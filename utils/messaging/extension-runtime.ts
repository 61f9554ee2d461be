import type { Browser } from 'wxt/browser';

type Runtime = typeof Browser.runtime;

/**
 * The extension's `runtime` for the scripts it puts in pages, looked up at each use, never as
 * the script is evaluated. WXT's `browser` is looked up as soon as a script is evaluated: for
 * the content script, at document_start, inside the page's load — and reading
 * `browser.runtime` there sets up the extension's bindings in the page (0.17 ms of its main
 * thread in a trace, README § Performance).
 * Chosen as WXT chooses: `browser` where it is the extension's own (Firefox; Chrome's, with
 * promises), otherwise `chrome`. An orphaned script (the extension reloaded under the page)
 * finds a runtime without an id, or none.
 */
export function extensionRuntime(): Runtime | undefined {
  const api = globalThis as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
  return api.browser?.runtime?.id ? api.browser.runtime : api.chrome?.runtime;
}
