import { describe, expect, it } from 'vitest';
import { found } from './found';

describe('sensitive-data detector', () => {
  it.each([
    ['Please reply with your full card number and the CVV.', [['sensitive-data.card', 'full card number'], ['sensitive-data.card', 'CVV']]],
    ['Send a picture of the credit card you used.', [['sensitive-data.card', 'picture of the credit card']]],
    ['Confirm the last four digits of your card, please.', [['sensitive-data.card', 'last four digits of your card']]],
    ['What is the card\'s expiry date?', [['sensitive-data.card', 'card\'s expiry']]],
    ['We need your IBAN and sort code.', [['sensitive-data.bank', 'IBAN'], ['sensitive-data.bank', 'sort code']]],
    ['We pay by bank transfer, just send your account details.', [['sensitive-data.bank', 'bank transfer, just send your account details']]],
    ['Give us your PayPal email for the refund.', [['sensitive-data.bank', 'PayPal email']]],
    ['Please confirm your Amazon password.', [['sensitive-data.password', 'password']]],
    ['What\'s the PIN for your card?', [['sensitive-data.password', 'PIN']]],
    ['Please share your Amazon OTP.', [['sensitive-data.password', 'OTP']]],
    ['We need your Social Security number and date of birth.', [['sensitive-data.national-id', 'Social Security number'], ['sensitive-data.birth-date', 'date of birth']]],
    ['Nennen Sie uns Ihre Kreditkartennummer und die Prüfziffer.', [['sensitive-data.card', 'Kreditkartennummer'], ['sensitive-data.card', 'Prüfziffer']]],
    ['Envoyez-nous le numéro de votre carte bancaire.', [['sensitive-data.card', 'numéro de votre carte bancaire']]],
    ['Indícanos tu DNI y tu fecha de nacimiento.', [['sensitive-data.national-id', 'DNI'], ['sensitive-data.birth-date', 'fecha de nacimiento']]],
    ['Ci servono il codice fiscale e la data di nascita.', [['sensitive-data.national-id', 'codice fiscale'], ['sensitive-data.birth-date', 'data di nascita']]],
    ['口座番号をお知らせください。', [['sensitive-data.bank', '口座番号']]],
    ['请提供您的银行卡号和开户行。', [['sensitive-data.card', '银行卡号'], ['sensitive-data.bank', '开户行']]],
    ['请提供一下支付宝账号。', [['sensitive-data.bank', '支付宝账号']]],
    ['Is this your card: 4539 1488 0343 6467?', [['sensitive-data.card-number', '4539 1488 0343 6467']]],
    ['Pay the rest to DE89 3704 0044 0532 0130 00.', [['sensitive-data.iban', 'DE89 3704 0044 0532 0130 00']]],
  ])('%s', (text, expected) => {
    expect(found(text, 'sensitive-data')).toEqual(expected);
  });

  it.each([
    'We will never ask for your password, card number or bank details.',
    'Please do not send any card or bank details by message.',
    'Wir werden Sie niemals nach Ihrem Passwort fragen.',
    'Nous ne vous demanderons jamais votre mot de passe.',
    'Nunca te pediremos tu contraseña.',
    'Non le chiederemo mai la password.',
    'パスワードをお伺いすることはございません。',
    '我们绝不会要求您提供密码。',
    'Card ending 4539 1488 0343 6468 is not a valid number.',
    'IMEI 356938035643809 matches the box.',
    'The shipping cost was refunded to the original payment method.',
    'Keep the spin cycle at 800 rpm.',
  ])('never flags %j', (text) => {
    expect(found(text, 'sensitive-data')).toEqual([]);
  });
});
