import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ProtocolMap } from '../../utils/protocol';

/**
 * What fakeBrowser leaves unmocked but Seller Guard's wiring needs: events that tests fire with
 * `.trigger()` (context menu clicks, keyboard commands), and content scripts that answer
 * `tabs.sendMessage` in a tab the way the real ones do.
 */

type Listener<A extends unknown[]> = (...args: A) => unknown;

/** A browser event with `.trigger()`, like fakeBrowser's own mocked events. */
export function triggerableEvent<A extends unknown[]>() {
  const listeners: Listener<A>[] = [];
  return {
    addListener: (listener: Listener<A>) => void listeners.push(listener),
    removeListener: (listener: Listener<A>) => void listeners.splice(listeners.indexOf(listener) >>> 0, 1),
    hasListener: (listener: Listener<A>) => listeners.includes(listener),
    hasListeners: () => listeners.length > 0,
    trigger: async (...args: A) => Promise.all(listeners.map((listener) => listener(...args))),
  };
}

/** The context-menu and commands APIs, fresh (call in `beforeEach`, after `fakeBrowser.reset()`). */
export function installMenuAndCommands() {
  const menus: unknown[] = [];
  const contextMenus = {
    onClicked: triggerableEvent<[{ menuItemId: string | number }, { id?: number; url?: string; active?: boolean; windowId: number } | undefined]>(),
    create: (properties: unknown) => void menus.push(properties),
    removeAll: async () => void menus.splice(0),
  };
  const commands = { onCommand: triggerableEvent<[string, { id?: number; url?: string } | undefined]>() };
  Object.assign(fakeBrowser.contextMenus, contextMenus);
  Object.assign(fakeBrowser.commands, commands);
  return { menus, onClicked: contextMenus.onClicked, onCommand: commands.onCommand };
}

/** How a tab's content script answers each message (only those it handles). */
export type PageAnswers = { [K in keyof ProtocolMap]?: (data: Parameters<ProtocolMap[K]>[0]) => ReturnType<ProtocolMap[K]> };

/**
 * Content scripts in fake tabs: a message the extension sends to tab `id` (webext-core's
 * `{ type, data }` envelope) is answered by that tab's `answers`. A tab without a content
 * script gives no answer, as Chrome does ("Receiving end does not exist").
 */
export function installTabContentScripts(pages: Map<number, PageAnswers>): void {
  const sendMessage = (tabId: number, message: { type: keyof ProtocolMap; data: never }, _options: unknown, reply: (response: unknown) => void) => {
    const answer = pages.get(tabId)?.[message.type] as ((data: never) => unknown) | undefined;
    if (!answer) return reply(undefined);
    Promise.resolve()
      .then(() => answer(message.data))
      .then((res) => reply({ res }), (error: unknown) => reply({ err: { message: error instanceof Error ? error.message : String(error) } }));
  };
  Object.assign(fakeBrowser.tabs, { sendMessage });
}
