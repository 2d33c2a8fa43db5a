import type { teamEdges as en } from '../en/team-edges';

/** Die Ränder des Team-Arbeitsbereichs: was Prüfern nicht angeboten wird, und Aktionen der Teamleitung, während der Server nicht erreichbar ist. */
export const teamEdges: Record<keyof typeof en, string> = {
  'teamEdges.auditorReadsOnly': 'Sie sind Ihrem Team als Prüfer beigetreten: Sie können die Beobachtungsliste lesen, aber nur Bearbeiter und die Teamleitung nehmen Käufer darin auf.',
  'teamEdges.importAuditor': 'Als Prüfer lesen Sie die Liste des Teams; in sie importieren dürfen nur Bearbeiter und die Teamleitung.',
  'teamEdges.queued.review': '{buyer}: Überprüfung auf diesem Computer gespeichert. Der Team-Server antwortet gerade nicht; sie wird gesendet, sobald er wieder antwortet.',
  'teamEdges.queued.extend': '{buyer}: neues Überprüfungsdatum auf diesem Computer gespeichert. Der Team-Server antwortet gerade nicht; es wird gesendet, sobald er wieder antwortet.',
  'teamEdges.queued.clear': '{buyer}: Entfernen auf diesem Computer gespeichert. Der Team-Server antwortet gerade nicht; es wird gesendet, sobald er wieder antwortet.',
  'teamEdges.queued.behind': '{buyer}: auf diesem Computer gespeichert; wird nach den Änderungen gesendet, die noch auf den Team-Server warten.',
  'teamEdges.waiting': 'Wartet darauf, an den Team-Server gesendet zu werden.',
};
