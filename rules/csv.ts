/**
 * CSV writing and reading (RFC 4180) for every Seller Guard export: the watchlist, the
 * archive. Cells written for a spreadsheet are neutralised against formula injection: a
 * buyer can put `=HYPERLINK(…)` in a name or message, and Excel or Sheets would run it.
 */

export type CsvValue = string | number | boolean | null | undefined;

/** First characters that make a spreadsheet read a cell as a formula (OWASP list). */
const FORMULA_START_RE = /^[=+\-@\t\r]/;

/**
 * Make a text cell inert in spreadsheets: a cell starting with `= + - @`, tab or carriage
 * return gets a leading `'` (the spreadsheet's "this is text" mark, which it hides). A cell
 * already starting with `'` gets one more, so `restoreCsvCell` can undo this exactly.
 * @example neutralizeCsvCell('=HYPERLINK("http://x")') // `'=HYPERLINK("http://x")`
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

export class CsvParseError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`Line ${line}: ${message}`);
    this.name = 'CsvParseError';
  }
}

export interface CsvReadOptions {
  delimiter?: string;
  /** Apply `restoreCsvCell` to every cell (for files Seller Guard wrote). Default false. */
  restore?: boolean;
}

/**
 * Parse CSV text (RFC 4180; LF, CRLF or CR line ends; a leading BOM is ignored). Blank
 * lines are skipped. Throws `CsvParseError` naming the line of a quote that never closes
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
    } else if (afterQuote) throw new CsvParseError(line, 'unexpected text after a closing quote');
    else if (ch === '"' && cell === '') quotedAt = line;
    else cell += ch;
  }
  if (quotedAt) throw new CsvParseError(quotedAt, 'a quoted cell is never closed');
  if (cell !== '' || cells.length || afterQuote) endRow();
  return rows;
}

/**
 * Join a list into one cell with `;`, escaping `\` and `;` inside items with a backslash.
 * @example joinCsvList(['a;b', 'c']) // 'a\\;b;c'
 */
export function joinCsvList(items: readonly string[], separator = ';'): string {
  return items.map((item) => item.replaceAll('\\', '\\\\').replaceAll(separator, `\\${separator}`)).join(separator);
}

/** Split a `joinCsvList` cell back into trimmed, non-empty items. */
export function splitCsvList(cell: string, separator = ';'): string[] {
  const items: string[] = [];
  let item = '';
  for (let i = 0; i < cell.length; i++) {
    const ch = cell[i]!;
    if (ch === '\\' && i + 1 < cell.length) item += cell[++i];
    else if (ch === separator) {
      items.push(item);
      item = '';
    } else item += ch;
  }
  items.push(item);
  return items.map((s) => s.trim()).filter(Boolean);
}
