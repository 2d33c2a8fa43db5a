import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { captureSnapshot } from '../../../../entrypoints/sellercentral.content/capture/page-snapshot';
import { maskedPageText, personalDataBlocks } from '../../../../entrypoints/sellercentral.content/capture/personal-blocks';
import { detectPage } from '../../../../entrypoints/sellercentral.content/page/detect-page';
import { readOrderDetails } from '../../../../entrypoints/sellercentral.content/readers/order-details';
import { captureRecordSchema, type CaptureMasking } from '../../../../storage/capture/capture-schema';
import { closeFixtures, loadFixture } from '../../../fixtures/load';
import { FIXTURE_ORDERS, FIXTURE_URLS, type FixturePage } from '../../../fixtures/site';
import { maskingNote, unmaskedWarning } from '../../../../utils/capture-masking-note';
import { orderDraft, resetDb, seed } from '../../storage/archive-fixtures';
import { pack, text as decode, unzip } from '../../storage/export/pack-helpers';
import { page } from '../drift-page';

afterAll(closeFixtures);
beforeEach(resetDb);

/**
 * No address line or phone number of any fixture order page, in any language, survives
 * masking: not in the stored text, not in an exported evidence pack. The recipient's name is
 * the exception when it is the buyer's name, which the order data keeps anyway.
 */
interface Shown {
  name: string;
  buyerName: string | null;
  addressLines: readonly string[];
  phone: string;
}

/** Address lines and phone digits of `shown` still present in `text`. */
function leaks(text: string, shown: Shown): string[] {
  // A line is found as written on its own, not inside a longer word or a base64 signature or hash
  // (a two-letter state such as "WA" turns up by chance in random base64).
  const standsAlone = (line: string) =>
    new RegExp(`(?<![\\p{L}\\p{N}+/=])${line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}+/=])`, 'u').test(text);
  const lines = shown.addressLines.filter((line) => line !== shown.buyerName).filter(standsAlone);
  // The phone's last 8 digits, however separated ("555-0143", "5550143", "555 01 43").
  const written = new RegExp(shown.phone.replace(/\D/g, '').slice(-8).split('').join('[ \\-.()/]{0,3}'));
  const phone = written.test(text) ? [shown.phone] : [];
  return [...lines, ...phone];
}

const ORDER_PAGES = (Object.keys(FIXTURE_URLS) as FixturePage[]).filter((name) => /^order(?!List|Search)/.test(name));

const fixtureCases = ORDER_PAGES.map((name) => {
  const order = FIXTURE_ORDERS.find((candidate) => FIXTURE_URLS[name].endsWith(candidate.orderId))!;
  return { name, order };
});

describe('masking on every fixture order page (en, de, ja with data-testid)', () => {
  it.each(fixtureCases)('$name: neither address nor phone in the stored text, and masking says so', async ({ name, order }) => {
    const doc = await loadFixture(FIXTURE_URLS[name]);
    const snapshot = captureSnapshot(doc, detectPage(doc, new URL(doc.location.href)), null, true);
    const shown = { name, buyerName: order.buyerName, addressLines: order.shipTo.lines, phone: order.shipTo.phone };
    expect(leaks(snapshot.text, shown)).toEqual([]);
    expect(snapshot.masking).toEqual({ address: 'masked', phone: 'masked' });
    // the order itself is still evidence
    expect(snapshot.text).toContain(order.orderId);
    expect(leaks(captureSnapshot(doc, detectPage(doc, new URL(doc.location.href)), null, false).text, shown)).not.toEqual([]);
  }, 30_000);

  it('reads the JP page’s unlabelled status badge 出荷済み', async () => {
    const doc = await loadFixture(FIXTURE_URLS.orderJp);
    expect(readOrderDetails(doc).data).toMatchObject({ orderId: '503-7391046-2258817', status: '出荷済み', buyerName: '山田 花子' });
  });
});

