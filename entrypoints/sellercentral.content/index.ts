import { defineContentScript } from 'wxt/utils/define-content-script';
import { SELLER_CENTRAL_MATCHES } from '../../rules/page/hosts';
import { followLanguage } from '../../utils/i18n/follow-language';
import { onMessage } from '../../utils/messaging';
import { answerCaptureRequests } from './capture/answers';
import { FEATURES } from './page/features';
import { activeSession, startFeatures } from './page/registry';
import '../../components/theme.css';
import './style.css';

export default defineContentScript({
  matches: SELLER_CENTRAL_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    const stopAnswering = onMessage('getPageInfo', () => activeSession()?.current() ?? null);
    ctx.onInvalidated(stopAnswering);
    answerCaptureRequests(ctx);
    // Start in the agent's language (one storage read), then follow the setting live.
    void followLanguage(ctx.signal).finally(() => startFeatures(ctx, FEATURES));
  },
});
