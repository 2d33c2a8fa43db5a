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

/** How many elements a selector must match on each named fixture page (`FIXTURE_URLS`, or `drifted`). */
export type FixtureCounts = Readonly<Record<string, number>>;

/**
 * A CSS selector and the fixture pages where it must match, and how often: a known page's
 * markup for "seen"/"older" selectors, `tests/fixtures/pages/drifted.html` for the guesses that
 * only a redesigned page would show. `deep`: counted through open shadow roots, as the code
 * using it searches (Katal components draw their controls there).
 * Checked by tests/unit/content/readers/page-vocabulary.test.ts (refined-github's selectors.ts).
 */
export interface CheckedSelector {
  readonly selector: string;
  readonly fixtures: FixtureCounts;
  readonly deep?: boolean;
}

const at = (selector: string, fixtures: FixtureCounts, deep?: 'deep'): CheckedSelector =>
  deep ? { selector, fixtures, deep: true } : { selector, fixtures };

/** The same count on every listed page. */
const on = (pages: readonly string[], count: number): FixtureCounts => Object.fromEntries(pages.map((page) => [page, count]));
const ORDER = ['orderUs', 'orderDe', 'orderJp'] as const;
const NOT_ORDER = ['orderListUs', 'threadUs', 'contactUs'] as const;

/**
 * Every selector the content script uses on Seller Central's pages, each with where it must
 * match; a list is tried in order. Not here: a walk over what a selector here already found
 * (`*`, a found table's `tr`/`th`/`:scope > td`, `pre` around a text node) and Seller Guard's own UI.
 */
