import { anyOf, gap, type PhraseRule, runPhraseRules } from './phrase';
import { overlapsAny, quote, report, type DraftScan } from './scan';

/**
 * `sensitive-data`: asking the buyer for card numbers, CVV, bank details (IBAN, sort code),
 * passwords and codes, national id / social security numbers or a date of birth, in the
 * seven languages; and card numbers (Luhn-checked) or IBANs (mod-97-checked) written into the
 * draft. A mention the sentence negates ("we will never ask for your password",
 * "パスワードをお伺いすることはございません") is not flagged.
 */

const CARD = anyOf(
  String.raw`\b(?:credit\s+|debit\s+)?card(?:'s)?\s*(?:number|details|info(?:rmation)?|no\.)|\bfull card(?:\s+(?:number|details))?\b|\bCVV2?\b|\bCVC2?\b|\bsecurity code\b|\bcard\s+(?:expiry|expiration)\b`,
  String.raw`\b(?:picture|photo|image|scan|copy)\s+of\s+(?:the|your)\s+(?:credit\s+|debit\s+)?card\b|\bfront and back of (?:the|your) card`,
  String.raw`\b(?:last|first)\s+(?:four|4|two|2|six|6)\s+digits\s+of\s+(?:the|your)\s+(?:credit\s+|debit\s+)?card\b|\bcard\b${gap(20)}\b(?:expiry|expiration)\b`,
  String.raw`\b(?:Foto|Bild|Kopie|Scan)\s+(?:\S+\s+){0,2}?(?:Ihrer|der|deiner)\s+(?:Kredit|EC-|Bank)?[Kk]arte`,
  String.raw`\b(?:photo|copie|scan|image)\s+(?:\S+\s+){0,2}?(?:de|du)\s+(?:votre|la|ta)\s+carte\s+(?:bancaire|de crédit|de paiement)`,
  String.raw`\b(?:foto|copia|imagen|escaneo)\s+(?:\S+\s+){0,2}?de\s+(?:tu|su|la)\s+tarjeta`,
  String.raw`\b(?:foto|copia|scansione|immagine)\s+(?:\S+\s+){0,2}?(?:della|sua|tua)\s+carta\s+(?:di credito|di debito|bancaria)`,
  String.raw`カードの(?:写真|画像|コピー)|(?:银行卡|信用卡|卡)的?(?:照片|图片|复印件)`,
  String.raw`Kreditkartennummer|Kartennummer|Kreditkartendaten|Kartendaten|Prüfziffer|Kartenprüfnummer|Sicherheitscode`,
  String.raw`numéro de (?:votre |la )?carte(?: bancaire| de crédit)?|cryptogramme|code de sécurité|coordonnées de (?:votre )?carte`,
  String.raw`número de (?:tu |su |la )?tarjeta|datos de (?:tu |su |la )?tarjeta|código de seguridad`,
  String.raw`numero (?:della|di) carta|dati della carta|codice di sicurezza`,
  String.raw`クレジットカード番号|カード番号|セキュリティコード|カードの有効期限|カード情報`,
  String.raw`银行卡号|信用卡号|卡号|安全码|信用卡信息|银行卡信息`,
);
const BANK = anyOf(
  String.raw`\b(?:bank|wire)\s+transfer\b${gap(60)}\baccount\s+(?:details|info|number)|\baccount\s+(?:details|info|number)${gap(60)}\b(?:bank|wire)\s+transfer\b`,
  String.raw`\bpaypal\s+(?:account|e-?mail|address|details)\b|PayPal-(?:Adresse|Konto)|compte PayPal|cuenta de PayPal|account PayPal|PayPalアカウント|支付宝(?:账号|账户)?|微信支付账号`,
  String.raw`\bIBAN\b|\bSWIFT(?: code)?\b|\bsort code\b|\brouting number\b|\b(?:bank\s+)?account number\b|\bbank(?:ing)?\s+(?:details|account details|information|info)\b`,
  String.raw`Bankverbindung|Bankdaten|Kontonummer|Bankleitzahl|\bBLZ\b|Kontodaten`,
  String.raw`coordonnées bancaires|numéro de compte|relevé d'identité bancaire`,
  String.raw`cuenta bancaria|número de cuenta|datos bancarios`,
  String.raw`coordinate bancarie|numero di conto|dati bancari`,
  String.raw`口座番号|銀行口座|支店名|口座情報|振込先`,
  String.raw`银行账号|银行账户|开户行|账户信息`,
);
const PASSWORD = anyOf(
  String.raw`\bpass(?:word|code)s?\b|\blog-?in\s+(?:details|credentials|info)\b|\bcredentials\b|\bone-time\s+(?:code|password)\b|\bverification code\b|\b2FA code\b`,
  String.raw`Passwort|Kennwort|Zugangsdaten|Anmeldedaten|Bestätigungscode`,
  String.raw`mot de passe|code PIN|identifiants|code de vérification`,
  String.raw`contraseña|clave de acceso|código de verificación`,
  String.raw`credenziali|codice di verifica`,
  String.raw`パスワード|暗証番号|認証コード|ログイン情報`,
  String.raw`密码|验证码|登录信息`,
);
/** Upper case only: "pin", "nie" (German "never"), "rib" and "bic" are everyday words. */
const ACRONYMS = /\b(?:PIN|OTP)\b/g;
const ID_ACRONYMS = /\b(?:SSN|DNI|NIE)\b/g;
const BANK_ACRONYMS = /\b(?:BIC|RIB)\b/g;
const DOB = /\bDOB\b/g;
const NATIONAL_ID = anyOf(
  String.raw`\bsocial security(?: number)?\b|\bnational (?:insurance|id(?:entity)?)(?: number| card)?\b|\bNI number\b|\bID card number\b|\bpassport (?:number|details)\b|\btax (?:id|identification number)\b|\bdriver'?s licen[cs]e(?: number)?\b|\b(?:copy|photo|picture|scan) of your (?:id|passport|driver'?s licen[cs]e)\b`,
  String.raw`Personalausweis\w*|Ausweisnummer|Steuer-?ID|Steueridentifikationsnummer|Sozialversicherungsnummer|Reisepass\w*`,
  String.raw`(?:numéro de )?sécurité sociale|carte d'identité|numéro fiscal|numéro de passeport|pièce d'identité`,
  String.raw`(?:número de la )?seguridad social|pasaporte|documento de identidad`,
  String.raw`codice fiscale|carta d'identità|numero di passaporto|tessera sanitaria`,
  String.raw`マイナンバー|個人番号|運転免許証|パスポート番号|保険証`,
  String.raw`身份证号?码?|护照号|社保号`,
);
const BIRTH_DATE = anyOf(String.raw`\bdate of birth\b|\bbirth ?date\b|Geburtsdatum|date de naissance|fecha de nacimiento|data di nascita|生年月日|出生日期|出生年月`);

