import type { DraftSeverity } from '../../../rules/draft/draft-engine';

export interface BodyMark {
  start: number;
  end: number;
  severity: DraftSeverity;
}

/**
 * The template text with each finding underlined, as in the reply box. Rendered as text
 * nodes only (never HTML); overlapping marks are merged into the first.
 */
export function MarkedBody({ text, marks }: { text: string; marks: readonly BodyMark[] }) {
  const parts = [];
  let at = 0;
  for (const mark of [...marks].sort((a, b) => a.start - b.start)) {
    if (mark.start < at) continue;
    if (mark.start > at) parts.push(text.slice(at, mark.start));
    parts.push(
      <mark key={mark.start} class="template-mark" data-severity={mark.severity}>
        {text.slice(mark.start, mark.end)}
      </mark>,
    );
    at = mark.end;
  }
  parts.push(text.slice(at));
  return (
    <pre class="template-marked" dir="auto">
      {parts}
    </pre>
  );
}
