import { t } from '../../../locales/current';
import { useEffect, useState } from 'preact/hooks';
import { requestPersistentStorage } from '../../../storage/persistence';
import { sendMessage } from '../../../utils/protocol';
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
    const result = await sendMessage('captureTab', { tabId, tags: [], note: '' }).catch((error: unknown) => ({
      ok: false as const,
      error: { message: error instanceof Error ? error.message : String(error) },
    }));
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
