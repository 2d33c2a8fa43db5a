import { SellerGuardError } from '../utils/errors';
import { t } from '../locales/current';
/**
 * CSV writing and reading (RFC 4180) for every Seller Guard export: the watchlist, the
 * archive. Cells written for a spreadsheet are neutralised against formula injection: a
 * buyer can put `=HYPERLINK(…)` in a name or message, and Excel or Sheets would run it.
 */

export type CsvValue = string | number | boolean | null | undefined;

/**
 * Starts that make a spreadsheet read a cell as a formula: `= + - @`, tab or carriage return
 * (OWASP), also behind spaces, no-break or ideographic spaces, a BOM or zero-width characters
 * (which spreadsheets strip before they look), and the full-width `＝＋－＠` and small `﹦﹢﹣﹫`
 * forms that some spreadsheets fold to ASCII. A leading `-` before digits counts too: a
 * negative number written as text gets the mark, and `restoreCsvCell` gives it back unchanged.
 */
const FORMULA_START_RE = /^[\s\u200b-\u200d\u2060]*[=+\-@\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b]|^[\t\r]/;

/**
 * Make a text cell inert in spreadsheets: a cell with a formula start (see `FORMULA_START_RE`:
 * `= + - @`, tab or carriage return, also after invisible characters or in full width) gets a
 * leading `'` (the spreadsheet's "this is text" mark, which it hides). A cell already starting
 * with `'` gets one more, so `restoreCsvCell` can undo this exactly.
 * @example neutralizeCsvCell('=HYPERLINK("http://x")') // `'=HYPERLINK("http://x")`
 * @example neutralizeCsvCell('\u200b=1+1') // `'\u200b=1+1`
 */
export function neutralizeCsvCell(value: string): string {
  return FORMULA_START_RE.test(value) || value.startsWith("'") ? `'${value}` : value;
}

/** Undo `neutralizeCsvCell`: drop one leading `'` when it precedes a formula start or `'`. */
export function restoreCsvCell(value: string): string {
  return value.startsWith("'") && (FORMULA_START_RE.test(value.slice(1)) || value[1] === "'") ? value.slice(1) : value;
}

export interface CsvWriteOptions {
  /** Neutralise text cells against formula injection (default true). Numbers are never touched. */
  neutralize?: boolean;
  /** Start with a UTF-8 byte order mark so Excel reads non-ASCII names right (default false). */
  bom?: boolean;
  delimiter?: string;
}

/** One cell, neutralised if asked and quoted when it holds a quote, delimiter or line break. */
export function formatCsvCell(value: CsvValue, options: CsvWriteOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && options.neutralize !== false) text = neutralizeCsvCell(text);
  const needsQuotes = text.includes('"') || text.includes(delimiter) || /[\r\n]/.test(text) || /^\s|\s$/.test(text);
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Rows to CSV text, CRLF line ends, a final line end included.
 * @example toCsv([['name', 'note'], ['Doe, J.', '-5 stars']]) // 'name,note\r\n"Doe, J.",\'-5 stars\r\n'
 */
export function toCsv(rows: readonly (readonly CsvValue[])[], options: CsvWriteOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  const body = rows.map((row) => row.map((cell) => formatCsvCell(cell, options)).join(delimiter)).join('\r\n');
  return `${options.bom ? '\ufeff' : ''}${body}${rows.length ? '\r\n' : ''}`;
}

/** A CSV row and the 1-based line of the file it starts on (quoted cells may span lines). */
export interface CsvRow {
  line: number;
  cells: string[];
}

/** A CSV that cannot be read: a SellerGuardError with code `csv-parse` and the `line`. */
const csvError = (line: number, problem: 'problem.csv.afterQuote' | 'problem.csv.unclosed') =>
  new SellerGuardError('csv-parse', t('problem.csv.line', { line: String(line), problem: t(problem) }), { line });

export interface CsvReadOptions {
  delimiter?: string;
  /** Apply `restoreCsvCell` to every cell (for files Seller Guard wrote). Default false. */
  restore?: boolean;
}

