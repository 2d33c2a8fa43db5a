import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../locales/current';
import type { Language } from '../../../locales/languages';
import { parseCsv } from '../../../rules/csv';

afterEach(() => setLanguage('en'));

describe('CSV parse errors in the agent’s language', () => {
  it.each<[Language, string, string]>([
    ['en', 'a,b\n"open,2', 'Line 2: a quoted cell is never closed'],
    ['de', 'a,b\n"open,2', 'Zeile 2: eine Zelle in Anführungszeichen wird nie geschlossen'],
    ['zh-CN', '"a"b', '第 1 行：右引号之后出现了多余的文本'],
  ])('%s: %j', (language, text, expected) => {
    setLanguage(language);
    expect(() => parseCsv(text)).toThrow(expected);
  });
});
