import { anyOf, gap, isNegated, type PhraseRule, runPhraseRules, sentenceAround } from './phrase';
import { quote, report, type DraftScan } from './scan';

/**
 * `off-platform`: asking the buyer to continue outside Amazon messaging: "outside Amazon",
 * "email me", "call us", "contact me directly", asking for the buyer's own phone or email,
 * and an invitation verb right next to an email address or phone number
 * ("send the photos to …", "… までご連絡ください").
 */

const AMAZON = String.raw`(?:amazon|アマゾン|亚马逊|亞馬遜)`;

const OUTSIDE_AMAZON = anyOf(
  String.raw`\b(?:outside|off|away from|bypass(?:ing)?|without going through|not through)\s+(?:of\s+)?(?:the\s+)?(?:amazon|the platform)\b(?!\.[a-z])`,
  String.raw`\btake (?:this|it) offline\b|\boff[- ]platform\b|\boff the platform\b`,
  String.raw`außerhalb\s+(?:von\s+)?(?:amazon|der plattform)|\bohne\s+(?:über\s+)?amazon\b|an amazon vorbei|nicht über amazon`,
  String.raw`\b(?:en\s+)?dehors\s+d['’](?:amazon|la plateforme)|\bhors\s+d['’]amazon|hors de la plateforme|sans passer par amazon`,
  String.raw`\bfuera\s+de\s+(?:amazon|la plataforma)|sin pasar por amazon`,
  String.raw`\b(?:al di\s+)?fuori\s+(?:da|di|dalla)\s+(?:amazon|piattaforma)|fuori dalla piattaforma|senza passare (?:da|per) amazon`,
  String.raw`${AMAZON}(?:を|は)?(?:通さず|介さず|経由せず|外で|外)`,
  String.raw`(?:不通过|绕过|绕开|避开|脱离)(?:亚马逊|amazon|平台)|${AMAZON}(?:以外|之外|站外)|私下(?:联系|交易|沟通|处理)|站外联系`,
);

