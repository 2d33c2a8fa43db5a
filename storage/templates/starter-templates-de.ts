import type { StarterTemplate } from './starter-template';

/** The German starter templates (the same cases as the English ones; ids end in `-de`). */
export const STARTER_DE: readonly StarterTemplate[] = [
  {
    key: 'shipping-delay',
    name: 'Versandverzögerung',
    reason: 'shipping-problem',
    body: 'Hallo {buyerName},\n\nes tut uns leid: Der Versand Ihrer Bestellung {orderId} ({productTitle}) verzögert sich. Wir rechnen jetzt damit, sie bis zum {shipDate} an {carrier} zu übergeben, und senden Ihnen die Sendungsdaten, sobald sie verschickt ist.\n\nVielen Dank für Ihre Geduld.\n{agentName}',
  },
  {
    key: 'tracking-information',
    name: 'Sendungsverfolgung',
    reason: 'shipping-problem',
    body: 'Hallo {buyerName},\n\nIhre Bestellung {orderId} wurde am {shipDate} mit {carrier} verschickt. Die Sendungsnummer lautet {trackingId}; Sie können das Paket auch unter „Meine Bestellungen“ bei Amazon verfolgen.\n\nMit freundlichen Grüßen\n{agentName}',
  },
  {
    key: 'delivery-estimate',
    name: 'Voraussichtliche Zustellung',
    reason: 'shipping-problem',
    body: 'Hallo {buyerName},\n\nIhre Bestellung {orderId} ist mit {carrier} unterwegs und sollte bis zum {deliveryDate} ankommen. Falls sie bis dahin nicht angekommen ist, antworten Sie bitte auf diese Nachricht, und wir kümmern uns darum.\n\nMit freundlichen Grüßen\n{agentName}',
  },
  {
    key: 'address-change',
    name: 'Adressänderung nicht möglich',
    reason: 'confirm-details',
    body: 'Hallo {buyerName},\n\nvielen Dank für Ihre Nachricht. Leider können wir die Lieferadresse der Bestellung {orderId} nicht ändern: Wir dürfen nur an die Adresse liefern, die in der Bestellung bei Amazon angegeben ist. Ist die Adresse falsch, können Sie die Bestellung unter „Meine Bestellungen“ bei Amazon stornieren, solange sie noch nicht verschickt ist, und mit der richtigen Adresse neu bestellen.\n\nMit freundlichen Grüßen\n{agentName}',
  },
  {
    key: 'invoice-attached',
    name: 'Rechnung im Anhang',
    reason: 'invoice',
    body: 'Hallo {buyerName},\n\nim Anhang dieser Nachricht finden Sie die Rechnung zu Ihrer Bestellung {orderId}.\n\nMit freundlichen Grüßen\n{agentName}',
  },
  {
    key: 'where-is-my-order-delivered',
    name: 'Wo ist meine Bestellung (als zugestellt gemeldet)',
    reason: 'thread-reply',
    body: 'Hallo {buyerName},\n\nvielen Dank für Ihre Nachricht zur Bestellung {orderId}. Laut {carrier} wurde das Paket am {deliveryDate} zugestellt (Sendungsnummer {trackingId}). Könnten Sie bitte bei Ihren Nachbarn, am Empfang Ihres Hauses und an möglichen Ablageorten nachsehen? Wenn Sie es weiterhin nicht finden, antworten Sie bitte auf diese Nachricht, und wir helfen Ihnen weiter.\n\nMit freundlichen Grüßen\n{agentName}',
  },
  {
    key: 'return-instructions',
    name: 'Rücksendung: so geht es',
    reason: 'thread-reply',
    body: 'Hallo {buyerName},\n\nschade, dass der Artikel aus der Bestellung {orderId} nicht passt. Sie können die Rücksendung unter „Meine Bestellungen“ bei Amazon starten: Wählen Sie die Bestellung, dann „Artikel zurücksenden oder ersetzen“, und folgen Sie den Schritten. Amazon zeigt Ihnen dort das Rücksendeetikett und wie Sie den Artikel zurückschicken.\n\nMit freundlichen Grüßen\n{agentName}',
  },
  {
    key: 'refund-issued',
    name: 'Erstattung veranlasst',
    reason: 'thread-reply',
    body: 'Hallo {buyerName},\n\nwir haben die Erstattung für die Bestellung {orderId} veranlasst. Je nach Zahlungsart kann es einige Werktage dauern, bis sie auf Ihrem Konto erscheint.\n\nMit freundlichen Grüßen\n{agentName}',
  },
  {
    key: 'replacement-sent',
    name: 'Ersatz verschickt',
    reason: 'thread-reply',
    body: 'Hallo {buyerName},\n\nwir haben Ihnen für die Bestellung {orderId} einen Ersatz mit {carrier} geschickt, Sendungsnummer {trackingId}. Bitte entschuldigen Sie die Unannehmlichkeiten.\n\nMit freundlichen Grüßen\n{agentName}',
  },
  {
    key: 'damaged-item',
    name: 'Beschädigter Artikel: bitte Fotos',
    reason: 'thread-reply',
    body: 'Hallo {buyerName},\n\nes tut uns sehr leid, dass {productTitle} aus der Bestellung {orderId} beschädigt angekommen ist. Damit wir das schnell klären können: Bitte antworten Sie auf diese Nachricht und fügen Sie Ihrer Antwort Fotos des Artikels und der Verpackung als Anhang bei.\n\nMit freundlichen Grüßen\n{agentName}',
  },
  {
    key: 'product-question',
    name: 'Frage zum Artikel',
    reason: 'thread-reply',
    body: 'Hallo {buyerName},\n\nvielen Dank für Ihre Frage zu {productTitle} (ASIN {asin}).\n\nWenn Sie weitere Fragen zur Bestellung {orderId} haben, antworten Sie bitte auf diese Nachricht.\n\nMit freundlichen Grüßen\n{agentName}',
  },
  {
    key: 'cancellation-confirmed',
    name: 'Stornierung bestätigt',
    reason: 'thread-reply',
    body: 'Hallo {buyerName},\n\nwie gewünscht haben wir die Bestellung {orderId} storniert. Sie zahlen dafür nichts; falls bereits eine Zahlung eingezogen wurde, wird sie Ihnen über Ihre Zahlungsart erstattet.\n\nMit freundlichen Grüßen\n{agentName}',
  },
];
