import { useEffect, useState } from 'preact/hooks';
import type { ChainReport } from '../../../storage/chain/capture-chain';
import { requestPersistentStorage } from '../../../storage/persistence';
import { sendMessage } from '../../../utils/protocol';
import { usePageScreenshots } from '../../../components/use-page-screenshots';
import { useSettings } from '../../../components/use-settings';

/** Evidence capture: screenshot mode, masking, auto-capture, in-page screenshots, integrity check. */
export function CaptureSection() {
  const { settings, save } = useSettings();
  const screenshots = usePageScreenshots();
  const [message, setMessage] = useState('');
  const [persistent, setPersistent] = useState<boolean | null>(null);
  useEffect(() => void requestPersistentStorage().then(setPersistent), []);
  if (!settings) return <p role="status">Loading settings…</p>;
  const change = async (patch: Parameters<typeof save>[0]) => setMessage((await save(patch)) ? 'Not saved.' : 'Saved.');
  const auto = settings.autoCapture;

  return (
    <div class="capture-settings">
      <fieldset>
        <legend>Screenshot</legend>
        {(['visible', 'full'] as const).map((mode) => (
          <label key={mode}>
            <input type="radio" name="screenshotMode" value={mode} checked={settings.screenshotMode === mode} onChange={() => void change({ screenshotMode: mode })} />
            {mode === 'visible' ? 'Visible area' : 'Full page (scrolls the page, about two views a second)'}
          </label>
        ))}
      </fieldset>
      <label>
        <input type="checkbox" checked={settings.maskPersonalData} onChange={(e) => void change({ maskPersonalData: e.currentTarget.checked })} />
        Mask the shipping address and buyer phone in screenshots and leave them out of the stored text (recommended)
      </label>
      <fieldset>
        <legend>Auto-capture on every visit (only when the page changed since its last capture)</legend>
        <label>
          <input type="checkbox" checked={auto.orderDetails} onChange={(e) => void change({ autoCapture: { ...auto, orderDetails: e.currentTarget.checked } })} />
          Order details pages
        </label>
        <label>
          <input type="checkbox" checked={auto.messageThread} onChange={(e) => void change({ autoCapture: { ...auto, messageThread: e.currentTarget.checked } })} />
          Buyer message threads
        </label>
      </fieldset>
      <p role="status" aria-live="polite">{message}</p>
      {persistent === null ? null : (
        <p role="status" data-persistent={String(persistent)}>
          {persistent
            ? 'The archive is in persistent storage: Chrome will not clear it to free space.'
            : 'Chrome has not granted persistent storage: under severe disk pressure it could clear the archive. Export evidence packs you need to keep.'}
        </p>
      )}
      <PageScreenshots {...screenshots} />
      <ArchiveCheck />
    </div>
  );
}

function PageScreenshots({ granted, error, request, revoke }: ReturnType<typeof usePageScreenshots>) {
  return (
    <div class="page-screenshots">
      <h3>One-click screenshots from the page</h3>
      <p role="status" data-permission={granted === null ? 'unknown' : granted ? 'granted' : 'not-granted'}>
        {granted === null
          ? 'Checking…'
          : granted
            ? 'On: the in-page Capture button includes a screenshot.'
            : 'Off: the in-page Capture button stores the page’s text and data only. Captures from the toolbar button, Alt+Shift+S or the right-click menu always include a screenshot.'}
      </p>
      {granted === false ? (
        <button type="button" onClick={() => void request()}>
          Enable one-click screenshots from the page
        </button>
      ) : null}
      {granted ? (
        <button type="button" onClick={() => void revoke()}>
          Turn off one-click screenshots
        </button>
      ) : null}
      <p class="hint">Chrome asks to let Seller Guard “read and change all your data on all websites”: that is the only permission that allows a screenshot from a button on the page. Seller Guard still runs only on Seller Central and sends nothing anywhere.</p>
      {error ? <p role="alert">{error}</p> : null}
    </div>
  );
}

function ArchiveCheck() {
  const [report, setReport] = useState<ChainReport | null>(null);
  const [failure, setFailure] = useState('');
  const [checking, setChecking] = useState(false);
  const check = async () => {
    setChecking(true);
    const result = await sendMessage('verifyArchive', {}).catch((e: unknown) => ({ ok: false as const, error: { message: String(e) } }));
    setChecking(false);
    setReport(result.ok ? result.value : null);
    setFailure(result.ok ? '' : result.error.message);
  };
  return (
    <div class="archive-check">
      <h3>Archive integrity</h3>
      <button type="button" onClick={() => void check()} disabled={checking}>
        Check the evidence archive
      </button>
      {checking ? <p role="status">Checking every capture and screenshot…</p> : null}
      {report?.ok ? <p role="status" data-verify="ok">All {report.intact} captures are intact: every hash and link of the chain checks out.</p> : null}
      {report && !report.ok ? (
        <p role="alert" data-verify="broken" data-broken-seq={report.firstBroken?.seq}>
          The archive was altered. {report.firstBroken?.message} ({report.intact} captures before it are intact.)
        </p>
      ) : null}
      {failure ? <p role="alert">Could not check the archive: {failure}</p> : null}
    </div>
  );
}
