import { DEFAULT_DRAFT_MAX_LENGTH, quote, report, type DraftScan } from './scan';

/**
 * `formatting`: emojis (`info`), HTML tags (`warn`: Seller Central shows them as raw text) and
 * a draft longer than `maxLength` (`warn`, the span is the part past the limit).
 */

/** One run of emoji, with skin tones, variation selectors and ZWJ sequences. */
const EMOJI_RE = /(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)(?:[\u{1F3FB}-\u{1F3FF}]|\uFE0F|\u200D|\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F?)*/gu;
const EMOJI_GATE_RE = /[\u231A-\u2B55\uD83C-\uD83E]/;
const HTML_RE = /<\/?(?:a|b|i|u|p|br|hr|div|span|img|strong|em|ul|ol|li|table|tr|td|h[1-6]|font|script|style)\b[^<>]{0,200}>/gi;

/** Report emoji runs, HTML tags and the part of the draft past `maxLength`. */
export function detectFormatting(scan: DraftScan): void {
  const { text } = scan;
  if (EMOJI_GATE_RE.test(text)) {
    EMOJI_RE.lastIndex = 0;
    for (let m = EMOJI_RE.exec(text); m; m = EMOJI_RE.exec(text)) {
      const end = m.index + m[0].length;
      report(scan, 'formatting.emoji', 'formatting', m.index, end,
        'draft.finding.formatting.emoji', { quote: quote(scan, m.index, end) }, 'info');
    }
  }
  if (text.includes('<')) {
    HTML_RE.lastIndex = 0;
    for (let m = HTML_RE.exec(text); m; m = HTML_RE.exec(text)) {
      const end = m.index + m[0].length;
      report(scan, 'formatting.html', 'formatting', m.index, end,
        'draft.finding.formatting.html', { quote: quote(scan, m.index, end) }, 'warn');
    }
  }
  const max = scan.options.maxLength ?? DEFAULT_DRAFT_MAX_LENGTH;
  if (text.length > max) {
    const over = text.length - max;
    report(scan, 'formatting.too-long', 'formatting', max, text.length,
      'draft.finding.formatting.too-long', { length: text.length, over, max }, 'warn');
  }
}
