import { describe, expect, it } from 'vitest';
import { MASK, findPhoneRuns, maskPersonalValues } from '../../../../rules/capture/personal-data';

const PHONE_LABELS = ['phone', 'telefon', '電話番号'];

describe('phone-number-looking runs', () => {
  it.each([
    ['Phone: +1 206-555-0143', ['+1 206-555-0143']],
    ['電話番号：03-5550-0123', ['03-5550-0123']],
    ['full-width ０３－５５５０－０１２３ digits', ['０３－５５５０－０１２３']],
    ['(11) 98765-4321 and 06 12 34 56 78', ['(11) 98765-4321', '06 12 34 56 78']],
    ['Order 112-4837261-5938217 and tracking 9400111899223847561234', []],
    ['Qty 2, $24.99, 12345', []],
  ])('%s', (text, runs) => {
    expect(findPhoneRuns(text).map((run) => run.text)).toEqual(runs);
  });
});

describe('masking personal values in stored text', () => {
  const values = {
    addressLines: ['Jordan Ellis', '1458 Cedar Grove Ave', 'Apt 3B', 'SEATTLE', 'WA', '98107-4421', 'United States'],
    phoneNumbers: ['+1 206-555-0143'],
    keep: ['Jordan Ellis'],
    phoneLabels: PHONE_LABELS,
  };

  it.each([
    ['an address line inside a seller note', 'Note: reship to 1458 Cedar Grove Ave, Apt 3B', `Note: reship to ${MASK}, ${MASK}`],
    ['the phone as shown', 'Call +1 206-555-0143 first', `Call ${MASK} first`],
    ['the phone written another way', 'Buyer said (206) 555-0143', `Buyer said ${MASK}`],
    ['any number after a phone label', 'Telefon: 030 1234567', `Telefon: ${MASK}`],
    ['a number on the line after a phone label', '電話番号\n03-5550-0123', `電話番号\n${MASK}`],
    ['a short line only as a whole word', 'WA 98107-4421\nWASHER', `${MASK} ${MASK}\nWASHER`],
    ['the buyer name, which is order data', 'Contact Buyer: Jordan Ellis', 'Contact Buyer: Jordan Ellis'],
    ['an order id, a tracking id and a date', 'Order 112-4837261-5938217\nTracking 9400111899223847561234\n2025/11/04', 'Order 112-4837261-5938217\nTracking 9400111899223847561234\n2025/11/04'],
  ])('removes %s', (_name, text, expected) => {
    expect(maskPersonalValues(text, values).text).toBe(expected);
  });

  it('counts what it removed', () => {
    const result = maskPersonalValues('1458 Cedar Grove Ave\nPhone: +1 206-555-0143', values);
    expect(result).toMatchObject({ addressLines: 1, phones: 1 });
  });

  it('leaves a number alone when no label is near and it is not the phone', () => {
    expect(maskPersonalValues('SKU: 4006381333\nPhone case, blue', values).text).toBe('SKU: 4006381333\nPhone case, blue');
  });
});
