/**
 * Every selector, label and text pattern the page readers rely on, in one place so a guess is
 * easy to correct when Seller Central changes. Marks follow docs/seller-central-pages.md: "seen" = in real
 * markup or several working scripts, "older" = seen in code a few years old, "guess" = inferred.
 * Labels are matched case-insensitively, with or without a trailing colon. Non-English labels
 * are careful translations, not copied from real pages (guess) unless marked otherwise.
 */
import type { SellerCentralBanner } from '../../../rules/page/page-data';

/**
 * `[data-test-id="…"]` and its drifted spelling `[data-testid="…"]` (the React Testing Library
 * convention), as one selector list; `prefix` goes before each (a tag), `suffix` after (descendants).
 */
function testId(id: string, prefix = '', suffix = ''): string {
  return [`${prefix}[data-test-id="${id}"]${suffix}`, `${prefix}[data-testid="${id}"]${suffix}`].join(', ');
}

/** CSS selectors, tried in order. */
export const SELECTORS = {
  orderApp: ['#MYO-app'], // seen
  orderId: [testId('order-id-value')], // seen
  purchaseDate: [testId('order-summary-purchase-date-value')], // seen
  shippingService: [testId('order-summary-shipping-service-value')], // seen
  fulfillmentChannel: [testId('order-summary-fulfillment-channel-value')], // seen
  salesChannel: [testId('order-summary-sales-channel-value')], // seen
  buyerNameLink: [testId('buyer-name-with-link', 'a'), 'a[href*="/messaging/contact"]'], // seen; the link opens the contact page
  itemHeading: 'th[data-test-id^="item-"], th[data-testid^="item-"]', // seen
  itemQuantityHeading: testId('item-quantity-heading'), // seen
  itemsTable: ['table.a-keyvalue'], // seen (the first one on the order page)
  productLink: ['a[href*="/dp/"]', 'a[href*="/gp/product/"]', 'a'], // seen: title links to the detail page
  trackingId: [testId('tracking-id-value')], // seen
  /** The ship-to address block (recipient name included), one line per span; drifted test ids (guess). */
  shipToAddress: [testId('shipping-section-buyer-address'), '[data-test-id$="buyer-address"], [data-testid$="buyer-address"]'], // seen / guess
  /** The buyer's phone ("Phone: +1 …"); any other phone test id (guess). */
  buyerPhone: [testId('shipping-section-phone'), '[data-test-id*="phone"], [data-testid*="phone"]'], // seen / guess
  /** A shipment's box: the tracking id's nearest enclosing one. */
  shipmentBox: ['.a-box', '.a-box-group > *'], // seen (div.a-box-group)
  orderRows: ['#orders-table tbody > tr'], // seen
  /** Rows when the table drifted: any table, ARIA grid or Katal table row linking to an order. */
  anyRow: 'tr, [role="row"], kat-table-row', // guess
  /** Cells, as the same tables draw them. */
  anyCell: 'td, th, [role="cell"], [role="gridcell"], kat-table-cell', // guess
  /** A list row's order cell and its order link. */
  listOrderCell: testId('oth-order-details'), // seen
  listOrderLink: [testId('oth-order-details', 'td', ' .cell-body-title a')], // seen
  listStatus: [testId('oth-order-status', 'td', ' .main-status')], // seen
  /** Candidate order links; rules/page/page-kind.ts decides (any `orders-vN/order/<id>`). */
  orderLink: 'a[href*="/order/"]', // seen (order URLs)
  messages: ['.message-component'], // older
  /** Messages when classes drifted: list items of an ARIA list in the thread pane. */
  messagesByRole: ['[role="list"] > [role="listitem"]', '[role="log"] > *', 'ol > li', 'article'], // guess
  messageBody: ['.message-body-text'], // older
  /** A link opening a case: the case list's entries, never messages of the open thread. */
  caseLink: 'a[href*="cc="]', // seen (cases are opened by the cc= query)
  messageDate: ['.case-message-view-message-date'], // older
  messageSender: ['.message-sender'], // guess
  /** Buyer messages carry this class on the message element. */
  receivedClass: 'received', // older
  /** Drifted class words, whole or BEM parts ("msg--incoming"): buyer's, seller's messages. */
  buyerMessageClass: /(^|[\s_-])(received|incoming|inbound)($|[\s_-])/i, // guess
  sellerMessageClass: /(^|[\s_-])(sent|outgoing|outbound)($|[\s_-])/i, // guess
  /** A message header's time element. */
  messageTime: 'time, [datetime]', // guess
  threadPane: ['.thread-pane', 'main', '[role="main"]'], // guess
  threadBuyerName: ['.thread-buyer-name'], // guess
  /** The "Order" side panel next to the thread. */
  orderSidePanel: ['.order-side-panel', 'aside', '[role="complementary"]'], // guess
  contactHeader: ['.ayb-contact-buyer-header h2', '#ayb-contact-buyer h2', '#ayb-contact-buyer'], // seen / older
  headings: 'h1, h2, h3',
  /** Page markers that outlast route renames (detect-page.ts). */
  ordersTable: '#orders-table', // seen
  contactForm: '.contact-buyer-text-area, .ayb-contact-buyer-header', // seen
  threadMarker: '.message-component, [data-test-id*="message-thread"]', // older / guess
  /** The case list's rows (each a link opening a case), their last message time and status (response clock). */
  caseListRow: ['a.case-list-item', '.case-list a[href*="cc="]'], // guess / seen (cc=)
  caseListDate: ['.case-date', 'time'], // guess
  caseListStatus: ['.case-status'], // guess
  /** The open thread's header (subject, buyer, actions): the response clock goes right after it. */
  threadHeader: ['.thread-header', '.thread-pane > header'], // guess
  /** Where in-page UI goes (watchlist/placement.ts): the page's content roots, most specific first... */
  contentRoots: ['#MYO-app', '#messaging-app', '.ayb-contact-buyer', '#ayb-contact-buyer'], // seen
  /** ...else its content container. */
  contentContainers: ['#sc-content-container', 'main', '[role="main"]'], // guess
} as const;

