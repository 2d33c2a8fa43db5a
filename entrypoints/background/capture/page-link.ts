import { type ProtocolMap } from '../../../utils/protocol';
import { sendMessage } from '../../../utils/messaging';
import type { GetDataType, GetReturnType } from '@webext-core/messaging';
import { SellerGuardError } from '../../../utils/errors';
import { t } from '../../../locales/current';

type PageMessage = 'getCaptureSnapshot' | 'prepareCapture' | 'scrollTile' | 'hideForShot' | 'restorePage' | 'captureProgress';

/**
 * Ask the content script in the tab's top frame. A tab without Seller Guard's content script
 * (not Seller Central, or opened before the extension was installed) becomes a clear error.
 */
export async function askPage<K extends PageMessage>(
  tabId: number,
  type: K,
  data: GetDataType<ProtocolMap[K]>,
): Promise<Awaited<GetReturnType<ProtocolMap[K]>>> {
  try {
    return (await sendMessage(type, data as never, { tabId, frameId: 0 })) as Awaited<GetReturnType<ProtocolMap[K]>>;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/No response|Receiving end does not exist|Could not establish connection/i.test(message)) {
      throw new SellerGuardError('unavailable', t('error.notRunningYet'));
    }
    throw error;
  }
}

/** Tell the page how a capture is going; a page that is gone or busy is not an error. */
export function tellPage(tabId: number, progress: GetDataType<ProtocolMap['captureProgress']>): Promise<void> {
  return sendMessage('captureProgress', progress, { tabId, frameId: 0 }).catch(() => undefined);
}
