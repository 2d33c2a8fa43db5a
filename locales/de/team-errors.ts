import type { teamErrors as en } from '../en/team-errors';

export const teamErrors: Record<keyof typeof en, string> = {
  'error.team-unreachable': 'Der Team-Server ist nicht erreichbar. Prüfen Sie die Adresse und Ihre Verbindung.',
  'error.team-not-a-server': 'Unter dieser Adresse antwortet kein Seller-Guard-Team-Server.',
  'error.team-protocol-mismatch': 'Diese Erweiterung und der Team-Server sprechen unterschiedliche Protokollversionen. Aktualisieren Sie die ältere Seite.',
  'error.team-invite-invalid': 'Dieser Einladungscode ist ungültig. Prüfen Sie ihn oder bitten Sie Ihren Administrator um einen neuen.',
  'error.team-invite-used': 'Dieser Einladungscode wurde bereits verwendet. Bitten Sie Ihren Administrator um einen neuen.',
  'error.team-invite-expired': 'Dieser Einladungscode ist abgelaufen. Bitten Sie Ihren Administrator um einen neuen.',
  'error.team-unauthorised': 'Der Team-Server kennt diese Installation nicht. Treten Sie mit einer neuen Einladung wieder bei.',
  'error.team-revoked': 'Ein Administrator hat Sie aus dem Team entfernt. Seller Guard synchronisiert nicht mehr.',
  'error.team-forbidden': 'Ihre Rolle im Team erlaubt das nicht.',
  'error.team-bad-request': 'Der Team-Server hat diese Anfrage abgelehnt.',
  'error.team-too-large': 'Das ist mehr, als der Team-Server in einer Anfrage annimmt.',
  'error.team-not-found': 'Das gibt es auf dem Team-Server nicht mehr.',
  'error.team-conflict': 'Eine Kollegin oder ein Kollege hat zuerst gespeichert. Sehen Sie sich den aktuellen Stand an und versuchen Sie es erneut.',
  'error.team-server-error': 'Der Team-Server kann gerade nicht antworten. Versuchen Sie es später erneut.',
};
