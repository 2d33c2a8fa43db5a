import { anyOf, gap, type PhraseRule, runPhraseRules, sentenceAround } from './phrase';
import type { DraftScan } from './scan';

/**
 * `review-manipulation`: something offered in exchange for a review or feedback, asking for
 * a positive or 5-star review, asking to remove or change a review (or feedback, or an A-to-z
 * claim, in exchange for something), and asking only happy buyers to review. A neutral
 * request ("feel free to leave a review") is allowed by Amazon and not flagged.
 */


const REVIEW = String.raw`(?:\b(?:reviews?|feedback|ratings?|stars?|\d[- ]?stars?|five[- ]?stars?)\b|★+|bewertung|rezension|sterne|\bavis\b|commentaire|évaluation|étoiles?|reseña|valoraci[oó]n|opini[oó]n|comentario|calificaci[oó]n|estrellas?|recension[ei]|valutazion[ei]|stelle|stella|レビュー|評価|口コミ|星(?!期)|评价|好评|差评|评论|五星|晒单|追评)`;
/** Gifts that make any review request an incentive. */
const STRONG_GIFT = String.raw`(?:gift\s?cards?|vouchers?|coupons?|freebies?|rewards?|bonus|cash\s?back|paypal|gutschein|geschenk|prämie|belohnung|bon d['’]achat|\bbons?\b|carte[- ]cadeau|cadeau|tarjeta regalo|cup[oó]n|regal(?:o|amos|aremos|ar)\b|\bbuon[oi]\b|omaggio|regaliamo|ギフト券|ギフトカード|クーポン|プレゼント|謝礼|返现|红包|礼品|优惠券|奖励)`;
/** Anything of value, when it is made conditional on the review. */
const INCENTIVE = String.raw`(?:${STRONG_GIFT}|\bfree\b|\$\s?\d+|£\s?\d+|€\s?\d+|\d+(?:[.,]\d+)?\s?(?:€|\$|£|USD|EUR|euros?|dollars?)|kostenlos|gratis|gratuit|offert|offrons|無料|お礼|ポイント|\d+円|赠送|送您|免费|\d+元|\d+美元|discount|refund|money back|replacement|compensat|gutschrift|rabatt|erstatt|geld zurück|réduction|rembours|descuento|reembols|devolve|sconto|rimbors|返金|割引|退款|折扣|补偿)`;
/** An incentive to the end of its word, and "… Amazon gift card" after an amount. */
const REWARD = String.raw`${INCENTIVE}[A-Za-zÀ-ÿ]*(?:\s+(?:Amazon[- ])?(?:gift\s?cards?|vouchers?|coupons?|credit|Gutschein|bon d['’]achat|buono regalo|tarjeta regalo))?`;
const CONDITION = String.raw`(?:\b(?:if|once|when|as soon as)\s+you\b|\bin (?:exchange|return) for\b|\b(?:wenn|sobald|falls)\s+Sie\b|\bgegen\b|\bsi\b|\bdès que\b|\bune fois que\b|\ben échange d|\bcuando\b|\buna vez que\b|\ba cambio de\b|\bse\b|\bquando\b|\buna volta che\b|\bin cambio\b)`;
const FOR_A_REVIEW = String.raw`\b(?:for|für|pour|por|per)\s+(?:a|an|eine?n?|un|une|una|uno)\s+(?:\S+\s+){0,2}?\S*?${REVIEW}`;

const INCENTIVE_RE = anyOf(
  `${CONDITION}${gap(60)}${REVIEW}${gap(100)}${REWARD}`,
  `${INCENTIVE}${gap(100)}${CONDITION}${gap(60)}${REVIEW}`,
  `${FOR_A_REVIEW}${gap(100)}${REWARD}`,
  `${INCENTIVE}${gap(100)}${FOR_A_REVIEW}`,
  `${REVIEW}${gap(100)}${STRONG_GIFT}[A-Za-zÀ-ÿ]*`,
  `${STRONG_GIFT}${gap(100)}${REVIEW}`,
  String.raw`(?:レビュー|評価|星5|★5)[^。]{0,30}(?:いただけ(?:まし)?たら|いただければ|頂ければ|頂けたら|していただくと|すれば|したら)[^。]{0,40}${INCENTIVE}`,
  String.raw`(?:好评|五星|评价|晒单)[^。]{0,20}(?:返现|红包|礼品卡|优惠券|退款|赠送|送|奖励|补偿|\d+元)|(?:返现|红包)[^。]{0,10}(?:好评|五星)`,
);

