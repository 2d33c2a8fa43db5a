import type { DraftFinding } from '../../../rules/draft/draft-engine';

/** A rectangle in viewport pixels (a DOMRect, or plain numbers in tests). */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The computed-style properties a mirror must copy from a textarea so its text wraps and
 * scrolls exactly like the field's (font, spacing, padding, borders, wrapping, direction).
 */
export const MIRRORED_STYLE_PROPERTIES = [
  'box-sizing',
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant', 'font-stretch',
  'font-feature-settings', 'font-kerning', 'line-height', 'letter-spacing', 'word-spacing',
  'text-transform', 'text-indent', 'text-align', 'text-rendering', 'direction', 'unicode-bidi',
  'white-space', 'overflow-wrap', 'word-break', 'tab-size', 'hyphens',
] as const;

const SEVERITY_ORDER = { info: 0, warn: 1, block: 2 } as const;

/**
 * The findings to underline: spans clamped to the text, empty ones dropped, least severe
 * first so a `block` underline is drawn on top of a `warn` one over the same words.
 * @example marksFor([{ start: 4, end: 99, severity: 'warn', … }], 10) // [{ start: 4, end: 10, … }]
 */
export function marksFor(findings: readonly DraftFinding[], textLength: number): DraftFinding[] {
  return findings
    .map((finding) => ({
      ...finding,
      start: Math.max(0, Math.min(finding.start, textLength)),
      end: Math.max(0, Math.min(finding.end, textLength)),
    }))
    .filter((finding) => finding.end > finding.start)
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.start - b.start);
}

/** The part of `box` inside `clip`, or null when they do not overlap. */
export function intersect(box: Box, clip: Box): Box | null {
  const left = Math.max(box.left, clip.left);
  const top = Math.max(box.top, clip.top);
  const right = Math.min(box.left + box.width, clip.left + clip.width);
  const bottom = Math.min(box.top + box.height, clip.top + clip.height);
  return right > left && bottom > top ? { left, top, width: right - left, height: bottom - top } : null;
}

/**
 * Highlight boxes for one finding: the client rects of its text (one per line it spans),
 * cut to the field's visible text area (`clip`, scrolled-away lines disappear) and made
 * relative to the overlay's own origin.
 */
export function highlightBoxes(rects: Iterable<Box>, clip: Box, origin: { left: number; top: number }): Box[] {
  const boxes: Box[] = [];
  for (const rect of rects) {
    const visible = intersect(rect, clip);
    if (!visible) continue;
    boxes.push({ ...visible, left: visible.left - origin.left, top: visible.top - origin.top });
  }
  return boxes;
}

/**
 * The visible text area of a field (inside its borders, without scrollbars) in viewport
 * pixels, from its border box and `clientLeft/Top/Width/Height`.
 */
export function clientArea(
  rect: Box,
  client: { clientLeft: number; clientTop: number; clientWidth: number; clientHeight: number },
): Box {
  return {
    left: rect.left + client.clientLeft,
    top: rect.top + client.clientTop,
    width: client.clientWidth,
    height: client.clientHeight,
  };
}

/**
 * A z-index that draws the overlay above the field: one more than the highest z-index among
 * the field's positioned ancestors (`auto` counts as 0), so it sits over the field but
 * under the page's own dialogs, which are stacked above everything the field is in.
 * @example overlayZIndex(['auto', '10', '3']) // 11
 */
export function overlayZIndex(ancestorZIndexes: readonly string[]): number {
  const values = ancestorZIndexes.map((value) => Number.parseInt(value, 10)).filter(Number.isFinite);
  return Math.max(0, ...values) + 1;
}
