import { t } from '../locales/current';

/**
 * "Your name is not set" with one button to fix it (it opens the welcome page). Shown by the
 * popup and the in-page capture panel until the agent has a name for the audit trail.
 */
export function NameMissing({ onFix }: { onFix(): void }) {
  return (
    <p class="sg-name-missing">
      {t('nameMissing.text')}{' '}
      <button type="button" class="sg-name-missing-fix" onClick={onFix}>
        {t('nameMissing.fix')}
      </button>
    </p>
  );
}
