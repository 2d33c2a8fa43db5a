/**
 * The host of an `http://` or `https://` link written in plain letters of a few scripts, in the
 * ASCII form `new URL(url).hostname` gives (`пример.рф` → `xn--e1afmkfd.xn--p1ai`), without a
 * URL parse: a hostile draft can hold hundreds of distinct internationalised hosts, and the
 * parse is the costliest step of judging each.
 *
 * Only hosts whose answer is certain are converted: lower-case ASCII letters, digits and hyphens,
 * lower-case Cyrillic, the core CJK ideographs, hiragana, katakana and Hangul syllables. The
 * IDNA mapping (UTS #46) keeps each of these as it is, none is a mark, a joiner or written right
 * to left, and none can make the host a number, so the URL parser's answer is each label as
 * written, with the non-ASCII ones Punycode-encoded (RFC 3492, by Mathias Bynens' `punycode`,
 * the encoder Node's own `url` module used). Anything else is left to `URL`.
 */
import { encode } from 'punycode/';

/** Where the host ends in a special-scheme URL. */
function endsHost(c: number): boolean {
  return c === 0x2f || c === 0x5c || c === 0x3f || c === 0x23;
}

function isAsciiHostChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d;
}

/** Code points UTS #46 keeps unchanged and valid, in scripts written left to right. */
function isPlainLetter(c: number): boolean {
  return (c >= 0x430 && c <= 0x44f) || c === 0x451 // а–я, ё
    || (c >= 0x4e00 && c <= 0x9fa5) // CJK unified ideographs (Unicode 1.1)
    || (c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fa) // hiragana, katakana
    || (c >= 0xac00 && c <= 0xd7a3); // Hangul syllables
}

/**
 * `new URL(url).hostname` for a link to a host of plain letters (see above), or undefined when
 * the URL parser must answer (other characters, a port, user info, an empty label, a label that
 * is or may be Punycode, a hyphen where a strict parser refuses it, a name too long for DNS, an
 * ASCII top-level label that may be a number). Parsers that check hyphens and lengths and those
 * that do not agree on every host converted here.
 * @example asciiHostOf('http://пример.рф/путь') // 'xn--e1afmkfd.xn--p1ai'
 */
export function asciiHostOf(url: string): string | undefined {
  const from = url.startsWith('http://') ? 7 : url.startsWith('https://') ? 8 : -1;
  if (from < 0) return undefined;
  let host = '';
  let plain = false;
  let label = from;
  let labelPlain = false;
  for (let i = from; ; i++) {
    const c = i < url.length ? url.charCodeAt(i) : 0x2f;
    if (c === 0x2e || endsHost(c)) {
      // A label ends: it must hold something, and no hyphen where a strict parser refuses one.
      if (i === label || url.charCodeAt(label) === 0x2d || url.charCodeAt(i - 1) === 0x2d) return undefined;
      if (i - label >= 4 && url.charCodeAt(label + 2) === 0x2d && url.charCodeAt(label + 3) === 0x2d) return undefined;
      // Encoded, a label keeps a character per code point after its `xn--`: a longer one is over 63.
      if (labelPlain && i - label > 59) return undefined;
      const written = url.slice(label, i);
      const ascii = labelPlain ? `xn--${encode(written)}` : written;
      if (ascii.length > 63) return undefined;
      host += ascii;
      if (c !== 0x2e) break;
      host += '.';
      label = i + 1;
      labelPlain = false;
    } else if (isPlainLetter(c)) {
      plain = labelPlain = true;
    } else if (!isAsciiHostChar(c)) {
      return undefined;
    }
  }
  // An ASCII top-level label must start with a letter: `1`, `0x1` or `123` would make it an IPv4 address.
  const top = url.charCodeAt(label);
  const topIsNumberLike = !labelPlain && !(top >= 0x61 && top <= 0x7a);
  return plain && label > from && !topIsNumberLike && host.length <= 253 ? host : undefined;
}
