import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../../../rules/draft/draft-engine';
import { found } from './found';

describe('marketing detector', () => {
  it.each([
    ['As a thank-you, use code SAVE20 on your next order.', [['marketing.promo-code', 'code SAVE20']]],
    ['Mit dem Code SOMMER15 sparen Sie 15 %.', [['marketing.promo-code', 'Code SOMMER15']]],
    ['下次购物使用优惠码 THANKS10。', [['marketing.promo-code', '优惠码 THANKS10']]],
    ['Up to 40% off the whole kitchen range!', [['marketing.discount', '40% off']]],
    ['Profitez de 20 % de réduction sur votre prochaine commande.', [['marketing.discount', '20 % de réduction']]],
    ['Sign up for our newsletter today.', [['marketing.newsletter', 'Sign up for our newsletter']]],
    ['Abonnieren Sie unseren Newsletter!', [['marketing.newsletter', 'Abonnieren Sie unseren Newsletter']]],
    ['Reply STOP to unsubscribe.', [['marketing.newsletter', 'unsubscribe']]],
    ['Check out our other products.', [['marketing.other-products', 'Check out our other products']]],
    ['Découvrez la nouvelle collection.', [['marketing.other-products', 'nouvelle collection']]],
    ['Tag us for a chance to win!', [['marketing.giveaway', 'chance to win']]],
    ['Black Friday starts now.', [['marketing.sale', 'Black Friday']]],
    ['本店618大促，全场满200减30！', [['marketing.sale', '618'], ['marketing.sale', '大促'], ['marketing.sale', '全场'], ['marketing.sale', '满200减30']]],
  ])('%s', (text, expected) => {
    expect(found(text, 'marketing')).toEqual(expected);
  });

  it('warns, never blocks', () => {
    expect(analyzeDraft('Use code SAVE20 for 20% off!').map((f) => f.severity)).toEqual(['warn', 'warn']);
  });

  it.each([
    'The coupon you clipped on the product page was applied at checkout; the $5.00 discount is on your invoice.',
    'We\'ve issued a partial refund of $12.50 (15% of the item price) as a goodwill gesture.',
    'Wir haben Ihnen 10 % des Kaufpreises erstattet.',
    'The error code E401 means the lid is not locked.',
    'The battery charges to 80% in 30 minutes; the next charge takes longer.',
    'The price was $49.99 at the time of purchase.',
    'You can change your Subscribe & Save delivery date in Your Account.',
    'We hope you enjoy the product!',
  ])('never flags %j', (text) => {
    expect(found(text, 'marketing')).toEqual([]);
  });
});
