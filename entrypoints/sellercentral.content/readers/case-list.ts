import { cleanText } from './page-context';
import { CASE_STATUS_WORDS, SELECTORS } from './page-vocabulary';

/** What a case's status means for the response clock; null when the words are unknown. */
export type CaseStatus = keyof typeof CASE_STATUS_WORDS | null;

/** One row of the messaging inbox's case list, as shown. */
export interface CaseListRow {
  /** The row element (a link opening the case). */
  element: Element;
  caseId: string | null;
  /** The row's time as displayed (its latest message), e.g. "Dec 9, 2025 10:12 AM". */
  time: string | null;
  status: CaseStatus;
}

const firstIn = (root: Element, selectors: readonly string[]) =>
  selectors.map((selector) => root.querySelector(selector)).find(Boolean) ?? null;

/** The case id a row opens (`cc=` in its link). */
function caseIdOf(row: Element): string | null {
  const link = row.closest(SELECTORS.anyLink) ?? row.querySelector(SELECTORS.anyLink);
  const href = link?.getAttribute('href');
  if (!href || !URL.canParse(href, 'https://sellercentral.amazon.com')) return null;
  return new URL(href, 'https://sellercentral.amazon.com').searchParams.get('cc') || null;
}

/** The meaning of a status text: whole-word matches of the known statuses, in any language. */
export function caseStatusOf(text: string | null): CaseStatus {
  const shown = text?.trim().toLowerCase();
  if (!shown) return null;
  for (const [status, words] of Object.entries(CASE_STATUS_WORDS) as [keyof typeof CASE_STATUS_WORDS, readonly string[]][]) {
    if (words.some((word) => word.toLowerCase() === shown)) return status;
  }
  return null;
}

/**
 * The rows of the case list (inbox and open thread alike): the case each opens, its time as
 * shown and its status. Rows show their latest message's time only; the response clock
 * completes that with what the agent has seen of the thread.
 */
export function readCaseListRows(root: ParentNode): CaseListRow[] {
  const selector = SELECTORS.caseListRow.find((candidate) => root.querySelector(candidate));
  if (!selector) return [];
  return [...root.querySelectorAll(selector)].map((element) => ({
    element,
    caseId: caseIdOf(element),
    time: cleanText(firstIn(element, SELECTORS.caseListDate)?.textContent),
    status: caseStatusOf(firstIn(element, SELECTORS.caseListStatus)?.textContent ?? null),
  }));
}
