import { DRAFT_CATEGORY_LABELS, type DraftCategory, type DraftSeverity } from '../../../rules/draft/draft-engine';

/** One finding as the agent reads it. All strings are shown as text, never as HTML. */
export interface DraftFindingView {
  /** Stable key: rule id and span. */
  key: string;
  ruleId: string;
  category: DraftCategory;
  severity: DraftSeverity;
  /** The words of the draft that were flagged (shortened when long). */
  excerpt: string;
  /** What was found and why it is risky. */
  message: string;
  /** What to write instead. */
  advice: string;
}

const DRAFT_SEVERITY_LABEL: Record<DraftSeverity, string> = {
  block: 'Not allowed',
  warn: 'Risky',
  info: 'Note',
};

/** The findings of a draft: category, the flagged words, why, and what to write instead. */
export function DraftFindingList({ findings }: { findings: readonly DraftFindingView[] }) {
  return (
    <ul class="sg-draft-findings">
      {findings.map((finding) => (
        <li key={finding.key} class="sg-draft-finding" data-severity={finding.severity} data-rule-id={finding.ruleId}>
          <p class="sg-draft-finding-head">
            <span class="sg-draft-severity">{DRAFT_SEVERITY_LABEL[finding.severity]}</span>{' '}
            <strong>{DRAFT_CATEGORY_LABELS[finding.category]}</strong>
            {finding.excerpt ? (
              <>
                {': '}
                <q class="sg-draft-excerpt" dir="auto">
                  {finding.excerpt}
                </q>
              </>
            ) : null}
          </p>
          <p class="sg-draft-why">{finding.message}</p>
          {finding.advice ? <p class="sg-draft-advice">Instead: {finding.advice}</p> : null}
        </li>
      ))}
    </ul>
  );
}
