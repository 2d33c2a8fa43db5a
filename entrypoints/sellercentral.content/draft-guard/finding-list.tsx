import { t } from '../../../locales/current';
import type { DraftMessageKey } from '../../../locales/en/draft-findings';
import type { DraftCategory, DraftMessageParams, DraftSeverity } from '../../../rules/draft/draft-engine';

/** One finding as the agent reads it. All strings are shown as text, never as HTML. */
export interface DraftFindingView {
  /** Stable key: rule id and span. */
  key: string;
  ruleId: string;
  category: DraftCategory;
  severity: DraftSeverity;
  /** The words of the draft that were flagged (shortened when long). */
  excerpt: string;
  /** What was found and why it is risky, as a catalogue key and its parameters. */
  messageKey: DraftMessageKey;
  params: DraftMessageParams;
}

/** The findings of a draft: category, the flagged words, why, and what to write instead. */
export function DraftFindingList({ findings }: { findings: readonly DraftFindingView[] }) {
  return (
    <ul class="sg-draft-findings">
      {findings.map((finding) => (
        <li key={finding.key} class="sg-draft-finding" data-severity={finding.severity} data-rule-id={finding.ruleId}>
          <p class="sg-draft-finding-head">
            <span class="sg-draft-severity">{t(`draft.severity.${finding.severity}`)}</span>{' '}
            <strong>{t(`draft.category.${finding.category}`)}</strong>
            {finding.excerpt ? (
              <>
                {': '}
                <q class="sg-draft-excerpt" dir="auto">
                  {finding.excerpt}
                </q>
              </>
            ) : null}
          </p>
          <p class="sg-draft-why">{t.dynamic(finding.messageKey, finding.params)}</p>
          <p class="sg-draft-advice">{t('draft.panel.instead', { advice: t(`draft.advice.${finding.category}`) })}</p>
        </li>
      ))}
    </ul>
  );
}