/**
 * Selectors checked against the fixture pages (tests/unit/content/readers/page-vocabulary.test.ts):
 * how many elements each must match on each listed fixture (refined-github's selectors.ts).
 */
export const SELECTOR_CHECKS: ReadonlyArray<{ selector: string; fixtures: Readonly<Record<string, number>> }> = [
  { selector: SELECTORS.orderApp[0], fixtures: { orderUs: 1, orderDe: 1, orderListUs: 1, threadUs: 0 } },
  { selector: SELECTORS.orderId[0], fixtures: { orderUs: 1, orderDe: 1, orderListUs: 0 } },
  { selector: SELECTORS.trackingId[0], fixtures: { orderUs: 2, orderDe: 1 } },
  { selector: SELECTORS.itemsTable[0], fixtures: { orderUs: 1, orderDe: 1 } },
  { selector: SELECTORS.buyerNameLink[0], fixtures: { orderUs: 1, orderDe: 1, orderListUs: 6 } },
  { selector: SELECTORS.orderRows[0], fixtures: { orderListUs: 6, orderUs: 0 } },
  { selector: SELECTORS.listOrderLink[0], fixtures: { orderListUs: 6 } },
  { selector: SELECTORS.listStatus[0], fixtures: { orderListUs: 6 } },
  { selector: SELECTORS.ordersTable, fixtures: { orderListUs: 1, orderUs: 0 } },
  { selector: SELECTORS.messages[0], fixtures: { threadUs: 4, orderUs: 0 } },
  { selector: SELECTORS.messageBody[0], fixtures: { threadUs: 4 } },
  { selector: SELECTORS.contactHeader[0], fixtures: { contactUs: 1, threadUs: 0 } },
  { selector: SELECTORS.contactForm, fixtures: { contactUs: 2, orderUs: 0 } },
  { selector: SELECTORS.contentRoots[1], fixtures: { threadUs: 1, orderUs: 0 } },
  { selector: SELECTORS.caseListRow[0], fixtures: { inboxUs: 8, threadUs: 8, orderUs: 0 } },
  { selector: SELECTORS.caseListDate[0], fixtures: { inboxUs: 8, threadUs: 8 } },
  { selector: SELECTORS.caseListStatus[0], fixtures: { inboxUs: 8 } },
  { selector: SELECTORS.threadHeader[0], fixtures: { threadUs: 1, inboxUs: 0 } },
  { selector: SELECTORS.contentContainers[0], fixtures: { orderUs: 1, orderListUs: 1, threadUs: 1, contactUs: 1 } },
];

