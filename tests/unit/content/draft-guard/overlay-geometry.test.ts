import { describe, expect, it } from 'vitest';
import type { DraftFinding } from '../../../../rules/draft/draft-engine';
import {
  clientArea,
  highlightBoxes,
  intersect,
  marksFor,
  overlayZIndex,
} from '../../../../entrypoints/sellercentral.content/draft-guard/overlay-geometry';

const finding = (severity: DraftFinding['severity'], start: number, end: number): DraftFinding => ({
  ruleId: `r-${severity}-${start}`,
  category: 'link',
  severity,
  start,
  end,
  message: '',
  messageKey: 'draft.finding.link.domain',
  params: { quote: '""' },
});

describe('which spans are underlined', () => {
  it('clamps spans to the text, drops empty ones, and draws block last (on top)', () => {
    const marks = marksFor([finding('block', 2, 6), finding('warn', 0, 50), finding('info', 9, 9), finding('info', 30, 40)], 10);
    expect(marks.map((mark) => [mark.severity, mark.start, mark.end])).toEqual([
      ['warn', 0, 10],
      ['block', 2, 6],
    ]);
  });
});

describe('overlay geometry', () => {
  const field = { left: 100, top: 200, width: 300, height: 120 };

  it.each([
    ['inside', { left: 110, top: 210, width: 50, height: 18 }, { left: 110, top: 210, width: 50, height: 18 }],
    ['cut at the right edge', { left: 380, top: 210, width: 50, height: 18 }, { left: 380, top: 210, width: 20, height: 18 }],
    ['scrolled above the top', { left: 110, top: 180, width: 50, height: 18 }, null],
    ['half scrolled out at the bottom', { left: 110, top: 310, width: 50, height: 18 }, { left: 110, top: 310, width: 50, height: 10 }],
  ])('intersects a text rect %s with the field', (_name, rect, expected) => {
    expect(intersect(rect, field)).toEqual(expected);
  });

  it("turns a finding's line rects into boxes relative to the overlay, clipped to the text area", () => {
    const clip = clientArea(field, { clientLeft: 1, clientTop: 1, clientWidth: 283, clientHeight: 118 });
    expect(clip).toEqual({ left: 101, top: 201, width: 283, height: 118 });

    const boxes = highlightBoxes(
      [
        { left: 300, top: 220, width: 90, height: 18 }, // end of line 1, runs under the scrollbar
        { left: 101, top: 238, width: 40, height: 18 }, // start of line 2
        { left: 101, top: 330, width: 40, height: 18 }, // scrolled out of view
      ],
      clip,
      field,
    );

    expect(boxes).toEqual([
      { left: 200, top: 20, width: 84, height: 18 },
      { left: 1, top: 38, width: 40, height: 18 },
    ]);
  });

  it.each([
    [['auto', 'auto'], 1],
    [['auto', '10', '3'], 11],
    [['-1'], 1],
    [[], 1],
  ])('stacks the overlay above the field’s ancestors %j → %i', (values, expected) => {
    expect(overlayZIndex(values)).toBe(expected);
  });
});
