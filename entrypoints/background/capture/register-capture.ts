import { browser, type Browser } from 'wxt/browser';
import { isSellerCentralUrl } from '../../../rules/page/hosts';
import { verifyChain } from '../../../storage/chain/capture-chain';
import { captureRequestSchema, captureTabRequestSchema, type CaptureRequest } from '../../../utils/capture-protocol';
import { emptySchema } from '../../../utils/protocol';
import { SellerGuardError } from '../../../utils/errors';
import { handle } from '../handle';
import { autoCaptureVisit } from './auto-capture-visit';
import { captureTab, type CaptureChoice } from './capture-flow';
import { registerCaptureTriggers } from './triggers';
import { t } from '../../../locales/current';

/** The Seller Central tab (top frame) a content-script message came from. */
function senderTab(sender: Browser.runtime.MessageSender): Browser.tabs.Tab {
  const tab = sender.tab;
  if (!tab?.id || sender.frameId !== 0 || !isSellerCentralUrl(sender.url ?? tab.url)) {
    throw new SellerGuardError('invalid-input', t('error.captureOnlyFromSellerCentral'));
  }
  return tab;
}

// The schemas filled in the defaults already; this only satisfies the input type.
const choiceOf = (data: CaptureRequest): CaptureChoice => ({ fullPage: data.fullPage, tags: data.tags ?? [], note: data.note ?? '' });

/** Evidence capture in the background: message handlers, context menu and shortcut. */
export function registerCapture(): void {
  handle('captureFromPage', captureRequestSchema, async (data, sender) =>
    captureTab(senderTab(sender), 'page-button', choiceOf(data)),
  );
  handle('captureTab', captureTabRequestSchema, async (data) => {
    const tab = await browser.tabs.get(data.tabId).catch(() => null);
    if (!tab) throw new SellerGuardError('not-found', t('error.tabGone'));
    return captureTab(tab, 'popup', choiceOf(data));
  });
  handle('autoCapture', emptySchema, async (_data, sender) => autoCaptureVisit(senderTab(sender)));
  handle('verifyArchive', emptySchema, async () => verifyChain());
  registerCaptureTriggers();
}
