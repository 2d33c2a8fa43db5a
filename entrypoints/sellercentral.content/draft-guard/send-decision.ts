import { hasBlockingFinding, type DraftFinding } from '../../../rules/draft/draft-engine';

export interface DraftCheck {
  text: string;
  findings: readonly DraftFinding[];
}

/**
 * Whether Send must be stopped for this draft: only when it has a `block` finding and the
 * agent has not already sent exactly this text anyway (with a recorded reason) — the
 * "Review message" confirmation after an override must not ask twice. Drafts with only
 * `warn`/`info` findings, or none, are never intercepted.
 * @example decideSend({ text: 'mail me at a@b.co', findings: [emailBlock] }, null) // 'stop'
 */
export function decideSend(draft: DraftCheck, overriddenText: string | null): 'stop' | 'pass' {
  if (!hasBlockingFinding(draft.findings)) return 'pass';
  return overriddenText !== null && overriddenText === draft.text ? 'pass' : 'stop';
}
