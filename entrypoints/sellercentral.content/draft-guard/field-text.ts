import type { ReplyBox } from './reply-boxes';

/** The draft in a reply box, and where any span of it is on screen. */
export interface FieldText {
  text: string;
  /** A DOM range over `[start, end)` of `text` in the field itself (contenteditable only). */
  rangeOf(start: number, end: number): Range | null;
}

interface Piece {
  node: Text;
  /** Offset of the node's first character in the draft. */
  start: number;
}

const BLOCKS = new Set(['div', 'p', 'li', 'ul', 'ol', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table']);

/**
 * The text of a contenteditable field as the agent sees it (line breaks for `<br>` and
 * between blocks), with a map from draft offsets back to the text nodes, so findings can be
 * located with a Range. Reading only: the field's DOM is never touched.
 */
export function readEditable(root: HTMLElement): FieldText {
  const pieces: Piece[] = [];
  let text = '';
  const newline = () => {
    if (text.length > 0 && !text.endsWith('\n')) text += '\n';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child instanceof Text) {
        pieces.push({ node: child, start: text.length });
        text += child.data;
      } else if (child instanceof Element) {
        const tag = child.localName;
        if (tag === 'br') {
          text += '\n';
          continue;
        }
        if (tag === 'script' || tag === 'style') continue;
        const block = BLOCKS.has(tag);
        if (block) newline();
        walk(child);
        if (block) newline();
      }
    }
  };
  walk(root);

  const locate = (offset: number): [Text, number] | null => {
    let found: Piece | undefined;
    for (const piece of pieces) {
      if (piece.start > offset) break;
      found = piece;
    }
    found ??= pieces[0];
    if (!found) return null;
    return [found.node, Math.max(0, Math.min(offset - found.start, found.node.length))];
  };

  return {
    text,
    rangeOf(start, end) {
      const from = locate(start);
      const to = locate(end);
      if (!from || !to) return null;
      const range = root.ownerDocument.createRange();
      range.setStart(from[0], from[1]);
      range.setEnd(to[0], to[1]);
      return range;
    },
  };
}

/** The draft currently in `box` (the textarea's value, or the contenteditable's text). */
export function readField(box: ReplyBox): FieldText {
  if (box.kind === 'contenteditable') return readEditable(box.field);
  return { text: (box.field as HTMLTextAreaElement).value, rangeOf: () => null };
}

/** The field's own length limit (`maxlength` on it or its Katal host), else `fallback`. */
export function lengthLimitOf(box: ReplyBox, fallback: number): number {
  for (const element of [box.field, box.host]) {
    const value = Number.parseInt(element.getAttribute('maxlength') ?? '', 10);
    if (Number.isFinite(value) && value > 0) return value;
  }
  return fallback;
}
