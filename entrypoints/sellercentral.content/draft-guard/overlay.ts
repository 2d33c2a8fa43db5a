import type { DraftFinding } from '../../../rules/draft/draft-engine';
import type { FieldText } from './field-text';
import { clientArea, highlightBoxes, marksFor, MIRRORED_STYLE_PROPERTIES, overlayZIndex, type Box } from './overlay-geometry';
import type { ReplyBox } from './reply-boxes';

export interface DraftOverlay {
  /** Underline `findings` in `draft` (the field's current text). */
  draw(findings: readonly DraftFinding[], draft: FieldText): void;
}

/**
 * Underlines drawn over a reply box, in `container` (inside our own shadow root). The field
 * is only read, never changed: for a textarea, an invisible mirror with the same font,
 * padding, width and scroll position lays out the same text, and the client rects of each
 * finding's span in the mirror give the boxes; a contenteditable field's own text is
 * measured with a Range. Boxes follow the field's scrolling and resizing and the page's.
 */
export function createOverlay(box: ReplyBox, container: HTMLElement, signal: AbortSignal): DraftOverlay {
  const doc = container.ownerDocument;
  const layer = doc.createElement('div');
  layer.className = 'sg-draft-overlay';
  layer.setAttribute('aria-hidden', 'true');
  const mirror = doc.createElement('div');
  mirror.className = 'sg-draft-mirror';
  const mirrorText = doc.createTextNode('');
  // A textarea shows a line after a trailing newline; a div does not without something on it.
  mirror.append(mirrorText, doc.createTextNode('\u200b'));
  const marks = doc.createElement('div');
  layer.append(mirror, marks);
  container.append(layer);

  let findings: DraftFinding[] = [];
  let draft: FieldText = { text: '', rangeOf: () => null };
  let frame = 0;
  let drawn = '';

  const layout = () => {
    frame = 0;
    const field = box.field;
    const rect = field.getBoundingClientRect();
    if (!field.isConnected || findings.length === 0 || rect.width === 0 || rect.height === 0) {
      layer.hidden = true;
      marks.replaceChildren();
      drawn = '';
      return;
    }
    layer.hidden = false;
    place(layer, rect);
    layer.style.zIndex = String(overlayZIndex(ancestorZIndexes(field)));
    const clip = clientArea(rect, field);
    const rangeOf = box.kind === 'textarea' ? syncMirror(field as HTMLTextAreaElement, rect) : draft.rangeOf;
    const parts: Array<[DraftFinding, Box]> = [];
    for (const finding of findings) {
      const range = rangeOf(finding.start, finding.end);
      if (!range) continue;
      for (const part of highlightBoxes(range.getClientRects(), clip, rect)) parts.push([finding, part]);
    }
    // Scrolling the page moves the layer, not the marks: redraw only what really changed.
    const key = JSON.stringify(parts.map(([finding, part]) => [finding.ruleId, finding.severity, part]));
    if (key === drawn) return;
    drawn = key;
    marks.replaceChildren(...parts.map(([finding, part]) => markElement(doc, finding, part)));
  };

  const syncMirror = (field: HTMLTextAreaElement, rect: DOMRect) => {
    const style = getComputedStyle(field);
    for (const name of MIRRORED_STYLE_PROPERTIES) mirror.style.setProperty(name, style.getPropertyValue(name));
    mirror.style.boxSizing = 'border-box';
    mirror.style.width = `${rect.width}px`;
    mirror.style.height = `${rect.height}px`;
    // Leave room for the field's scrollbar, so lines wrap where the field wraps them.
    const borders = field.clientLeft + (Number.parseFloat(style.borderRightWidth) || 0);
    const scrollbar = Math.max(0, rect.width - field.clientWidth - borders);
    const side = style.direction === 'rtl' ? 'padding-left' : 'padding-right';
    mirror.style.setProperty(side, `${(Number.parseFloat(style.getPropertyValue(side)) || 0) + scrollbar}px`);
    if (mirrorText.data !== draft.text) mirrorText.data = draft.text;
    mirror.scrollTop = field.scrollTop;
    mirror.scrollLeft = field.scrollLeft;
    return (start: number, end: number) => {
      const range = doc.createRange();
      range.setStart(mirrorText, Math.min(start, mirrorText.length));
      range.setEnd(mirrorText, Math.min(end, mirrorText.length));
      return range;
    };
  };

  const schedule = () => {
    if (!frame && !signal.aborted) frame = requestAnimationFrame(layout);
  };
  const resize = new ResizeObserver(schedule);
  resize.observe(box.field);
  box.field.addEventListener('scroll', schedule, { passive: true, signal });
  window.addEventListener('scroll', schedule, { capture: true, passive: true, signal });
  window.addEventListener('resize', schedule, { passive: true, signal });
  signal.addEventListener('abort', () => {
    cancelAnimationFrame(frame);
    resize.disconnect();
    layer.remove();
  });

  return {
    draw(next, text) {
      findings = marksFor(next, text.text.length);
      draft = text;
      schedule();
    },
  };
}

function place(element: HTMLElement, rect: Box): void {
  element.style.left = `${rect.left}px`;
  element.style.top = `${rect.top}px`;
  element.style.width = `${rect.width}px`;
  element.style.height = `${rect.height}px`;
}

function markElement(doc: Document, finding: DraftFinding, part: Box): HTMLElement {
  const mark = doc.createElement('div');
  mark.className = 'sg-draft-mark';
  mark.dataset.severity = finding.severity;
  mark.dataset.ruleId = finding.ruleId;
  mark.dataset.category = finding.category;
  place(mark, part);
  return mark;
}

/** z-index of every positioned ancestor of `element`, across shadow boundaries. */
function ancestorZIndexes(element: Element): string[] {
  const values: string[] = [];
  for (let current: Element | null = element; current; ) {
    const style = getComputedStyle(current);
    if (style.position !== 'static') values.push(style.zIndex);
    const parent: Element | null = current.parentElement;
    current = parent ?? ((current.getRootNode() as ShadowRoot).host ?? null);
  }
  return values;
}
