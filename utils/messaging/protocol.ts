import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from './protocol-map';

export type { MessageType, ProtocolMap } from './protocol-map';

/**
 * The typed messaging of the background and the extension pages. The content script
 * speaks the same protocol through utils/messaging/content-messaging.ts, without the
 * library and its polyfill (DESIGN.md's 20 kB budget for the content script).
 */
export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
