import { anyOf, anchorWindows, gap, isNegated } from '../draft/phrase';
import type { BuyerCategory, BuyerSeverity } from './types';

/**
 * Wording rules for what buyers ask of a seller, in the seven languages: to pay or be paid
 * outside Amazon, to hand over the seller's login, password or one-time codes, and reviews
 * held over the seller ("refund me or I leave one star"). Each rule reads only the sentences
 * around its anchor keywords; a sentence that negates the request is skipped.
 */

interface BuyerPhraseRule {
  ruleId: string;
  category: BuyerCategory;
  severity: BuyerSeverity;
  anchor: RegExp;
  pattern: RegExp;
}

const PAY_CHANNEL = String.raw`paypal|venmo|zelle|cash\s?app|western\s+union|moneygram|revolut|bitcoin|\bbtc\b|crypto\w*|\busdt\b|alipay|wechat\s+pay|支付宝|微信支付|微信转账`;

const PAYMENT = anyOf(
  String.raw`(?<![A-Za-z0-9])(?:${PAY_CHANNEL})`,
  String.raw`\b(?:bank|wire)\s+transfer|\bIBAN\b|\bbank\s+(?:account|details)\b|\bgift\s?cards?\b${gap(40)}\b(?:code|instead|pay|send|buy)|\b(?:pay|refund|send)\s+(?:me|you)\b${gap(30)}\b(?:directly|outside|privately|in cash|cash)\b|\bfriends (?:and|&) family\b`,
  String.raw`Überweisung|überweis\w+|Bankverbindung|Kontonummer|Gutscheincode|(?:direkt|privat)\s+(?:bezahlen|zahlen|erstatten|überweisen)`,
  String.raw`virement|coordonnées bancaires|\bRIB\b|(?:payer|rembourser|régler)\s+(?:\S{1,20}\s+){0,2}?(?:directement|en dehors|hors d'amazon|en liquide)`,
  String.raw`transferencia(?:\s+bancaria)?|cuenta bancaria|bizum|(?:pagar|reembolsar|devolver el dinero)\s+(?:\S{1,20}\s+){0,2}?(?:directamente|fuera de amazon|en efectivo)`,
  String.raw`bonifico|coordinate bancarie|conto corrente|postepay|(?:pagare|rimborsare|pagarti|pagarla|rimborsarmi)\s+(?:\S{1,20}\s+){0,2}?(?:direttamente|fuori da amazon|in contanti)`,
  String.raw`銀行振込|振り込み|振込|口座|直接(?:お支払い|支払|返金|送金)|PayPay|ギフト券(?:のコード)?で(?:支払|返金)`,
  String.raw`转账|汇款|银行卡|银行账户|私下(?:付款|转账|退款|交易)|直接(?:付款|退款|打款|转)`,
);
const PAYMENT_ANCHOR = /paypal|venmo|zelle|cash|union|moneygram|revolut|bitcoin|btc|crypto|usdt|alipay|wechat|transfer|iban|bank|gift|pay|refund|send|family|überweis|konto|gutschein|zahl|erstatt|virement|rib|payer|rembours|régler|transferencia|cuenta|bizum|pagar|reembols|devolver|bonifico|coordinate|conto|postepay|pagar|rimbors|振|口座|支払|返金|送金|ギフト|支付|微信|转账|汇款|银行|付款|退款|打款|直接|私下/gi;

