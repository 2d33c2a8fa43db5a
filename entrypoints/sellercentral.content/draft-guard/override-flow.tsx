import { t } from '../../../locales/current';
import { DraftOverrideDialog } from './override-dialog';
import { askSendAnyway } from '../page/send-anyway';
import type { PageSession } from '../page/page-session';
import type { DraftTracker } from './draft-tracker';
import type { DraftCheck } from './send-decision';

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
  const findings = check.findings.filter((finding) => finding.severity === 'block');
  await askSendAnyway(session, {
    name: 'seller-guard-draft-dialog',
    field: tracker.box.field,
    override: {
      ruleIds: [...new Set(findings.map((finding) => finding.ruleId))],
      categories: [...new Set(findings.map((finding) => finding.category))],
      draft: check.text,
    },
    refused: (error) => t('draft.dialog.recordRefused', { error }),
    recorded: () => {
      tracker.overriddenText = check.text;
    },
    resend,
    dialog: (onBack, onSendAnyway) => <DraftOverrideDialog findings={tracker.views(check)} onBack={onBack} onSendAnyway={onSendAnyway} />,
  });
}
