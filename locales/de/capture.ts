import type { capture as en } from '../en/capture';

export const capture: Record<keyof typeof en, string> = {
  'capture.panel.label': 'Seller Guard – Beweissicherung',
  'capture.panel.capture': 'Seite sichern',
  'capture.panel.options': 'Optionen',
  'capture.panel.screenshot': 'Screenshot',
  'capture.panel.visible': 'Sichtbarer Bereich',
  'capture.panel.full': 'Ganze Seite',
  'capture.panel.tags': 'Schlagwörter (durch Kommas getrennt)',
  'capture.panel.note': 'Notiz',
  'capture.status.progress': 'Seite wird gesichert: {done} von {total} …',
  'capture.status.working': 'Wird gesichert …',
  'capture.status.unchanged': 'Automatische Sicherung: seit Beweis Nr. {seq} unverändert, daher wurde nichts Neues gespeichert.',
  'capture.status.failed': 'Nicht gesichert: {error}',
  'capture.saved': 'Als Beweis Nr. {seq} gespeichert: {what} ({pictures}).',
  'capture.savedAuto': 'Automatisch als Beweis Nr. {seq} gespeichert: {what} ({pictures}).',
  'capture.ofOrder': '{kind} der Bestellung {orderId}',
  'capture.textOnly': 'nur Text und Daten',
  'capture.images.visible.one': 'sichtbarer Bereich, {count} Bild',
  'capture.images.visible.other': 'sichtbarer Bereich, {count} Bilder',
  'capture.images.full.one': 'ganze Seite, {count} Bild',
  'capture.images.full.other': 'ganze Seite, {count} Bilder',
};
