import type { Browser } from 'wxt/browser';
import { autoCaptureDecision } from '../../../rules/capture/auto-capture-decision';
import { contentHashOf } from '../../../storage/capture/capture-record';
import { latestCaptureOf } from '../../../storage/capture/capture-store';
import { getSettings } from '../../../storage/settings';
import type { AutoCaptureOutcome } from '../../../utils/capture-protocol';
import { serialQueue } from '../../../utils/serial-queue';
import { captureTab, readSnapshot } from './capture-flow';

// Visits are decided one at a time, so two quick visits of one page cannot both count as "first".
const oneAtATime = serialQueue();

/**
 * A visit to an order or thread page: archive it when auto-capture is on for its kind and
 * its content differs from that order's (or thread's) last capture of the same kind.
 * Auto-captures take the visible area only: scrolling the page under the agent would be rude.
 */
export function autoCaptureVisit(tab: Browser.tabs.Tab): Promise<AutoCaptureOutcome> {
  return oneAtATime(async (): Promise<AutoCaptureOutcome> => {
    const settings = await getSettings();
    const at = new Date();
    const snapshot = await readSnapshot(tab.id!, settings);
    const pageKey = snapshot.orderId ?? (snapshot.kind === 'message-thread' ? snapshot.url : null);
    const contentHash = await contentHashOf(snapshot);
    const last = pageKey ? await latestCaptureOf(snapshot) : null;
    const decision = autoCaptureDecision(settings.autoCapture, { kind: snapshot.kind, pageKey, contentHash }, last?.contentHash ?? null);
    if (!decision.capture) {
      return decision.reason === 'unchanged'
        ? { stored: false, reason: 'unchanged', lastSeq: last?.seq ?? 0 }
        : { stored: false, reason: decision.reason };
    }
    const capture = await captureTab(tab, 'auto', { tags: [], note: '' }, { snapshot, settings, at });
    return { stored: true, capture, reason: decision.reason };
  });
}
