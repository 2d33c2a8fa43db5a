/**
 * Seller Guard's pure rules. The draft guard's engine: `analyzeDraft` and its types, plus the
 * per-category labels and advice the findings panel shows.
 */
export type { DraftCategory, DraftFinding, DraftMessageParams, DraftOptions, DraftSeverity } from './draft/types';
export { analyzeDraft } from './draft/analyze';
export { DRAFT_ADVICE, DRAFT_CATEGORIES, DRAFT_CATEGORY_LABELS } from './draft/advice';
export { DEFAULT_DRAFT_MAX_LENGTH } from './draft/scan';
export { isAmazonHost } from './draft/amazon-hosts';

import type { DraftFinding } from './draft/types';

/** True when a guarded Send must stop: at least one finding is `block`. */
export function hasBlockingFinding(findings: readonly DraftFinding[]): boolean {
  return findings.some((f) => f.severity === 'block');
}
