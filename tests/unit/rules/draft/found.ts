import { analyzeDraft, type DraftCategory, type DraftOptions } from '../../../../rules/draft/draft-engine';

/** `[ruleId, flagged text]` of every finding of `category` in `text`, in order. */
export function found(text: string, category: DraftCategory, options?: DraftOptions): Array<[string, string]> {
  return analyzeDraft(text, options)
    .filter((f) => f.category === category)
    .map((f) => [f.ruleId, text.slice(f.start, f.end)]);
}

/** The flagged text of every `warn`/`block` finding in `text`, whatever its category. */
export function raised(text: string, options?: DraftOptions): string[] {
  return analyzeDraft(text, options)
    .filter((f) => f.severity !== 'info')
    .map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`);
}