const CONTACT_DIRECTLY = anyOf(
  String.raw`\b(?:e-?mail|mail|call|phone|text|ring|whatsapp|sms)\s+(?:me|us)\b(?!\s+(?:through|via|on|in|here|using)\s+(?:amazon|this|here))`,
  String.raw`\b(?:give|send|shoot|drop)\s+(?:me|us)\s+(?:a|an)\s+(?:call|ring|e-?mail|mail|text|sms|line)\b`,
  String.raw`\b(?:contact|reach|message|write to|talk to|get in touch with|text|write)\s+(?:me|us)\s+(?:directly|personally|privately|outside|off|there)\b`,
  String.raw`\b(?:call|text|phone|ring|e-?mail|whatsapp)\s+(?:(?:me|us)\s+)?(?:anytime|any time|at any time|24\/7)\b`,
  String.raw`\b(?:schreiben|mailen|kontaktieren|melden|simsen)\s+Sie\s+(?:(?:mir|uns|mich)\s+)?(?:bitte\s+)?(?:gerne\s+)?(?:direkt|persönlich|privat)`,
  String.raw`\bruf(?:en)?\s+Sie\s+(?:mich|uns)\b${gap(60)}\ban\b`,
  String.raw`\berreichen\s+(?:Sie\s+)?(?:mich|uns)\s+(?:auch\s+)?(?:telefonisch|per\s+(?:e-?mail|telefon|handy|sms|whatsapp)|unter)|\bSie erreichen (?:mich|uns) (?:auch )?(?:telefonisch|per|unter)`,
  String.raw`\b(?:schicken|senden)\s+Sie\s+(?:mir|uns)\s+(?:\S{1,40}\s+){0,2}?(?:e-?mail|mail|sms)\b`,
  String.raw`(?<![A-Za-z0-9À-ÿ])(?:écrivez|écris|contactez|joignez)[-\s](?:moi|nous)\s+(?:directement|par\s+(?:e-?mail|mail|téléphone|sms|whatsapp)|au\s+\+?\d|à\s+\S+@)`,
  String.raw`(?<![A-Za-z0-9À-ÿ])(?:appelez|téléphonez)[-\s](?:moi|nous)\b|\b(?:nous|me)\s+(?:appeler|téléphoner|joindre)\b|\b(?:m['’]|nous\s+)envoyer\s+un\s+(?:e-?mail|mail|sms|texto)|\benvoyez[-\s](?:moi|nous)\s+un\s+(?:e-?mail|mail|sms)`,
  String.raw`(?<![A-Za-z0-9À-ÿ])(?:escríbe|escribe|contácta|contacta)(?:me|nos)\s+(?:directamente|a\s+\S+@|al\s+\+?\d|por\s+(?:correo|e-?mail|teléfono|whatsapp))`,
  String.raw`\bll[aá]m(?:a|e|ar)?(?:me|nos)\b|(?<![A-Za-z0-9À-ÿ])(?:mánda|manda|envía|envia)me\s+un\s+(?:correo|e-?mail|mensaje|sms|whatsapp)`,
  String.raw`\b(?:mi|ci)\s+(?:scriva|mandi|invii)\b${gap(20)}(?:direttamente|\ba\b|\ball[a']|\bsu\b|\bper\b|\bvia\b|e-?mail|messaggio|privat)`,
  String.raw`\bchiam(?:ami|aci|armi|arci)\b|\b(?:mi|ci)\s+chiami\b|\b(?:scriv|contatt)(?:imi|ici|ami|aci)\s+(?:direttamente|\ba\b|\bal\b|\bsu\b|\bper\b|\bvia\b)`,
  String.raw`直接(?:ご連絡|連絡|メール|お電話|電話|やり取り|やりとり|お問い合わせ)`,
  String.raw`(?:お電話|電話|メール|ショートメール|SMS)(?:で|を|にて)?(?:ご連絡|お送り|送って|ください|下さい|いただけ)|まで(?:お電話|メール|ご連絡)`,
  String.raw`直接(?:联系|联络|发邮件|打电话|加)|(?:发|寄)邮件(?:到|给|至)|(?:打|拨打)(?:我们的|我的)?(?:客服)?(?:电话|手机)|给我(?:们)?(?:打电话|发短信|发邮件)|发短信|联系我(?!们)|私信我`,
);

/** The seller offering to phone the buyer: "I'll call you", "ti chiamo io". */
const WILL_CALL = anyOf(
  String.raw`\b(?:I'll|I will|we'll|we will|let me|let us|I can|we can)\s+(?:call|phone|text|ring)\s+you\b`,
  String.raw`\b(?:ich|wir)\s+(?:rufe|rufen)\s+Sie\s+(?:\S{1,40}\s+){0,3}?an\b|\b(?:je|nous)\s+vous\s+(?:appelle|rappelle|appelons|rappelons|appellerai|rappellerai|appellerons|rappellerons)\b`,
  String.raw`\b(?:te|le|les|os)\s+(?:llamo|llamamos|llamaré|llamaremos)\b|\b(?:ti|la|vi)\s+(?:chiamo|richiamo|chiamiamo|richiamiamo|chiamerò|richiamerò)\b`,
  String.raw`こちらから(?:お電話|電話)(?:いたします|します|差し上げます)|(?:我|我们)(?:会)?给(?:您|你)打电话|打给(?:您|你)`,
);
const ASKS_CONTACT = anyOf(
  String.raw`\b(?:what(?:'s| is)|send|give|share|provide|leave|tell|text|email)\s+(?:(?:me|us)\s+)?(?:with\s+)?your\s+(?:personal\s+|private\s+|direct\s+|own\s+|best\s+)?(?:e-?mail(?:\s+address)?|phone(?:\s+number)?|mobile(?:\s+number)?|cell(?:\s+number)?|contact\s+(?:number|details)|whatsapp|number)`,
  String.raw`\b(?:geben|nennen|schicken|senden|teilen|schreiben)\s+Sie\s+(?:mir|uns)\s+(?:bitte\s+)?(?:kurz\s+)?Ihre\s+(?:private\s+|persönliche\s+)?(?:e-?mail(?:-adresse)?|telefonnummer|handynummer|mobilnummer|nummer)`,
  String.raw`\b(?:donner|donnez|communiquer|communiquez|envoyer|envoyez|indiquer|indiquez|laisser|laissez)(?:[-\s](?:moi|nous))?\s+votre\s+(?:numéro(?:\s+de\s+(?:téléphone|portable|mobile))?|adresse\s+(?:e-?mail|mail|électronique)|e-?mail)`,
  String.raw`(?<![A-Za-z0-9À-ÿ])(?:dar|darme|darnos|dame|danos|pasar|pásame|pasarme|enviar|envíame|indicar|indícame|decir|dime|dejar|déjame)\s+(?:\S{1,40}\s+){0,2}?(?:tu|su)\s+(?:número(?:\s+de\s+(?:teléfono|móvil|celular|whatsapp))?|correo(?:\s+electrónico)?|e-?mail|teléfono|móvil|whatsapp)`,
  String.raw`\b(?:lasciar(?:mi|ci)|lascia(?:mi|ci)|dar(?:mi|ci)|damm?i|dacci|mandami|inviami|inviar(?:mi|ci)|comunicar(?:mi|ci)|(?:mi|ci)\s+(?:dia|lasci|invii|comunichi))\s+(?:\S{1,40}\s+){0,2}?(?:il\s+)?(?:suo|tuo)\s+(?:numero(?:\s+di\s+(?:telefono|cellulare))?|indirizzo\s+e-?mail|e-?mail|cellulare|telefono)`,
  String.raw`(?:お客様の|ご自身の)?(?:電話番号|携帯番号|メールアドレス|LINE ?ID)(?:を|は)?(?:教えて|お知らせ|ご連絡|お伺い|頂け|いただけ|お送り|送って)`,
  String.raw`(?:留|给|告诉|提供|发)(?:一下|个|下)?(?:您的|你的)?(?:电话号码|手机号码|手机号|电话|邮箱|联系方式|微信号)`,
);

