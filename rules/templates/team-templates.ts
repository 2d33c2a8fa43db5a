import type { TeamPolicy } from '../team/policy-protocol';
import type { PickerTemplate } from '../../utils/templates-protocol';
import { TEMPLATE_LANGUAGES, type TemplateLanguage, type TemplateInput } from './template-schema';

/** A team template's id in the picker and the usage log: `team-` and its id in the policy. */
export const TEAM_ID_PREFIX = 'team-';
const PICKER_ID = /^[a-z0-9-]{1,59}$/;

function templateLanguage(tag: string | undefined): TemplateLanguage | null {
  const primary = tag?.toLowerCase().split('-')[0] ?? '';
  return (TEMPLATE_LANGUAGES as readonly string[]).includes(primary) ? (primary as TemplateLanguage) : null;
}

/**
 * The team policy's templates as the picker offers them, marked `team`, versioned by the
 * policy's version (the log names it). Without a reason a template counts as "other"; one
 * whose id or language the picker cannot carry is left out rather than guessed.
 */
export function teamPickerTemplates(policy: Pick<TeamPolicy, 'replyTemplates'>, policyVersion: number): PickerTemplate[] {
  if (policyVersion < 1) return [];
  return policy.replyTemplates.flatMap((template) => {
    const language = templateLanguage(template.language);
    if (!language || !PICKER_ID.test(template.id)) return [];
    const id = `${TEAM_ID_PREFIX}${template.id}`;
    return [{ id, version: policyVersion, name: template.title, reason: template.reason ?? 'other', language, body: template.body, team: true }];
  });
}

/**
 * The policy with `template` published: replaced where the policy has its id, else added at
 * the end. Everything else in the policy is kept as it is.
 */
export function withPublishedTemplate(policy: TeamPolicy, template: TemplateInput & { id: string }): TeamPolicy {
  const published = { id: template.id, title: template.name, body: template.body, language: template.language, reason: template.reason };
  const at = policy.replyTemplates.findIndex((existing) => existing.id === template.id);
  const replyTemplates = at < 0 ? [...policy.replyTemplates, published] : policy.replyTemplates.map((existing, index) => (index === at ? published : existing));
  return { ...policy, replyTemplates };
}
