import { CaptureStatus, stateOf } from '../../../components/capture-status';
import { onCaptureProgress } from './answers';
import './capture-panel.css';
import { CAPTURE_TOAST_HOST } from '../page/placement';
import { aboveContentSlot } from '../page/ui-slot';
import type { Feature } from '../page/page-session';

/**
 * Pages without the capture panel (order lists, the inbox, others) can still be captured
 * from the toolbar, the shortcut or the context menu: show the progress and result there, in
 * the page flow above the content.
 */
export const captureToast: Feature = {
  name: 'capture-toast',
  runsOn: ['order-list', 'messaging-inbox', 'other'],
  start(session) {
    const slot = aboveContentSlot(session, CAPTURE_TOAST_HOST);
    onCaptureProgress((progress) => {
      const view = (
        <div class="sg-capture-toast">
          <CaptureStatus state={stateOf(progress)} />
        </div>
      );
      void slot.show(view);
    }, session.signal);
  },
};
