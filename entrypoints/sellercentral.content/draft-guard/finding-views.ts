import type { DraftFinding } from '../../../rules/draft/draft-engine';
import type { DraftFindingView } from './finding-list';

const SEVERITY_ORDER = { block: 0, warn: 1, info: 2 } as const;
const EXCERPT_MAX = 80;

/**
 * Findings as the panel and the dialog list them: most severe first, then in draft order,
 * each with the flagged words (shortened when long). The list translates message and advice.
 */
export function toFindingViews(text: string, findings: readonly DraftFinding[]): DraftFindingView[] {
  return [...findings]
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.start - b.start)
    .map((finding) => ({
      key: `${finding.ruleId}:${finding.start}:${finding.end}`,
      ruleId: finding.ruleId,
      category: finding.category,
      severity: finding.severity,
      excerpt: excerpt(text.slice(finding.start, finding.end)),
      messageKey: finding.messageKey,
      params: finding.params,
    }));
}

function excerpt(words: string): string {
  const flat = words.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_MAX ? `${flat.slice(0, EXCERPT_MAX - 1)}…` : flat;
}
