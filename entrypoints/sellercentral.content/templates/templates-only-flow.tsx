import { t } from '../../../locales/current';
import { callBackground } from '../../../utils/call-background';
import { mountUi } from '../page/mount-ui';
import type { PageSession } from '../page/page-session';
import type { BoxTemplates } from './box-templates';
import { TemplatesOnlyDialog } from './hold-dialog';

let open = false;

/**
 * Templates only, Send stopped: "Go back and edit" returns to the box; "Send anyway" records
 * the reason as a `draft-override` audit entry (rule `templates.only-listed-buyer`, like the
 * draft guard's "Send anyway") and only once that is stored replays the Send.
 */
export async function askTemplatesOnlyReason(session: PageSession, state: BoxTemplates, text: string, resend: () => void): Promise<void> {
  if (open) return;
  open = true;
  let close = () => undefined as void;
  const back = () => {
    close();
    state.box.field.focus();
  };
  const sendAnyway = async (reason: string): Promise<string | null> => {
    const result = await callBackground('recordDraftOverride', {
      url: location.href,
      orderId: session.current()?.orderId ?? null,
      ruleIds: ['templates.only-listed-buyer'],
      categories: ['templates'],
      reason,
      draft: text,
    });
    if (!result.ok) return t('templates.hold.refused', { error: result.error.message });
    state.overriddenText = text;
    close();
    resend();
    return null;
  };
  try {
    const { ui } = await mountUi(session, { name: 'seller-guard-templates-dialog' }, <TemplatesOnlyDialog onBack={back} onSendAnyway={sendAnyway} />);
    close = () => {
      open = false;
      ui.remove();
    };
    session.signal.addEventListener('abort', close);
  } catch (error) {
    open = false;
    throw error;
  }
}
