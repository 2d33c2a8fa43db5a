import { describe, expect, it } from 'vitest';
import { found } from './found';

const ids = (text: string) => found(text, 'review-manipulation').map(([id]) => id);

describe('review-manipulation detector', () => {
  it.each([
    ['If you leave us a 5-star review, we\'ll send you a $15 Amazon gift card.', 'review-manipulation.incentive', 'If you leave us a 5-star review, we\'ll send you a $15 Amazon gift card'],
    ['We can issue a full refund once you remove the negative feedback.', 'review-manipulation.incentive', 'refund once you remove the negative feedback'],
    ['Für eine 5-Sterne-Bewertung erhalten Sie einen Gutschein über 10 €.', 'review-manipulation.incentive', 'Für eine 5-Sterne-Bewertung erhalten Sie einen Gutschein'],
    ['Laissez-nous un avis 5 étoiles et recevez un bon d\'achat.', 'review-manipulation.incentive', 'avis 5 étoiles et recevez un bon d\'achat'],
    ['给我们五星好评，就返现10元红包！', 'review-manipulation.incentive', '五星好评，就返现'],
    ['Please leave us a five star review!', 'review-manipulation.positive-only', 'leave us a five star review'],
    ['5 stars please :)', 'review-manipulation.positive-only', '5 stars please'],
    ['Don\'t forget to rate us 5 stars!', 'review-manipulation.positive-only', 'rate us 5 stars'],
    ['Would you consider updating your 2-star review?', 'review-manipulation.change-request', 'updating your 2-star review'],
    ['Please close the A-to-z claim and we will refund you.', 'review-manipulation.change-request', 'close the A-to-z claim'],
    ['低評価を削除していただければ幸いです。', 'review-manipulation.change-request', '低評価を削除'],
    ['If you\'re happy with it, please leave a positive review.', 'review-manipulation.review-gating', 'If you\'re happy with it, please leave a positive review'],
    ['Please contact us before leaving negative feedback.', 'review-manipulation.review-gating', 'before leaving negative feedback'],
  ])('%s', (text, ruleId, span) => {
    expect(found(text, 'review-manipulation')).toEqual([[ruleId, span]]);
  });

  it('asks to change feedback or a claim only in exchange for something to be flagged', () => {
    expect(ids('Could you update your feedback once the replacement arrives?')).toEqual([]);
    expect(ids('Could you update your feedback? We will send you a $10 voucher.')).toEqual(['review-manipulation.change-request']);
  });

  it.each([
    'Feel free to leave a review of your experience when you have a moment.',
    'Thank you for the 5-star review, we really appreciate it!',
    'Thanks for your feedback, we have refunded the shipping cost.',
    'After reading your review we checked the batch and issued a refund.',
    'Vielen Dank für Ihre positive Bewertung!',
    'À mon avis, le problème vient du transporteur.',
    'En mi opinión el problema es del transportista; te enviamos otro gratis.',
    'レビューありがとうございます。送料を返金いたしました。',
    '感谢您的好评！',
    'The coupon you clipped was applied at checkout.',
    '星期三发货。',
  ])('never flags %j', (text) => {
    expect(found(text, 'review-manipulation')).toEqual([]);
  });
});