/** Order pages nobody wrote a fixture site for: labels only, no test ids. */
const LABELLED_PAGES: Array<Shown & { html: string }> = [
  {
    name: 'fr: heading and "Téléphone :" in one line',
    buyerName: 'Camille Dubois',
    addressLines: ['Camille Dubois', '12 rue des Lilas', '69003 Lyon', 'France'],
    phone: '06 12 34 56 78',
    html: `<div id="MYO-app"><div><span>Numéro de commande :</span> <span>402-5512093-1184420</span></div>
      <div class="ship"><h4>Adresse de livraison</h4>
        <div><span>Camille Dubois</span><br><span>12 rue des Lilas</span><br><span>69003 Lyon</span><br><span>France</span></div>
        <div>Téléphone : 06 12 34 56 78</div></div>
      <div><span>Contacter l’acheteur :</span> <a href="/messaging/contact?orderID=402-5512093-1184420">Camille Dubois</a></div></div>`,
  },
  {
    name: 'es: <dl> with the phone in its own <dd>',
    buyerName: 'Lucía Fernández',
    addressLines: ['Lucía Fernández', 'Av. Insurgentes Sur 1602', 'Col. Crédito Constructor', '03940 Ciudad de México, CDMX'],
    phone: '55 1234 5678',
    html: `<div id="MYO-app"><dl><dt>ID del pedido</dt><dd>701-4410298-3365012</dd>
      <dt>Dirección de envío</dt><dd><div>Lucía Fernández</div><div>Av. Insurgentes Sur 1602</div><div>Col. Crédito Constructor</div><div>03940 Ciudad de México, CDMX</div></dd>
      <dt>Teléfono</dt><dd>55 1234 5678</dd>
      <dt>Contactar al comprador</dt><dd><a href="/messaging/contact?orderID=701-4410298-3365012">Lucía Fernández</a></dd></dl></div>`,
  },
  {
    name: 'it: the address drawn inside a kat-box shadow root',
    buyerName: 'Giulia Rossi',
    addressLines: ['Giulia Rossi', 'Via Roma 15', '20121 Milano MI', 'Italia'],
    phone: '+39 02 1234 5678',
    html: `<div id="MYO-app"><div>ID ordine: 405-1192834-5527361</div>
      <kat-box><template shadow><section><h3>Indirizzo di spedizione</h3>
        <address><span>Giulia Rossi</span><br><span>Via Roma 15</span><br><span>20121 Milano MI</span><br><span>Italia</span></address>
        <p>Telefono: +39 02 1234 5678</p></section></template></kat-box>
      <div>Contatta l'acquirente: <a href="/messaging/contact?orderID=405-1192834-5527361">Giulia Rossi</a></div></div>`,
  },
  {
    name: 'pt: label and value in separate cells',
    buyerName: 'Ana Souza',
    addressLines: ['Ana Souza', 'Rua das Flores, 123', 'Apto 42', '01310-100 São Paulo SP'],
    phone: '(11) 98765-4321',
    html: `<div id="MYO-app"><table><tr><td>Número do pedido</td><td>701-8823104-5529031</td></tr>
      <tr><td>Endereço de entrega</td><td><span>Ana Souza</span><br><span>Rua das Flores, 123</span><br><span>Apto 42</span><br><span>01310-100 São Paulo SP</span></td></tr>
      <tr><td>Telefone</td><td>(11) 98765-4321</td></tr></table>
      <div>Entrar em contato com o comprador: <a href="/messaging/contact?orderID=701-8823104-5529031">Ana Souza</a></div></div>`,
  },
  {
    name: 'de: drifted, no test ids, a gift recipient who is not the buyer',
    buyerName: 'Lukas Schäfer',
    addressLines: ['Marie Schäfer', 'Hauptstraße 5', '10115 Berlin', 'Deutschland'],
    phone: '+49 30 1234567',
    html: `<div id="MYO-app"><dl><dt>Bestellnummer:</dt><dd>302-1938475-6647382</dd></dl>
      <section><h3>Versandadresse</h3><div><span>Marie Schäfer</span><br><span>Hauptstraße 5</span><br><span>10115 Berlin</span><br><span>Deutschland</span></div>
        <div><span>Telefon:</span> <span>+49 30 1234567</span></div>
        <dl><dt>Käufer kontaktieren:</dt><dd><a href="/messaging/contact?orderID=302-1938475-6647382">Lukas Schäfer</a></dd></dl></section></div>`,
  },
  {
    name: 'ja: labels with full-width colons and the value on the same line',
    buyerName: '佐藤 健',
    addressLines: ['〒530-0001', '大阪府大阪市北区梅田3-1-1'],
    phone: '06-6555-0199',
    html: `<div id="MYO-app"><div>注文番号：<span>250-4417203-1029384</span></div>
      <div>お届け先住所：〒530-0001 大阪府大阪市北区梅田3-1-1</div><div>電話番号：06-6555-0199</div>
      <div><span>購入者に連絡：</span><a href="/messaging/contact?orderID=250-4417203-1029384">佐藤 健</a></div></div>`,
  },
  {
    name: 'zh: 收货地址 and 电话',
    buyerName: '王 芳',
    addressLines: ['王 芳', '上海市浦东新区世纪大道100号', '200120'],
    phone: '138 0013 8000',
    html: `<div id="MYO-app"><div>Order ID: 111-2223334-4445556</div>
      <div><h4>收货地址</h4><ul><li>王 芳</li><li>上海市浦东新区世纪大道100号</li><li>200120</li></ul><p>电话：138 0013 8000</p></div></div>`,
  },
];

describe('masking on labelled pages in every language the readers know', () => {
  it.each(LABELLED_PAGES)('$name', (shown) => {
    const doc = page(shown.html);
    const { text, masking } = maskedPageText(doc, true, shown.buyerName ? [shown.buyerName] : []);
    expect(leaks(text, shown)).toEqual([]);
    expect(masking).toEqual({ address: 'masked', phone: 'masked' });
    expect(leaks(maskedPageText(doc, false).text, shown).length).toBeGreaterThan(0);
  });
});

