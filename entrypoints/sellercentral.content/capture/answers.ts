import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CaptureProgress } from '../../../utils/capture-protocol';
import { onMessage } from '../../../utils/messaging';
import { captureSnapshot } from './page-snapshot';
import { settleBeforeCapture } from './settle-before-capture';
import { showOwnUi } from './hide-own-ui';
import { hideForShot, prepareCapture, restorePage, scrollTile } from './screenshot-scroll';
import { detectPage } from '../page/detect-page';
import { activeSession } from '../page/registry';

type ProgressListener = (progress: CaptureProgress) => void;
const listeners = new Set<ProgressListener>();

/**
 * Hear capture progress and results on this page (from the in-page button, the popup, the
 * shortcut, the context menu or auto-capture) until `signal` aborts.
 */
export function onCaptureProgress(listener: ProgressListener, signal: AbortSignal): void {
  listeners.add(listener);
  signal.addEventListener('abort', () => listeners.delete(listener));
}

/** Tell this page's capture UI about something decided here (e.g. auto-capture found no change). */
export function announceCapture(progress: CaptureProgress): void {
  for (const listener of listeners) listener(progress);
}

/** Answer the background's capture questions on any Seller Central page, for the script's life. */
export function answerCaptureRequests(ctx: ContentScriptContext): void {
  const stops = [
    onMessage('getCaptureSnapshot', async ({ data }) => {
      const url = new URL(location.href);
      const address = activeSession()?.address ?? detectPage(document, url);
      // What the page has finished showing: a thread's order panel loads after its messages.
      const notLoaded = await settleBeforeCapture(document, url, address.kind, { signal: activeSession()?.signal });
      const session = activeSession();
      return captureSnapshot(document, session?.address ?? address, session?.current() ?? null, data.mask, notLoaded);
    }),
    onMessage('prepareCapture', ({ data }) => prepareCapture(document, data.fullPage, data.mask)),
    onMessage('scrollTile', ({ data }) => scrollTile(document, data.index, data.y, data.mask)),
    onMessage('hideForShot', () => hideForShot(document)),
    onMessage('restorePage', () => restorePage()),
    onMessage('captureProgress', ({ data }) => {
      // Between shots Seller Guard's UI shows the progress; the next shot hides it again.
      showOwnUi();
      announceCapture(data);
    }),
  ];
  ctx.onInvalidated(() => {
    restorePage();
    for (const stop of stops) stop();
  });
}
