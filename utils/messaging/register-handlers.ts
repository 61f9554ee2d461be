import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { InvalidMessageError, validateRequest } from './request-schemas';
import type { MessageType, ProtocolMap } from './protocol';
import { QUESTIONS_PORT } from './protocol-map';
import { questionAllowed } from '../settings/question-allowed';
import type { StoredChoices } from '../types';
import { answersAhead, type RecentQuestions } from './answers-ahead';

export type Handlers = {
  [K in MessageType]?: (data: Parameters<ProtocolMap[K]>[0], sender: Runtime.MessageSender) => ReturnType<ProtocolMap[K]> | Promise<ReturnType<ProtocolMap[K]>>;
};

/**
 * Messages only the extension's own pages send (popup, options): the cache's state and its
 * clearing, the rate limits, checking a token. A content script lives in a web page's
 * process, so it is not trusted with them — it gets the annotations' questions only.
 */
export const EXTENSION_PAGE_MESSAGES: ReadonlySet<MessageType> = new Set<MessageType>(['getCacheStats', 'clearCache', 'getRateLimits', 'validateGitHubToken']);

/** What the messaging library (`sendMessage` in protocol.ts) answers with: `{ res }` or `{ err }`. */
type Reply = { res: unknown } | { err: { name: string; message: string } };

/** Whether a sender is one of the extension's own pages (its URL is under the extension's origin). */
function isExtensionPage(sender: Runtime.MessageSender, extensionOrigin: string): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

/** The type and data of a message in the messaging library's wire format (`{ id, type, data, timestamp }`), if it is one. */
function readWire(message: unknown): { type: string; data: unknown } | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { type, timestamp, data } = message as { type?: unknown; timestamp?: unknown; data?: unknown };
  return typeof type === 'string' && typeof timestamp === 'number' ? { type, data } : undefined;
}

/**
 * Answers each handled message type — only to this extension itself, only when the data has
 * the protocol's exact shape, and the extension pages' own messages only to those pages.
 * Returns a function that stops.
 *
 * The listener is Kernel Context's own rather than the messaging library's `onMessage`: the
 * library finds a type's listener with a plain property lookup, so a message of type
 * `constructor`, `valueOf` or `__proto__` reached `Object`'s own functions (and was answered,
 * or threw out of the listener). Here a type is answered only when `handlers` itself has it.
 */
export function registerHandlers(
  given: Handlers,
  runtimeId: string,
  extensionOrigin = (browser.runtime.getURL as (path: string) => string)('/'),
  /**
   * For the annotator's start (`getAnnotatorStart`): where the questions pages ask over the
   * port are remembered, to be answered ahead (utils/messaging/answers-ahead.ts), and the
   * user's choices, which say which of them a page would ask now.
   */
  start?: { recent: RecentQuestions; readChoices: () => Promise<StoredChoices> },
): () => void {
  const handlers: Handlers = start
    ? {
        ...given,
        getAnnotatorStart: async (_data, sender) => {
          const choices = await start.readChoices();
          const asked = start.recent.questionsOf(sender.url).filter(questionAllowed(sender.url, choices));
          return { choices, answersAhead: await answersAhead(asked, ({ type, data }) => answer(type, data, sender)) };
        },
      }
    : given;
  async function answer(type: MessageType, data: unknown, sender: Runtime.MessageSender): Promise<Reply> {
    try {
      if (sender.id !== runtimeId) throw new InvalidMessageError('Message from outside Kernel Context');
      if (EXTENSION_PAGE_MESSAGES.has(type) && !isExtensionPage(sender, extensionOrigin)) {
        throw new InvalidMessageError(`"${type}" is answered to Kernel Context's own pages only`);
      }
      const handler = handlers[type] as (data: unknown, sender: Runtime.MessageSender) => unknown;
      return { res: await handler(validateRequest(type, data), sender) };
    } catch (error) {
      // The sender learns what went wrong, not where: no stack.
      return error instanceof Error ? { err: { name: error.name, message: error.message } } : { err: { name: 'Error', message: String(error) } };
    }
  }

  const isHandled = (type: string): type is MessageType => Object.hasOwn(handlers, type) && typeof handlers[type as MessageType] === 'function';

  // The reply goes through sendResponse, the channel kept open by returning true: a promise
  // returned from the listener is answered by Firefox and only by recent Chrome releases.
  const listener = (message: unknown, sender: Runtime.MessageSender, sendResponse: (reply: Reply) => void): true | undefined => {
    const wire = readWire(message);
    // Not a message of this protocol (the offscreen document's), or a type not handled here: not ours to answer.
    if (wire === undefined || !isHandled(wire.type)) return undefined;
    void answer(wire.type, wire.data, sender).then(sendResponse);
    return true;
  };
  // The content script asks its questions over a port it opens as the page loads: one
  // connection for all of a page's questions, and a sleeping service worker woken before
  // the first of them (utils/messaging/content-messaging.ts). Same checks, same answers.
  const ports = new Set<Runtime.Port>();
  const onConnect = (port: Runtime.Port) => {
    if (port.name !== QUESTIONS_PORT) return;
    ports.add(port);
    port.onDisconnect.addListener(() => ports.delete(port));
    port.onMessage.addListener((message: unknown) => {
      const wire = readWire(message);
      const id = (message as { id?: unknown } | null)?.id;
      // Without a number to answer to, there is no one to answer.
      if (wire === undefined || typeof id !== 'number') return;
      start?.recent.record(port.sender?.url, wire.type, wire.data);
      const reply: Promise<Reply> = isHandled(wire.type)
        ? answer(wire.type, wire.data, port.sender ?? {})
        : Promise.resolve({ err: { name: 'InvalidMessageError', message: 'Not a question Kernel Context answers' } });
      void reply.then((answered) => {
        try {
          port.postMessage({ id, ...answered });
        } catch {
          // The page went away before its answer.
        }
      });
    });
  };
  browser.runtime.onMessage.addListener(listener);
  browser.runtime.onConnect.addListener(onConnect);
  return () => {
    browser.runtime.onMessage.removeListener(listener);
    browser.runtime.onConnect.removeListener(onConnect);
    for (const port of ports) port.disconnect();
    ports.clear();
  };
}