const RULES: readonly PhraseRule[] = [
  { ruleId: 'sensitive-data.card', patterns: [CARD], negatable: true, messageKey: 'draft.finding.sensitive-data.card' },
  { ruleId: 'sensitive-data.bank', patterns: [BANK, BANK_ACRONYMS], negatable: true, messageKey: 'draft.finding.sensitive-data.bank' },
  { ruleId: 'sensitive-data.password', patterns: [PASSWORD, ACRONYMS], negatable: true, messageKey: 'draft.finding.sensitive-data.password' },
  { ruleId: 'sensitive-data.national-id', patterns: [NATIONAL_ID, ID_ACRONYMS], negatable: true, messageKey: 'draft.finding.sensitive-data.national-id' },
  { ruleId: 'sensitive-data.birth-date', patterns: [BIRTH_DATE, DOB], negatable: true, messageKey: 'draft.finding.sensitive-data.birth-date' },
];

/** Every rule above names one of these (Latin ones at a word start). */
const ANCHOR = /(?<![A-Za-z0-9À-ÿ])(?:card|cvv|cvc|security|iban|swift|sort code|routing|account|bank|pass(?:word|code)|pin\b|otp\b|log-?in|credential|verification|2fa|social|national|ni number|id card|passport|tax|driver|birth|dob\b|ssn\b|copy of|photo of|picture of|scan of|image of|front and back|last|first|wire|transfer|paypal|foto|bild|kopie|photo|copie|image|imagen|copia|escaneo|scansione|immagine|kredit|karte|prüf|sicherheit|konto|blz|passwort|kennwort|zugang|anmelde|bestätigung|personalausweis|ausweis|steuer|sozialversicherung|reisepass|geburt|numéro|carte|crypto|coordonn|compte|mot de passe|code pin|identifiant|code de|sécurité|pièce|fiscal|naissance|rib\b|bic\b|relevé|número|datos|tarjeta|código|cuenta|contraseña|clave|dni\b|nie\b|pasaporte|documento|seguridad|fecha|numero|dati|carta|codice|conto|coordinate|credenziali|tessera|data di)|カード|セキュリティ|口座|銀行|支店|振込|パスワード|暗証|認証|ログイン|マイナンバー|個人番号|免許|パスポート|保険証|生年月日|卡号|安全码|信用卡|银行|开户|账户|账号|密码|验证码|登录|身份证|护照|社保|出生|支付宝|微信支付|照片|図片|写真|画像|CVV/gi;

const CARD_VALUE_RE = /(?<![\d-])(?:\d{4}[ -]?){3}\d{1,4}(?![\d-])|(?<![\d-])3[47]\d{2}[ -]?\d{6}[ -]?\d{5}(?![\d-])/g;
const IBAN_RE = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/g;

/** Luhn checksum, as every payment card number carries. */
function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1 && (d *= 2) > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

/** ISO 13616 check: move the first four characters to the end, letters to numbers, mod 97 = 1. */
function passesIbanCheck(iban: string): boolean {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const ch of rearranged) {
    const value = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of value) rest = (rest * 10 + Number(d)) % 97;
  }
  return rest === 1;
}

/** Report requests for payment, bank, password or identity data, and card numbers or IBANs in the text. */
export function detectSensitiveData(scan: DraftScan): void {
  runPhraseRules(scan, 'sensitive-data', ANCHOR, RULES);
  const { text } = scan;
  const masks = [...scan.safe, ...scan.linked];
  CARD_VALUE_RE.lastIndex = 0;
  for (let m = CARD_VALUE_RE.exec(text); m; m = CARD_VALUE_RE.exec(text)) {
    const digits = m[0].replace(/\D/g, '');
    const end = m.index + m[0].length;
    if (digits.length < 13 || !/^[3-6]/.test(digits) || !passesLuhn(digits) || overlapsAny(masks, m.index, end)) continue;
    report(scan, 'sensitive-data.card-number', 'sensitive-data', m.index, end,
      'draft.finding.sensitive-data.card-number', { quote: quote(scan, m.index, end) });
  }
  IBAN_RE.lastIndex = 0;
  for (let m = IBAN_RE.exec(text); m; m = IBAN_RE.exec(text)) {
    const iban = m[0].replace(/ /g, '');
    const end = m.index + m[0].length;
    if (iban.length < 15 || !passesIbanCheck(iban) || overlapsAny(masks, m.index, end)) continue;
    report(scan, 'sensitive-data.iban', 'sensitive-data', m.index, end,
      'draft.finding.sensitive-data.iban', { quote: quote(scan, m.index, end) });
  }
}