/**
 * Moving the conversation to email without giving an address ("shall we carry on over email?"):
 * a verb of talking or continuing, then "by/via/per email" in the same sentence, or the reverse.
 */
const MOVE_TO_EMAIL = anyOf(
  String.raw`\b(?:continue|carry on|talk|discuss|chat|communicate|correspond|follow up|sort (?:this|it) out|handle (?:this|it)|move|switch|take)\b${gap(40)}\b(?:by|via|over|through|per|on|to)\s+(?:e-?mail|mail)\b`,
  String.raw`\b(?:by|via|over|per)\s+e-?mail\s+(?:instead|from now on|from here|going forward)\b`,
  String.raw`\b(?:per|über|via)\s+(?:E-?Mail|Mail)\s+(?:\S{1,20}\s+){0,2}?(?:weiter\w*|fortsetzen|fortführen|besprechen|klären|austauschen|kommunizieren|schreiben)\b|\b(?:weiter\w*|wechseln|lass\s+uns|lassen\s+Sie\s+uns)\b${gap(40)}\b(?:per|über|via|zu)\s+(?:E-?Mail|Mail)\b`,
  String.raw`(?<![A-Za-z0-9À-ÿ])(?:continu|poursuiv|discut|échang|parl|pass)\w*${gap(40)}\b(?:par|via|en)\s+(?:e-?mail|mail|courriel)\b`,
  String.raw`(?<![A-Za-z0-9À-ÿ])(?:sig|continu|habl|pas|segu|comuniqu|trat|hablemos)\w*${gap(40)}\b(?:por|vía|via|al)\s+(?:e-?mail|correo|mail)\b`,
  String.raw`(?<![A-Za-z0-9À-ÿ])(?:continu|prosegu|parl|sent|pass|spost|discut|comunic)\w*${gap(40)}\b(?:via|per|tramite|su)\s+(?:e-?mail|mail|posta)\b`,
  String.raw`(?:メール|Eメール|eメール)(?:で|にて)[^。！？\n]{0,10}?(?:やり取り|やりとり|続け|お話|話し|相談|連絡を取り)`,
  String.raw`(?:用|通过|改用|转到|换成|改成|走)(?:电子)?(?:邮件|邮箱)[^。！？\n]{0,8}?(?:继续|沟通|联系|交流|聊|谈)|(?:邮件|邮箱)(?:上|里)(?:继续)?(?:沟通|联系|交流|聊)`,
);

