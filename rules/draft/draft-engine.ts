/**
 * Seller Guard's pure rules. The draft guard's engine: `analyzeDraft` and its types, plus the
 * per-category labels and advice the findings panel shows.
 */
export type { DraftCategory, DraftFinding, DraftMessageParams, DraftOptions, DraftSeverity } from './types';
export { analyzeDraft } from './analyze';
export { DRAFT_ADVICE, DRAFT_CATEGORIES, DRAFT_CATEGORY_LABELS } from './advice';
export { DEFAULT_DRAFT_MAX_LENGTH } from './scan';
export { isAmazonHost } from './amazon-hosts';

import type { DraftFinding } from './types';

/** True when a guarded Send must stop: at least one finding is `block`. */
export function hasBlockingFinding(findings: readonly DraftFinding[]): boolean {
  return findings.some((f) => f.severity === 'block');
}
