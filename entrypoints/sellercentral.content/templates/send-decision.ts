import { unfilledPlaceholders } from '../../../rules/templates/placeholders';

export type TemplateSendDecision = 'pass' | 'unfilled' | 'templates-only';

interface SendState {
  text: string;
  /** The text as the template put it in the box, or null when no template was inserted. */
  insertedText: string | null;
  templatesOnly: boolean;
  /** A draft already sent anyway with a recorded reason. */
  overriddenText: string | null;
}

/**
 * Whether a Send may go: never while a placeholder is still in the draft; for a buyer
 * listed at the templates-only level, only an unedited template (or the exact draft the agent
 * already gave a reason for).
 * @example decideTemplateSend({ text: 'Hi {buyerName}', insertedText: null, templatesOnly: false, overriddenText: null }) // 'unfilled'
 */
export function decideTemplateSend(state: SendState): TemplateSendDecision {
  if (unfilledPlaceholders(state.text).length > 0) return 'unfilled';
  if (!state.templatesOnly) return 'pass';
  if (state.insertedText !== null && state.text === state.insertedText) return 'pass';
  return state.overriddenText === state.text ? 'pass' : 'templates-only';
}
