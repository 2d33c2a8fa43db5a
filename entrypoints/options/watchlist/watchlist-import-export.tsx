import { useState } from 'preact/hooks';
import { t } from '../../../locales/current';
import { exportWatchlist } from '../../../storage/watchlist/watchlist-export';
import { applyWatchlistImport, previewWatchlistImport, type WatchlistImportPlan } from '../../../storage/watchlist/watchlist-import';
import { IMPORT_ERROR_CODES, type ErrorCode } from '../../../utils/errors';
import { resultOf, type ErrorInfo } from '../../../utils/result';
import { checkWatchlistFileSize } from '../../../storage/watchlist/watchlist-transfer';
import { WatchlistImportPreview } from './watchlist-import-preview';
import { refreshToolbarBadge } from './use-watchlist';

type Outcome = { error: boolean; text: string } | null;

/** Why a file was refused, naming the row and field when known and not said already. */
export function importProblemText(error: ErrorInfo): string {
  if (!(IMPORT_ERROR_CODES as readonly ErrorCode[]).includes(error.code)) return error.message;
  const mentions = error.mentions ?? [];
  const where: string[] = [];
  if (error.row !== undefined && !mentions.includes('row')) where.push(t('watchlistEditor.where.row', { row: error.row }));
  if (error.field && !mentions.includes('field')) where.push(t('watchlistEditor.where.field', { field: error.field }));
  return where.length ? t('watchlistEditor.where', { problem: error.message, where: where.join(', ') }) : error.message;
}

/** Offer `text` as a file download (a Blob URL; nothing leaves the machine). */
function download(fileName: string, mimeType: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Export the watchlist as JSON or CSV; import a shared file after a preview (not for a team auditor: `readOnly`). */
export function WatchlistTransfer({ readOnly = false }: { readOnly?: boolean }) {
  const [plan, setPlan] = useState<{ plan: WatchlistImportPlan; fileName: string } | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const [inputKey, setInputKey] = useState(0);

  const refused = (error: ErrorInfo) => setOutcome({ error: true, text: t('watchlistEditor.importRefused', { error: importProblemText(error) }) });

  const exportAs = async (format: 'json' | 'csv') => {
    const result = await resultOf(async () => {
      const file = await exportWatchlist(format);
      download(file.fileName, file.mimeType, file.text);
      return file.fileName;
    }, 'watchlist export');
    if (result.ok) setOutcome({ error: false, text: t('watchlistEditor.exported', { file: result.value }) });
    else setOutcome({ error: true, text: t('watchlistEditor.exportFailed', { error: importProblemText(result.error) }) });
  };

  const preview = async (event: Event) => {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    setPlan(null);
    if (!file) return;
    const result = await resultOf(async () => {
      checkWatchlistFileSize(file.size);
      return { plan: await previewWatchlistImport(await file.text()), fileName: file.name };
    }, 'watchlist import preview');
    if (!result.ok) return refused(result.error);
    setPlan(result.value);
    setOutcome(null);
  };

  const apply = async () => {
    if (!plan) return;
    setBusy(true);
    const result = await resultOf(() => applyWatchlistImport(plan.plan, new Date(), plan.fileName), 'watchlist import');
    if (result.ok) {
      refreshToolbarBadge();
      const { added, updated, skipped } = result.value;
      setOutcome({ error: false, text: t('watchlistEditor.imported', { file: plan.fileName, added, updated, skipped }) });
    } else refused(result.error);
    setBusy(false);
    setPlan(null);
    setInputKey(inputKey + 1);
  };

  const cancel = () => {
    setPlan(null);
    setInputKey(inputKey + 1);
  };

  return (
    <div class="wl-transfer">
      <h3>{t('watchlistEditor.share')}</h3>
      <div class="wl-actions">
        <button type="button" onClick={() => void exportAs('json')}>{t('watchlistEditor.exportJson')}</button>
        <button type="button" onClick={() => void exportAs('csv')}>{t('watchlistEditor.exportCsv')}</button>
      </div>
      {readOnly ? (
        <p role="status" data-testid="watchlist-import-auditor">{t('teamEdges.importAuditor')}</p>
      ) : (
        <label>
          {t('watchlistEditor.importFile')}
          <input key={inputKey} type="file" accept=".json,.csv,application/json,text/csv" onChange={(event) => void preview(event)} />
        </label>
      )}
      {plan && !readOnly ? (
        <>
          <WatchlistImportPreview plan={plan.plan} fileName={plan.fileName} />
          <div class="wl-actions">
            <button type="button" disabled={busy} onClick={() => void apply()}>{t('watchlistEditor.apply')}</button>
            <button type="button" onClick={cancel}>{t('watchlistEditor.cancelImport')}</button>
          </div>
        </>
      ) : null}
      {outcome ? (
        <p role={outcome.error ? 'alert' : 'status'} class={outcome.error ? 'wl-error' : 'wl-done'} data-testid="watchlist-transfer-outcome">
          {outcome.text}
        </p>
      ) : null}
    </div>
  );
}
