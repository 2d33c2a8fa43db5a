import type { PageKind } from '../page/page-kind';

/** The auto-capture settings (storage/settings.ts `autoCapture`). */
export interface AutoCaptureSettings {
  orderDetails: boolean;
  messageThread: boolean;
}

export type AutoCaptureDecision =
  | { capture: true; reason: 'first-capture' | 'content-changed' }
  | { capture: false; reason: 'off-for-kind' | 'unchanged' | 'no-page-key' };

/** The setting that governs each page kind; kinds without one are never auto-captured. */
const SETTING_OF: Partial<Record<PageKind, keyof AutoCaptureSettings>> = {
  'order-details': 'orderDetails',
  'message-thread': 'messageThread',
};

/** Whether auto-capture is on for pages of `kind`. */
export function autoCaptureOn(settings: AutoCaptureSettings, kind: PageKind): boolean {
  const key = SETTING_OF[kind];
  return key ? settings[key] : false;
}

/**
 * Whether a visit should be archived automatically: only when auto-capture is on for the
 * page's kind, the page can be identified (order id, or a thread URL), and its content hash
 * differs from the last capture of the same order (or thread) and kind. Revisits of an
 * unchanged page therefore add nothing.
 * @example autoCaptureDecision({ orderDetails: true, messageThread: false },
 *   { kind: 'order-details', pageKey: '112-…', contentHash: 'ab…' }, 'ab…') // { capture: false, reason: 'unchanged' }
 */
export function autoCaptureDecision(
  settings: AutoCaptureSettings,
  page: { kind: PageKind; pageKey: string | null; contentHash: string },
  lastContentHash: string | null,
): AutoCaptureDecision {
  if (!autoCaptureOn(settings, page.kind)) return { capture: false, reason: 'off-for-kind' };
  if (!page.pageKey) return { capture: false, reason: 'no-page-key' };
  if (lastContentHash === null) return { capture: true, reason: 'first-capture' };
  return lastContentHash === page.contentHash
    ? { capture: false, reason: 'unchanged' }
    : { capture: true, reason: 'content-changed' };
}