/**
 * Parse CSV text (RFC 4180; LF, CRLF or CR line ends; a leading BOM is ignored). Blank
 * lines are skipped. Throws a `csv-parse` SellerGuardError naming the line of a quote that never closes
 * or of text after a closing quote.
 * @example parseCsv('a,b\n"x\ny",2') // [{ line: 1, cells: ['a', 'b'] }, { line: 2, cells: ['x\ny', '2'] }]
 */
export function parseCsv(text: string, options: CsvReadOptions = {}): CsvRow[] {
  const delimiter = options.delimiter ?? ',';
  const src = text.startsWith('\ufeff') ? text.slice(1) : text;
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let quotedAt = 0; // line where the open quote started; 0 = not in quotes
  let afterQuote = false;
  const endCell = () => {
    cells.push(options.restore ? restoreCsvCell(cell) : cell);
    cell = '';
    afterQuote = false;
  };
  const endRow = () => {
    endCell();
    if (cells.length > 1 || cells[0] !== '') rows.push({ line: rowLine, cells });
    cells = [];
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quotedAt) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i++;
        } else {
          quotedAt = 0;
          afterQuote = true;
        }
      } else {
        if (ch === '\n' || (ch === '\r' && src[i + 1] !== '\n')) line++;
        cell += ch;
      }
    } else if (ch === delimiter) endCell();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else if (afterQuote) throw csvError(line, 'problem.csv.afterQuote');
    else if (ch === '"' && cell === '') quotedAt = line;
    else cell += ch;
  }
  if (quotedAt) throw csvError(quotedAt, 'problem.csv.unclosed');
  if (cell !== '' || cells.length || afterQuote) endRow();
  return rows;
}

/**
 * Join a list into one cell with `;`, escaping `\` and `;` inside items with a backslash.
 * Spreadsheets in `;`-separator locales (de, fr, it, es, nl, pl) split such a cell at every
 * `;`, escaped or not, so every piece after one is neutralised like a cell of its own; the
 * cell's start is neutralised by `formatCsvCell`, like any cell.
 * @example joinCsvList(['a;b', 'c']) // 'a\\;b;c'
 * @example joinCsvList(['SKU1', '=HYPERLINK("http://x")']) // `SKU1;'=HYPERLINK("http://x")`
 */
export function joinCsvList(items: readonly string[], separator = ';'): string {
  return items
    .map((item, k) => item.replaceAll('\\', '\\\\').split(separator)
      .map((piece, j) => (k === 0 && j === 0 ? piece : neutralizeCsvCell(piece)))
      .join(`\\${separator}`))
    .join(separator);
}

/**
 * Split a `joinCsvList` cell back into trimmed, non-empty items, undoing the neutralisation of
 * every piece after a `;` (the cell's own start is `restoreCsvCell`'s, in `parseCsv`).
 */
export function splitCsvList(cell: string, separator = ';'): string[] {
  const items: string[] = [];
  let item = '';
  let pieceStart = false;
  for (let i = 0; i < cell.length; i++) {
    if (pieceStart) {
      pieceStart = false;
      if (isNeutralMark(cell, i, separator)) continue;
    }
    const ch = cell[i]!;
    if (ch === '\\' && i + 1 < cell.length) {
      item += cell[++i];
      pieceStart = cell[i] === separator;
    } else if (ch === separator) {
      items.push(item);
      item = '';
      pieceStart = true;
    } else item += ch;
  }
  items.push(item);
  return items.map((s) => s.trim()).filter(Boolean);
}

/** True when `i` holds the `'` that `joinCsvList` put before a piece of a list cell. */
function isNeutralMark(cell: string, i: number, separator: string): boolean {
  if (cell[i] !== "'") return false;
  const end = cell.indexOf(separator, i);
  const piece = cell.slice(i, end < 0 ? cell.length : end);
  return restoreCsvCell(piece) !== piece;
}