const EMAIL_ANCHOR = /mail|courriel|correo|posta|メール|邮件|邮箱/gi;

/** Anchors: each rule's matches contain one of its keywords (Latin ones at a word start). */
const AMAZON_ANCHOR = /(?<![A-Za-z0-9À-ÿ])(?:amazon|platform|plattform|plateforme|plataforma|piattaforma|offline|off-platform)|アマゾン|亚马逊|亞馬遜|私下|站外|绕|通过|脱离|避开/gi;
const WEBSITE_ANCHOR = /(?<![A-Za-z0-9À-ÿ])(?:website|web\s?site|homepage|web\s?shop|online|site|webseite|onlineshop|boutique|page|web|página|tienda|sito|negozio)|ホームページ|HP|サイト|オンラインショップ|官网|网站|网店/gi;
const CHANNEL_ANCHOR = /(?<![A-Za-z0-9À-ÿ])(?:e-?mail|mail|call|phone|text|ring|sms|whatsapp|line|contact|contáct|reach|message|write|touch|number|cell|mobile|anytime|any time|schreib|kontakt|meld|sims|ruf|erreich|schick|send|telefon|handy|nummer|écri|joign|joind|appel|téléphon|envoy|numéro|adresse|escrib|escríb|llam|llám|mánd|mand|correo|número|teléfono|móvil|celular|scriv|invi|chiam|contatt|numero|cellulare|dar|dame|damm|dacci|pas|d[eé]j|lasci|comunic|llamo|llamamos|llamaré|chiamo|richiamo|chiamiamo|rappel|rufe|rufen|donn|indiqu|laiss|communiqu|text|sms|senden|envoy|envía|envia|invia|invii)|直接|電話|メール|SMS|まで|番号|アドレス|LINE|联系|联络|邮件|电话|手机|短信|私信|邮箱|微信号|联系方式|(?:mi|ci)\s+(?:scriva|mandi|invii|chiami|dia|lasci)|mail|mándame|schicken/gi;

/** Pointing the buyer to the seller's own website, shop or homepage (with or without a link). */
const OWN_WEBSITE = anyOf(
  String.raw`\b(?:on|at|via|from|visit|check|see|in)\s+our\s+(?:own\s+|official\s+)?(?:website|web\s?site|homepage|web\s?shop|online\s+(?:shop|store)|site)\b`,
  String.raw`\bunsere[rnm]?\s+(?:eigenen?\s+)?(?:Website|Webseite|Homepage|Onlineshop|Online-Shop|Webshop)`,
  String.raw`\b(?:sur|via|de)\s+(?:notre|nos)\s+(?:propre\s+)?(?:site|boutique en ligne|page d'accueil)`,
  String.raw`\b(?:en|de|desde)\s+nuestra\s+(?:propia\s+)?(?:web|página(?:\s+web)?|tienda online)`,
  String.raw`\b(?:sul|dal|nel)\s+nostro\s+(?:sito|negozio online)`,
  String.raw`(?:当店|弊社|当社)(?:の)?(?:公式)?(?:ホームページ|HP|サイト|ウェブサイト|オンラインショップ)`,
  String.raw`我们(?:的)?(?:官网|网站|网店)|官方网站|官网`,
);
/** "Text REFUND to 55512": an SMS short code takes the buyer out of Amazon messaging. */
const SMS_CODE = anyOf(
  String.raw`\b(?:text|sms|send)\s+["'“‘]?[A-Z0-9]{2,12}["'”’]?\s+to\s+\d{4,6}\b`,
  String.raw`\b(?:senden Sie|schicken Sie|sende|schick|envoyez|envoie|envía|envia|invia|invii)\s+["'“‘«]?[A-Z0-9]{2,12}["'”’»]?\s+(?:an die|an|au|al|allo)\s+\d{4,6}\b`,
);

