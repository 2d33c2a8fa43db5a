import { createHash } from 'node:crypto';
import { newCaptureId } from '../../rules/capture/capture-id';
import { captureTerms } from '../../rules/search/capture-terms';
import { tokenize } from '../../rules/search/search-tokens';
import { canonicalJson } from '../../storage/chain/canonical-json';
import { hashedPart } from '../../storage/chain/capture-chain';
import type { CaptureRecord } from '../../storage/capture/capture-schema';
import { FIXTURE_CASES } from '../fixtures/pages/data/cases';

/**
 * Realistic captures for the archive benchmark: order pages and message threads of a seller
 * with a few hundred products and tens of thousands of buyers in the US, DE and JP
 * marketplaces, with Seller Central's page chrome in the text, valid hash-chain fields and
 * the real search terms (rules/search-tokens.ts). Deterministic (seeded).
 */

let state = 20_260_101;
const rand = () => ((state = (state * 48_271) % 2_147_483_647) / 2_147_483_647);
const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;

const FIRST = ['Jordan', 'Maria', 'Chen', 'Lukas', 'Anna', 'Emily', 'James', 'Sofia', 'Hiroshi', 'Yuki', 'Olivia', 'Noah', 'Mia', 'Liam', 'Jonas', 'Lea', 'Felix', 'Hannah', 'Kenji', 'Aiko', 'Daniel', 'Grace', 'Mateo', 'Chloe', 'Ethan', 'Ava', 'Lucas', 'Zoe', 'Ben', 'Clara', 'Tom', 'Ida'];
const LAST = ['Ellis', 'Gonzalez', 'Wei', 'Schäfer', 'Müller', 'Smith', 'Johnson', 'Tanaka', 'Sato', 'Rossi', 'Brown', 'Garcia', 'Meyer', 'Weber', 'Kobayashi', 'Nguyen', 'Lopez', 'Wagner', 'Becker', 'Suzuki', 'Clark', 'Lewis', 'Walker', 'Hall', 'Young', 'King', 'Wright', 'Scott', 'Green', 'Baker', 'Adams', 'Nelson'];
const ADJ = ['Trail', 'Summit', 'Harbor', 'Cedar', 'Alpine', 'Coastal', 'Urban', 'Prairie', 'Glacier', 'Canyon', 'Meadow', 'Ridge'];
const NOUN = ['Water Bottle 32 oz', 'Lunch Bag Leakproof', 'Camp Mug Set', 'Merino Hiking Socks', 'Rain Jacket', 'Thermos Flask', 'Trekking Poles', 'Dry Bag 20L', 'Headlamp 400 lm', 'Picnic Blanket', 'Cooler Backpack', 'Bento Box', 'Travel Pillow', 'Tote Bag', 'Cutting Board'];
const COLOURS = ['Slate Blue', 'Charcoal', 'Olive', 'Sand', 'Crimson', 'Forest Green'];
const PRODUCTS = Array.from({ length: 300 }, (_, i) => ({
  asin: `B0${(0x1000000 + i * 7919).toString(36).toUpperCase().padStart(8, 'X').slice(-8)}`,
  sku: `NW-${i.toString(36).toUpperCase()}-${i % 7}`,
  title: `Northwind ${ADJ[i % ADJ.length]} ${NOUN[i % NOUN.length]}, ${COLOURS[i % COLOURS.length]}`,
}));
const CARRIERS = ['USPS', 'UPS', 'FedEx', 'DHL', 'Hermes', 'Yamato'];
const STATUSES = ['Unshipped', 'Shipped', 'Delivered', 'Cancelled', 'Refunded'];

