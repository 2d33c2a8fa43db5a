import { autoCaptureOn } from '../../../rules/capture/auto-capture-decision';
import { getSettings } from '../../../storage/settings';
import { callBackground } from '../../../utils/call-background';
import { logError } from '../../../utils/errors';
import { announceCapture } from './answers';
import { debounce } from '../page/debounce';
import { onPageChange } from '../page/observe';
import type { Feature, PageSession } from '../page/page-session';

const QUIET_MS = 600;
const MAX_WAIT_MS = 10_000;

/**
 * Resolves once the page has been read (`ready`) and its DOM has stopped changing for
 * `QUIET_MS` (Seller Central renders in several passes), or after `MAX_WAIT_MS`. Never
 * resolves once the session has ended.
 */
function pageSettled(session: PageSession): Promise<void> {
  return new Promise((resolve) => {
    const { signal } = session;
    const settled = new AbortController();
    signal.addEventListener('abort', () => settled.abort());
    let ready = false;
    const done = () => {
      if (settled.signal.aborted) return;
      settled.abort();
      resolve();
    };
    const quiet = debounce(done, { wait: QUIET_MS }, settled.signal);
    const restart = () => {
      if (ready) quiet.schedule();
    };
    onPageChange(restart, { signal: settled.signal, kinds: ['childList', 'characterData'] });
    const cap = setTimeout(done, MAX_WAIT_MS);
    settled.signal.addEventListener('abort', () => clearTimeout(cap));
    session.onPageInfo((info) => {
      if (!info.ready || ready) return;
      ready = true;
      restart();
    });
  });
}

/**
 * Auto-capture (settings, off by default, per page kind): once the page has settled, ask
 * the background to archive it. The background compares the page's content hash with the
 * order's last capture of the same kind and stores nothing when they are equal.
 */
export const autoCapture: Feature = {
  name: 'auto-capture',
  runsOn: ['order-details', 'message-thread'],
  async start(session) {
    const settings = await getSettings();
    if (!autoCaptureOn(settings.autoCapture, session.address.kind)) return;
    await pageSettled(session);
    if (session.signal.aborted) return;
    const result = await callBackground('autoCapture', {});
    if (!result.ok) logError('auto-capture', result.error.message);
    // A stored capture is announced by the background; say so when nothing was stored either.
    else if (result.value.reason === 'unchanged') announceCapture({ phase: 'unchanged', lastSeq: result.value.lastSeq });
  },
};