const RULES: readonly PhraseRule[] = [
  { ruleId: 'off-platform.outside-amazon', anchor: AMAZON_ANCHOR, patterns: [OUTSIDE_AMAZON], messageKey: 'draft.finding.off-platform.outside-amazon' },
  { ruleId: 'off-platform.direct-contact', patterns: [CONTACT_DIRECTLY], messageKey: 'draft.finding.off-platform.direct-contact' },
  { ruleId: 'off-platform.own-website', anchor: WEBSITE_ANCHOR, patterns: [OWN_WEBSITE], messageKey: 'draft.finding.off-platform.own-website' },
  { ruleId: 'off-platform.direct-contact', patterns: [WILL_CALL], messageKey: 'draft.finding.off-platform.will-call' },
  { ruleId: 'off-platform.move-to-email', anchor: EMAIL_ANCHOR, patterns: [MOVE_TO_EMAIL], negatable: true, messageKey: 'draft.finding.off-platform.move-to-email' },
  { ruleId: 'off-platform.sms-code', patterns: [SMS_CODE], messageKey: 'draft.finding.off-platform.sms-code' },
  {
    ruleId: 'off-platform.asks-contact-details',
    patterns: [ASKS_CONTACT],
    negatable: true,
    messageKey: 'draft.finding.off-platform.asks-contact-details',
  },
];

/** A verb inviting contact shortly before an email address or phone number. */
const INVITE_VERB_RE = /\b(?:send|write|e-?mail|mail|contact|reach|call|phone|ring|text|message|sms|drop|shoot|whatsapp)\w*|(?:schreib|schick|send|kontaktier|erreich|ruf|meld|écri|envoy|contact|joindre|joign|appel|escrib|escríb|envi|enví|mand|llam|scriv|invi|contatt|chiam)\w*|发邮件|发送|发到|发给|寄到|寄给|联系|打电话|拨打|致电|发短信|加/gi;
/** "Email: x@y.z" names the address; only a verb that is not a label invites. */
const LABEL_AFTER_RE = /^[\w-]*\s*:/;
/** Japanese and Chinese put the verb after the address: "… までメールをお送りください". */
const INVITE_AFTER_RE = /^[^。！？\n]{0,12}?(?:まで|へ|に)[^。！？\n]{0,6}?(?:ご連絡|連絡|メール|お電話|電話|お送り|送信|ショートメール)|^[^。！？\n]{0,6}?(?:联系|发邮件|打电话|发短信|致电)/;

/** The word a match ends with; the look-behind starts the match at a word's first letter. */
const LAST_WORD_RE = /(?<!\w)\w*$/;

/** Start of the first inviting verb in `[from, to)`, or -1. */
function inviteStart(text: string, from: number, to: number): number {
  const window = text.slice(from, to);
  INVITE_VERB_RE.lastIndex = 0;
  for (let m = INVITE_VERB_RE.exec(window); m; m = INVITE_VERB_RE.exec(window)) {
    if (!LABEL_AFTER_RE.test(window.slice(m.index + m[0].length - (m[0].match(LAST_WORD_RE)?.[0].length ?? 0)))) return from + m.index;
  }
  return -1;
}

/** Report requests to continue outside Amazon; runs after the email and phone detectors, whose findings it reads. */
export function detectOffPlatform(scan: DraftScan): void {
  runPhraseRules(scan, 'off-platform', CHANNEL_ANCHOR, RULES);
  const { text } = scan;
  const contacts = scan.findings.filter((f) => f.category === 'email' || f.category === 'phone');
  for (const contact of contacts) {
    const sentence = sentenceAround(text, contact.start, contact.end);
    const start = inviteStart(text, Math.max(sentence.start, contact.start - 80), contact.start);
    if (start >= 0) {
      invite(scan, start, contact.end);
      continue;
    }
    const after = INVITE_AFTER_RE.exec(text.slice(contact.end, sentence.end));
    if (after && !isNegated(text, contact.start, contact.end)) invite(scan, contact.start, contact.end + after[0].length);
  }
}

function invite(scan: DraftScan, start: number, end: number): void {
  report(scan, 'off-platform.contact-invite', 'off-platform', start, end, 'draft.finding.off-platform.contact-invite', {
    quote: quote(scan, start, end),
  });
}
