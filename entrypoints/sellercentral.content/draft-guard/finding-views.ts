import type { DraftCategory, DraftFinding } from '../../../rules/draft/draft-engine';
import type { DraftFindingView } from './finding-list';

const SEVERITY_ORDER = { block: 0, warn: 1, info: 2 } as const;
const EXCERPT_MAX = 80;

/**
 * Findings as the panel and the dialog list them: most severe first, then in draft order,
 * each with the flagged words (shortened when long) and the advice for its category.
 */
export function toFindingViews(
  text: string,
  findings: readonly DraftFinding[],
  advice: Partial<Record<DraftCategory, string>>,
): DraftFindingView[] {
  return [...findings]
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.start - b.start)
    .map((finding) => ({
      key: `${finding.ruleId}:${finding.start}:${finding.end}`,
      ruleId: finding.ruleId,
      category: finding.category,
      severity: finding.severity,
      excerpt: excerpt(text.slice(finding.start, finding.end)),
      message: finding.message,
      advice: advice[finding.category] ?? '',
    }));
}

function excerpt(words: string): string {
  const flat = words.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_MAX ? `${flat.slice(0, EXCERPT_MAX - 1)}…` : flat;
}
