import type { clock as english } from '../en/clock';

/** Die Antwortuhr: Posteingang, geöffnete Unterhaltung, Symbolleisten-Zähler, Popup und Optionen. */
export const clock: Record<keyof typeof english, string> = {
  'clock.dueIn': 'Antworten innerhalb von {time}',
  'clock.overdueBy': '{time} überfällig',
  'clock.hint': 'Amazon erwartet auf die älteste unbeantwortete Käufernachricht eine Antwort innerhalb von 24 Stunden, auch am Wochenende. Fällig: {due}.',
  'clock.badge.title.one': 'Seller Guard: {count} Käuferunterhaltung in {hours} Std. zu beantworten oder überfällig (von den hier am letzten Tag gesehenen)',
  'clock.badge.title.other': 'Seller Guard: {count} Käuferunterhaltungen in {hours} Std. zu beantworten oder überfällig (von den hier am letzten Tag gesehenen)',
  'clock.popup.title': 'Antwortuhr',
  'clock.popup.soon.one': '{count} Unterhaltung innerhalb von {hours} Std. zu beantworten',
  'clock.popup.soon.other': '{count} Unterhaltungen innerhalb von {hours} Std. zu beantworten',
  'clock.popup.overdue.one': '{count} Unterhaltung überfällig',
  'clock.popup.overdue.other': '{count} Unterhaltungen überfällig',
  'clock.popup.none': 'Keine Unterhaltung muss innerhalb von {hours} Std. beantwortet werden.',
  'clock.popup.basis.one': 'Gezählt aus der {count} Käuferunterhaltung, die dieser Browser am letzten Tag gesehen hat, nicht aus dem ganzen Posteingang.',
  'clock.popup.basis.other': 'Gezählt aus den {count} Käuferunterhaltungen, die dieser Browser am letzten Tag gesehen hat, nicht aus dem ganzen Posteingang.',
  'options.section.response-clock': 'Antwortuhr',
  'clock.options.save': 'Warnung speichern',
  'clock.options.warnHours': 'Warnen, wenn noch so viele Stunden bleiben',
  'clock.options.hint': 'Unterhaltungen, die innerhalb dieser Stunden fällig werden, werden gelb markiert und im Symbolleisten-Zähler gezählt. Amazon erwartet eine Antwort innerhalb von 24 Stunden.',
};
