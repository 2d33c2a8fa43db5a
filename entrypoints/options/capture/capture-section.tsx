import { t } from '../../../locales/current';
import { useEffect, useState } from 'preact/hooks';
import type { ChainReport } from '../../../storage/chain/capture-chain';
import { requestPersistentStorage } from '../../../storage/persistence';
import { callBackground } from '../../../utils/call-background';
import { usePageScreenshots } from '../../../components/use-page-screenshots';
import { useSettings } from '../../../components/use-settings';

/** Evidence capture: screenshot mode, masking, auto-capture, in-page screenshots, integrity check. */
export function CaptureSection() {
  const { settings, save } = useSettings();
  const screenshots = usePageScreenshots();
  const [message, setMessage] = useState('');
  const [persistent, setPersistent] = useState<boolean | null>(null);
  useEffect(() => void requestPersistentStorage().then(setPersistent), []);
  if (!settings) return <p role="status">{t('options.loadingSettings')}</p>;
  const change = async (patch: Parameters<typeof save>[0]) => setMessage((await save(patch)) ? t('options.notSavedShort') : t('options.saved'));
  const auto = settings.autoCapture;

  return (
    <div class="capture-settings">
      <fieldset>
        <legend>{t('capture.panel.screenshot')}</legend>
        {(['visible', 'full'] as const).map((mode) => (
          <label key={mode}>
            <input type="radio" name="screenshotMode" value={mode} checked={settings.screenshotMode === mode} onChange={() => void change({ screenshotMode: mode })} />
            {mode === 'visible' ? t('capture.panel.visible') : t('options.capture.full')}
          </label>
        ))}
      </fieldset>
      <label>
        <input type="checkbox" checked={settings.maskPersonalData} onChange={(e) => void change({ maskPersonalData: e.currentTarget.checked })} />
        {t('options.capture.mask')}
      </label>
      <fieldset>
        <legend>{t('options.capture.auto')}</legend>
        <label>
          <input type="checkbox" checked={auto.orderDetails} onChange={(e) => void change({ autoCapture: { ...auto, orderDetails: e.currentTarget.checked } })} />
          {t('options.capture.autoOrders')}
        </label>
        <label>
          <input type="checkbox" checked={auto.messageThread} onChange={(e) => void change({ autoCapture: { ...auto, messageThread: e.currentTarget.checked } })} />
          {t('options.capture.autoThreads')}
        </label>
      </fieldset>
      <p role="status" aria-live="polite">{message}</p>
      {persistent === null ? null : (
        <p role="status" data-persistent={String(persistent)}>
          {persistent
            ? t('options.capture.persistent')
            : t('options.capture.notPersistent')}
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
      <h3>{t('options.capture.pageShots')}</h3>
      <p role="status" data-permission={granted === null ? 'unknown' : granted ? 'granted' : 'not-granted'}>
        {granted === null
          ? t('options.capture.checking')
          : granted
            ? t('options.capture.pageShotsOn')
            : t('options.capture.pageShotsOff')}
      </p>
      {granted === false ? (
        <button type="button" onClick={() => void request()}>
          {t('options.capture.enable')}
        </button>
      ) : null}
      {granted ? (
        <button type="button" onClick={() => void revoke()}>
          {t('options.capture.disable')}
        </button>
      ) : null}
      <p class="hint">{t('options.capture.permissionHint')}</p>
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
    const result = await callBackground('verifyArchive', {});
    setChecking(false);
    setReport(result.ok ? result.value : null);
    setFailure(result.ok ? '' : result.error.message);
  };
  return (
    <div class="archive-check">
      <h3>{t('options.capture.integrity')}</h3>
      <button type="button" onClick={() => void check()} disabled={checking}>
        {t('options.capture.check')}
      </button>
      {checking ? <p role="status">{t('options.capture.checkingAll')}</p> : null}
      {report?.ok ? <p role="status" data-verify="ok">{t('options.capture.intact', { count: report.intact })}</p> : null}
      {report && !report.ok ? (
        <p role="alert" data-verify="broken" data-broken-seq={report.firstBroken?.seq}>
          {t('options.capture.altered', { problem: report.firstBroken?.message ?? '', count: report.intact })}
        </p>
      ) : null}
      {failure ? <p role="alert">{t('options.capture.checkFailed', { error: failure })}</p> : null}
    </div>
  );
}