/** Field labels by language: en, de, fr, es (es-ES, es-MX), it, ja, pt (pt-BR); zh where noted. */
export const LABELS = {
  orderId: ['Order ID', 'Order #', 'Bestellnummer', 'Numéro de commande', 'N° de commande', 'Número de pedido', 'ID ordine', 'Numero ordine', '注文番号', 'ID del pedido', 'Número do pedido', 'ID do pedido', 'ID de commande', 'Numero dell’ordine', '注文ID'],
  purchaseDate: ['Purchase date', 'Order date', 'Kaufdatum', 'Bestelldatum', "Date d'achat", 'Date de la commande', 'Fecha de compra', 'Fecha del pedido', 'Data di acquisto', "Data dell'ordine", '購入日', '注文日', 'Data da compra', 'Data do pedido'],
  shippingService: ['Shipping service', 'Versanddienst', "Service d'expédition", 'Servicio de envío', 'Servizio di spedizione', '配送サービス', 'Serviço de envio', 'Servicio de paquetería'],
  fulfillment: ['Fulfillment', 'Fulfillment channel', 'Fulfillment method', 'Versand durch', 'Versandmethode', 'Expédié par', 'Mode d’expédition', 'Gestionado por', 'Método de gestión logística', 'Gestito da', 'Metodo di evasione', '出荷元', 'フルフィルメント', 'Enviado por', 'Gerenciado por', 'Canal de gestión logística'],
  salesChannel: ['Sales channel', 'Verkaufskanal', 'Canal de vente', 'Canal de venta', 'Canale di vendita', '販売チャネル', 'Canal de vendas'],
  orderStatus: ['Order status', 'Bestellstatus', 'Statut de la commande', 'Estado del pedido', "Stato dell'ordine", '注文ステータス', '注文状況', 'Status do pedido', 'Estado de la orden'],
  contactBuyer: ['Contact Buyer', 'Käufer kontaktieren', "Contacter l'acheteur", 'Contactar con el comprador', "Contatta l'acquirente", '購入者に連絡', 'Contactar al comprador', 'Entrar em contato com o comprador', 'Contatar o comprador'],
  buyerName: ['Buyer name', 'Name des Käufers', 'Käufername', "Nom de l'acheteur", 'Nombre del comprador', "Nome dell'acquirente", '購入者名', 'Nome do comprador'],
  carrier: ['Carrier', 'Versandunternehmen', 'Versanddienstleister', 'Transporteur', 'Transportista', 'Corriere', '配送業者', 'Paquetería', 'Transportadora'],
  trackingId: ['Tracking ID', 'Tracking number', 'Sendungsnummer', 'Trackingnummer', 'Numéro de suivi', 'N° de suivi', 'Número de seguimiento', 'ID di tracciabilità', 'Numero di tracciabilità', '追跡番号', 'お問い合わせ伝票番号', 'Número de rastreo', 'Código de rastreamento', 'Código de rastreio', 'Número de rastreamento'],
  trackingStatus: ['Status', 'Delivery status', 'Lieferstatus', 'Statut', 'Statut de livraison', 'Estado', 'Estado de la entrega', 'Stato', 'Stato della consegna', 'ステータス', '配送状況', 'Status da entrega'],
  trackingDate: ['Last update', 'Delivered on', 'Letzte Aktualisierung', 'Zugestellt am', 'Dernière mise à jour', 'Última actualización', 'Ultimo aggiornamento', '最終更新', 'Entregue em', 'Última atualização'],
  shipDate: ['Ship date', 'Versanddatum', "Date d'expédition", 'Fecha de envío', 'Data di spedizione', '出荷日', 'Data de envio'],
  quantity: ['Quantity', 'Qty', 'Menge', 'Anzahl', 'Quantité', 'Cantidad', 'Quantità', '数量', 'Quantidade'],
  sku: ['SKU', 'Seller SKU', 'Verkäufer-SKU', 'SKU vendeur', 'SKU del vendedor', 'SKU venditore', '出品者SKU', 'SKU do vendedor'],
  asin: ['ASIN'],
  /** The heading of the ship-to block (お届け先住所 seen on a JP page; zh last). */
  shipTo: ['Ship to', 'Shipping address', 'Versand an', 'Versandadresse', 'Lieferadresse', 'Adresse de livraison', "Adresse d'expédition", 'Expédier à', 'Dirección de envío', 'Enviar a', 'Indirizzo di spedizione', 'Spedire a', 'Endereço de entrega', 'Enviar para', 'お届け先住所', 'お届け先', '配送先住所', '收货地址', '配送地址'],
  /** The buyer's phone (電話番号 seen on a JP page; zh last). */
  phone: ['Phone', 'Phone number', 'Telephone', 'Telefon', 'Telefonnummer', 'Téléphone', 'Numéro de téléphone', 'Teléfono', 'Telefono', 'Numero di telefono', 'Telefone', '電話番号', '電話', '电话', '联系电话'],
  // Read by no field, known so that none of them is ever taken as another label's value.
  shipBy: ['Ship by', 'Ship by date', 'Versand bis', 'Versanddatum bis', 'Expédier avant le', 'Enviar antes del', 'Enviar antes de', 'Spedire entro il', '出荷期限'],
  deliverBy: ['Deliver by', 'Deliver by date', 'Zustellung bis', 'Livrer avant le', 'Entregar antes del', 'Entregar antes de', 'Consegna entro il', 'お届け予定日'],
  sellerMemo: ['Seller memo', 'Verkäufernotiz', 'Note du vendeur', 'Nota del vendedor', 'Nota del venditore', 'Nota do vendedor', '出品者メモ'],
} as const;

