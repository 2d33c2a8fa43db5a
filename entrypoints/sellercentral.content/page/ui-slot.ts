import type { ComponentChild } from 'preact';
import { mountUi, type MountOptions } from './mount-ui';
import { debounce } from './debounce';
import { onPageChange } from './observe';
import type { PageSession } from './page-session';
import { placeAboveContent } from './placement';

const SETTLE_MS = 100;

export interface UiSlot {
  /** Show (mounting on first use) or re-render the UI. */
  show(view: ComponentChild): Promise<void>;
  /** Take the UI off the page (it can be shown again). */
  hide(): void;
}

/**
 * In-page UI that comes and goes with the page's data, for the session's lifetime. Seller
 * Central re-renders parts of the page in place; when that removes the UI while it should
 * be shown, it is put back (placed again by `options.append`).
 */
export function uiSlot(session: PageSession, options: MountOptions): UiSlot {
  let mounting: ReturnType<typeof mountUi> | null = null;
  let wanted = false;

  const reattach = async () => {
    const mounted = await mounting;
    if (!mounted || !wanted || session.signal.aborted || mounted.ui.shadowHost.isConnected) return;
    mounted.ui.remove();
    mounted.ui.mount();
  };
  const later = debounce(() => void reattach(), { wait: SETTLE_MS }, session.signal);
  onPageChange(() => later.schedule(), { signal: session.signal });

  return {
    async show(view) {
      wanted = true;
      mounting ??= mountUi(session, options, view);
      const mounted = await mounting;
      if (!wanted || session.signal.aborted) return;
      mounted.update(view);
      await reattach();
    },
    hide() {
      wanted = false;
      void mounting?.then((mounted) => {
        if (!wanted) mounted.ui.remove();
      });
    },
  };
}

/**
 * A slot for the panel whose shadow host is named `name` (see placement.ts), kept in the page
 * flow just above the page's content, never over it.
 */
export function aboveContentSlot(session: PageSession, name: string): UiSlot {
  return uiSlot(session, { name, anchor: () => document.body, append: (_anchor, host) => placeAboveContent(document, host) });
}
