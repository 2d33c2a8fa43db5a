import { browser } from 'wxt/browser';
import type { CaptureRecord } from '../../../storage/capture/capture-schema';

export type CaptureSource = CaptureRecord['source'];

/** Sources whose user gesture grants `activeTab` (toolbar popup, shortcut, context menu). */
const ACTIVE_TAB_SOURCES: readonly CaptureSource[] = ['popup', 'shortcut', 'context-menu'];

export const NEEDS_PERMISSION_NOTE =
  'No screenshot: Chrome allows screenshots from the in-page button only after you turn on ' +
  '"Enable one-click screenshots from the page" in Seller Guard\'s options. To include one now, ' +
  'use the toolbar button, the shortcut (Alt+Shift+S) or the right-click menu.';

export const BACKGROUND_TAB_NOTE = 'No screenshot: the tab was not in front when it was captured.';

/**
 * Whether a screenshot may be taken for this capture, and if not, the note that tells the
 * agent why. The in-page button and auto-capture need the optional `<all_urls>` host
 * permission; the popup, the shortcut and the context menu carry `activeTab`.
 */
export async function screenshotBlocker(source: CaptureSource, tab: { active?: boolean }): Promise<string | null> {
  if (!ACTIVE_TAB_SOURCES.includes(source)) {
    const granted = await browser.permissions.contains({ origins: ['<all_urls>'] }).catch(() => false);
    if (!granted) return NEEDS_PERMISSION_NOTE;
    if (!tab.active) return BACKGROUND_TAB_NOTE;
  }
  return null;
}
