import { useState } from 'preact/hooks';
import { t } from '../../../locales/current';
import { WatchlistReasonOptions, WatchlistSeverityOptions } from '../../../components/watchlist-choices';
import {
  type WatchlistEdit,
  type WatchlistEntry,
  type WatchlistReason,
  type WatchlistSeverity,
} from '../../../storage/watchlist/watchlist-schema';

const lines = (text: string) =>
  text
    .split(/[\n,;]+/)
    .map((line) => line.trim())
    .filter(Boolean);

interface Props {
  entry: WatchlistEntry;
  onCancel(): void;
  /** Resolves to null when saved, else the problem (the form stays open with what was typed). */
  onSave(patch: WatchlistEdit): Promise<string | null>;
}

/** Edit an entry's buyer keys, names, reason, severity and notes. */
export function WatchlistEditForm({ entry, onCancel, onSave }: Props) {
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const text = (name: string) => String(form.get(name) ?? '');
    setBusy(true);
    await onSave({
      buyerNames: text('buyerNames').split('\n').map((name) => name.trim()).filter(Boolean),
      proxyEmails: lines(text('proxyEmails')),
      orderIds: lines(text('orderIds')),
      reason: text('reason') as WatchlistReason,
      severity: text('severity') as WatchlistSeverity,
      notes: text('notes'),
    });
    setBusy(false);
  };
  return (
    <form class="wl-edit" aria-label={t('watchlistEditor.form')} onSubmit={submit}>
      <label>
        {t('watchlistEditor.form.names')}
        <textarea name="buyerNames" rows={2} defaultValue={entry.buyerNames.join('\n')} />
      </label>
      <label>
        {t('watchlistEditor.form.emails')}
        <textarea name="proxyEmails" rows={2} defaultValue={entry.proxyEmails.join('\n')} />
      </label>
      <label>
        {t('watchlistEditor.form.orderIds')}
        <textarea name="orderIds" rows={2} defaultValue={entry.orderIds.join('\n')} />
      </label>
      <label>
        {t('watchlist.field.reason')}
        <select name="reason">
          <WatchlistReasonOptions selected={entry.reason} />
        </select>
      </label>
      <label>
        {t('watchlist.field.severity')}
        <select name="severity">
          <WatchlistSeverityOptions selected={entry.severity} />
        </select>
      </label>
      <label>
        {t('watchlistEditor.form.notes')}
        <textarea name="notes" rows={3} maxLength={4000} defaultValue={entry.notes} />
      </label>
      <button type="submit" disabled={busy}>
        {t('watchlistEditor.form.save')}
      </button>{' '}
      <button type="button" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </form>
  );
}