const BUYER_LINES = [
  ...FIXTURE_CASES.flatMap((c) => c.artifacts.filter((a) => a.role === 'BUYER').map((a) => a.body)),
  'Where is my order? Tracking has not updated for five days.',
  'The {product} arrived damaged, the box was crushed. I would like a refund please.',
  'I received the wrong colour, can I exchange it for the right one?',
  'The lid of the {product} leaks. Is this covered by warranty?',
  'Package says delivered but I never got it. Please help.',
  'Can you send an invoice with VAT for my company?',
  'I want to return the item, it is smaller than described.',
  'Thank you, the replacement arrived today and works perfectly.',
  'Der {product} kam beschädigt an, bitte um Ersatz oder Rückerstattung.',
  'Wann wird meine Bestellung versendet? Ich brauche sie bis Freitag.',
  'Die Rücksendung ist unterwegs, bitte bestätigen Sie den Eingang.',
  '商品が破損していました。返金をお願いします。',
  '注文した商品がまだ届いていません。配送状況を教えてください。',
  'サイズが合わないので返品したいです。',
];
const SELLER_LINES = [
  'Hello {name}, sorry to hear that. We will send a replacement right away.',
  'Hi {name}, your refund has been issued and should appear within 3-5 business days.',
  'Hello {name}, the tracking shows the parcel at your local depot; it should arrive tomorrow.',
  'Hallo {name}, vielen Dank für Ihre Nachricht. Wir erstatten den Betrag umgehend.',
  '{name}様、ご連絡ありがとうございます。交換品をすぐに発送いたします。',
];
const CHROME = 'seller central\nCatalog\nInventory\nPricing\nOrders\nAdvertising\nReports\nPerformance\nApps and Services\nMessages\nSearch\nHelp\nSettings';
const ORDER_LABELS = 'Order details\nOrder ID\nShip by\nDeliver by\nPurchase date\nShipping service\nFulfillment channel\nSales channel\nShip to\nContact Buyer:\nOrder contents\nStatus\nImage\nProduct name\nMore information\nQuantity\nUnit price\nProceeds\nCondition: New\nOrder Item ID\nPackage 1\nShip date\nCarrier\nTracking ID\nFor your records only, will not be displayed to the buyer.\nBuy shipping\nRefund order\nPrint packing slip';
const THREAD_LABELS = 'Inbox\nAll\nResponse Needed\nSent Messages\nResolved\nReported Unresolved\nNo response needed\nType your message\nSend\nOrder\nBuyer name\nShip by\nDeliver by\nPurchase date\nStatus\nSales channel\nSeller memo:';
const MARKETS = [
  { code: 'US', host: 'sellercentral.amazon.com', prefix: ['111', '112', '113', '114'], email: 'com' },
  { code: 'DE', host: 'sellercentral.amazon.de', prefix: ['302', '303', '305'], email: 'de' },
  { code: 'JP', host: 'sellercentral.amazon.co.jp', prefix: ['249', '250', '503'], email: 'co.jp' },
];

const termCache = new Map<string, string[]>();
function cachedTerms(text: string): string[] {
  let terms = termCache.get(text);
  if (!terms) termCache.set(text, (terms = tokenize(text)));
  return terms;
}

export interface SeedImage {
  variant: number;
  sha256: string;
  width: number;
  height: number;
}

const hex64 = (seed: number) => createHash('sha256').update(String(seed)).digest('hex');

/**
 * Make capture `i` of `total`, chained after `prev`. Captures cover two years up to now,
 * about 2.5 per order. `image` gives it one screenshot (bytes are written in the browser).
 */
