import { defineContentScript } from 'wxt/utils/define-content-script';
import { SELLER_CENTRAL_MATCHES } from '../../rules/page/hosts';
import { onMessage } from '../../utils/protocol';
import { answerCaptureRequests } from './capture/answers';
import { FEATURES } from './page/features';
import { activeSession, startFeatures } from './page/registry';
import './style.css';

export default defineContentScript({
  matches: SELLER_CENTRAL_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    const stopAnswering = onMessage('getPageInfo', () => activeSession()?.current() ?? null);
    ctx.onInvalidated(stopAnswering);
    answerCaptureRequests(ctx);
    startFeatures(ctx, FEATURES);
  },
});