const POSITIVE_RE = anyOf(
  String.raw`\b(?:leave|give|rate|award)\s+(?:us|me|it|the product)?\s*(?:a\s+)?(?:5|five)(?:[- ]star|\s+stars)(?:\s+(?:review|feedback|rating)s?)?\b|\b(?:5|five)[- ]?stars?\s+(?:please|pls|plz)\b`,
  String.raw`\b(?:leave|give|write|post|drop|consider leaving|(?:would|'d)\s+(?:love|appreciate)|appreciate)\s+(?:us\s+|me\s+)?(?:a\s+|an\s+|your\s+)?(?:5[- ]?star|five[- ]?star|positive|good|great|glowing|excellent|top|high|\d[- ]?star)\s+(?:review|feedback|rating)s?`,
  String.raw`(?:5-Sterne-|fünf Sterne|positive\w*\s+|gute\w*\s+)(?:Bewertung|Rezension|Feedback)`,
  String.raw`\bavis\s+(?:5\s+étoiles|positif|favorable|excellent)|\b(?:5|cinq)\s+étoiles`,
  String.raw`(?:reseña|valoración|opinión|calificación)\s+(?:de\s+5\s+estrellas|positiva|buena|excelente)|\b5\s+estrellas|cinco estrellas`,
  String.raw`(?:recensione|valutazione|feedback)\s+(?:a\s+5\s+stelle|positiv[oa]|ottim[oa])|\b5\s+stelle|cinque stelle`,
  String.raw`高評価|星5|★5|★★★★★|五つ星|五星好评|好评|五星`,
);
const THANKS_BEFORE_RE = /(?:thank(?:s| you)?\s+(?:so much\s+)?for|dank\w*\s+für|merci pour|gracias por|grazie per|感谢|谢谢)\s*(?:\S+\s+){0,3}?\S*$/i;
const THANKS_AFTER_RE = /^[^。！？\n]{0,20}(?:ありがとう|感謝|谢谢|感谢)/;

