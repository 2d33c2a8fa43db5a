import { getSettings, watchSettings } from '../../../storage/settings';
import { getTemplatesOnlyLevel, type TemplatesOnlyLevel } from '../../../storage/templates/templates-only-setting';
import { callBackground } from '../../../utils/call-background';
import { logError } from '../../../utils/errors';
import { attachToReplyBoxes } from '../draft-guard/watch-reply-boxes';
import type { Feature } from '../page/page-session';
import { matchPage, onWatchlistChanged, pageKeysOf } from '../watchlist/client';
import { attachTemplates, type BoxTemplates } from './box-templates';
import { isTemplatesOnly } from './listed-buyer';
import { pageValues } from './reply-context';
import { holdSends } from './send-hold';
import { askTemplatesOnlyReason } from './templates-only-flow';
import './templates.css';

/**
 * Approved reply templates in the reply box: a Templates control before every reply box,
 * a picker of the fitting templates filled from the page, Send held while a placeholder is
 * unfilled or (for a listed buyer) while the draft is not an unedited template, and a
 * `template-use` audit entry when a reply from a template is sent. Seller Guard never sends.
 */
export const replyTemplates: Feature = {
  name: 'reply-templates',
  runsOn: ['contact-buyer', 'message-thread', 'messaging-inbox'],
  async start(session) {
    const boxes = new Map<HTMLElement, BoxTemplates>();
    let agentName = (await getSettings()).agentName;
    let level: TemplatesOnlyLevel = await getTemplatesOnlyLevel();
    let listed = false;
    if (session.signal.aborted) return;
    const rerender = () => boxes.forEach((state) => state.rerender());
    session.signal.addEventListener('abort', watchSettings((next) => (agentName = next.agentName)));

    const rematch = async () => {
      const info = session.current();
      level = await getTemplatesOnlyLevel();
      const result = info && level !== 'off' ? await matchPage(pageKeysOf(info)) : null;
      listed = result?.ok ? isTemplatesOnly(result.value, level) : false;
      rerender();
    };
    const run = () => void rematch().catch((error: unknown) => logError('templates listed buyer', error));
    session.onPageInfo(run);
    onWatchlistChanged(session.signal, run);

    const services = {
      loadTemplates: () => callBackground('listPickerTemplates', {}),
      values: () => pageValues(session, agentName),
      templatesOnly: () => listed,
    };
    holdSends(session.signal, {
      boxes: () => [...boxes.values()],
      templatesOnly: () => listed,
      onTemplatesOnly: (state, text, resend) => void askTemplatesOnlyReason(session, state, text, resend),
      onSent: (state, text) => {
        if (!state.inserted) return;
        const { templateId, version } = state.inserted;
        void callBackground('recordTemplateUse', {
          url: location.href,
          orderId: session.current()?.orderId ?? null,
          templateId,
          version,
          edited: text !== state.inserted.text,
          text,
        }).then((result) => !result.ok && logError('template-use', result.error.message));
      },
    });
    attachToReplyBoxes(document, session.signal, boxes, (box) => attachTemplates(box, session, services));
  },
};
