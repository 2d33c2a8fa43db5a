import { defineBackground } from 'wxt/utils/define-background';
import { registerDraftOverride } from './draft-guard/record-override';
import { registerCapture } from './capture/register-capture';
import { registerTeam } from './team/register-team';
import { registerRetentionAlarm } from './retention/retention-alarm';
import { registerWatchlist } from './watchlist/register-watchlist';

export default defineBackground({
  type: 'module',
  main() {
    registerCapture();
    registerDraftOverride();
    registerWatchlist();
    registerRetentionAlarm();
    registerTeam();
  },
});
