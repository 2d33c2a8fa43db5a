import { DraftFindingList, type DraftFindingView } from './finding-list';

interface DraftPanelProps {
  findings: readonly DraftFindingView[];
  /** Characters in the draft, and the compose box's limit. */
  length: number;
  limit: number;
}

/**
 * The compact panel under a reply box: what is wrong with the draft and a character
 * counter. An alert when Send will be stopped (a `block` finding), a status otherwise.
 */
export function DraftPanel({ findings, length, limit }: DraftPanelProps) {
  const blocking = findings.filter((finding) => finding.severity === 'block').length;
  const over = length > limit;
  const summary =
    blocking > 0
      ? `Send will be stopped: ${count(blocking, 'problem')} against Amazon's messaging rules.`
      : findings.length > 0
        ? `${count(findings.length, 'thing')} to check before sending.`
        : 'No problems found.';
  return (
    <section
      class="sg-draft-panel"
      role={blocking > 0 ? 'alert' : 'status'}
      aria-label="Seller Guard reply check"
      data-blocking={blocking > 0 ? 'true' : 'false'}
    >
      <p class="sg-draft-summary">
        <span class="sg-draft-brand">Seller Guard</span> {summary}
      </p>
      {findings.length > 0 ? <DraftFindingList findings={findings} /> : null}
      <p class="sg-draft-counter" data-over={over ? 'true' : 'false'}>
        {length.toLocaleString('en-US')} / {limit.toLocaleString('en-US')} characters
        {over ? ` (${(length - limit).toLocaleString('en-US')} over the limit)` : ''}
      </p>
    </section>
  );
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