export const CHECKED_SELECTORS = {
  orderApp: [at('#MYO-app', { ...on(ORDER, 1), orderListUs: 1, threadUs: 0, contactUs: 0 })], // seen
  orderId: [at(testId('order-id-value'), { ...on(ORDER, 1), ...on(NOT_ORDER, 0) })], // seen (orderJp: data-testid)
  purchaseDate: [at(testId('order-summary-purchase-date-value'), { ...on(ORDER, 1), ...on(NOT_ORDER, 0) })], // seen
  shippingService: [at(testId('order-summary-shipping-service-value'), { ...on(ORDER, 1), ...on(NOT_ORDER, 0) })], // seen
  fulfillmentChannel: [at(testId('order-summary-fulfillment-channel-value'), { ...on(ORDER, 1), ...on(NOT_ORDER, 0) })], // seen
  salesChannel: [at(testId('order-summary-sales-channel-value'), { ...on(ORDER, 1), ...on(NOT_ORDER, 0) })], // seen
  /** The buyer's name, a link opening the contact page (seen). */
  buyerNameLink: [
    at(testId('buyer-name-with-link', 'a'), { ...on(ORDER, 1), orderListUs: 6, orderUsMissingFields: 0, threadUs: 0 }),
    at('a[href*="/messaging/contact"]', { orderUs: 1, orderListUs: 6, orderUsMissingFields: 0, threadUs: 0 }),
  ],
  itemHeading: at('th[data-test-id^="item-"], th[data-testid^="item-"]', { ...on(ORDER, 8), orderListUs: 0 }), // seen
  itemQuantityHeading: at(testId('item-quantity-heading'), { ...on(ORDER, 1), orderListUs: 0 }), // seen
  itemsTable: [at('table.a-keyvalue', { orderUs: 1, orderDe: 1, orderListUs: 1, threadUs: 0 })], // seen (the first one on the order page)
  /** A product's title links to its detail page (seen); older links; any link. */
  productLink: [
    at('a[href*="/dp/"]', { orderUs: 2, orderUsTall: 76, orderJp: 1, orderListUs: 0, threadUs: 2, contactUs: 0 }),
    at('a[href*="/gp/product/"]', { drifted: 1, orderUs: 0 }),
    at('a', { orderUs: 9, orderJp: 6 }),
  ],
  trackingId: [at(testId('tracking-id-value'), { orderUs: 2, orderDe: 1, orderJp: 1, orderUsGenericBuyer: 0 }, 'deep')], // seen
  /** The ship-to address block (recipient name included), one line per span; drifted test ids (guess). */
  shipToAddress: [
    at(testId('shipping-section-buyer-address'), { ...on(ORDER, 1), threadUs: 0 }), // seen
    at('[data-test-id$="buyer-address"], [data-testid$="buyer-address"]', { ...on(ORDER, 1), threadUs: 0 }), // guess
  ],
  /** The buyer's phone ("Phone: +1 …"); any other phone test id (guess). */
  buyerPhone: [
    at(testId('shipping-section-phone'), { ...on(ORDER, 1), threadUs: 0 }), // seen
    at('[data-test-id*="phone"], [data-testid*="phone"]', { ...on(ORDER, 1), threadUs: 0 }), // guess
  ],
  /** A shipment's box: the tracking id's nearest enclosing one (seen: div.a-box-group). */
  shipmentBox: [at('.a-box', { orderUs: 5, orderDe: 4 }), at('.a-box-group > *', { orderUs: 2, orderDe: 1, orderUsGenericBuyer: 0 })],
  orderRows: [at('#orders-table tbody > tr', { orderListUs: 6, orderSearchUs: 2, orderListDe: 1, orderUs: 0 })], // seen
  /** Rows when the table drifted: any table, ARIA grid or Katal table row linking to an order (guess). */
  anyRow: at('tr, [role="row"], kat-table-row', { orderListUs: 7, orderUs: 4, threadUs: 0 }),
  /** Cells, as the same tables draw them (guess). */
  anyCell: at('td, th, [role="cell"], [role="gridcell"], kat-table-cell', { orderListUs: 49, orderUs: 24, threadUs: 0 }),
  /** A list row's order cell and its order link (seen). */
  listOrderCell: at(testId('oth-order-details'), { orderListUs: 6, orderListDe: 1, orderUs: 0 }),
  listOrderLink: [at(testId('oth-order-details', 'td', ' .cell-body-title a'), { orderListUs: 6, orderSearchUs: 2, orderListDe: 1 })],
  listStatus: [at(testId('oth-order-status', 'td', ' .main-status'), { orderListUs: 6, orderListDe: 1 })],
  /** Candidate order links; rules/page/page-kind.ts decides (any `orders-vN/order/<id>`; seen). */
  orderLink: at('a[href*="/order/"]', { orderListUs: 6, orderUs: 1, threadUs: 1, contactUs: 0 }),
  messages: [at('.message-component', { threadUs: 4, threadDe: 3, inboxUs: 0, orderUs: 0 })], // older
  /** Messages when classes drifted: list items of an ARIA list in the thread pane (guess). */
  messagesByRole: [
    at('[role="list"] > [role="listitem"]', { threadUs: 4, threadDe: 3, orderUs: 0 }),
    at('[role="log"] > *', { drifted: 2, threadUs: 0 }),
    at('ol > li', { drifted: 2, threadUs: 0 }),
    at('article', { drifted: 1, threadUs: 0 }),
  ],
  messageBody: [at('.message-body-text', { threadUs: 4, threadDe: 3 })], // older
  /** A link opening a case: the case list's entries, never messages of the open thread (seen: the cc= query). */
  caseLink: at('a[href*="cc="]', { inboxUs: 8, threadUs: 8, orderUs: 1, contactUs: 0 }),
  /** Any link: the case a case-list row opens, the link a click in a buyer message lands on. */
  anyLink: at('a[href]', { inboxUs: 16, threadUs: 19, contactUs: 3 }),
  messageDate: [at('.case-message-view-message-date', { threadUs: 4, threadDe: 3 })], // older
  messageSender: [at('.message-sender', { threadUs: 4, threadDe: 3 })], // guess
  /** The buyer's messages (older). */
  receivedMessage: at('.received', { threadUs: 2, threadUsOptedOut: 1, orderUs: 0 }),
  /** A message header's time element (guess). */
  messageTime: at('time, [datetime]', { drifted: 1, threadUs: 0 }),
  threadPane: [at('.thread-pane', { threadUs: 1, inboxUs: 1, orderUs: 0 }), at('main', { threadUs: 1, orderUs: 0 }), at('[role="main"]', { drifted: 1, threadUs: 0 })], // guess
  threadBuyerName: [at('.thread-buyer-name', { threadUs: 1, threadDe: 1, inboxUs: 0 })], // guess
  /** The "Order" side panel next to the thread (guess). */
  orderSidePanel: [at('.order-side-panel', { threadUs: 1, orderUs: 0 }), at('aside', { threadUs: 1, orderUs: 0 }), at('[role="complementary"]', { drifted: 1, threadUs: 0 })],
  /** What a page shows while a part of it still loads: Katal's spinner, or a region marked busy (capture waits for it; seen / guess). */
  loading: at('kat-spinner, [aria-busy="true"]', { loading: 2, threadUs: 0, orderUs: 0, orderListUs: 0, contactUs: 0 }),
  /** The contact page's heading (seen; older ids). */
  contactHeader: [
    at('.ayb-contact-buyer-header h2', { contactUs: 1, contactDe: 1, threadUs: 0 }),
    at('#ayb-contact-buyer h2', { drifted: 1, contactUs: 0 }),
    at('#ayb-contact-buyer', { drifted: 1, contactUs: 0 }),
  ],
  headings: at('h1, h2, h3', { orderUs: 3, threadUs: 3, contactUs: 1 }, 'deep'),
  /** The contact page's message field, once it shows (page/read-page.ts; seen). */
  /** The contact page's reason radios (Katal draws the input in the light DOM; guess). */
  contactReasonRadio: at('input[type="radio"][name*="reason" i]', { contactUs: 5, contactDe: 5, threadUs: 0, orderUs: 0 }),
  /** Where the contact page shows "Buyer's Language of Preference: …" (guess). */
  buyerLanguage: at('[class*="language" i], kat-label[text]', { contactUs: 2, contactDe: 2, threadUs: 0, orderUs: 0 }),
  contactField: [
    at('.contact-buyer-text-area', { contactUs: 1, contactDe: 1, orderUs: 0 }, 'deep'),
    at('kat-textarea', { contactUs: 1, threadUs: 1, orderListUs: 0 }, 'deep'),
    at('textarea', { contactUs: 1, threadUs: 1, orderListUs: 0 }, 'deep'),
  ],
  /** Page markers that outlast route renames (page/detect-page.ts). */
  ordersTable: at('#orders-table', { orderListUs: 1, orderUs: 0 }), // seen
  contactForm: at('.contact-buyer-text-area, .ayb-contact-buyer-header', { contactUs: 2, contactDe: 2, orderUs: 0 }), // seen
  threadMarker: at('.message-component, [data-test-id*="message-thread"]', { threadUs: 4, orderUs: 0 }), // older / guess
  /** The case list's rows (each a link opening a case), their last message time and status (response clock). */
  caseListRow: [at('a.case-list-item', { inboxUs: 8, threadUs: 8, orderUs: 0 }), at('.case-list a[href*="cc="]', { inboxUs: 8, threadUs: 8, orderUs: 0 })], // guess / seen (cc=)
  caseListDate: [at('.case-date', { inboxUs: 8, threadUs: 8 }), at('time', { drifted: 1, threadUs: 0 })], // guess
  caseListStatus: [at('.case-status', { inboxUs: 8 })], // guess
  /** The open thread's header (subject, buyer, actions): the response clock goes right after it. */
  threadHeader: [at('.thread-header', { threadUs: 1, inboxUs: 0 }), at('.thread-pane > header', { drifted: 1, threadUs: 0, inboxUs: 0 })], // guess
  /** A buyer message's attachments: download links and named attachment chips (guess). */
  messageAttachment: at('a[download], [data-attachment-name], .message-attachment-name', { drifted: 1, threadUs: 0, threadJpRisky: 0 }),
  /** Where in-page UI goes (page/placement.ts): the page's content roots, most specific first (seen)... */
  contentRoots: [
    at('#MYO-app', { orderUs: 1, orderListUs: 1, threadUs: 0 }),
    at('#messaging-app', { threadUs: 1, inboxUs: 1, orderUs: 0 }),
    at('.ayb-contact-buyer', { contactUs: 1, orderUs: 0 }),
    at('#ayb-contact-buyer', { drifted: 1, contactUs: 0 }),
  ],
  /** ...else its content container (guess). */
  contentContainers: [
    at('#sc-content-container', { orderUs: 1, orderListUs: 1, threadUs: 1, contactUs: 1 }),
    at('main', { threadUs: 1, orderUs: 0 }),
    at('[role="main"]', { drifted: 1, threadUs: 0 }),
  ],
  /** Fields a reply may be typed in (draft-guard/reply-boxes.ts), and a contenteditable root's parent. */
  replyField: at('textarea, [contenteditable]', { contactUs: 1, threadUs: 1, threadUsOptedOut: 1, orderListUs: 0, drifted: 2 }, 'deep'),
  editable: at('[contenteditable]', { drifted: 1, threadUs: 0 }),
  /** Message fields a Send may belong to (draft-guard/send-target.ts): not single-line inputs, not disabled. */
  messageField: at(
    ['textarea', '[contenteditable]:not([contenteditable="false"])', 'kat-textarea']
      .map((field) => `${field}:not([disabled]):not([readonly]):not([hidden]):not([aria-hidden="true"])`)
      .join(', '),
    { contactUs: 2, threadUs: 2, threadUsOptedOut: 0, orderListUs: 0 },
    'deep',
  ),
  /** Any field-like element, for "is this field alone in its container" (draft-guard/exclusions.ts). */
  fieldLike: at('textarea, [contenteditable], kat-textarea, kat-input, input:not([type="hidden"])', { contactUs: 9, threadUs: 3, orderListUs: 1 }, 'deep'),
  /** Fields that are never replies: search boxes, comboboxes, read-only fields, notes (guess). */
  notReplyField: at(
    [
      '[role="search"] *',
      'form[role="search"] *',
      '[role="searchbox"]',
      '[role="combobox"]',
      '[type="search"]',
      '[aria-readonly="true"]',
      '[data-test-id*="note" i]',
      '[data-test-id*="memo" i]',
      '[data-test-id*="search" i]',
    ].join(', '),
    { orderUs: 2, threadUs: 2, contactUs: 2 },
  ),
  /** The header's search form: its submit buttons never send a reply. */
  searchRegion: at('[role="search"]', { orderUs: 1, orderListUs: 1, threadUs: 1, contactUs: 1 }),
  dialog: at('[role="dialog"], dialog', { drifted: 1, contactUs: 0 }),
  /** Controls a Send may be drawn as (draft-guard/send-buttons.ts); the native ones of them work keys themselves. */
  buttonLike: at('button, input[type="submit"], input[type="button"], [role="button"], kat-button', { threadUs: 5, contactUs: 3, inboxUs: 1 }, 'deep'),
  nativeControl: at('button, input', { threadUs: 4, contactUs: 9, inboxUs: 2 }, 'deep'),
  /** Seller Central's alerts inside a message (not its text). */
  alert: at('kat-alert, [role="alert"], [role="status"]', { threadUs: 1, threadUsOptedOut: 1, orderUs: 0 }),
} as const;

