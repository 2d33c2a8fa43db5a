import { describe, expect, it } from 'vitest';
import { found } from './found';

describe('email detector', () => {
  it.each([
    ['Write to mike.torres@brightlinehome.com today.', 'email.address', 'mike.torres@brightlinehome.com'],
    ['Full-width: tom.baker＠outlook.com please', 'email.address', 'tom.baker＠outlook.com'],
    ['Proxy k2j3+8f0e@marketplace.amazon.de as well', 'email.address', 'k2j3+8f0e@marketplace.amazon.de'],
    ['Reach us at support [at] kitchenpro-store [dot] com.', 'email.obfuscated', 'support [at] kitchenpro-store [dot] com'],
    ['Desk: warranty(at)brightlinehome(dot)com', 'email.obfuscated', 'warranty(at)brightlinehome(dot)com'],
    ['Drop a line: anna dot keller at gmail dot com', 'email.obfuscated', 'anna dot keller at gmail dot com'],
    ['Mail orders AT brightlinehome DOT com today', 'email.obfuscated', 'orders AT brightlinehome DOT com'],
    ['name @ gmail . com', 'email.obfuscated', 'name @ gmail . com'],
    ['Send to r o b e r t . h a y e s @ g m a i l . c o m now', 'email.obfuscated', 'r o b e r t . h a y e s @ g m a i l . c o m'],
    ['Mon adresse : sophie.martin arobase orange point fr', 'email.obfuscated', 'sophie.martin arobase orange point fr'],
    ['Mi correo es carmen punto lopez arroba hotmail punto com', 'email.obfuscated', 'carmen punto lopez arroba hotmail punto com'],
    ['La mia email: giulia chiocciola libero punto it', 'email.obfuscated', 'giulia chiocciola libero punto it'],
    ['E-Mail: service (at) haushaltsprofi24 (punkt) de', 'email.obfuscated', 'service (at) haushaltsprofi24 (punkt) de'],
    ['メールは kurashi.support アットマーク gmail.com です', 'email.obfuscated', 'kurashi.support アットマーク gmail.com'],
    ['邮箱 jiaju.kefu 艾特 qq 点 com', 'email.obfuscated', 'jiaju.kefu 艾特 qq 点 com'],
    ['shop★kurashi.jp（★を@に）', 'email.obfuscated', 'shop★kurashi.jp'],
    ['请发到 jiaju#163.com', 'email.obfuscated', 'jiaju#163.com'],
    ['My email address is anna_k at hotmail', 'email.obfuscated', 'anna_k at hotmail'],
    ['My gmail is jenny.lin.1990, message me there', 'email.provider-handle', 'gmail is jenny.lin.1990'],
    ['Per fare prima mi scriva su gmail: casabella.assistenza', 'email.provider-handle', 'gmail: casabella.assistenza'],
  ])('%s', (text, ruleId, span) => {
    expect(found(text, 'email')).toEqual([[ruleId, span]]);
  });

  it.each([
    'Check the status at amazon.com under Your Orders.',
    'Find the manual at brightlinehome dot com.',
    'We will meet the carrier at 3 PM at the depot.',
    'Look at the label at the bottom of the box.',
    'Our Gmail inbox is down, so please use Amazon messages.',
    'Delivered at 10:42 AM at the front door.',
  ])('never flags %j', (text) => {
    expect(found(text, 'email')).toEqual([]);
  });
});
