import type { teamWaiting as en } from '../en/team-waiting';

/** Optionen → Team-Arbeitsbereich: die Änderungen dieser Installation, die auf den Team-Server warten, und was aus ihnen wurde. */
export const teamWaiting: Record<keyof typeof en, string> = {
  'teamWaiting.title': 'Wartet auf den Team-Server',
  'teamWaiting.recent': 'Gesendet oder abgelehnt, seit diese Seite geöffnet ist',
  'teamWaiting.since': 'gespeichert {when}',
  'teamWaiting.unnamed': 'Käufer ohne Namen',
  'teamWaiting.kind.add': 'Käufer aufnehmen:',
  'teamWaiting.kind.edit': 'Bearbeiten:',
  'teamWaiting.kind.review': 'Überprüfung:',
  'teamWaiting.kind.extend': 'Neues Überprüfungsdatum:',
  'teamWaiting.kind.clear': 'Von der Liste entfernen:',
  'teamWaiting.kind.reactivate': 'Wieder auf die Liste setzen:',
  'teamWaiting.what.edit': '{buyer}, ändert {fields}',
  'teamWaiting.what.extend': '{buyer}, nächste Überprüfung am {when}',
  'teamWaiting.what.clear': '{buyer}, Grund: {why}',
  'teamWaiting.field.buyerNames': 'Käufernamen',
  'teamWaiting.field.proxyEmails': 'Käufer-E-Mail-Adressen',
  'teamWaiting.field.orderIds': 'Bestellungen',
  'teamWaiting.field.reason': 'Grund',
  'teamWaiting.field.severity': 'Schweregrad',
  'teamWaiting.field.notes': 'Notizen',
  'teamWaiting.field.evidence': 'Belege',
  'teamWaiting.more.one': 'und danach {count} weitere Änderung',
  'teamWaiting.more.other': 'und danach {count} weitere Änderungen',
  'teamWaiting.refusedHelp':
    'Sie werden in dieser Reihenfolge gesendet, sobald der Team-Server antwortet. Lehnt er eine ab, wird diese Änderung nicht erneut gesendet: Sie verschwindet aus dieser Liste und erscheint mit dem Grund unter „Vom Team nicht angenommene Änderungen“; die Teamliste behält ihren bisherigen Stand. Nehmen Sie die Änderung erneut vor, wenn sie noch nötig ist.',
  'teamWaiting.sent': 'An den Team-Server gesendet: {kind} {what}',
  'teamWaiting.refused': 'Vom Team-Server nicht angenommen: {kind} {what}. Den Grund finden Sie unter „Vom Team nicht angenommene Änderungen“.',
};
