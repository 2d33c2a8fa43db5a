/**
 * Read "Label: value" pairs from visible lines, whatever the markup: the value on the same line
 * after the label ("Purchase date: Thu, Dec 4, 2025", "Contact Buyer:<tab>Jordan Ellis") or on the
 * next line when the label stands alone ("Buyer name" / "Jordan Ellis").
 */

const COLON = /^\s*[:：]\s*/;

function normalize(text: string): string {
  return text.toLowerCase().replace(/[\s:：]+$/, '').trim();
}

/** The first value shown after any of `labels` in `lines`, or null. */
export function valueAfterLabel(lines: readonly string[], labels: readonly string[]): string | null {
  const wanted = labels.map(normalize);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const lower = line.toLowerCase();
    for (const label of wanted) {
      if (normalize(line) === label) {
        const next = lines[index + 1]?.split('\t')[0]?.trim();
        if (next) return next;
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
  const wanted = normalize(line);
  return words.some((word) => normalize(word) === wanted);
}
