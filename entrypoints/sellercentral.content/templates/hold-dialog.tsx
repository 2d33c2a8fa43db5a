import { t } from '../../../locales/current';
import { ReasonDialog } from '../page/reason-dialog';

interface HoldDialogProps {
  onBack(): void;
  /** Record the reason and send; resolves to an error message, or null once sent. */
  onSendAnyway(reason: string): Promise<string | null>;
}

/** Templates only: Send was stopped for a listed buyer. Go back, or send with a logged reason. */
export function TemplatesOnlyDialog({ onBack, onSendAnyway }: HoldDialogProps) {
  return (
    <ReasonDialog
      idPrefix="sg-templates-hold"
      title={t('templates.hold.title')}
      description={t('templates.hold.listed')}
      backLabel={t('templates.hold.back')}
      reasonLabel={t('templates.hold.reason')}
      sendLabel={t('templates.hold.sendAnyway')}
      onBack={onBack}
      onSendAnyway={onSendAnyway}
    />
  );
}