const CRED_NOUN_EN = String.raw`pass(?:word|code)|log-?in(?:\s+(?:details|credentials|info|data))?|sign-?in\s+details|credentials|(?:verification|security|confirmation|one-time|2fa|two-factor|sms|otp|authenticator)\s+code|\bOTP\b|2FA|two-factor`;
const CREDENTIALS = anyOf(
  String.raw`\byour\s+(?:seller\s+(?:central\s+)?|amazon\s+|account\s+|store\s+)?(?:${CRED_NOUN_EN})`,
  String.raw`\b(?:send|give|tell|share|forward|read|provide)\s+(?:me|us)\s+(?:\S{1,20}\s+){0,3}?(?:${CRED_NOUN_EN}|code)\b`,
  String.raw`\b(?:log|sign)(?:ging)?\s?(?:in|on)\b${gap(50)}\b(?:to|and)\s+(?:verify|verifying|confirm|confirming|unlock|reactivate|restore|avoid)\b|\bverify\s+your\s+(?:seller\s+)?(?:account|identity)\b`,
  String.raw`\b(?:need|have|must|should|please)\s+(?:to\s+)?(?:\S{1,20}\s+){0,2}?(?:sign|log)\s?in\b`,
  String.raw`(?<![A-Za-zÀ-ÿ])(?:dime|dígame|pásame|envíame|mándame|dame|deme)\s+(?:el|tu|su)\s+(?:código|contraseña|clave)|(?<![A-Za-zÀ-ÿ])(?:donnez|envoyez|communiquez|dites|transmettez)[-\s]moi\s+(?:le|votre)\s+(?:code|mot\s+de\s+passe)`,
  String.raw`\b(?:mi\s+dica|mi\s+mandi|mi\s+invii|dimmi|mandami|inviami)\s+(?:il|la|il\s+suo|la\s+sua|il\s+tuo|la\s+tua)\s+(?:codice|password)|\b(?:nennen|schicken|senden|geben)\s+Sie\s+mir\s+(?:bitte\s+)?(?:den|Ihren|Ihr|das)\s+(?:\S{0,20}code|Passwort|Kennwort)`,
  String.raw`\bIhr(?:e|en)?\s+(?:Passwort|Kennwort|Zugangsdaten|Anmeldedaten|Login(?:daten)?|(?:Bestätigungs|Verifizierungs|Sicherheits|SMS|Einmal)code|2FA-Code)|\b(?:Konto|Identität)\s+(?:bestätigen|verifizieren)`,
  String.raw`\bvotre\s+(?:mot\s+de\s+passe|identifiant|code\s+(?:de\s+(?:vérification|confirmation|sécurité)|reçu|à\s+usage\s+unique|SMS))|\b(?:vérifier|confirmer)\s+votre\s+(?:compte|identité)`,
  String.raw`\b(?:tu|su)\s+(?:contraseña|usuario\s+y\s+contraseña|clave\s+de\s+acceso|código\s+(?:de\s+(?:verificación|seguridad|confirmación)|SMS|que\s+(?:te|le)\s+llegó))|\b(?:verificar|confirmar)\s+(?:tu|su)\s+(?:cuenta|identidad)`,
  String.raw`\b(?:la\s+sua|la\s+tua|le\s+sue|le\s+tue|il\s+suo|il\s+tuo)\s+(?:password|credenziali|codice\s+(?:di\s+(?:verifica|sicurezza|conferma)|OTP|SMS|ricevuto))|\b(?:verificare|confermare)\s+(?:il\s+suo|il\s+tuo)\s+(?:account|identità)`,
  String.raw`パスワード|ログイン情報|認証コード|確認コード|ワンタイムパスワード|セキュリティコード|2段階認証|二段階認証|アカウント(?:を)?(?:確認|認証)`,
  String.raw`密码|登录信息|登录账号|验证码|动态码|两步验证|二次验证|(?:验证|确认)(?:您的|你的)?(?:账户|账号)`,
);
const CREDENTIALS_ANCHOR = /pass|log|sign|credential|code|otp|2fa|factor|verif|konto|identität|ihr|votre|compte|contraseña|clave|código|cuenta|credenziali|codice|account|パスワード|ログイン|コード|認証|アカウント|密码|登录|验证|动态码|账/gi;

