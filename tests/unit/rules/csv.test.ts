import { describe, expect, it } from 'vitest';
import {
  CsvParseError,
  formatCsvCell,
  joinCsvList,
  neutralizeCsvCell,
  parseCsv,
  restoreCsvCell,
  splitCsvList,
  toCsv,
} from '../../../rules/csv';

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
    expect(error).toBeInstanceOf(CsvParseError);
    expect((error as CsvParseError).line).toBe(line);
    expect((error as CsvParseError).message).toContain(words);
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
});