export function seedCapture(i: number, total: number, prev: { seq: number; hash: string }, image: SeedImage | null, tags: string[] = [], stop: ReadonlySet<string> = new Set()): CaptureRecord {
  const capturedAt = new Date(Date.now() - (total - i) * ((2 * 365 * 86_400_000) / total)).toISOString();
  const orderIndex = Math.floor(i / 2.5);
  const market = MARKETS[orderIndex % 10 < 6 ? 0 : orderIndex % 10 < 9 ? 1 : 2]!;
  const orderId = `${market.prefix[orderIndex % market.prefix.length]}-${String(1_000_000 + ((orderIndex * 7_919) % 9_000_000)).padStart(7, '0')}-${String((orderIndex * 104_729) % 10_000_000).padStart(7, '0')}`;
  const buyerName = `${FIRST[(orderIndex * 7) % FIRST.length]} ${LAST[(orderIndex * 13) % LAST.length]}`;
  const buyerProxyEmail = `${createHash('md5').update(buyerName + (orderIndex % 5000)).digest('hex').slice(0, 15)}@marketplace.amazon.${market.email}`;
  const products = [PRODUCTS[(orderIndex * 31) % PRODUCTS.length]!, ...(orderIndex % 3 === 0 ? [PRODUCTS[(orderIndex * 17) % PRODUCTS.length]!] : [])];
  const trackingIds = [`1Z${(orderIndex * 99_991).toString(36).toUpperCase().padStart(10, '0')}${String(orderIndex % 97).padStart(4, '0')}`];
  const status = STATUSES[orderIndex % STATUSES.length]!;
  const kind = i % 20 === 19 ? 'contact-buyer' : i % 2 ? 'message-thread' : 'order-details';
  const fill = (line: string) => line.replace('{product}', products[0]!.title.split(',')[0]!).replace('{name}', buyerName.split(' ')[0]!);
  const messages =
    kind === 'message-thread'
      ? Array.from({ length: 1 + Math.floor(rand() * 4) }, (_, m) => ({
          direction: (m % 2 ? 'seller' : 'buyer') as 'buyer' | 'seller',
          sender: m % 2 ? 'Northwind Outfitters' : buyerName,
          time: null,
          timeIso: new Date(Date.parse(capturedAt) - (4 - m) * 3_600_000).toISOString(),
          text: fill(pick(m % 2 ? SELLER_LINES : BUYER_LINES)),
        }))
      : [];
  const order = {
    orderId,
    marketplace: market.code,
    orderDate: capturedAt.slice(0, 10),
    status,
    fulfillmentChannel: 'FBM' as const,
    buyerName,
    buyerProxyEmail,
    items: products.map((p) => ({ asin: p.asin, sku: p.sku, title: p.title, quantity: 1 + (orderIndex % 2) })),
    shippingService: 'Standard',
    tracking: trackingIds.map((t) => ({ carrier: CARRIERS[orderIndex % CARRIERS.length]!, trackingId: t, status: status === 'Delivered' ? 'Delivered' : 'In transit', date: capturedAt.slice(0, 10) })),
  };
  const labels = kind === 'message-thread' ? THREAD_LABELS : ORDER_LABELS;
  const variable = [orderId, buyerName, `${status} ${trackingIds.join(' ')}`, ...products.map((p) => `${p.title}\nASIN: ${p.asin}\nSKU: ${p.sku}`), ...messages.map((m) => m.text)].join('\n');
  const base = {
    id: newCaptureId(capturedAt),
    seq: prev.seq + 1,
    capturedAt,
    agent: pick(['Dana', 'Sam', 'Priya']),
    extensionVersion: '0.1.0',
    source: pick(['page-button', 'popup', 'auto'] as const),
    url: kind === 'message-thread' ? `https://${market.host}/messaging/inbox?fi=ALL&cc=${hex64(i).slice(0, 8)}` : `https://${market.host}/orders-v3/order/${orderId}`,
    title: kind === 'message-thread' ? 'Messages - Seller Central' : 'Order details - Seller Central',
    marketplace: market.code,
    kind,
    orderId,
    buyerName,
    buyerProxyEmail,
    asins: products.map((p) => p.asin),
    trackingIds: kind === 'order-details' ? trackingIds : [],
    tags,
    note: i % 11 === 0 ? 'Buyer opened an A-to-z claim' : '',
    data: {
      ...(kind === 'order-details' ? { order } : {}),
      ...(kind === 'message-thread' ? { thread: { caseId: hex64(i).slice(0, 8), orderId, marketplace: market.code, buyerName, buyerProxyEmail, messages, banners: [] } } : {}),
      ...(kind === 'contact-buyer' ? { contact: { orderId, marketplace: market.code, buyerName, buyerProxyEmail } } : {}),
      missing: [],
    },
    text: `${CHROME}\n${labels}\n${variable}`,
    masked: true,
    contentHash: hex64(i + 7),
    screenshot: image ? ('visible' as const) : ('none' as const),
    screenshotNote: image ? null : 'Captured without a screenshot',
    images: [] as CaptureRecord['images'],
    prevHash: prev.hash,
    hash: '',
    tokens: [] as string[],
  } satisfies CaptureRecord;
  if (image) base.images = [{ id: `${base.id}#0`, index: 0, width: image.width, height: image.height, sha256: image.sha256 }];
  const record: CaptureRecord = base;
  record.hash = createHash('sha256').update(canonicalJson(hashedPart(record))).digest('hex');
  // Same terms as captureTerms(record, stop): the page chrome's words are tokenised once and reused.
  const terms = new Set([...captureTerms({ ...record, text: variable }), ...cachedTerms(`${CHROME}\n${labels}`)]);
  record.tokens = [...terms].filter((t) => !stop.has(t));
  return record;
}
