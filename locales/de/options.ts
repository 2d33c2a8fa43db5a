import type { options as en } from '../en/options';

export const options: Record<keyof typeof en, string> = {
  'options.nav': 'Bereiche',
  'options.section.language': 'Sprache',
  'options.section.settings': 'Bearbeiter und Antworten',
  'options.section.capture': 'Beweissicherung',
  'options.section.watchlist': 'Käufer-Beobachtungsliste',
  'options.section.retention': 'Aufbewahrung von Käuferdaten',
  'options.section.verify-export': 'Export prüfen',
  'options.section.restore-export': 'Export wiederherstellen',
  'options.section.audit-log': 'Prüfprotokoll',
  'options.language.label': 'Sprache der Oberfläche',
  'options.loadingSettings': 'Einstellungen werden geladen …',
  'options.notSaved': 'Nicht gespeichert: {error}',
  'options.saved': 'Gespeichert.',
  'options.settings.agentName': 'Ihr Name (wird im Prüfprotokoll festgehalten)',
  'options.settings.allowedDomains': 'Domains, auf die Sie in Antworten verlinken dürfen, eine pro Zeile (Amazons eigene Websites sind immer erlaubt)',
  'options.settings.blockedTerms': 'Ihre eigenen gesperrten Wörter oder Wendungen, eine pro Zeile',
  'options.settings.save': 'Einstellungen speichern',
};
