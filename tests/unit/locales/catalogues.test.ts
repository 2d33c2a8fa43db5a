import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeholdersIn } from '../../../locales/format';
import { languagePack } from '../../../locales/language-packs';
import { LANGUAGES, type Language } from '../../../locales/languages';
import { translator, type MessageKey } from '../../../locales/translate';

const CATALOGUES = Object.fromEntries(LANGUAGES.map((language) => [language, languagePack(language).catalogue])) as Record<Language, Record<MessageKey, string>>;
const english = CATALOGUES.en;
const keys = Object.keys(english) as MessageKey[];
const others = LANGUAGES.filter((language) => language !== 'en');

function sorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

describe('interface catalogues', () => {
  it.each(LANGUAGES)('%s has exactly the English keys', (language) => {
    expect(sorted(Object.keys(CATALOGUES[language]))).toEqual(sorted(keys));
  });

  it.each(LANGUAGES)('%s has no empty or untrimmed text', (language) => {
    const bad = keys.filter((key) => {
      const text = CATALOGUES[language][key];
      return typeof text !== 'string' || text.trim() === '' || text !== text.trim();
    });
    expect(bad).toEqual([]);
  });

  it.each(others)('%s uses the same placeholders as English in every message', (language) => {
    const mismatched = keys
      .filter((key) => sorted(placeholdersIn(CATALOGUES[language][key])).join() !== sorted(placeholdersIn(english[key])).join())
      .map((key) => `${key}: ${CATALOGUES[language][key]}`);
    expect(mismatched).toEqual([]);
  });

  it('every plural has both forms in English', () => {
    const ones = keys.filter((key) => key.endsWith('.one'));
    const missing = ones.filter((key) => !(key.replace(/\.one$/, '.other') in english));
    expect(ones.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it.each(others)('%s is translated, not a copy of English (except names)', (language) => {
    // A text of placeholders and punctuation only ('{problem} ({where})') has no words to translate.
    const words = (text: string) => text.replace(/\{\w+\}/g, '');
    const copied = keys.filter((key) => CATALOGUES[language][key] === english[key] && /[a-z]{4,}/.test(words(english[key])));
    // Brand and product names stay as they are in every language.
    expect(copied.filter((key) => !UNTRANSLATED.has(key))).toEqual([]);
  });
});

/** Keys whose text is a name in every language. */
const UNTRANSLATED = new Set<string>(['app.name', 'draft.category.link', 'archive.data.direction.amazon', 'archive.data.status', 'capture.panel.screenshot', 'archive.imageSize', 'archive.hash', 'exportPage.megabytes', 'pack.capture.screenshots', 'pack.capture.byValue']);

describe('translator', () => {
  it.each([
    ['en', 'draft.panel.blocking', 1, "Send will be stopped: 1 problem against Amazon's messaging rules."],
    ['en', 'draft.panel.blocking', 2, "Send will be stopped: 2 problems against Amazon's messaging rules."],
    ['de', 'draft.panel.blocking', 1, 'Senden wird angehalten: 1 Verstoß gegen Amazons Richtlinien für Käufernachrichten.'],
    ['de', 'draft.panel.blocking', 3, 'Senden wird angehalten: 3 Verstöße gegen Amazons Richtlinien für Käufernachrichten.'],
    ['zh-CN', 'draft.panel.blocking', 1, '发送将被拦截：有 1 处违反亚马逊买家消息政策。'],
  ] as const)('%s %s for %d', (language, key, count, expected) => {
    expect(translator(language).plural(key, count)).toBe(expected);
  });

  it('formats numbers for the language', () => {
    expect(translator('de')('draft.panel.counter', { length: 4200, limit: 4000 })).toBe('4.200 / 4.000 Zeichen');
    expect(translator('en')('draft.panel.counter', { length: 4200, limit: 4000 })).toBe('4,200 / 4,000 characters');
  });
});

describe('manifest messages (public/_locales)', () => {
  const read = (folder: string) =>
    JSON.parse(readFileSync(resolve('public/_locales', folder, 'messages.json'), 'utf8')) as Record<
      string,
      { message: string }
    >;
  const en = read('en');

  it.each(['de', 'zh_CN'])('%s has every English message, each non-empty', (folder) => {
    const messages = read(folder);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) expect(messages[key]?.message.trim()).toBeTruthy();
  });
});
