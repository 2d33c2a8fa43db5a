import { describe, expect, it } from 'vitest';
import { findIdnEmails } from '../../../../rules/draft/idn-email';
import { found } from './found';

describe('email addresses on internationalised domains', () => {
  it.each([
    ['Schreiben Sie mir an käufer@beispiel.de bitte', 'käufer@beispiel.de'],
    ['请发到 用户@例子.公司 谢谢', '用户@例子.公司'],
    ['пишите на иван@почта.рф.', 'иван@почта.рф'],
    ['Écrivez à josé@exemple-boutique.fr, merci', 'josé@exemple-boutique.fr'],
    ['mail: anna@bücher.de', 'anna@bücher.de'],
    ['メールは たなか@れい.みんな まで', 'たなか@れい.みんな'],
    // Glued to the words around it: the mailbox starts after the lead-in verb, the domain ends at its suffix.
    ['请发到用户@例子.公司看看', '用户@例子.公司'],
  ])('%s → %s', (text, address) => {
    expect(found(text, 'email')).toEqual([['email.address', address]]);
  });

  it.each([
    'Größe@3.5 kg',
    'a@b@c.de ä',
    'Preis @ 12.99 € für Größe 3.5',
    'Ärger@home, nichts weiter.',
    'ä@.de',
  ])('leaves alone: %s', (text) => {
    expect(found(text, 'email')).toEqual([]);
  });

  it('leaves ASCII addresses to linkify-it', () => {
    expect(findIdnEmails('write to anna@shop.de')).toEqual([]);
  });

  it('reads a long run of at signs and letters in linear time', () => {
    const hostile = 'ä@ä.'.repeat(5000);
    expect(() => findIdnEmails(hostile)).not.toThrow();
    expect(findIdnEmails(hostile).length).toBeLessThanOrEqual(5000);
  });
});
