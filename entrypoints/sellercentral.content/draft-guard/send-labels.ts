import { normalizeLabel } from '../readers/labels';

/**
 * What a Send control says, in the marketplaces' languages, normalised (lower case, single
 * spaces, no symbols or punctuation at either end). Seller Central draws the label of
 * `kat-button` inside its shadow root and mirrors it in the `label` attribute; plain buttons
 * carry text or aria-label. Only English is seen on real pages; every other wording is a
 * careful translator's guess (see docs/seller-central-pages.md): extend this list
 * when a real page shows another one. "Reply" wordings count because a messaging pane's
 * reply button sends what is in its box.
 */
export const SEND_LABELS: ReadonlySet<string> = new Set([
  // English
  'send', 'send message', 'send reply', 'send now', 'send response', 'reply',
  // German
  'senden', 'absenden', 'nachricht senden', 'antwort senden', 'jetzt senden', 'antworten',
  // French
  'envoyer', 'envoyer le message', 'envoyer la réponse', 'envoyer maintenant', 'répondre',
  // Spanish, Portuguese
  'enviar', 'enviar mensaje', 'enviar respuesta', 'enviar ahora', 'enviar mensagem', 'enviar resposta', 'enviar agora', 'responder',
  // Italian
  'invia', 'inviare', 'invia messaggio', 'invia risposta', 'invia ora', 'rispondi',
  // Japanese
  '送信', '送信する', 'メッセージを送信', '返信を送信', '返信', '返信する',
  // Chinese (simplified, traditional)
  '发送', '發送', '发送消息', '发送回复', '發送訊息', '回复', '回覆',
  // Dutch
  'verzenden', 'versturen', 'bericht verzenden', 'bericht versturen', 'antwoorden', 'beantwoorden',
  // Polish
  'wyślij', 'wyślij wiadomość', 'wyślij odpowiedź', 'odpowiedz',
  // Swedish
  'skicka', 'skicka meddelande', 'skicka svar', 'svara',
  // Turkish
  'gönder', 'mesaj gönder', 'mesajı gönder', 'yanıtla', 'yanıt gönder',
  // Arabic
  'إرسال', 'ارسال', 'إرسال الرسالة', 'إرسال الرد', 'رد',
]);

/**
 * A control's caption as SEND_LABELS is written: the label normalised (readers/labels.ts), and
 * an arrow or paper-plane glyph drawn as text beside the word ("➤ Send", "Senden →") or
 * trailing punctuation ("Send…") left out.
 */
export function controlCaption(label: string): string {
  return normalizeLabel(label).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** True when a control's visible or accessible label means "send this message". */
export function isSendLabel(label: string | null | undefined): boolean {
  return !!label && SEND_LABELS.has(controlCaption(label));
}
