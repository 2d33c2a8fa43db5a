import { labelsOf } from './control-labels';
import { controlCaption, isSendLabel } from './send-labels';
import { SELECTORS } from '../readers/page-vocabulary';

/** Labels of a reply form's own submit button that mean "send it" without saying "Send". */
const GENERIC_SUBMIT = new Set(['submit', 'post', 'ok']);

/**
 * Whether submitting the form that holds a reply box sends the reply. A submit button that
 * says something else ("Save draft", "Search", "Go" in a search box, an "Attach" icon) does
 * not, and is left alone. A script's `requestSubmit()`, a submit button with no name, "Send"
 * and plain "Submit" do: when unsure, the draft is checked.
 */
export function submissionSends(submitter: HTMLElement | null): boolean {
  if (!submitter) return true;
  if (submitter.closest(SELECTORS.searchRegion)) return false;
  const labels = labelsOf(submitter);
  return labels.length === 0 || labels.some((label) => isSendLabel(label) || GENERIC_SUBMIT.has(controlCaption(label)));
}
