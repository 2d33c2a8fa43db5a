import type { ComponentChild } from 'preact';
import { CaptureStatus, stateOf } from '../../../components/capture-status';
import { onCaptureProgress } from './answers';
import './capture-panel.css';
import { mountUi } from '../page/mount-ui';
import type { Feature } from '../page/page-session';

/**
 * Pages without the capture panel (order lists, the inbox, others) can still be captured
 * from the toolbar, the shortcut or the context menu: show the progress and result there.
 */
export const captureToast: Feature = {
  name: 'capture-toast',
  runsOn: ['order-list', 'messaging-inbox', 'other'],
  start(session) {
    let mounted: Promise<{ update(view: ComponentChild): void }> | null = null;
    onCaptureProgress((progress) => {
      const view = (
        <div class="sg-capture-toast">
          <CaptureStatus state={stateOf(progress)} />
        </div>
      );
      if (mounted) void mounted.then(({ update }) => update(view));
      else mounted = mountUi(session, { name: 'seller-guard-capture-toast' }, view);
    }, session.signal);
  },
};
