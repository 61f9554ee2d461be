import type { Runtime } from 'webextension-polyfill';
import { InvalidMessageError, validateRequest } from './request-schemas';
import { onMessage, type MessageType, type ProtocolMap } from './protocol';

export type Handlers = {
  [K in MessageType]?: (data: Parameters<ProtocolMap[K]>[0], sender: Runtime.MessageSender) => ReturnType<ProtocolMap[K]> | Promise<ReturnType<ProtocolMap[K]>>;
};

/**
 * Listens for each handled message type, answering only messages from this extension
 * itself whose data has the protocol's exact shape. Returns a function that stops.
 */
export function registerHandlers(handlers: Handlers, runtimeId: string): () => void {
  const stops = (Object.keys(handlers) as MessageType[]).map((type) =>
    // Async, so a refusal reaches the sender as the messaging library's error reply rather
    // than as an exception thrown out of the browser's onMessage listener.
    onMessage(type, async (message) => {
      if (message.sender.id !== runtimeId) throw new InvalidMessageError('Message from outside Kernel Context');
      const data = validateRequest(type, message.data);
      const handler = handlers[type] as (data: unknown, sender: Runtime.MessageSender) => unknown;
      return handler(data, message.sender) as never;
    }),
  );
  return () => stops.forEach((stop) => stop());
}
