import { browser } from 'wxt/browser';
import { emptySchema } from '../../../utils/protocol';
import { handle } from '../handle';

/** The welcome page's address inside the extension. */
export const WELCOME_PATH = '/welcome.html';

/**
 * Show the welcome page in a new tab. (Finding an open one would need the `tabs` permission:
 * without it `tabs.query` ignores its `url` filter.)
 */
export async function openWelcomePage(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) });
}

/**
 * First run: the welcome page opens once, when the extension is installed (not on updates or
 * browser restarts). The in-page "Set your name" button asks for it again.
 */
export function registerWelcome(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void openWelcomePage().catch((error: unknown) => console.error('[Seller Guard] welcome page', error));
  });
  handle('openWelcome', emptySchema, async () => {
    await openWelcomePage();
    return null;
  });
}
