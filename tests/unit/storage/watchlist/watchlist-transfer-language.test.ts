import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../../locales/current';
import { parseWatchlistFile } from '../../../../storage/watchlist/watchlist-transfer';

afterEach(() => setLanguage('en'));

const refusal = (text: string) => {
  try {
    parseWatchlistFile(text);
  } catch (error) {
    return error;
  }
  throw new Error('the file was accepted');
};

describe('watchlist import errors in the agent’s language', () => {
  it('de: a CSV line with too few cells names the line in German, and says it names it', () => {
    setLanguage('de');
    expect(refusal('reason,severity\norder-cancel,watch,extra')).toMatchObject({
      code: 'import-malformed-csv',
      row: 2,
      mentions: ['row'],
      message: 'Zeile 2 hat 3 Zellen, die Kopfzeile aber 2 Spalten. Nichts wurde importiert.',
    });
  });

  it('zh-CN: a JSON file of another kind', () => {
    setLanguage('zh-CN');
    expect(refusal('{"format":"other"}')).toMatchObject({
      code: 'import-wrong-format',
      message: '这不是 Seller Guard 观察名单文件（“format”必须为“seller-guard-watchlist”）。未导入任何内容。',
    });
  });
});
