import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from './protocol';

/**
 * Sending and answering the messages of `ProtocolMap`. Apart from protocol.ts, whose zod
 * schemas only the receiving side needs, so a page that only asks (the popup) does not load
 * the validator before its first frame.
 */
export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
