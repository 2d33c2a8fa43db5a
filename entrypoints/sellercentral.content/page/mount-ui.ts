import { cloneElement, isValidElement, render, type ComponentChild } from 'preact';
import { onLanguageChange } from '../../../locales/current';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptAppendMode } from 'wxt/utils/content-script-ui/types';
import type { PageSession } from './page-session';

export interface MountOptions {
  /** Custom element name of the shadow host, e.g. `seller-guard-banner`. */
  name: string;
  anchor?: string | Element | (() => Element | null | undefined);
  append?: ContentScriptAppendMode;
}

/**
 * Mount Preact UI in an open shadow root for the lifetime of `session`: removed when the
 * page session ends. Returns `update(view)` to re-render with new content.
 */
export async function mountUi(session: PageSession, options: MountOptions, view: ComponentChild) {
  let container: HTMLElement | null = null;
  const ui = await createShadowRootUi(session.ctx, {
    name: options.name,
    mode: 'open',
    position: 'inline',
    anchor: options.anchor ?? 'body',
    append: options.append ?? 'last',
    isolateEvents: true,
    onMount(uiContainer) {
      container = uiContainer;
      render(view, uiContainer);
    },
    onRemove() {
      if (container) render(null, container);
      container = null;
    },
  });
  if (session.signal.aborted) return { ui, update: () => undefined };
  ui.mount();
  // A language switch in Options re-renders in place (a fresh element keeps component state).
  const stopFollowing = onLanguageChange(() => {
    if (container) render(isValidElement(view) ? cloneElement(view) : view, container);
  });
  session.signal.addEventListener('abort', () => {
    stopFollowing();
    ui.remove();
  });
  return {
    ui,
    update(next: ComponentChild) {
      view = next;
      if (container) render(next, container);
    },
  };
}
