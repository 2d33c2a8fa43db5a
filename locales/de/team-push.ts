import type { teamPush as en } from '../en/team-push';

/** Optionen → Team-Arbeitsbereich: was auf das Senden wartet, Konflikte, Ablehnungen; eine Aufnahme beim Team-Server prüfen. */
export const teamPush: Record<keyof typeof en, string> = {
  'teamPush.waiting.one': '{count} Änderung wartet auf das Senden',
  'teamPush.waiting.other': '{count} Änderungen warten auf das Senden',
  'teamPush.nothingWaiting': 'Keine Änderungen warten auf das Senden',
  'teamPush.auditWaiting.one': '{count} Protokolleintrag wartet auf das Senden',
  'teamPush.auditWaiting.other': '{count} Protokolleinträge warten auf das Senden',
  'teamPush.attestWaiting.one': '{count} Aufnahme wartet auf die Bestätigung',
  'teamPush.attestWaiting.other': '{count} Aufnahmen warten auf die Bestätigung',
  'teamPush.conflicts.one': '{count} Konflikt in der Teamliste. Eine Teamleitung löst ihn; Ihre Änderung bleibt bis dahin erhalten.',
  'teamPush.conflicts.other': '{count} Konflikte in der Teamliste. Eine Teamleitung löst sie; Ihre Änderungen bleiben bis dahin erhalten.',
  'teamPush.rejectedTitle': 'Vom Team nicht angenommene Änderungen',
  'teamPush.rejected.agent-only-adds': 'Als Bearbeiter können Sie Käufer hinzufügen; einen bestehenden Eintrag der Teamliste ändert nur eine Teamleitung.',
  'teamPush.rejected.auditor-reads': 'Als Prüfer lesen Sie die Teamliste, ändern sie aber nicht.',
  'teamPush.rejected.server': 'Der Team-Server hat sie abgelehnt: {message}',
  'teamPush.dismiss': 'Ausblenden',
  'teamPush.role.agent': 'Als Bearbeiter fügen Sie Käufer hinzu; eine Teamleitung bearbeitet, prüft und löscht Einträge der Teamliste.',
  'teamPush.role.auditor': 'Als Prüfer lesen Sie Teamliste und Prüfprotokoll; Sie ändern sie nicht.',
  'teamPush.verify': 'Beim Team-Server prüfen',
  'teamPush.verifying': 'Team-Server wird gefragt …',
  'teamPush.verify.attested': 'Bestätigt von {agent} am {when} (aufgenommen {captured})',
  'teamPush.verify.never-seen': 'Der Team-Server hat diese Aufnahme nie gesehen.',
  'teamPush.verify.not-joined': 'Treten Sie in den Optionen einem Team-Arbeitsbereich bei, um beim Team-Server zu prüfen.',
  'teamPush.verify.not-a-hash': 'Das ist kein SHA-256-Hashwert (64 Hexadezimalziffern).',
  'teamPush.verify.failed': 'Der Team-Server konnte nicht gefragt werden. {problem}',
  'teamPush.verify.hashLabel': 'Hashwert der Aufnahme (SHA-256)',
};
