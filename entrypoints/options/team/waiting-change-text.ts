import { t } from '../../../locales/current';
import { dayText } from '../../../locales/dates';
import type { WaitingTeamChange } from '../../../utils/team-waiting-protocol';

/** The agent's words for a list: "Notes, Severity" / "Notizen und Schweregrad" / "备注和严重程度". */
function listText(items: readonly string[]): string {
  return new Intl.ListFormat(t.language, { style: 'long', type: 'conjunction' }).format(items);
}

/** What kind of change it is: "Review", "New review date", "Clear from the list", … */
export function waitingKind(change: Pick<WaitingTeamChange, 'op'>): string {
  return t(`teamWaiting.kind.${change.op}`);
}

/** A short description in the agent's words: who, and what the change does. */
export function waitingDescription(change: WaitingTeamChange): string {
  const buyer = change.buyer ?? t('teamWaiting.unnamed');
  switch (change.op) {
    case 'edit':
      return t('teamWaiting.what.edit', { buyer, fields: listText((change.fields ?? []).map((field) => t(`teamWaiting.field.${field}`))) });
    case 'extend':
      return t('teamWaiting.what.extend', { buyer, when: change.until ? dayText(new Date(change.until), t.language) : '' });
    case 'clear':
      return t('teamWaiting.what.clear', { buyer, why: change.note ?? '' });
    default:
      return buyer;
  }
}
