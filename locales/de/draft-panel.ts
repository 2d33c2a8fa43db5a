import type { draftPanel as en } from '../en/draft-panel';

export const draftPanel: Record<keyof typeof en, string> = {
  'draft.panel.label': 'Seller Guard – Antwortprüfung',
  'draft.panel.blocking.one': 'Senden wird angehalten: {count} Verstoß gegen Amazons Richtlinien für Käufernachrichten.',
  'draft.panel.blocking.other': 'Senden wird angehalten: {count} Verstöße gegen Amazons Richtlinien für Käufernachrichten.',
  'draft.panel.toCheck.one': 'Vor dem Senden {count} Punkt prüfen.',
  'draft.panel.toCheck.other': 'Vor dem Senden {count} Punkte prüfen.',
  'draft.panel.clean': 'Keine Probleme gefunden.',
  'draft.panel.counter': '{length} / {limit} Zeichen',
  'draft.panel.over': '({over} über dem Limit)',
  'draft.panel.instead': 'Besser: {advice}',
  'draft.dialog.title': 'Seller Guard hat diese Antwort angehalten',
  'draft.dialog.description': 'Dieser Entwurf verstößt gegen Amazons Richtlinien für Käufernachrichten; das kann zur Sperrung des Verkäuferkontos führen. Es wurde nichts gesendet.',
  'draft.dialog.warnings.one': '{count} Warnung, die das Senden nicht anhält, steht unter dem Antwortfeld.',
  'draft.dialog.warnings.other': '{count} Warnungen, die das Senden nicht anhalten, stehen unter dem Antwortfeld.',
  'draft.dialog.back': 'Zurück und bearbeiten',
  'draft.dialog.reason': 'Grund für das Senden trotz Warnung (wird im Prüfprotokoll festgehalten)',
  'draft.dialog.recording': 'Wird festgehalten …',
  'draft.dialog.sendAnyway': 'Trotzdem senden',
  'draft.dialog.recordRefused': 'Der Grund konnte nicht festgehalten werden, daher wurde nichts gesendet: {error}',
};
