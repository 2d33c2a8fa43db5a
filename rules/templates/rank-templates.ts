import type { ContactReason, TemplateLanguage } from './template-schema';

interface RankedTemplate {
  id: string;
  name: string;
  reason: ContactReason;
  language: TemplateLanguage;
  body: string;
}

export interface ReplyContext {
  /** The contact reason selected (`thread-reply` in a thread), or null when none is chosen yet. */
  reason: ContactReason | null;
  /** Languages to list first: the buyer's language of preference, then the marketplace's. */
  languages: readonly TemplateLanguage[];
}

/**
 * The templates that fit a reply: in a thread those written for a thread reply, on the
 * contact page those for the selected reason (every contact-page template until one is
 * selected). Sorted by the context's languages (preferred first), then by name.
 */
export function fittingTemplates<T extends RankedTemplate>(templates: readonly T[], context: ReplyContext): T[] {
  const fits = (template: T) =>
    context.reason === null ? template.reason !== 'thread-reply' : template.reason === context.reason;
  const rank = (template: T) => {
    const index = context.languages.indexOf(template.language);
    return index < 0 ? context.languages.length : index;
  };
  return templates.filter(fits).sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

/**
 * A prepared search over templates: fold each name and body once, then filter per keystroke.
 * A query that extends the previous one (the agent typed on) searches only the previous matches.
 */
export function templateFilter<T extends RankedTemplate>(templates: readonly T[]): (query: string) => T[] {
  const all = templates.map((template, index) => ({ template, index }));
  const folded = templates.map((template) => `${fold(template.name)}\n${fold(template.body)}`);
  let last = { query: '', matches: all };
  return (query) => {
    const folding = fold(query);
    const words = folding.split(/\s+/).filter(Boolean);
    const from = last.query && folding.startsWith(last.query) ? last.matches : all;
    const matches = words.length === 0 ? all : from.filter(({ index }) => words.every((word) => folded[index]!.includes(word)));
    last = { query: folding, matches };
    return matches.map(({ template }) => template);
  };
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
