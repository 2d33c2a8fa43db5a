import { CapturePanel } from './capture-panel';
import { stateOf, type CaptureState } from '../../../components/capture-status';
import { getSettings, watchSettings } from '../../../storage/settings';
import type { CaptureRequest } from '../../../utils/capture-protocol';
import { callBackground } from '../../../utils/call-background';
import { onCaptureProgress } from './answers';
import './capture-panel.css';
import { CAPTURE_HOST } from '../page/placement';
import { aboveContentSlot } from '../page/ui-slot';
import type { Feature } from '../page/page-session';

/**
 * The in-page "Capture page" button on order, thread and contact-buyer pages, in the page
 * flow above the content (never over the page's own controls). The
 * background takes the screenshot (when Chrome allows it from a page click: see the options
 * page) and stores the page's text and data either way; progress and the result show here.
 */
export const captureButton: Feature = {
  name: 'capture-button',
  runsOn: ['order-details', 'message-thread', 'contact-buyer'],
  async start(session) {
    const initial = await getSettings();
    let mode = initial.screenshotMode;
    let named = initial.agentName !== '';
    const setName = () => void sendMessage('openWelcome', {}).catch((error: unknown) => console.error('[Seller Guard] welcome page', error));
    let state: CaptureState = { status: 'idle' };

    const capture = async (request: Required<CaptureRequest>) => {
      render({ status: 'working', done: 0, total: 0 });
      const result = await callBackground('captureFromPage', request);
      if (session.signal.aborted) return;
      render(result.ok ? { status: 'saved', outcome: result.value } : { status: 'failed', message: result.error.message });
    };
    const view = () => (
      <CapturePanel key={mode} defaultMode={mode} state={state} onCapture={(r) => void capture(r)} onSetName={named ? undefined : setName} />
    );
    const slot = aboveContentSlot(session, CAPTURE_HOST);
    const update = (next: ReturnType<typeof view>) => void slot.show(next);
    await slot.show(view());
    function render(next: CaptureState) {
      state = next;
      update(view());
    }

    onCaptureProgress((progress) => render(stateOf(progress)), session.signal);
    const unwatch = watchSettings((settings) => {
      if (settings.screenshotMode === mode && (settings.agentName !== '') === named) return;
      mode = settings.screenshotMode;
      named = settings.agentName !== '';
      update(view());
    });
    session.signal.addEventListener('abort', unwatch);
  },
};