const LOW_REVIEW_EN = String.raw`(?:1|one|a\s+one|a\s+1|low|bad|negative|terrible|horrible|awful|zero|0)[-\s]?(?:star\b|stars\b|star\s+(?:review|rating|feedback))|\b(?:negative|bad|terrible|horrible|awful|scathing|low)\s+(?:review|feedback|rating)`;
const REVIEW_THREAT = anyOf(
  String.raw`\b(?:or|otherwise|or\s+else|unless|if\s+(?:you|I)\s+(?:don't|do\s+not|can't|won't)|if\s+not)\b${gap(60)}(?:${LOW_REVIEW_EN})`,
  String.raw`(?:${LOW_REVIEW_EN})${gap(60)}\b(?:unless|if\s+you\s+(?:don't|do\s+not|won't)|until)\b`,
  String.raw`\b(?:I(?:'ll|\s+will)|I'm\s+going\s+to|I\s+am\s+going\s+to|gonna)\s+(?:\S{1,20}\s+){0,2}?(?:leave|post|write|give|put)\s+(?:you\s+)?(?:a\s+|an\s+)?(?:${LOW_REVIEW_EN})`,
  String.raw`\b(?:sonst|andernfalls|ansonsten|oder)\b${gap(60)}(?:(?:1|einen|ein)[\s-]{0,2}Stern|(?:schlechte|negative)\w*\s+(?:Bewertung|Rezension|Feedback))|\b(?:werde|gebe|hinterlasse|schreibe)\b${gap(40)}(?:(?:1|einen)[\s-]{0,2}Stern|(?:schlechte|negative)\w*\s+(?:Bewertung|Rezension|Feedback))`,
  String.raw`\b(?:sinon|à défaut|ou je)\b${gap(60)}(?:une étoile|1 étoile|avis négatif|mauvais avis|mauvaise note|mauvaise évaluation|commentaire négatif)|(?<![A-Za-zÀ-ÿ])(?:laisserai|mettrai|écrirai|donnerai|vais laisser|vais mettre|vais écrire)(?![A-Za-zÀ-ÿ])${gap(30)}(?:une étoile|1 étoile|avis négatif|mauvais avis|mauvaise note|commentaire négatif)`,
  String.raw`\b(?:si no|de lo contrario|o si no|sino|o le|o te)\b${gap(60)}(?:una estrella|1 estrella|reseña negativa|mala reseña|valoración negativa|opinión negativa|mala valoración|mala opinión)|(?<![A-Za-zÀ-ÿ])(?:dejaré|pondré|escribiré|daré|voy a dejar|voy a poner|voy a escribir)(?![A-Za-zÀ-ÿ])${gap(30)}(?:una estrella|1 estrella|reseña negativa|mala reseña|valoración negativa|opinión negativa|mala valoración|mala opinión)`,
  String.raw`\b(?:altrimenti|se no|sennò|o le|o ti)\b${gap(60)}(?:una stella|1 stella|recensione negativa|pessima recensione|feedback negativo|valutazione negativa|brutta recensione)|(?<![A-Za-zÀ-ÿ])(?:lascerò|metterò|scriverò|darò)(?![A-Za-zÀ-ÿ])${gap(30)}(?:una stella|1 stella|recensione negativa|pessima recensione|feedback negativo|valutazione negativa|brutta recensione)`,
  String.raw`(?:しないと|しなければ|しない場合|されない場合|なければ|ないなら|くれないなら|いただけない場合)[^。！？\n]{0,30}?(?:星1|星ひとつ|星一つ|★1|低評価|悪い評価|悪いレビュー|最低評価)|(?:星1|星ひとつ|星一つ|★1|低評価|悪い評価|悪いレビュー|最低評価)[^。！？\n]{0,10}?(?:を)?(?:付け|つけ|書き|書か|投稿し|入れ)(?:ます|る|させ)`,
  String.raw`(?:不|否则|要不然|不然)[^。！？\n]{0,30}?(?:差评|一星|1星|负面评价|给差评|低分)|(?:给|留|写|打)(?:你|您)?(?:个|一个)?(?:差评|一星|1星|负面评价)`,
);
const REVIEW_ANCHOR = /star|review|feedback|rating|stern|bewertung|rezension|étoile|avis|note|évaluation|commentaire|estrella|reseña|valoración|opinión|stella|recensione|valutazione|星|評価|レビュー|差评|一星|1星|负面|低分/gi;

/** Asking the seller to send something through another channel ("send the label by WhatsApp"). */
const SEND_ELSEWHERE = anyOf(
  String.raw`\b(?:send|mail|forward|text)\s+(?:it|them|this|that|me|us|the\s+\S{1,20})\s+(?:\S{1,20}\s+){0,2}?(?:by|via|per|through|over|on|to\s+my)\s+(?:e-?mail|whatsapp|telegram|signal|text|sms|wechat|line)\b`,
);
const SEND_ANCHOR = /mail|whatsapp|telegram|signal|text|sms|wechat|line/gi;

const RULES: readonly BuyerPhraseRule[] = [
  { ruleId: 'off-platform.send-elsewhere', category: 'off-platform', severity: 'warn', anchor: SEND_ANCHOR, pattern: SEND_ELSEWHERE },
  { ruleId: 'payment.outside-amazon', category: 'payment', severity: 'high', anchor: PAYMENT_ANCHOR, pattern: PAYMENT },
  { ruleId: 'credentials.request', category: 'credentials', severity: 'high', anchor: CREDENTIALS_ANCHOR, pattern: CREDENTIALS },
  { ruleId: 'review-threat.threat', category: 'review-threat', severity: 'high', anchor: REVIEW_ANCHOR, pattern: REVIEW_THREAT },
];

export interface PhraseMatch {
  ruleId: string;
  category: BuyerCategory;
  severity: BuyerSeverity;
  start: number;
  end: number;
}

/** Every request or threat in `text` (width-folded), the first per sentence and rule. */
export function findBuyerPhrases(text: string): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  for (const rule of RULES) {
    for (const window of anchorWindows(text, rule.anchor)) {
      const slice = text.slice(window.start, window.end);
      rule.pattern.lastIndex = 0;
      for (let m = rule.pattern.exec(slice); m; m = rule.pattern.exec(slice)) {
        if (m[0].length === 0) {
          rule.pattern.lastIndex++;
          continue;
        }
        const start = window.start + m.index;
        const end = start + m[0].length;
        if (isNegated(text, start, end)) continue;
        found.push({ ruleId: rule.ruleId, category: rule.category, severity: rule.severity, start, end });
      }
    }
  }
  return found;
}
