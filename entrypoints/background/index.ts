import { defineBackground } from 'wxt/utils/define-background';
import { registerDraftOverride } from './draft-override';
import { registerCapture } from './capture';
import { registerRetentionAlarm } from './retention-alarm';
import { registerWatchlist } from './watchlist';

export default defineBackground({
  type: 'module',
  main() {
    registerCapture();
    registerDraftOverride();
    registerWatchlist();
    registerRetentionAlarm();
  },
});
