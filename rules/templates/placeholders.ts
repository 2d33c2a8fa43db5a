/** The placeholders a template body may use, filled from the page (and the agent's name). */
export const PLACEHOLDERS = [
  'buyerName',
  'orderId',
  'asin',
  'productTitle',
  'carrier',
  'trackingId',
  'shipDate',
  'deliveryDate',
  'agentName',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type PlaceholderValues = Partial<Record<Placeholder, string | null>>;

/** One `{…}` in a body. `start`/`end` are UTF-16 offsets of the braces (end exclusive). */
export interface PlaceholderToken {
  name: string;
  start: number;
  end: number;
  known: boolean;
}

/** An unknown or misspelt placeholder, with the known one it most likely meant. */
export interface PlaceholderError {
  name: string;
  start: number;
  end: number;
  suggestion: Placeholder | null;
}

/** Longest text between braces read as a placeholder; longer brace pairs are plain text. */
const MAX_NAME = 40;
const KNOWN = new Set<string>(PLACEHOLDERS);

/**
 * Every `{name}` in `body`: one left-to-right pass, each brace pair at most `MAX_NAME` long,
 * so the work is linear in the body. A `{` without a close within reach is plain text.
 * @example findPlaceholders('Hi {buyerName}') // [{ name: 'buyerName', start: 3, end: 14, known: true }]
 */
export function findPlaceholders(body: string): PlaceholderToken[] {
  const tokens: PlaceholderToken[] = [];
  let from = 0;
  for (;;) {
    const open = body.indexOf('{', from);
    if (open < 0) break;
    let close = -1;
    const limit = Math.min(body.length, open + MAX_NAME + 2);
    for (let i = open + 1; i < limit; i++) {
      const c = body[i];
      if (c === '}') {
        close = i;
        break;
      }
      if (c === '{' || c === '\n') break;
    }
    if (close < 0) {
      from = open + 1;
      continue;
    }
    const name = body.slice(open + 1, close).trim();
    if (name) tokens.push({ name, start: open, end: close + 1, known: KNOWN.has(name) });
    from = close + 1;
  }
  return tokens;
}

/**
 * Every placeholder in `body` that is not one of `PLACEHOLDERS`, with a suggestion: the
 * known name equal ignoring case, spaces and underscores, else the nearest within three edits.
 */
export function placeholderErrors(body: string): PlaceholderError[] {
  return findPlaceholders(body)
    .filter((token) => !token.known)
    .map((token) => ({ name: token.name, start: token.start, end: token.end, suggestion: suggestPlaceholder(token.name) }));
}

export function suggestPlaceholder(name: string): Placeholder | null {
  const folded = fold(name);
  const exact = PLACEHOLDERS.find((known) => fold(known) === folded);
  if (exact) return exact;
  let best: Placeholder | null = null;
  let bestDistance = 4;
  for (const known of PLACEHOLDERS) {
    const distance = editDistance(folded, fold(known));
    if (distance < bestDistance) {
      best = known;
      bestDistance = distance;
    }
  }
  return best;
}

function fold(name: string): string {
  return name.toLowerCase().replace(/[\s_-]/g, '');
}

/** Levenshtein distance of two short strings (both at most `MAX_NAME` long). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length]!;
}

/** A filled template: its text, and the placeholders left in it because the page had no value. */
export interface FilledTemplate {
  text: string;
  unfilled: PlaceholderToken[];
}

/**
 * The body with every known placeholder replaced by its value. A placeholder without a value
 * (no tracking yet) stays in the text as `{trackingId}`, listed in `unfilled` at its offset in
 * the filled text; unknown ones are left as written.
 * @example fillTemplate('Hi {buyerName}', { buyerName: 'Anna' }).text // 'Hi Anna'
 */
export function fillTemplate(body: string, values: PlaceholderValues): FilledTemplate {
  const parts: string[] = [];
  const unfilled: PlaceholderToken[] = [];
  let at = 0;
  let length = 0;
  const push = (text: string) => {
    parts.push(text);
    length += text.length;
  };
  for (const token of findPlaceholders(body)) {
    push(body.slice(at, token.start));
    const value = token.known ? values[token.name as Placeholder]?.trim() : null;
    if (value) push(value);
    else {
      if (token.known) unfilled.push({ ...token, start: length, end: length + token.end - token.start });
      push(body.slice(token.start, token.end));
    }
    at = token.end;
  }
  push(body.slice(at));
  return { text: parts.join(''), unfilled };
}

/** The known placeholders still in a draft (an unfilled one holds Send). */
export function unfilledPlaceholders(text: string): PlaceholderToken[] {
  return findPlaceholders(text).filter((token) => token.known);
}
