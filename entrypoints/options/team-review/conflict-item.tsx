import { useState } from 'preact/hooks';
import { t } from '../../../locales/current';
import { dateTimeText } from '../../../locales/dates';
import type { WatchlistConflict } from '../../../rules/team/watchlist-protocol';
import type { TeamResolve } from '../../../utils/team-lead-protocol';
import { parseEdited, valueText } from './conflict-value';

interface Props {
  conflict: WatchlistConflict;
  canEdit: boolean;
  busy: boolean;
  onResolve: (resolution: TeamResolve['resolution']) => void;
  onProblem: (text: string) => void;
}

const shown = (value: unknown) => valueText(value) || t('teamLead.conflicts.empty');

/** One field two members changed at once: both values, and (for leads) keep, take or write another. */
export function ConflictItem({ conflict, canEdit, busy, onResolve, onProblem }: Props) {
  const [edited, setEdited] = useState(valueText(conflict.proposedValue));
  const field = t(`teamLead.field.${conflict.field}`);
  const useEdited = () => {
    const value = parseEdited(edited, conflict.proposedValue ?? conflict.currentValue);
    if (value === undefined) return onProblem(t('teamLead.conflicts.badJson'));
    onResolve({ choice: 'value', value });
  };
  return (
    <li class="team-conflict" data-conflict-id={conflict.id} aria-label={field}>
      <h4>{t('teamLead.conflicts.heading', { field, entry: conflict.entryId })}</h4>
      <p>{t('teamLead.conflicts.proposedBy', { name: conflict.proposedBy, when: dateTimeText(new Date(conflict.proposedAt), t.language) })}</p>
      <dl>
        <dt>{t('teamLead.conflicts.current')}</dt>
        <dd>
          <pre data-testid="conflict-current">{shown(conflict.currentValue)}</pre>
        </dd>
        <dt>{t('teamLead.conflicts.proposed')}</dt>
        <dd>
          <pre data-testid="conflict-proposed">{shown(conflict.proposedValue)}</pre>
        </dd>
      </dl>
      {canEdit ? (
        <div class="team-conflict-actions">
          <button type="button" disabled={busy} onClick={() => onResolve({ choice: 'current' })}>
            {t('teamLead.conflicts.keepCurrent')}
          </button>
          <button type="button" disabled={busy} onClick={() => onResolve({ choice: 'proposed' })}>
            {t('teamLead.conflicts.takeProposed')}
          </button>
          <label>
            {t('teamLead.conflicts.edited', { field })}
            <textarea rows={3} value={edited} onInput={(e) => setEdited(e.currentTarget.value)} />
          </label>
          <button type="button" disabled={busy} onClick={useEdited}>
            {t('teamLead.conflicts.useEdited')}
          </button>
        </div>
      ) : null}
    </li>
  );
}
