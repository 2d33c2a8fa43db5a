import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { emptySchema } from '../../utils/protocol';
import { registerDraftOverride } from './draft-override';
import { registerCapture } from './capture';
import { handle } from './handle';
import { registerRetentionAlarm } from './retention-alarm';
import { registerWatchlist } from './watchlist';

export default defineBackground({
  type: 'module',
  main() {
    handle('ping', emptySchema, async () => ({ version: browser.runtime.getManifest().version }));
    registerCapture();
    registerDraftOverride();
    registerWatchlist();
    registerRetentionAlarm();
    // Screenshots must survive browser storage pressure: ask for persistent storage once.
    void navigator.storage?.persist?.().catch(() => undefined);
  },
});
