import { isOwnUi } from './exclusions';

/**
 * What a Send control says, in the marketplaces' languages, normalised (lower case, single
 * spaces, no trailing punctuation). Seller Central draws the label of `kat-button` inside
 * its shadow root and mirrors it in the `label` attribute; plain buttons carry text or
 * aria-label. German, French, Italian, Japanese and Chinese wordings are a careful
 * translator's guesses (see SELLER-CENTRAL.md "What is not known"): extend this list when
 * a real page shows another one.
 */
export const SEND_LABELS: ReadonlySet<string> = new Set([
  // English
  'send', 'send message', 'send reply', 'send now', 'send response',
  // German
  'senden', 'absenden', 'nachricht senden', 'antwort senden', 'jetzt senden',
  // French
  'envoyer', 'envoyer le message', 'envoyer la réponse', 'envoyer maintenant',
  // Spanish, Portuguese
  'enviar', 'enviar mensaje', 'enviar respuesta', 'enviar ahora', 'enviar mensagem',
  // Italian
  'invia', 'inviare', 'invia messaggio', 'invia risposta', 'invia ora',
  // Japanese
  '送信', '送信する', 'メッセージを送信', '返信を送信',
  // Chinese (simplified, traditional)
  '发送', '發送', '发送消息', '发送回复', '發送訊息',
  // Other Seller Central marketplaces
  'verzenden', 'versturen', 'skicka', 'wyślij', 'gönder', 'إرسال',
]);

/** `label` normalised the way SEND_LABELS is written. */
export function normaliseLabel(label: string): string {
  return label
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s.!…:>›→]+$/u, '')
    .trim();
}

/** True when a control's visible or accessible label means "send this message". */
export function isSendLabel(label: string | null | undefined): boolean {
  return !!label && SEND_LABELS.has(normaliseLabel(label));
}

const BUTTON_LIKE = 'button, input[type="submit"], input[type="button"], [role="button"], kat-button';

/** The labels a control is known by: aria-label, Katal's `label`, value, visible text, title. */
export function labelsOf(element: Element): string[] {
  const labels = [element.getAttribute('aria-label'), element.getAttribute('label')];
  if (element instanceof HTMLInputElement) labels.push(element.value);
  else labels.push(element.textContent);
  labels.push(element.getAttribute('title'));
  return labels.filter((label): label is string => !!label && label.trim().length > 0);
}

export interface SendControl {
  /** The element the click reached first among button-like ones (re-clicked after an override). */
  element: HTMLElement;
  /** The outermost button-like element in the light DOM chain (e.g. the `kat-button` host). */
  outer: Element;
}

/**
 * The Send control an event went through, from its composed path (so a click on the
 * `<button>` inside a `kat-button`'s shadow root is found), or null. Events that passed
 * through Seller Guard's own UI never count: our "Send anyway" is not the page's Send.
 */
export function findSendControl(path: readonly EventTarget[]): SendControl | null {
  if (path.some((target) => target instanceof Node && isOwnUi(target))) return null;
  let inner: HTMLElement | null = null;
  let outer: Element | null = null;
  let matched = false;
  for (const target of path) {
    if (!(target instanceof HTMLElement) || !target.matches(BUTTON_LIKE)) continue;
    if (isDisabled(target)) return null;
    inner ??= target;
    outer = target;
    if (labelsOf(target).some(isSendLabel)) matched = true;
  }
  return matched && inner && outer ? { element: inner, outer } : null;
}

function isDisabled(element: HTMLElement): boolean {
  return element.hasAttribute('disabled') || element.getAttribute('aria-disabled') === 'true';
}
