/**
 * The protocol of utils/messaging/protocol-map.ts for the content script, over the
 * browser's own runtime messaging: the wire format of @webext-core/messaging (requests
 * `{ id, type, data, timestamp }`, replies `{ res }` or `{ err }`), so the background and
 * the popup keep the library while the content script carries neither it nor its
 * webextension-polyfill. tests/messaging/content-messaging.test.ts runs both ends against
 * the library itself.
 */
import type { MessageType, ProtocolMap } from './protocol-map';

type DataOf<K extends MessageType> = Parameters<ProtocolMap[K]>[0];
type ReplyOf<K extends MessageType> = ReturnType<ProtocolMap[K]>;
type Reply = { res?: unknown; err?: { message?: unknown } | null } | undefined;

interface RuntimeMessaging {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(listener: (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => boolean | undefined): void;
    removeListener(listener: (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => boolean | undefined): void;
  };
}

let nextId = Math.floor(Math.random() * 10_000);

function runtime(): RuntimeMessaging {
  return browser.runtime as unknown as RuntimeMessaging;
}

/** Asks the background; rejects with the background's error message when it refused or failed. */
export async function sendMessage<K extends MessageType>(type: K, ...[data]: DataOf<K> extends undefined ? [] : [DataOf<K>]): Promise<ReplyOf<K>> {
  const reply = (await runtime().sendMessage({ id: nextId++, type, data, timestamp: Date.now() })) as Reply;
  if (!reply) throw new Error('No response');
  if (reply.err != null) throw new Error(typeof reply.err.message === 'string' ? reply.err.message : 'Error');
  return reply.res as ReplyOf<K>;
}

/** Answers one message type sent to this tab (by the popup or the background). Returns a function that stops. */
export function onMessage<K extends MessageType>(type: K, handle: (data: DataOf<K>) => ReplyOf<K> | Promise<ReplyOf<K>>): () => void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
    if (typeof message !== 'object' || message === null || (message as { type?: unknown }).type !== type) return undefined;
    Promise.resolve()
      .then(() => handle((message as { data: DataOf<K> }).data))
      .then(
        (res) => sendResponse({ res }),
        (error: unknown) => sendResponse({ err: { name: 'Error', message: error instanceof Error ? error.message : String(error) } }),
      );
    // The reply comes later: keep the channel open.
    return true;
  };
  runtime().onMessage.addListener(listener);
  return () => runtime().onMessage.removeListener(listener);
}
