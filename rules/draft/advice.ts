import { draftFindings } from '../../locales/en/draft-findings';
import type { DraftCategory } from './types';

/** Every category, in the order a findings panel should group them (most serious first). */
export const DRAFT_CATEGORIES: readonly DraftCategory[] = [
  'sensitive-data', 'review-manipulation', 'off-platform', 'email', 'phone', 'messaging-handle', 'link',
  'marketing', 'formatting',
];

function english(prefix: 'draft.category' | 'draft.advice'): Record<DraftCategory, string> {
  return Object.fromEntries(DRAFT_CATEGORIES.map((c) => [c, draftFindings[`${prefix}.${c}`]])) as Record<DraftCategory, string>;
}

/**
 * Short English names of the categories. The interface shows `draft.category.<category>`
 * from the catalogue in the agent's language; these serve English-only consumers (logs, tests).
 */
export const DRAFT_CATEGORY_LABELS: Record<DraftCategory, string> = english('draft.category');

/** What to write instead, per category, in English (`draft.advice.<category>` in the catalogues). */
export const DRAFT_ADVICE: Record<DraftCategory, string> = english('draft.advice');
