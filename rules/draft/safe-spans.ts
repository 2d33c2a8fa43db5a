import { isSpace } from './scan';
import type { Span } from './types';

/**
 * The look-alikes agents write every day: order ids, tracking numbers, ASINs, ISBNs, dates,
 * times, prices, measurements, versions, postcodes and anything written after a label such
 * as "tracking", "serial", "part no.", "注文番号". Their digits often form valid phone or
 * card numbers, so the phone and sensitive-data detectors skip numbers inside these spans.
 */

/**
 * A price: "1,299.00", "1.299,00", "15". Linear on any digit run: the grouped form has at most six
 * groups, and an ungrouped number starts only where its digit run starts.
 */
const AMOUNT = String.raw`\d{1,3}(?:[,.' \u00a0]\d{3}){1,6}(?:[.,]\d{1,2})?|(?<!\d)\d+(?:[.,]\d{1,2})?`;
const CURRENCY_BEFORE = String.raw`(?:US|R|A|C|HK|S|NZ|MX)?\$|[€£¥₹]|\b(?:EUR|USD|GBP|JPY|CNY|RMB|CHF|CAD|AUD|MXN|BRL|INR|SEK|PLN|TRY)\b`;
const CURRENCY_AFTER = String.raw`€|\$|£|円|元|美元|欧元|\b(?:EUR|USD|GBP|JPY|CNY|RMB|CHF|CAD|AUD|MXN|BRL|INR|SEK|PLN|TRY|zł|kr|Euro|euros?|dollars?)\b`;
const UNIT = String.raw`mm|cm|km|m|in|inch(?:es)?|ft|feet|kg|g|lbs?|oz|ml|l|L|W|kW|V|A|mA|mAh|Wh|Hz|kHz|MHz|GHz|KB|MB|GB|TB|°C|°F|%|h|hrs?|min|pcs|Stück|pièces|piezas|pezzi|個|件|点|cm²|m²`;
/** A measurement; it starts where its digit run starts, so a long run is read once. */
const NUM = String.raw`(?<!\d)\d+(?:[.,]\d+)?`;

/** Words that name an identifier; what follows them is an id, not contact data. */
const LABEL = [
  String.raw`customer(?: number| no\.?| id)?|member(?:ship)?(?: number| no\.?| id)?|contract(?: number| no\.?)?|IMEI|MEID|VAT(?: ID)?|order(?: item)?(?: id)?|tracking|track(?:ing)? id|waybill|shipment|parcel|package|consignment|reference|ref\.?|invoice|receipt|case|ticket|claim|RMA|return|serial|S\/N|SN|model|part|item|SKU|ASIN|ISBN|EAN|UPC|GTIN|FNSKU|lot|batch|PO|zip(?: code)?|postcode|postal code`,
  String.raw`Kundennummer|Kunden-Nr\.?|Mitgliedsnummer|Vertragsnummer|USt-IdNr\.?|Bestellnummer|Bestellung|Sendungsnummer|Sendungsverfolgung|Paketnummer|Trackingnummer|Artikelnummer|Teilenummer|Seriennummer|Modell|Rechnungsnummer|Rechnung|Vorgangsnummer|Auftragsnummer|Referenz|Postleitzahl|PLZ`,
  String.raw`numéro client|client|adhérent|suivi|commande|référence|réf\.?|numéro de série|modèle|facture|dossier|colis`,
  String.raw`número de cliente|cliente|socio|seguimiento|pedido|referencia|número de serie|modelo|factura|incidencia|envío`,
  String.raw`codice cliente|numero cliente|spedizione|ordine|codice|cod\.|riferimento|numero di serie|modello|fattura|pratica|CAP`,
  String.raw`お客様番号|会員番号|顧客番号|注文番号|ご注文|注文|追跡番号|伝票番号|お問い合わせ番号|問い合わせ番号|品番|型番|製造番号|シリアル番号|部品番号|受付番号|郵便番号`,
  String.raw`客户号|客户编号|会员号|订单号|订单|快递单号|运单号|单号|跟踪号|追踪号|型号|零件号|序列号|工单号|编号|发票号|邮编`,
].join('|');
/** What may sit between a label and its id: "number is", "no.", "n°", a carrier name. */
const LABEL_GAP = String.raw`(?:[\s:#=(]*(?:numbers?|no\.?|nr\.?|n\.?\s?[°º]|n\.º|n\.|num[eé]ro|número|numero|nummer|id|de|del|di|du|of|der|des|is|lautet|est|es|è|は|为|是|の|UPS|USPS|DHL|FedEx|GLS|DPD|BRT|SEUR|SAV|Hermes|Correos|Colissimo|Chronopost)(?![A-Za-z0-9À-ÿ]))*[\s:#=(]*`;
const LABEL_ID = String.raw`[A-Z0-9][A-Z0-9\-\/.]*(?:[ \u00a0]\d[A-Z0-9\-]*){0,6}`;

