import { t } from '../../../locales/current';
import { ReasonDialog } from '../page/reason-dialog';
import { DraftFindingList, type DraftFindingView } from './finding-list';

interface DraftOverrideDialogProps {
  findings: readonly DraftFindingView[];
  /** Close and return to the draft. */
  onBack(): void;
  /** Record the override and send; resolves to an error message, or null once sent. */
  onSendAnyway(reason: string): Promise<string | null>;
}

/**
 * Shown when Send was stopped: the findings that stopped it, "Go back and edit", and "Send
 * anyway" once a reason is typed.
 */
export function DraftOverrideDialog({ findings, onBack, onSendAnyway }: DraftOverrideDialogProps) {
  const blocking = findings.filter((finding) => finding.severity === 'block');
  const others = findings.length - blocking.length;
  return (
    <ReasonDialog
      idPrefix="sg-override"
      title={t('draft.dialog.title')}
      description={t('draft.dialog.description')}
      backLabel={t('draft.dialog.back')}
      reasonLabel={t('draft.dialog.reason')}
      sendLabel={t('draft.dialog.sendAnyway')}
      busyLabel={t('draft.dialog.recording')}
      onBack={onBack}
      onSendAnyway={onSendAnyway}
    >
      <DraftFindingList findings={blocking} />
      {others > 0 ? <p class="sg-dialog-note">{t.plural('draft.dialog.warnings', others)}</p> : null}
    </ReasonDialog>
  );
}