const REVIEW_NOUN = String.raw`(?:reviews?|ratings?|bewertung|rezension|avis|évaluation|reseña|valoraci[oó]n|opini[oó]n|calificaci[oó]n|recensione|valutazione|レビュー|評価|星|评价|差评|评论|好评|五星)`;
const CHANGE_RE = anyOf(
  String.raw`\b(?:remov|delet|withdr[ae]w|retract|tak(?:e|ing) down|chang|updat|edit|revis|modif(?:y|ie)|amend|rais|improv|reconsider|adjust|clos|cancel|drop)\w*\s+(?:your|the|this|that|its)?\s*(?:\S+\s+){0,2}?\S*(?:reviews?|ratings?|feedback|a-to-z(?: guarantee)?(?: claim)?|claims?|chargebacks?|disputes?)\b`,
  String.raw`\S*(?:Bewertung|Rezension|Feedback|Garantieantrag|Antrag|Reklamation)\w*\s+(?:\S+\s+){0,3}?(?:löschen|entfernen|ändern|zurückziehen|zurücknehmen|anpassen|korrigieren|schließen|stornieren)`,
  String.raw`(?<![A-Za-z0-9À-ÿ])(?:löschen|entfernen|ändern|ziehen|nehmen)\s+Sie\s+(?:bitte\s+)?(?:Ihre?n?|die|den)\s+(?:\S+\s+){0,2}?\S*(?:Bewertung|Rezension|Feedback|Antrag)\w*`,
  String.raw`\b(?:retir|supprim|modifi|chang|annul|enlev|revoi)\w*\s+(?:votre|vos|le|la|les|cet|cette|ce)?\s*(?:\S+\s+){0,2}?(?:avis|commentaire|évaluation|réclamation|litige)s?`,
  String.raw`\b(?:elimin|borr|cambi|modific|retir|cancel|quit|actualiz|edit)\w*\s+(?:tu|su|la|el|esa|esta)?\s*(?:\S+\s+){0,2}?(?:reseña|valoración|opinión|comentario|calificación|reclamación|disputa)`,
  String.raw`\b(?:rimuov|elimin|cancell|modific|cambi|ritir|aggiorn|chiud)\w*\s+(?:il|la|lo|suo|sua|tuo|tua|questa|questo)?\s*(?:\S+\s+){0,3}?(?:recensione|feedback|valutazione|reclamo|richiesta|contestazione)`,
  String.raw`(?:低評価|評価|レビュー|星1|★1)[^。]{0,10}(?:削除|変更|取り消|取消|修正|書き換え|書き直|消して|上げて)|(?:保証|申請|クレーム)[^。]{0,10}(?:取り下げ|取り消|キャンセル)`,
  String.raw`(?:删除|删掉|修改|撤销|撤回|改成|改为|追评)[^。，]{0,8}(?:差评|评价|评论|好评|五星)|(?:差评|评价|评论)[^。，]{0,6}(?:删除|删掉|修改|撤销|改成|改为)|(?:撤销|撤回|取消)[^。]{0,15}(?:索赔|A-to-z|A-z|纠纷)`,
);
const REVIEW_NOUN_RE = new RegExp(REVIEW_NOUN, 'i');
/**
 * Something offered for changing feedback or a claim: a gift, money, "free", "in exchange", or
 * a refund the seller promises ("we will refund you"). A refund merely mentioned ("once the
 * replacement arrives") is not an offer.
 */
const OFFER_RE = new RegExp([
  STRONG_GIFT,
  String.raw`\bfree\b|kostenlos|gratis|gratuit|omaggio|無料|免费|\$\s?\d|£\s?\d|€\s?\d|\d\s?(?:€|\$|£|円|元|美元|USD|EUR|euros?|dollars?)`,
  String.raw`\bin (?:exchange|return)\b|dafür|en échange|a cambio|in cambio|お礼|作为感谢|补偿`,
  String.raw`\b(?:we|I)(?:'ll| will| can| would|'d)?\s+(?:\S+\s+){0,3}?(?:refund|reimburse|compensate|credit|send you|give you|offer)`,
  String.raw`erstatten wir|schicken wir|senden wir|erhalten Sie|bekommen Sie|nous vous (?:rembours|offr|envoy)|te (?:devolvemos|reembolsamos|regalamos|enviamos)|le (?:rimborsiamo|regaliamo|mandiamo|inviamo)|返金いたします|返金します|我们(?:将|会)?(?:全额)?(?:退款|补偿|赠送)`,
].join('|'), 'i');

/** Changing a review is always flagged; changing feedback or a claim only for something in return. */
function changeIsManipulative(text: string, m: RegExpExecArray, start: number, end: number): boolean {
  if (REVIEW_NOUN_RE.test(m[0])) return true;
  const sentence = sentenceAround(text, start, end);
  const next = sentenceAround(text, Math.min(text.length, sentence.end + 1), Math.min(text.length, sentence.end + 1));
  return OFFER_RE.test(text.slice(sentence.start, Math.max(sentence.end, next.end)));
}

