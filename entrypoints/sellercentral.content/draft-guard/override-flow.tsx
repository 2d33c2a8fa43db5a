import { t } from '../../../locales/current';
import { DraftOverrideDialog } from './override-dialog';
import { sendMessage } from '../../../utils/protocol';
import { mountUi } from '../page/mount-ui';
import type { PageSession } from '../page/page-session';
import type { DraftTracker } from './draft-tracker';
import type { DraftCheck } from './send-decision';

let open = false;

/**
 * The stopped-Send dialog for one draft. "Go back and edit" closes it and puts the cursor
 * back in the reply box; "Send anyway" records the override (with the agent's reason) in
 * the audit log through the background, and only once that is stored replays the send.
 * One dialog at a time: a second stopped Send while it is open is just stopped.
 */
export async function reviewStoppedSend(
  session: PageSession,
  tracker: DraftTracker,
  check: DraftCheck,
  resend: () => void,
): Promise<void> {
  if (open) return;
  open = true;
  let close = () => undefined as void;
  const back = () => {
    close();
    tracker.box.field.focus();
  };
  const sendAnyway = async (reason: string): Promise<string | null> => {
    const info = session.current();
    const findings = check.findings.filter((finding) => finding.severity === 'block');
    let result;
    try {
      result = await sendMessage('recordDraftOverride', {
        url: location.href,
        orderId: info?.orderId ?? null,
        ruleIds: [...new Set(findings.map((finding) => finding.ruleId))],
        categories: [...new Set(findings.map((finding) => finding.category))],
        reason,
        draft: check.text,
      });
    } catch (error) {
      return t('draft.dialog.recordFailed', { error: String(error) });
    }
    if (!result.ok) return t('draft.dialog.recordRefused', { error: result.error.message });
    tracker.overriddenText = check.text;
    close();
    resend();
    return null;
  };

  const view = <DraftOverrideDialog findings={tracker.views(check)} onBack={back} onSendAnyway={sendAnyway} />;
  try {
    const { ui } = await mountUi(session, { name: 'seller-guard-draft-dialog' }, view);
    close = () => {
      open = false;
      ui.remove();
    };
    session.signal.addEventListener('abort', close);
    if (session.signal.aborted) close();
  } catch (error) {
    open = false;
    throw error;
  }
}
