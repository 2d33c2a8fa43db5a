import { analyzeDraft, type DraftFinding, type DraftOptions } from '../draft/draft-engine';
import { placeholderErrors, type PlaceholderError } from './placeholders';

/** What saving a template body needs: nothing, the author's confirmation, or a fix first. */
export type TemplateVerdict = 'ok' | 'confirm' | 'blocked';

export interface TemplateCheck {
  verdict: TemplateVerdict;
  /** The draft guard's findings on the body, offsets into the body. */
  findings: DraftFinding[];
  /** Unknown or misspelt placeholders (each one blocks saving). */
  placeholders: PlaceholderError[];
}

/**
 * Check a template body on save with the same engine as the reply box: a `block` finding or
 * an unknown placeholder means it cannot be saved, a `warn` finding needs the author's
 * confirmation. Linear in the body (both passes are).
 * @example checkTemplate('Write to me at a@b.de').verdict // 'blocked'
 */
export function checkTemplate(body: string, options: DraftOptions = {}): TemplateCheck {
  const findings = analyzeDraft(body, options);
  const placeholders = placeholderErrors(body);
  const blocked = placeholders.length > 0 || findings.some((finding) => finding.severity === 'block');
  const warned = findings.some((finding) => finding.severity === 'warn');
  return { verdict: blocked ? 'blocked' : warned ? 'confirm' : 'ok', findings, placeholders };
}