describe('masking that fails closed', () => {
  const UNKNOWN_LAYOUT = `<div id="MYO-app"><div>Order ID: 112-4837261-5938217</div>
    <div class="recipient"><span>Jordan Ellis</span><br><span>1458 Cedar Grove Ave</span></div>
    <div class="seller-note">Reship: call buyer at 206 555 0143 or Phone: 206-555-0143</div></div>`;

  it('says "not masked: address not found" when an order page’s address block cannot be located', () => {
    const { masking, text } = maskedPageText(page(UNKNOWN_LAYOUT), true, ['Jordan Ellis']);
    expect(masking).toEqual({ address: 'not-found', phone: 'not-found' });
    expect(maskingNote({ kind: 'order-details', masked: true, masking })).toBe('not masked: address not found; not masked: phone not found');
    expect(unmaskedWarning({ kind: 'order-details', masking })).toBe('Not masked: address not found; not masked: phone not found.');
    expect(unmaskedWarning({ kind: 'order-details', masking: { address: 'masked', phone: 'masked' } })).toBe('');
    // What the text alone shows is still removed: the number after "Phone:", and the same number elsewhere.
    expect(text).not.toMatch(/206.555.0143/);
  });

  it.each<[string, Pick<Parameters<typeof maskingNote>[0], 'kind' | 'masked'> & { masking?: CaptureMasking }, string]>([
    ['both found', { kind: 'order-details', masked: true, masking: { address: 'masked', phone: 'masked' } }, 'address and phone masked'],
    ['masking off', { kind: 'order-details', masked: false, masking: { address: 'off', phone: 'off' } }, 'not masked: masking was off'],
    ['a thread page, nothing to mask', { kind: 'message-thread', masked: true, masking: { address: 'not-found', phone: 'not-found' } }, 'masking on: no address or phone found'],
    ['an order page without a phone', { kind: 'order-details', masked: true, masking: { address: 'masked', phone: 'not-found' } }, 'address masked; not masked: phone not found'],
    ['a capture stored before masking was recorded', { kind: 'order-details', masked: true }, 'address and phone masking was on'],
  ])('the capture view states exactly what was masked: %s', (_name, record, note) => {
    expect(maskingNote(record)).toBe(note);
  });

  it('paints over the same blocks it leaves out of the text', () => {
    const doc = page(LABELLED_PAGES[0]!.html);
    expect(personalDataBlocks(doc).map((block) => block.textContent?.trim())).toEqual([
      'Camille Dubois12 rue des Lilas69003 LyonFrance',
      'Téléphone : 06 12 34 56 78',
    ]);
  });

  it('still parses a capture stored before `masking` existed', () => {
    const { masking: _none, ...old } = { ...orderDraft(), masking: undefined };
    const record = { ...old, id: 'c1', seq: 1, prevHash: '0'.repeat(64), hash: '1'.repeat(64), tokens: [], images: [] };
    expect(captureRecordSchema.parse(record)).not.toHaveProperty('masking');
  });
});

describe('exported evidence packs', () => {
  it('hold no address line or phone number of any fixture order page', async () => {
    const drafts = LABELLED_PAGES.map((shown, index) => {
      const doc = page(shown.html);
      const { text, masking } = maskedPageText(doc, true, shown.buyerName ? [shown.buyerName] : []);
      const { data, missing } = readOrderDetails(doc, 'https://sellercentral.amazon.com/orders-v3');
      return orderDraft({
        capturedAt: `2026-07-0${index + 1}T09:30:00.000Z`,
        orderId: data.orderId,
        url: `https://sellercentral.amazon.com/orders-v3/order/${data.orderId}`,
        buyerName: shown.buyerName,
        asins: data.items.flatMap((item) => (item.asin ? [item.asin] : [])),
        trackingIds: data.tracking.map((tracking) => tracking.trackingId),
        data: { order: data, missing },
        text,
        masking,
      });
    });
    const shownOnSite: Shown[] = [];
    for (const [index, name] of (['orderUs', 'orderDe', 'orderJp'] as const).entries()) {
      const doc = await loadFixture(FIXTURE_URLS[name]);
      const snapshot = captureSnapshot(doc, detectPage(doc, new URL(doc.location.href)), null, true);
      const order = fixtureCases.find((candidate) => candidate.name === name)!.order;
      shownOnSite.push({ name, buyerName: order.buyerName, addressLines: order.shipTo.lines, phone: order.shipTo.phone });
      drafts.push(orderDraft({ ...snapshot, capturedAt: `2026-08-0${index + 1}T09:30:00.000Z`, asins: [], trackingIds: [] }));
    }
    await seed(drafts, true);
    const files = await unzip((await pack()).blob);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['report.html', 'manifest.json', 'captures.csv']));
    for (const [path, bytes] of Object.entries(files)) {
      for (const shown of [...LABELLED_PAGES, ...shownOnSite]) expect(leaks(decode(bytes), shown), `${path}: ${shown.name}`).toEqual([]);
    }
  }, 30_000);
});