/** Fulfilment channel words; FBM words are tried first ("Seller Fulfilled Prime" is FBM). */
export const FULFILLMENT_WORDS = {
  FBM: [/\bseller\b/i, /\bmerchant\b/i, /\bMFN\b/, /\bFBM\b/, /verkäufer/i, /händler/i, /vendeur/i, /vendedor/i, /venditore/i, /出品者/],
  FBA: [/\bamazon\b/i, /\bAFN\b/, /\bFBA\b/, /アマゾン/],
} as const;

/** Order status words as shown in the list's status column, and as an unlabelled badge on an order page (JP). */
export const ORDER_STATUS_WORDS = [
  'Pending', 'Unshipped', 'Shipped', 'Partially shipped', 'Canceled', 'Cancelled', 'Delivered',
  'Ausstehend', 'Nicht versandt', 'Versandt', 'Teilweise versandt', 'Storniert', 'Zugestellt',
  'En attente', 'Non expédiée', 'Expédiée', 'Annulée', 'Livrée',
  'Pendiente', 'No enviado', 'Enviado', 'Cancelado', 'Entregado',
  'In sospeso', 'Non spedito', 'Spedito', 'Annullato', 'Consegnato',
  '保留中', '未出荷', '出荷済み', '一部出荷済み', 'キャンセル済み', '配達済み',
  'Pendente', 'Não enviado', 'Enviado', 'Parcialmente enviado', 'Cancelado', 'Entregue',
] as const;

/** Senders that mean a message came from Amazon itself. */
export const AMAZON_SENDERS = ['Amazon', 'Amazon.com', 'Amazon Seller Support', 'Amazon Messaging', 'Amazon Kundenservice'] as const;

/** Placeholder buyer names Seller Central shows instead of a real name (guess beyond English). */
export const GENERIC_BUYER_NAMES = ['Amazon Customer', 'Amazon-Kunde', 'Client Amazon', 'Cliente de Amazon', 'Cliente Amazon', 'Amazon カスタマー', 'Amazonカスタマー'] as const;

/**
 * A case's status as the case list shows it, by what it means for the response clock (en seen;
 * others guess). Matched whole, case-insensitively.
 */
export const CASE_STATUS_WORDS = {
  responseNeeded: ['Response needed', 'Antwort erforderlich', 'Réponse requise', 'Respuesta necesaria', 'Risposta necessaria', '要返信', '需要回复'],
  noResponseNeeded: ['No response needed', 'Keine Antwort erforderlich', 'Aucune réponse requise', 'No se necesita respuesta', 'Nessuna risposta necessaria', '返信不要', '无需回复'],
  answered: ['Responded', 'Resolved', 'Beantwortet', 'Gelöst', 'Répondu', 'Résolu', 'Respondido', 'Resuelto', 'Risposto', 'Risolto', '返信済み', '解決済み', '已回复', '已解决'],
} as const;

/** The open thread marked "No response needed" (the words after the agent marks it; en seen as a button title, others guess). */
export const NO_RESPONSE_MARKS: readonly RegExp[] = [
  /^Marked as No Response Needed\.?$/i,
  /^Als „?Keine Antwort erforderlich“? markiert\.?$/i,
  /^Marqué comme « ?Aucune réponse requise ?»\.?$/i,
  /^Marcado como «?No se necesita respuesta»?\.?$/i,
  /^Contrassegnato come «?Nessuna risposta necessaria»?\.?$/i,
  /^「?返信不要」?としてマークしました。?$/,
  /^已标记为“?无需回复”?。?$/,
];

/** "Send message to <name>" on the contact page (en seen; others guess). Group 1 = buyer name. */
export const CONTACT_HEADER_PATTERNS = [
  /^Send (?:a )?message to (.+)$/i,
  /^Nachricht an (.+?) senden$/i,
  /^Envoyer un message à (.+)$/i,
  /^Enviar (?:un )?mensaje a (.+)$/i,
  /^Invia (?:un )?messaggio a (.+)$/i,
  /^Enviar (?:uma )?mensagem (?:para|a) (.+)$/i,
  /^(.+?)(?:様|さん)?にメッセージを送信$/,
] as const;

