import { t } from '../../../locales/current';
import { useEffect, useState } from 'preact/hooks';
import { requestPersistentStorage } from '../../../storage/persistence';
import { callBackground } from '../../../utils/call-background';
import { CaptureStatus, type CaptureState } from '../../../components/capture-status';

/**
 * The popup's "Capture this page" button. Opening the popup grants activeTab for the tab,
 * so this capture always includes a screenshot (the setting decides visible or full page).
 */
export function CapturePopupButton({ tabId }: { tabId: number }) {
  const [state, setState] = useState<CaptureState>({ status: 'idle' });
  // Screenshots are large: make sure the browser will not evict the archive (pages only).
  useEffect(() => void requestPersistentStorage(), []);
  const capture = async () => {
    setState({ status: 'working', done: 0, total: 0 });
    const result = await callBackground('captureTab', { tabId, tags: [], note: '' });
    setState(result.ok ? { status: 'saved', outcome: result.value } : { status: 'failed', message: result.error.message });
  };
  return (
    <div class="capture-popup">
      <button type="button" onClick={() => void capture()} disabled={state.status === 'working'}>
        {t('capture.thisPage')}
      </button>
      <CaptureStatus state={state} />
    </div>
  );
}
