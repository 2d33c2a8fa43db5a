import { defineBackground } from 'wxt/utils/define-background';
import './every-language';
import { registerDraftOverride } from './draft-guard/record-override';
import { registerCapture } from './capture/register-capture';
import { registerTeam } from './team/register-team';
import { registerTeamPush } from './team/register-team-push';
import { registerTeamLead } from './team/register-team-lead';
import { registerRetentionAlarm } from './retention/retention-alarm';
import { registerWatchlist } from './watchlist/register-watchlist';
import { followLanguage } from '../../utils/i18n/follow-language';
import { registerWelcome } from './welcome/register-welcome';
import { registerTemplates } from './templates/register-templates';
import { registerResponseClock } from './response-clock/register-clock';
import { registerLinkOpenAnyway } from './buyer-messages/record-link-open';

export default defineBackground({
  type: 'module',
  main() {
    // Notifications, the context menu and the toolbar title follow the agent's language.
    void followLanguage();
    registerCapture();
    registerDraftOverride();
    registerWatchlist();
    registerRetentionAlarm();
    registerWelcome();
    registerTeam();
    registerTeamPush();
    registerTeamLead();
    registerTemplates();
    registerResponseClock();
    registerLinkOpenAnyway();
  },
});