/** Words of a contact link's caption ("Send message to buyer"), never of a buyer's name (guess). */
export const CONTACT_ACTION_WORDS =
  /\b(message|contact|send|reply|buyer)\b|nachricht|kontakt|senden|käufer|contacter|envoyer|acheteur|mensaje|contactar|enviar|comprador|messaggio|contatta|invia|acquirente|mensagem|contato|メッセージ|連絡|送信|購入者/i;

/** What a contact heading names when it shows no buyer name ("Send a message to the buyer"). */
export const BUYER_ROLE_WORDS = [
  'buyer', 'the buyer', 'customer', 'the customer', 'Käufer', 'den Käufer', 'Kunden', 'den Kunden', 'Kunde',
  "l'acheteur", 'acheteur', 'le client', 'el comprador', 'comprador', 'el cliente', 'o comprador', 'cliente',
  "l'acquirente", 'acquirente', '購入者', 'お客様',
] as const;

/** "Amazon.de" etc. in a sales channel; group 1 = the domain suffix. */
export const SALES_CHANNEL_RE = /\bAmazon\.(com\.mx|com\.br|com\.be|com\.tr|com\.au|co\.uk|co\.jp|com|ca|de|fr|it|es|nl|se|pl|ae|sa|eg|in|sg)\b/i;

/** Seller Central's own banners, by kind. English seen unless noted; other languages guess. */
export const BANNER_PATTERNS: ReadonlyArray<{ kind: SellerCentralBanner['kind']; patterns: readonly RegExp[] }> = [
  {
    kind: 'guideline-failure',
    patterns: [
      /not sent as it did not meet the Buyer-Seller Messaging/i,
      /did not meet the Buyer-Seller Messaging communication guidelines/i,
      /nicht den Kommunikationsrichtlinien/i,
      /Kommunikationsrichtlinien für (die )?Käufer-Verkäufer/i,
      /directives de communication de la messagerie acheteur-vendeur/i,
      /directrices de comunicación de (la )?mensajería/i,
      /linee guida (sulla|per la|di) comunicazione/i,
      /コミュニケーションガイドライン/,
      // "was not sent … guidelines" in fr, es, pt, it: a help link naming the guidelines is no banner.
      /n[’']a pas été envoyé.{0,80}directives de communication/i,
      /no se (?:ha )?envi(?:ó|ado).{0,80}(?:directrices|pautas|lineamientos|normas) de comunicación/i,
      /não (?:foi|pôde ser) enviada.{0,80}diretrizes de comunicação/i,
      /non è stato inviato.{0,80}linee guida/i,
    ],
  },
  {
    kind: 'account-restricted', // guess in every language
    patterns: [
      /account (has been|is) (temporarily )?restricted/i,
      /restricted from (sending|contacting)/i,
      /messaging (privileges|permissions) (have been|are) (suspended|restricted)/i,
      /Konto (wurde|ist) (vorübergehend )?eingeschränkt/i,
      /compte (a été|est) (temporairement )?restreint/i,
      /cuenta (ha sido|está) (temporalmente )?restringida/i,
      /account (è stato|è) (temporaneamente )?limitato/i,
      /アカウントが制限/,
      /conta (foi|está) (temporariamente )?restrita/i,
    ],
  },
  {
    kind: 'buyer-opted-out',
    patterns: [
      /decided to leave the Amazon platform/i,
      /not eligible to receive any further communications/i,
      /opted out of (receiving )?(unsolicited |these )?messages/i,
      /Amazon-Plattform zu verlassen/i,
      /keine weiteren Mitteilungen|weitere Mitteilungen zu erhalten/i,
      /quitter la plateforme Amazon/i,
      /abandonar la plataforma de Amazon/i,
      /lasciare la piattaforma Amazon/i,
      /Amazonプラットフォームを離れる/,
      /sair da plataforma (da )?Amazon/i,
    ],
  },
  {
    kind: 'a2z-eligible',
    patterns: [
      /eligible for (the )?(A2Z|A-to-z|A-to-Z)( Guarantee)?/i,
      /A2Z guarantee/i,
      /A-bis-z-Garantie/i,
      /garantie A à Z/i,
      /Garantía de la A a la Z/i,
      /Garanzia dalla A alla Z/i,
      /マーケットプレイス保証/, // "Amazonマーケットプレイス保証"
      /Garantia de A a Z/i,
    ],
  },
];