type Strings<List> = { readonly [I in keyof List]: string };
type SelectorsOf<T> = { readonly [K in keyof T]: T[K] extends readonly CheckedSelector[] ? Strings<T[K]> : string };

/** The CSS selectors of CHECKED_SELECTORS, as the readers use them. */
export const SELECTORS = Object.fromEntries(
  Object.entries(CHECKED_SELECTORS).map(([key, entry]: [string, CheckedSelector | readonly CheckedSelector[]]) => [
    key,
    'selector' in entry ? entry.selector : entry.map((one) => one.selector),
  ]),
) as unknown as SelectorsOf<typeof CHECKED_SELECTORS>;

/** Class words of a drifted thread, whole or BEM parts ("msg--incoming"): the buyer's and the seller's messages (guess). */
export const MESSAGE_CLASS_WORDS = {
  buyer: { pattern: /(^|[\s_-])(received|incoming|inbound)($|[\s_-])/i, fixtures: { threadUs: 2, threadUsOptedOut: 1, drifted: 1 } },
  seller: { pattern: /(^|[\s_-])(sent|outgoing|outbound)($|[\s_-])/i, fixtures: { threadUs: 1, drifted: 1 } },
} as const;

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
  deliverBy: ['Deliver by', 'Deliver by date', 'Zustellung bis', 'Lieferung bis', 'Livrer avant le', 'Entregar antes del', 'Entregar antes de', 'Consegna entro il', 'お届け予定日'],
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
