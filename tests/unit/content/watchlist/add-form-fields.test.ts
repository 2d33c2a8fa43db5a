import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../../locales/current';
import type { Language } from '../../../../locales/languages';
import { checkAddForm, prefillFields, type AddFormFields } from '../../../../entrypoints/sellercentral.content/watchlist/add-form-fields';

const filled = (values: Partial<AddFormFields>): AddFormFields => ({
  ...prefillFields({ buyerName: 'Jordan Ellis', proxyEmail: null, orderIds: ['112-4815162-3422342'] }),
  ...values,
});

describe('the add form names its problem in the agent language', () => {
  afterEach(() => setLanguage('en'));

  it.each<[Language, Partial<AddFormFields>, keyof AddFormFields, string]>([
    ['en', {}, 'reason', 'Choose a reason: a buyer is never listed without one.'],
    ['de', {}, 'reason', 'Wählen Sie einen Grund: Ohne Grund wird kein Käufer aufgenommen.'],
    ['zh-CN', {}, 'reason', '请选择原因：没有原因的买家不会被列入名单。'],
    ['de', { reason: 'other' }, 'notes', 'Schreiben Sie eine Notiz: Sie ist Pflicht, wenn der Grund „Sonstiges“ ist.'],
    ['de', { reason: 'order-cancel', orderIds: '112-48' }, 'orderIds', 'Die Bestellnummer „112-48“ muss eine Amazon-Bestellnummer wie 112-3456789-0123456 sein.'],
    ['zh-CN', { reason: 'order-cancel', orderIds: '', proxyEmail: '' }, 'proxyEmail', '请填写买家邮箱或至少一个订单号，以便识别该买家。'],
    ['de', { reason: 'order-cancel', proxyEmail: 'not an email' }, 'proxyEmail', 'Käufer-E-Mail: Es muss eine E-Mail-Adresse sein (…@marketplace.amazon.…).'],
    ['en', { reason: 'order-cancel', buyerName: 'x'.repeat(201) }, 'buyerName', 'Buyer name: at most 200 characters.'],
  ])('%s: %j is refused on %s', (language, values, field, message) => {
    setLanguage(language);
    expect(checkAddForm(filled(values))).toEqual({ ok: false, field, message });
  });

  it('accepts a complete form', () => {
    expect(checkAddForm(filled({ reason: 'order-cancel' }))).toMatchObject({ ok: true });
  });
});
