import { useRef, useState } from 'preact/hooks';
import { WatchlistReasonOptions, WatchlistSeverityOptions } from '../../../components/watchlist-choices';
import type { WatchlistAddInput } from '../../../storage/watchlist/watchlist-schema';
import { checkAddForm, prefillFields, type AddFormFields, type AddPrefill } from './add-form-fields';
import { keepSubmitInPage, onTrusted } from '../page/trusted-events';
import { t } from '../../../locales/current';

export type AddSaveResult = { ok: true; message: string } | { ok: false; message: string };

interface Props {
  /** What the page shows about its buyer; fields the agent has not touched follow it. */
  prefill: AddPrefill;
  onSave(input: WatchlistAddInput): Promise<AddSaveResult>;
}

type Problem = { field: keyof AddFormFields | null; message: string };

/**
 * "Add to watchlist": a button that opens a short form prefilled from the page (buyer name,
 * proxy email, order ids). The agent picks the reason and severity, writes a note and saves
 * in one click; problems are named next to the form and nothing is lost.
 */
export function WatchlistAddForm({ prefill, onSave }: Props) {
  const [open, setOpen] = useState(false);
  const [edited, setEdited] = useState<Partial<AddFormFields>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const fields: AddFormFields = { ...prefillFields(prefill), ...edited };

  const set = (name: keyof AddFormFields) => (event: Event) => {
    setEdited({ ...edited, [name]: (event.currentTarget as HTMLInputElement).value });
    if (problem?.field === name) setProblem(null);
  };
  const focus = (name: keyof AddFormFields | null) =>
    name && form.current?.querySelector<HTMLElement>(`[name="${name}"]`)?.focus();

  // On the agent's click on Save (or Enter in a field, which clicks it) only: never on a
  // page script's click() or requestSubmit().
  const save = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const check = checkAddForm(fields);
    if (!check.ok) {
      setProblem({ field: check.field, message: check.message });
      focus(check.field);
      return;
    }
    setBusy(true);
    setProblem(null);
    const result = await onSave(check.input).catch((error: unknown) => ({ ok: false as const, message: String(error) }));
    setBusy(false);
    if (!result.ok) return setProblem({ field: null, message: result.message });
    setDone(result.message);
    setEdited({});
    setOpen(false);
  };

  const invalid = (name: keyof AddFormFields) => (problem?.field === name ? 'true' : undefined);
  return (
    <div class="sg-wl-add">
      {!open ? (
        <button type="button" class="sg-wl-add-open" aria-expanded="false" onClick={() => {
            setOpen(true);
            setDone('');
          }}>
          {t('watchlist.add.open')}
        </button>
      ) : (
        <form ref={form} class="sg-wl-add-form" aria-label={t('watchlist.add.form')} onSubmit={keepSubmitInPage} noValidate>
          <label>
            {t('watchlist.add.buyerName')}
            <input name="buyerName" value={fields.buyerName} onInput={set('buyerName')} maxLength={200} aria-invalid={invalid('buyerName')} />
          </label>
          <label>
            {t('watchlist.add.proxyEmail')}
            <input name="proxyEmail" type="email" value={fields.proxyEmail} onInput={set('proxyEmail')} aria-invalid={invalid('proxyEmail')} />
          </label>
          <label>
            {t('watchlist.add.orderIds')}
            <input name="orderIds" value={fields.orderIds} onInput={set('orderIds')} aria-invalid={invalid('orderIds')} />
          </label>
          <label>
            {t('watchlist.field.reason')}
            <select name="reason" value={fields.reason} onChange={set('reason')} required aria-invalid={invalid('reason')}>
              <option value="">{t('watchlist.add.chooseReason')}</option>
              <WatchlistReasonOptions />
            </select>
          </label>
          <label>
            {t('watchlist.field.severity')}
            <select name="severity" value={fields.severity} onChange={set('severity')} aria-invalid={invalid('severity')}>
              <WatchlistSeverityOptions />
            </select>
          </label>
          <label class="sg-wl-add-notes">
            {fields.reason === 'other' ? t('watchlist.add.noteRequired') : t('capture.panel.note')}
            <textarea name="notes" rows={3} maxLength={4000} value={fields.notes} onInput={set('notes')} aria-invalid={invalid('notes')} />
          </label>
          {problem ? (
            <p class="sg-wl-error" role="alert">
              {problem.field ? problem.message : t('options.notSaved', { error: problem.message })}
            </p>
          ) : null}
          <div class="sg-wl-add-actions">
            <button type="submit" class="sg-wl-primary" disabled={busy} onClick={onTrusted(save)}>
              {busy ? t('watchlist.add.saving') : t('watchlist.add.save')}
            </button>
            <button type="button" onClick={() => {
                setOpen(false);
                setProblem(null);
              }}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
      {done ? (
        <p class="sg-wl-done" role="status">
          {done}
        </p>
      ) : null}
    </div>
  );
}
