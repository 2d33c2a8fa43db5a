import { anyOf, gap, type PhraseRule, runPhraseRules, sentenceAround } from './phrase';
import type { DraftScan } from './scan';

/**
 * `marketing` (warn): promo codes, discounts on a next order, newsletters, other products of
 * the shop, giveaways and sales. Talking about a coupon the buyer already used, or a refund,
 * is not marketing and not flagged.
 */


const PROMO_CODE_RE = /(?:\b(?:promo(?:tion(?:al)?)?|coupon|discount|voucher|rabatt|gutschein|code promo|código(?: de descuento| promocional)?|codice(?: sconto| promozionale)?|code)|クーポンコード|クーポン|优惠码|折扣码|优惠券码)\s*(?:code\s*)?[:"“'«]?\s*([A-Z][A-Z0-9]{3,15})(?![A-Za-z0-9])/gi;
const NOT_PROMO_BEFORE_RE = /(?:error|fault|fehler|erreur|errore|エラー|错误|tracking|order|item|model|product|postal|zip|verification|security|access|qr|bar)\W*$/i;

const DISCOUNT_OFF_RE = /\b\d+\s?%\s?(?:off\b|OFF)|(?<![\w.,])-\d+\s?%|\d+\s?%OFF/g;
const DISCOUNT_WORD_RE = anyOf(
  String.raw`\d+\s?%\s?(?:Rabatt|de réduction|de remise|de descuento|di sconto|割引|引き|折扣|优惠|discount)`,
  String.raw`(?:sconto|descuento|Rabatt|réduction|remise|discount)\s+(?:del|de|von|of)\s+\d+\s?%`,
  String.raw`[一二三四五六七八九\d]\s?折(?:优惠)?`,
);
const PROMO_CONTEXT_RE = /\bnext\b|future|nächste|zukünftig|prochaine?|futur|próxim|prossim|次回|次の|下次|以后|sichern|profitez|consig|ottien|riceva|newsletter|\bcode\b|código|codice|coupon|cup[oó]n|gutschein|クーポン|优惠码|\bsale\b|angebot|offre|oferta|offerta|week-?end|wochenende|fin de semana|this week|cette semaine|esta semana|questa settimana|今週|本周|subscribe|abonn|suscr|iscriv|メルマガ|订阅/i;

const NEWSLETTER_RE = anyOf(
  String.raw`\b(?:subscribe|sign up|signup|join|abonnieren Sie|abonnez-vous|inscrivez-vous|suscr[ií]bete|suscr[ií]base|iscriviti|si iscriva|iscrivetevi)${gap(30)}(?:newsletters?|mailing list|bolet[ií]n|メルマガ|电子报)`,
  String.raw`(?:メルマガ|メールマガジン)(?:に|へ)?(?:ご)?登録|订阅${gap(10)}(?:电子报|邮件)`,
  String.raw`\bnewsletters?\b|\bmailing list\b|\b(?:subscribe|sign up|signup|join)\s+(?:to|for)\s+(?:our|my)\b|\bunsubscribe\b|\bopt[- ]out\b|\bpromotional\s+(?:messages|e-?mails|offers|texts)\b`,
  String.raw`\b(?:abmelden|désinscri\w*|désabonn\w*|darse de baja|date de baja|disiscriv\w*)|配信停止|退订`,
  String.raw`abonnieren Sie|abonnez-vous|inscrivez-vous|suscr[ií]bete|suscr[ií]base|\bbolet[ií]n\b|iscriviti|si iscriva|iscrivetevi`,
  String.raw`メルマガ|メールマガジン|订阅|电子报|邮件列表`,
);
const OTHER_PRODUCTS_RE = anyOf(
  String.raw`\b(?:check out|take a look at|have a look at|browse|discover|explore|see|visit|shop)\s+(?:all\s+)?(?:of\s+)?(?:our|my)\s+(?:other|new|latest|full|whole|entire)?\s*(?:products|items|collection|range|store|shop|storefront|catalog(?:ue)?|line|brand|website|site)\b|\bour other products\b|\bnew arrivals\b`,
  String.raw`\b(?:unsere[nm]?|unser)\s+(?:anderen|weiteren|neuen|übrigen)\s+(?:Produkte|Artikel)|\b(?:besuchen|entdecken|schauen)\s+Sie\s+(?:sich\s+)?(?:auch\s+)?(?:gerne\s+)?unsere[nm]?\s+(?:\S+\s+)?(?:Shop|Onlineshop|Online-Shop|Webseite|Website|Sortiment|Kollektion|Produkte)`,
  String.raw`(?<![A-Za-z0-9À-ÿ])(?:découvrez|retrouvez|visitez|consultez)\s+(?:\S+\s+){0,2}?(?:nos|notre)\s+(?:autres\s+)?(?:produits|articles|collections?|boutique|site|gamme)|\bnos autres produits`,
  String.raw`(?<![A-Za-z0-9À-ÿ])(?:visita|descubre|mira|échale un vistazo a|conoce)\s+(?:\S+\s+){0,2}?nuestr[oa]s?\s+(?:otros\s+)?(?:productos|artículos|colección|tienda|web|catálogo)|nuestros otros productos`,
  String.raw`\b(?:visiti|visita|scopri|scopra|guardi|dia un'occhiata|date un'occhiata)\s+(?:\S+\s+){0,3}?(?:nostr[oaie]|altri nostri)\s+(?:\S+\s+)?(?:prodotti|articoli|collezione|negozio|sito)|altri nostri prodotti`,
  String.raw`\b(?:new|latest)\s+(?:collection|arrivals|products|range|models)\b|\bnouvelles?\s+(?:collection|produits|gamme)|\bneuen?\s+(?:Kollektion|Produkte)|\bnuev[oa]s?\s+(?:colección|productos)|\bnuov[ae]\s+(?:collezione|prodotti)`,
  String.raw`\b(?:buy|order|purchase|get)\b${gap(40)}\b(?:on|from|at|in)\s+our\s+(?:own\s+)?(?:website|site|web\s?shop|online\s+(?:shop|store)|store|shop)\b|\b(?:kaufen|bestellen)\b${gap(30)}\bin\s+unserem\s+(?:Shop|Onlineshop|Webshop)|在我们(?:的)?(?:官网|网站|网店|店铺)${gap(40)}(?:购买|下单|买)|(?:当店|弊社)(?:の)?(?:公式)?(?:サイト|ホームページ|オンラインショップ)で(?:ご購入|購入|お買い求め)`,
  String.raw`他の商品|当店の他の|新商品|ショップページ|ストアページ|其他产品|其他商品|更多款式|新品上市|店铺首页|欢迎看看我们`,
);
const GIVEAWAY_RE = anyOf(
  String.raw`\bgive-?aways?\b|\bsweepstakes?\b|\bcontest\b|\braffle\b|chance to win|\bwin an?\b`,
  String.raw`Gewinnspiel|gewinnen Sie|jeu[- ]concours|\bconcours\b|tirage au sort|\bsorteo\b|\bconcurso\b|\bconcorso\b|estrazione`,
  String.raw`プレゼントキャンペーン|抽選|抽奖|赢取`,
);
const SALE_RE = anyOf(
  String.raw`\bon sale\b|\bflash sales?\b|\bblack friday\b|\bcyber monday\b|\bspecial offers?\b|\bexclusive (?:offers?|deals?)\b|\blimited[- ]time (?:offers?|deals?)\b|\bdon'?t miss\b|\bshop now\b|\bbuy now\b|\bearly access\b`,
  String.raw`Sonderangebot|\bim Angebot\b|Angebote? der Woche|nur diese Woche`,
  String.raw`offres? exclusives?|offre spéciale|\bsoldes\b|ce week-end seulement|promotions? (?:exclusives?|en cours)`,
  String.raw`ofertas? (?:exclusivas?|especiales?)|hay ofertas|ofertas esta semana|\brebajas\b`,
  String.raw`\bin offerta\b|offerta speciale|\bsaldi\b|offerte esclusive`,
  String.raw`セール|特売|タイムセール|促销|特价|折扣活动|优惠活动|限时|大促|满\d+减\d+|全场|包邮|秒杀|双十一|双11|618`,
);

const RULES: readonly PhraseRule[] = [
  {
    ruleId: 'marketing.promo-code',
    patterns: [PROMO_CODE_RE],
    accept: (text, m, start) => {
      const code = m[1] ?? '';
      return code === code.toUpperCase() && /[A-Z]/.test(code) && !NOT_PROMO_BEFORE_RE.test(text.slice(Math.max(0, start - 20), start));
    },
    messageKey: 'draft.finding.marketing.promo-code',
  },
  { ruleId: 'marketing.discount', patterns: [DISCOUNT_OFF_RE], messageKey: 'draft.finding.marketing.discount' },
  {
    ruleId: 'marketing.discount',
    patterns: [DISCOUNT_WORD_RE],
    accept: (text, _m, start, end) => {
      const sentence = sentenceAround(text, start, end);
      return PROMO_CONTEXT_RE.test(text.slice(sentence.start, sentence.end));
    },
    messageKey: 'draft.finding.marketing.future-discount',
  },
  { ruleId: 'marketing.newsletter', patterns: [NEWSLETTER_RE], messageKey: 'draft.finding.marketing.newsletter' },
  { ruleId: 'marketing.other-products', patterns: [OTHER_PRODUCTS_RE], messageKey: 'draft.finding.marketing.other-products' },
  { ruleId: 'marketing.giveaway', patterns: [GIVEAWAY_RE], messageKey: 'draft.finding.marketing.giveaway' },
  { ruleId: 'marketing.sale', patterns: [SALE_RE], messageKey: 'draft.finding.marketing.sale' },
];

/** Every rule above needs one of these words (Latin ones at a word start) or a per cent sign. */
const ANCHOR = /(?<![A-Za-z0-9À-ÿ])(?:code|coupon|promo|voucher|rabatt|gutschein|c[oó]digo|codice|newsletter|mailing|subscri|sign ?up|join|abonn|inscri|suscr|si iscriva|bolet|iscriv|check out|look at|browse|discover|explore|visit|shop|our other|new arrivals|unsere|besuch|entdeck|schau|découvr|retrouv|consult|nos autres|descubr|mira|vistazo|conoc|nuestros otros|scopr|guard|occhiata|altri nostri|give-?away|sweepstake|contest|raffle|chance to win|win an?\b|gewinn|jeu|concours|tirage|sorteo|concurso|concorso|estrazion|on sale|flash sale|black friday|cyber monday|special offer|exclusive|limited|deals? of|don'?t miss|shop now|buy now|early access|sonderangebot|im angebot|angebot|nur diese|offres?|offre|soldes|ce week-end|promotion|ofertas?|hay ofertas|rebajas|in offerta|offerta|saldi|offerte|sconto|descuento|réduction|remise|discount|unsubscribe|opt|promotional|abmelden|désinscri|désabonn|baja|disiscriv|models|unserem)|%|折|配信停止|退订|官网|网站|网店|大促|满|全场|包邮|秒杀|双十一|双11|618|クーポン|メルマガ|メールマガジン|他の商品|当店の他|新商品|ショップ|ストア|キャンペーン|抽選|セール|特売|优惠|订阅|电子报|邮件列表|其他产品|其他商品|更多款式|新品|店铺|欢迎看看|抽奖|赢取|促销|特价|折扣|活动|限时/gi;

/** Report promotional wording (severity `warn`). */
export function detectMarketing(scan: DraftScan): void {
  runPhraseRules(scan, 'marketing', ANCHOR, RULES);
}
