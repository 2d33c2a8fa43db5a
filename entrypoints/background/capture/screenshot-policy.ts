import { browser } from 'wxt/browser';
import type { CaptureRecord } from '../../../storage/capture/capture-schema';
import { t } from '../../../locales/current';

export type CaptureSource = CaptureRecord['source'];

/** Sources whose user gesture grants `activeTab` (toolbar popup, shortcut, context menu). */
const ACTIVE_TAB_SOURCES: readonly CaptureSource[] = ['popup', 'shortcut', 'context-menu'];


/**
 * Whether a screenshot may be taken for this capture, and if not, the note that tells the
 * agent why. The in-page button and auto-capture need the optional `<all_urls>` host
 * permission; the popup, the shortcut and the context menu carry `activeTab`.
 */
export async function screenshotBlocker(source: CaptureSource, tab: { active?: boolean }): Promise<string | null> {
  if (!ACTIVE_TAB_SOURCES.includes(source)) {
    const granted = await browser.permissions.contains({ origins: ['<all_urls>'] }).catch(() => false);
    if (!granted) return t('capture.note.needsPermission');
    if (!tab.active) return t('capture.note.backgroundTab');
  }
  return null;
}
