import { defineBackground } from 'wxt/utils/define-background';
import { registerDraftOverride } from './draft-guard/record-override';
import { registerCapture } from './capture/register-capture';
import { registerRetentionAlarm } from './retention/retention-alarm';
import { registerWatchlist } from './watchlist/register-watchlist';
import { registerWelcome } from './welcome/register-welcome';

export default defineBackground({
  type: 'module',
  main() {
    registerCapture();
    registerDraftOverride();
    registerWatchlist();
    registerRetentionAlarm();
    registerWelcome();
  },
});
