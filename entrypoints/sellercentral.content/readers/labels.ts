/**
 * Read "Label: value" pairs from visible lines, whatever the markup: the value on the same line
 * after the label ("Purchase date: Thu, Dec 4, 2025", "Contact Buyer:<tab>Jordan Ellis") or on the
 * next line when the label stands alone ("Buyer name" / "Jordan Ellis"), unless that next line
 * is itself a label (the value is not shown): missing is better than a label read as a value.
 */
import { LABELS } from './page-vocabulary';

const COLON = /^\s*[:：]\s*/;

/**
 * A label or caption as the vocabularies write it: compatibility forms folded (full-width
 * letters and colons as plain ones), lower case, typographic apostrophes as `'`, runs of white
 * space as one space, no trailing colon ("Date d’achat :" → "date d'achat", "ＳＥＮＤ" → "send").
 */
export function normalizeLabel(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[’ʼ`´]/g, "'").replace(/\s+/g, ' ').replace(/[\s:：]+$/, '').trim();
}

const KNOWN_LABELS = new Set(Object.values(LABELS).flat().map(normalizeLabel));

/** True when `line` looks like a label rather than a value: it ends with a colon or is a known label. */
export function looksLikeLabel(line: string): boolean {
  return /[:：]\s*$/.test(line) || KNOWN_LABELS.has(normalizeLabel(line));
}

/** The first value shown after any of `labels` in `lines`, or null. */
export function valueAfterLabel(lines: readonly string[], labels: readonly string[]): string | null {
  const wanted = labels.map(normalizeLabel);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const lower = line.toLowerCase().replace(/[’ʼ`´]/g, "'");
    for (const label of wanted) {
      if (normalizeLabel(line) === label) {
        const next = lines[index + 1]?.split('\t')[0]?.trim();
        if (next && !looksLikeLabel(next)) return next;
        continue;
      }
      if (!lower.startsWith(label)) continue;
      const rest = line.slice(label.length);
      if (!COLON.test(rest)) continue;
      const value = rest.replace(COLON, '').split('\t').find((cell) => cell.trim())?.trim();
      if (value) return value;
    }
  }
  return null;
}

/** True when `line`, without a trailing colon, is one of `words` (case-insensitive). */
export function lineIsOneOf(line: string, words: readonly string[]): boolean {
  const wanted = normalizeLabel(line);
  return words.some((word) => normalizeLabel(word) === wanted);
}

/** One row of a table drawn as lines: its cell under a heading that is one of `labels`, or null. */
type CellByHeading = (labels: readonly string[]) => string | null;

/**
 * The rows of every table in `lines` whose heading row ("Ship date<tab>Carrier<tab>Tracking ID")
 * names one of `labels`: the following lines with as many cells. A row with an empty cell has
 * fewer cells and ends the table, so a value is never read from the wrong column.
 */
export function rowsUnderHeading(lines: readonly string[], labels: readonly string[]): CellByHeading[] {
  const wanted = labels.map(normalizeLabel);
  const rows: CellByHeading[] = [];
  for (let index = 0; index < lines.length; index++) {
    const headings = lines[index]!.split('\t').map(normalizeLabel);
    if (headings.length < 2 || !headings.some((heading) => wanted.includes(heading))) continue;
    for (let next = index + 1; next < lines.length; next++) {
      const cells = lines[next]!.split('\t').map((cell) => cell.trim());
      if (cells.length !== headings.length || cells.some((cell) => looksLikeLabel(cell))) break;
      rows.push((names) => {
        const column = headings.findIndex((heading) => names.some((name) => normalizeLabel(name) === heading));
        return column >= 0 ? cells[column] || null : null;
      });
      index = next;
    }
  }
  return rows;
}
