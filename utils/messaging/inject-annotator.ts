import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { recogniseSite } from '../pages/sites';
import { InvalidMessageError } from './request-schemas';

/** The annotator's file in every build (entrypoints/annotator, an unlisted script). */
export const ANNOTATOR_FILE = '/annotator.js';

/** Where the annotator goes: the asking frame of the asking tab, when it is a page of a site Kernel Context reads. */
export function annotatorTarget(sender: Runtime.MessageSender): { tabId: number; frameId: number } {
  const tabId = sender.tab?.id;
  let url: URL | undefined;
  try {
    url = sender.url === undefined ? undefined : new URL(sender.url);
  } catch {
    url = undefined;
  }
  if (tabId === undefined || tabId < 0 || url === undefined || recogniseSite(url) === null) {
    throw new InvalidMessageError('The annotator goes only into a page of a site Kernel Context reads');
  }
  return { tabId, frameId: sender.frameId ?? 0 };
}

type Injector = (target: { tabId: number; frameId: number }, file: string) => Promise<unknown>;

/** The browser's way to run a file in a page: `scripting` under MV3, `tabs.executeScript` under Firefox's MV2. */
function browserInjector(): Injector {
  const api = browser as unknown as {
    scripting?: { executeScript(injection: { target: { tabId: number; frameIds: number[] }; files: string[]; injectImmediately?: boolean }): Promise<unknown> };
    tabs: { executeScript?(tabId: number, details: { file: string; frameId: number; runAt: string }): Promise<unknown> };
  };
  // At the browser's own `document_idle` (the default, as under MV2 below): asked for once the
  // page has loaded, the annotator goes in at once, and should a page be asked for early (a
  // frame, a page still loading its images) the page's load never waits for it. Injected at
  // once while a page still loaded (`injectImmediately`), it cost page load: 1.37× against
  // 1.22× for the build before it, in alternated launches (README § Performance).
  if (api.scripting) return ({ tabId, frameId }, file) => api.scripting!.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
  return ({ tabId, frameId }, file) => api.tabs.executeScript!(tabId, { file, frameId, runAt: 'document_idle' });
}

/** The background's answer to `showAnnotations`. */
export async function injectAnnotator(sender: Runtime.MessageSender, inject: Injector = browserInjector()): Promise<{ shown: boolean }> {
  await inject(annotatorTarget(sender), ANNOTATOR_FILE);
  return { shown: true };
}
