import { describe, expect, it } from 'vitest';
import {
  formatCsvCell,
  joinCsvList,
  neutralizeCsvCell,
  parseCsv,
  restoreCsvCell,
  splitCsvList,
  toCsv,
} from '../../../rules/csv';
import type { SellerGuardError } from '../../../utils/errors';

describe('neutralizeCsvCell', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","click")', `'=HYPERLINK("http://evil.example","click")`],
    ['+1+cmd|/C calc', `'+1+cmd|/C calc`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1:A2)', `'@SUM(A1:A2)`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
    ["'quoted", `''quoted`],
    ['Jane Doe', 'Jane Doe'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(neutralizeCsvCell(input)).toBe(expected);
  });

  it.each(['=1+1', '-5 stars', "'Tis", "''", '@home', 'plain', "'plain"])('restoreCsvCell undoes it for %j', (text) => {
    expect(restoreCsvCell(neutralizeCsvCell(text))).toBe(text);
  });

  it('leaves a hand-typed leading apostrophe before ordinary text alone', () => {
    expect(restoreCsvCell("'Tis")).toBe("'Tis");
  });

  // Spreadsheets strip spaces and invisible characters before they look for a formula, and
  // some fold full-width and small forms to ASCII: all of these must get the mark.
  const HIDDEN_STARTS = [
    ['space', ' '], ['two spaces', '  '], ['no-break space', '\u00a0'], ['ideographic space', '\u3000'],
    ['byte order mark', '\ufeff'], ['zero-width space', '\u200b'], ['zero-width non-joiner', '\u200c'],
    ['zero-width joiner', '\u200d'], ['word joiner', '\u2060'], ['tab', '\t'], ['carriage return', '\r'],
    ['space and zero-width space', ' \u200b'],
  ] as const;
  const FORMULA_CHARS = ['=', '+', '-', '@', '＝', '＋', '－', '＠', '﹦', '﹢', '﹣', '﹫'] as const;
  it.each(HIDDEN_STARTS.flatMap(([name, lead]) => ['=', '+', '-', '@'].map((c) => [`${name} before ${c}`, `${lead}${c}HYPERLINK("http://x")`])))(
    'marks %s', (_name, cell) => {
      expect(neutralizeCsvCell(cell)).toBe(`'${cell}`);
      expect(restoreCsvCell(neutralizeCsvCell(cell))).toBe(cell);
    });
  it.each(FORMULA_CHARS.map((c) => [c, `${c}1+1`]))('marks a cell starting with %s', (_c, cell) => {
    expect(neutralizeCsvCell(cell)).toBe(`'${cell}`);
    expect(restoreCsvCell(neutralizeCsvCell(cell))).toBe(cell);
  });

  it.each([
    ['an order id', '123-1234567-1234567', '123-1234567-1234567'],
    ['a name with an inner hyphen', 'Jean-Luc', 'Jean-Luc'],
    ['text with an inner equals sign', 'size = M', 'size = M'],
    ['a zero-width space inside text', 'ab\u200bc', 'ab\u200bc'],
    // A negative number written as text keeps the mark: Excel would read "-5" as a number
    // anyway, and "-2+3" shows that a leading minus can start a formula.
    ['a negative number as text', '-12.50', "'-12.50"],
  ])('%s: %j → %j', (_name, input, expected) => {
    expect(neutralizeCsvCell(input)).toBe(expected);
    expect(restoreCsvCell(neutralizeCsvCell(input))).toBe(input);
  });
});

describe('formatCsvCell and toCsv', () => {
  it.each([
    ['Doe, Jane', {}, '"Doe, Jane"'],
    ['say "hi"', {}, '"say ""hi"""'],
    ['two\nlines', {}, '"two\nlines"'],
    ['=1+1', {}, "'=1+1"],
    ['=1+1', { neutralize: false }, '=1+1'],
    [-5, {}, '-5'],
    [null, {}, ''],
    [' padded ', {}, '" padded "'],
    ['a;b', { delimiter: ';' }, '"a;b"'],
  ] as const)('%j with %j → %j', (value, options, expected) => {
    expect(formatCsvCell(value, options)).toBe(expected);
  });

  it('writes CRLF rows and an optional BOM', () => {
    expect(toCsv([['a', 'b'], ['1', '=2']], { bom: true })).toBe("\ufeffa,b\r\n1,'=2\r\n");
    expect(toCsv([])).toBe('');
  });
});