const SAFE_PATTERNS: RegExp[] = [
  /\b\d{3}-\d{7}-\d{7}\b/g, // Amazon order id
  /\b1Z(?:\s?[0-9A-Z]){16}\b/g, // UPS
  /(?<!\d)(?:420 ?\d{5}(?:\d{4})? ?)?9[1-5]\d{2}(?: ?\d{4}){4} ?\d{2}(?!\d)/g, // USPS 22 digits, with 420 ZIP prefix
  /(?<!\d)00\d{18}(?!\d)/g, // SSCC (DHL Paket)
  /\b[A-Z]{2} ?\d{3} ?\d{3} ?\d{3} ?[A-Z]{2}\b/g, // UPU S10: EA123456789US
  /(?<![\d-])\d{4}-\d{4}-\d{4}(?![\d-])/g, // Japan Post, Yamato, Sagawa
  /\bB0[A-Z0-9]{8}\b/g, // ASIN
  /\bISBN(?:-1[03])?:?\s?\d[\d\- ]{8,15}[\dX]\b/g,
  /(?<!\d)97[89][- ]\d{1,5}[- ]\d{1,7}[- ]\d{1,7}[- ][\dX](?!\d)/g, // ISBN-13 with hyphens
  /(?<![\d./-])(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2}))(?![\d/-]|\.\d)/g, // dates
  /(?<![\d/])\d{1,2}\/\d{1,4}(?![\d/])/g, // 06/10, 11/2023, 50/60
  /\d{4}年\s?\d{1,2}月(?:\s?\d{1,2}日)?|\d{1,2}月\s?\d{1,2}日/g,
  /(?<![\d:])\d{1,2}(?::\d{2}){1,2}(?:\s?[AaPp]\.?[Mm]\.?)?(?![\d:])|\b\d{1,2}h\d{2}\b/g, // times
  new RegExp(`(?:${CURRENCY_BEFORE})\\s?(?:${AMOUNT})|(?:${AMOUNT})\\s?(?:${CURRENCY_AFTER})`, 'g'),
  new RegExp(`${NUM}\\s?[x×*]\\s?${NUM}(?:\\s?[x×*]\\s?${NUM})?`, 'g'), // dimensions
  new RegExp(`(?<![\\w.])${NUM}(?:\\s?[-–/]\\s?${NUM})?\\s?(?:${UNIT})(?![A-Za-z])`, 'g'),
  /(?<![\w.])(?!\d{3}\.\d{3}\.\d{4}\b)[vV]?\d+(?:\.\d+){2,}(?![\w]|\.\d)/g, // versions 2.3.14, not 212.736.5000
  /(?:version|ver\.|firmware|build|versión|versione|バージョン|版本|固件)\s*(?:[:#]\s*)?[vV]?\d[\w.-]*/gi,
  /〒\s?\d{3}-\d{4}|(?<!\d)\d{5}-\d{4}(?!\d)/g, // JP and US ZIP+4 postcodes
  new RegExp(`(?<![A-Za-z0-9À-ÿ])(?:${LABEL})${LABEL_GAP}${LABEL_ID}`, 'gi'),
];

/** Seven or more digits with short separators: the only places a look-alike can matter. */
const DIGIT_RUN_RE = /\d(?:[ \u00a0().,/:-]{0,3}\d){6,}/g;
/** How far before a digit run a label ("tracking number is") or currency may start. */
const LOOK_BEHIND = 56;

/**
 * Every look-alike span of `text` near a run of 7+ digits, sorted by start. Only numbers that
 * long can be mistaken for phone, card or bank numbers, so text far from them is not read.
 */
export function findSafeSpans(text: string): Span[] {
  const windows: Span[] = [];
  DIGIT_RUN_RE.lastIndex = 0;
  for (let m = DIGIT_RUN_RE.exec(text); m; m = DIGIT_RUN_RE.exec(text)) {
    let start = Math.max(0, m.index - LOOK_BEHIND);
    while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
    let end = Math.min(text.length, m.index + m[0].length + 8);
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    const last = windows[windows.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  const spans: Span[] = [];
  for (const window of windows) {
    const slice = text.slice(window.start, window.end);
    for (const re of SAFE_PATTERNS) {
      re.lastIndex = 0;
      for (let m = re.exec(slice); m; m = re.exec(slice)) {
        spans.push({ start: window.start + m.index, end: window.start + m.index + m[0].length });
        if (m[0].length === 0) re.lastIndex++;
      }
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
