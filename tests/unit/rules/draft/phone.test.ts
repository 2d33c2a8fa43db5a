import { describe, expect, it } from 'vitest';
import { found } from './found';

describe('phone detector', () => {
  it.each([
    ['Call +1 415 555 2671 today', '+1 415 555 2671'],
    ['UK office: +44 20 7946 0958.', '+44 20 7946 0958'],
    ['WhatsApp +49 151 23456789', '+49 151 23456789'],
    ['Viber: +380 67 123 4567', '+380 67 123 4567'],
    ['Our number 0049 151 23456789', '0049 151 23456789'],
    ['Give me a ring on (415) 555-2671 after 5pm.', '(415) 555-2671'],
    ['My cell is 212.736.5000, text anytime.', '212.736.5000'],
    ['call me at 646-555-3890', '646-555-3890'],
    ['phone me on 07911 123456 please', '07911 123456'],
    ['Sie erreichen uns unter 030 12345678.', '030 12345678'],
    ['Handy: 0151 23456789', '0151 23456789'],
    ['Appelez le 01 42 68 53 00.', '01 42 68 53 00'],
    ['Mon portable : 06 12 34 56 78', '06 12 34 56 78'],
    ['Llámanos al 912 345 678.', '912 345 678'],
    ['Mi móvil es el 612 34 56 78.', '612 34 56 78'],
    ['Chiamaci al numero 02 1234 5678.', '02 1234 5678'],
    ['Cellulare 347 123 4567', '347 123 4567'],
    ['お電話は 03-1234-5678 まで', '03-1234-5678'],
    ['携帯 090-1234-5678 にどうぞ', '090-1234-5678'],
    ['手机号是 138 0013 8000', '138 0013 8000'],
    ['客服电话 400-820-1234', '400-820-1234'],
    ['电话：021-12345678', '021-12345678'],
    ['Hotline: (02) 9876 5432', '(02) 9876 5432'],
    ['Call me on 4155552671', '4155552671'],
  ])('%s', (text, span) => {
    expect(found(text, 'phone')).toEqual([['phone.number', span]]);
  });

  it.each([
    ['Call 1-800-FLOWERS now', 'phone.vanity', '1-800-FLOWERS'],
    ['Ring 1 (888) GO-FEDEX', 'phone.vanity', '1 (888) GO-FEDEX'],
    ['text me: five one two, eight four seven, two two nine one', 'phone.spelled-out', 'five one two, eight four seven, two two nine one'],
    ['Handy: null eins fünf eins, zwei drei vier fünf, sechs sieben', 'phone.spelled-out', 'null eins fünf eins, zwei drei vier fünf, sechs sieben'],
    ['Mi número: seis uno dos, tres cuatro cinco, seis siete ocho', 'phone.spelled-out', 'seis uno dos, tres cuatro cinco, seis siete ocho'],
    ['mixed: 555 one two three 4567', 'phone.spelled-out', '555 one two three 4567'],
    ['電話番号：〇九〇 一二三四 五六七八', 'phone.spelled-out', '〇九〇 一二三四 五六七八'],
    ['手机：一三八 零零一三 八零零零', 'phone.spelled-out', '一三八 零零一三 八零零零'],
  ])('%s', (text, ruleId, span) => {
    expect(found(text, 'phone')).toEqual([[ruleId, span]]);
  });

  it('does not take a number inside an email address or a link for a phone', () => {
    expect(found('Write to john4155552671@gmail.com', 'phone')).toEqual([]);
    expect(found('See https://example.com/item/4155552671', 'phone')).toEqual([]);
  });

  it('flags an unformatted national number only next to a phone word', () => {
    expect(found('Reference 0301234567 for your claim', 'phone')).toEqual([]);
    expect(found('Tel. 0301234567', 'phone')).toEqual([['phone.number', '0301234567']]);
  });

  it('flags a part number grouped unlike any phone only next to a phone word', () => {
    expect(found('Replacement filter 45-1234-567 fits.', 'phone')).toEqual([]);
  });
});