describe('parseCsv', () => {
  it('reads quoted cells, doubled quotes, embedded line breaks and reports start lines', () => {
    const text = 'name,note\r\n"Doe, Jane","said ""no""\nthen left"\r\n\r\nplain,\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, cells: ['name', 'note'] },
      { line: 2, cells: ['Doe, Jane', 'said "no"\nthen left'] },
      { line: 5, cells: ['plain', ''] },
    ]);
  });

  it.each([
    ['LF', 'a,b\nc,d'],
    ['CRLF', 'a,b\r\nc,d\r\n'],
    ['CR', 'a,b\rc,d\r'],
    ['BOM', '\ufeffa,b\nc,d\n'],
  ])('handles %s line ends', (_, text) => {
    expect(parseCsv(text).map((r) => r.cells)).toEqual([['a', 'b'], ['c', 'd']]);
  });

  it('round-trips what toCsv wrote, restoring neutralised cells when asked', () => {
    const rows = [['=cmd', 'x,y', 'multi\r\nline', "'q", '"quoted"', '']];
    expect(parseCsv(toCsv(rows, { bom: true }), { restore: true }).map((r) => r.cells)).toEqual(rows);
  });

  it.each([
    ['a quote that never closes', 'a,b\nc,"open\nmore', 2, 'never closed'],
    ['text after a closing quote', 'a,b\n"x"y,z', 2, 'after a closing quote'],
  ])('names the line of %s', (_, text, line, words) => {
    let error: unknown;
    try {
      parseCsv(text);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'csv-parse' });
    expect((error as SellerGuardError).line).toBe(line);
    expect((error as SellerGuardError).message).toContain(words);
  });
});

describe('list cells', () => {
  it.each([
    [['a', 'b'], 'a;b'],
    [['semi;colon', 'back\\slash'], 'semi\\;colon;back\\\\slash'],
    [[], ''],
  ])('%j ⇄ %j', (items, cell) => {
    expect(joinCsvList(items)).toBe(cell);
    expect(splitCsvList(cell)).toEqual(items);
  });

  it('trims items and drops empty ones', () => {
    expect(splitCsvList(' a ; ;b;')).toEqual(['a', 'b']);
  });

  // In a ;-separator locale (de, fr, it, es, nl, pl) a spreadsheet splits the cell at every
  // ";", escaped or not: every piece after one is a cell of its own and must be inert.
  it.each([
    [['SKU1', '=HYPERLINK("http://x")'], `SKU1;'=HYPERLINK("http://x")`],
    [['a', '+1', '-1', '@SUM(A1)'], "a;'+1;'-1;'@SUM(A1)"],
    [['a', ' =1', '\u200b=1', '＝1', '﹫x'], "a;' =1;'\u200b=1;'＝1;'﹫x"],
    [['x;=cmd|calc'], "x\\;'=cmd|calc"],
    [['=a', 'b'], '=a;b'],
    [['plain', "'quoted"], "plain;''quoted"],
    [["it's", 'B0TEST0001'], "it's;B0TEST0001"],
    [['back\\', '=x'], "back\\\\;'=x"],
  ])('neutralises every piece of %j', (items, cell) => {
    expect(joinCsvList(items)).toBe(cell);
    for (const piece of cell.split(';').slice(1)) expect(piece).not.toMatch(/^[\s\u200b-\u200d\u2060]*[=+\-@＝＋－＠﹦﹢﹣﹫]/);
    expect(splitCsvList(cell)).toEqual(items.map((i) => i.trim()));
  });

  it.each([
    [['=HYPERLINK("http://evil")', 'ok', 'x;-1']],
    [["'=x", "'", "''", 'a;\'b']],
  ])('survives a whole CSV round trip: %j', (items) => {
    const csv = toCsv([['tags'], [joinCsvList(items)]]);
    expect(csv).not.toMatch(/(?:^|[,;\n"])[=+\-@]/);
    const [, row] = parseCsv(csv, { restore: true });
    expect(splitCsvList(row!.cells[0]!)).toEqual(items);
  });
});
