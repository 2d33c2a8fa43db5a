import { t } from '../../../locales/current';
import { TEAM_LEAD_ERROR_KINDS, type TeamLeadErrorKind } from '../../../utils/team-lead-protocol';

/** The sentence for a failed leads' screen request (`kind` or `kind: detail` from the background). */
export function leadErrorText(error: { message: string }): string {
  const colon = error.message.indexOf(': ');
  const kind = (colon < 0 ? error.message : error.message.slice(0, colon)) as TeamLeadErrorKind;
  if (!TEAM_LEAD_ERROR_KINDS.includes(kind)) return t('teamLead.error.bad-request', { detail: error.message });
  return kind === 'bad-request' ? t('teamLead.error.bad-request', { detail: error.message.slice(colon + 2) }) : t(`teamLead.error.${kind}`);
}
