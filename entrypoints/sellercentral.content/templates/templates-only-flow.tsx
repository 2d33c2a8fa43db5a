import { t } from '../../../locales/current';
import { askSendAnyway } from '../page/send-anyway';
import type { PageSession } from '../page/page-session';
import type { BoxTemplates } from './box-templates';
import { TemplatesOnlyDialog } from './hold-dialog';

/**
 * Templates only, Send stopped: "Go back and edit" returns to the box; "Send anyway" records
 * the reason as a `draft-override` audit entry (rule `templates.only-listed-buyer`, like the
 * draft guard's "Send anyway") and only once that is stored replays the Send.
 */
export async function askTemplatesOnlyReason(session: PageSession, state: BoxTemplates, text: string, resend: () => void): Promise<void> {
  await askSendAnyway(session, {
    name: 'seller-guard-templates-dialog',
    field: state.box.field,
    override: { ruleIds: ['templates.only-listed-buyer'], categories: ['templates'], draft: text },
    refused: (error) => t('templates.hold.refused', { error }),
    recorded: () => {
      state.overriddenText = text;
    },
    resend,
    dialog: (onBack, onSendAnyway) => <TemplatesOnlyDialog onBack={onBack} onSendAnyway={onSendAnyway} />,
  });
}