const GATING_RE = anyOf(
  String.raw`\b(?:if|when)\s+you(?:'re|\s+are|\s+were|'ve been|\s+feel)?\s+(?:\S+\s+)?(?:happy|satisfied|pleased|delighted|enjoying|love)\b${gap(100)}\b(?:review|feedback|rating|stars)`,
  String.raw`\bbefore\s+(?:leaving|writing|posting|giving|you leave|you write|you post)\s+(?:a\s+|any\s+)?(?:negative\s+|bad\s+|low\s+)?(?:review|feedback|rating)`,
  String.raw`\b(?:don't|do not)\s+leave\s+(?:a\s+|any\s+)?(?:negative\s+|bad\s+)?(?:review|feedback)|\bonly\s+(?:leave|write)\s+(?:a\s+)?review`,
  String.raw`\bwenn\s+Sie\s+(?:\S+\s+){0,5}?zufrieden\s+sind${gap(100)}(?:Bewertung|Rezension|Feedback)|\bbevor\s+Sie\s+(?:eine\s+)?(?:negative\s+|schlechte\s+)?(?:Bewertung|Rezension|Feedback)`,
  String.raw`\bsi\s+vous\s+(?:êtes|étiez)\s+(?:\S+\s+)?(?:satisfaite?s?|contente?s?|ravie?s?)${gap(100)}(?:avis|commentaire|évaluation)|\bavant\s+de\s+(?:laisser|publier|écrire)\s+(?:un\s+)?(?:avis|commentaire|évaluation)`,
  String.raw`\bsi\s+(?:estás|está|quedaste|quedó|estáis)\s+(?:\S+\s+)?(?:content[oa]s?|satisfech[oa]s?)${gap(100)}(?:reseña|valoración|opinión|comentario)|\bantes\s+de\s+(?:dejar|escribir|publicar)\s+(?:una\s+)?(?:reseña|valoración|opinión|comentario)`,
  String.raw`\bse\s+(?:è|sei|siete|era)\s+(?:\S+\s+)?(?:soddisfatt[oaie]|content[oaie])${gap(100)}(?:recensione|feedback|valutazione)|\bprima\s+di\s+(?:lasciare|scrivere)\s+(?:una?\s+)?(?:recensione|feedback|valutazione)`,
  String.raw`(?:ご満足|満足)[^。]{0,30}(?:高評価|レビュー|評価|★5|星5)|(?:レビュー|評価)の前に|(?:ご不満|不満)[^。]{0,20}(?:レビュー|評価)[^。]{0,10}(?:前に|せず|ではなく)`,
  String.raw`如果(?:您)?(?:满意|喜欢)[^。]{0,20}(?:好评|评价|五星)|不要(?:留|给|写)?差评|先联系我们[^。]{0,10}(?:不要|别)(?:留|给)?(?:差评|评价)`,
);

const RULES: readonly PhraseRule[] = [
  { ruleId: 'review-manipulation.incentive', patterns: [INCENTIVE_RE], messageKey: 'draft.finding.review-manipulation.incentive' },
  {
    ruleId: 'review-manipulation.positive-only',
    patterns: [POSITIVE_RE],
    accept: (text, _m, start, end) => !THANKS_BEFORE_RE.test(text.slice(Math.max(0, start - 40), start)) && !THANKS_AFTER_RE.test(text.slice(end, end + 24)),
    messageKey: 'draft.finding.review-manipulation.positive-only',
  },
  { ruleId: 'review-manipulation.change-request', patterns: [CHANGE_RE], accept: changeIsManipulative, messageKey: 'draft.finding.review-manipulation.change-request' },
  { ruleId: 'review-manipulation.review-gating', patterns: [GATING_RE], messageKey: 'draft.finding.review-manipulation.review-gating' },
];

/** Every rule above names a review, rating, feedback or claim. */
const ANCHOR = /(?<![A-Za-z0-9À-ÿ])(?:review|feedback|rating|star|bewert|rezens|sterne|avis|commentaire|évaluation|étoile|reseña|valoraci|opini|comentario|calificaci|estrella|recension|valutazion|stell|claim|a-to-z|reclam|réclam|antrag|garant|dispute|chargeback|litige|disputa|contestazion|richiesta)|★|レビュー|評価|口コミ|星|保証|申請|クレーム|评价|好评|差评|评论|五星|晒单|追评|索赔|纠纷/gi;

/** Report incentives, positive-only requests, change requests and review gating. */
export function detectReviewManipulation(scan: DraftScan): void {
  runPhraseRules(scan, 'review-manipulation', ANCHOR, RULES);
}
