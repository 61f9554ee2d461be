/**
 * The real background behind the real message registration, over a fake network: what the
 * security tests send messages to. Messages are delivered as the browser delivers them
 * (fakeBrowser's runtime.onMessage, or a runtime port as a content script's questions go),
 * in @webext-core/messaging's wire format.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Runtime } from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AnswerCache } from '@/utils/cache/answer-cache';
import { openCacheStore } from '@/utils/cache/cache-store';
import { parseWithDom } from '@/utils/dom/parse-markup';
import { createBackgroundHandlers } from '@/utils/messaging/background-handlers';
import { registerHandlers } from '@/utils/messaging/register-handlers';
import { ArticleIndex } from '@/utils/news/article-index';
import { parseBundledReleaseData } from '@/utils/release/bundled-data';
import { GitHubSource } from '@/utils/sources/github';
import { fakeHttp, type FakeHttp, type Responder } from '../helpers/fake-http';
import { deliverMessage } from '../helpers/deliver-message';
import { fakePorts } from '../helpers/fake-ports';
import { QUESTIONS_PORT } from '@/utils/messaging/protocol-map';

/** What @webext-core/messaging@2 puts on the wire: `{ id, type, data, timestamp }`. */
export function wireMessage(type: string, data: unknown) {
  return { id: 4242, type, data, timestamp: Date.now() };
}

export interface Reply {
  res?: unknown;
  err?: { name?: string; message?: string };
}

/** Delivers a raw message to the background's listeners as the browser would, returning the reply. */
export async function deliverRaw(message: unknown, sender: Runtime.MessageSender): Promise<Reply | undefined> {
  return (await deliverMessage(message, sender)) as Reply | undefined;
}

/**
 * Sends a raw message over the content script's question port (QUESTIONS_PORT), connected
 * from `sender`, returning the reply with the same id — or undefined when none comes.
 */
export async function deliverOverPort(message: unknown, sender: Runtime.MessageSender): Promise<Reply | undefined> {
  const port = fakePorts().connect(QUESTIONS_PORT, sender);
  const id = (message as { id?: unknown } | null)?.id;
  const reply = new Promise<Reply | undefined>((resolve) => {
    port.onMessage.addListener((answer) => {
      if ((answer as { id?: unknown }).id === id) resolve(answer as Reply);
    });
    // Nothing answered within a few tasks of the background's own: no answer.
    setTimeout(() => resolve(undefined), 200);
  });
  port.postMessage(message);
  const answered = await reply;
  port.disconnect();
  if (!answered) return undefined;
  const { id: _id, ...rest } = answered as Reply & { id?: unknown };
  return rest;
}

export type Transport = 'runtime message' | 'question port';
export const TRANSPORTS: Transport[] = ['runtime message', 'question port'];
let transport: Transport = 'runtime message';
/** How `send` delivers: a runtime message (the popup's way, and the library's), or the content script's port. */
export function useTransport(next: Transport): void {
  transport = next;
}

export const send = (type: string, data: unknown, sender: Runtime.MessageSender = contentScriptSender()) =>
  (transport === 'question port' ? deliverOverPort : deliverRaw)(wireMessage(type, data), sender);

export const popupSender = (): Runtime.MessageSender => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });
export const contentScriptSender = (url = 'https://www.phoronix.com/news/Rust-Linux-Next'): Runtime.MessageSender => ({
  id: fakeBrowser.runtime.id,
  url,
  tab: { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
});

const here = dirname(fileURLToPath(import.meta.url));
const bundledSnapshot = async () => parseBundledReleaseData(JSON.parse(readFileSync(resolve(here, '../../public/data/kernel-releases.json'), 'utf8')));

export interface Background {
  http: FakeHttp;
  stop: () => void;
}

/** The background's handlers, registered, answering from `respond` (the whole internet). */
export function startBackground(respond: Responder, today = '2026-08-22'): Background {
  const http = fakeHttp(respond);
  const cache = openCacheStore().then((store) => new AnswerCache(store));
  let articles: Promise<ArticleIndex> | undefined;
  const handlers = createBackgroundHandlers({
    http: http.client,
    cache,
    bundledReleases: bundledSnapshot,
    github: new GitHubSource(http.client),
    articles: () => (articles ??= ArticleIndex.open()),
    parse: parseWithDom,
    today: () => today,
  });
  const stop = registerHandlers(handlers, fakeBrowser.runtime.id);
  return { http, stop };
}
