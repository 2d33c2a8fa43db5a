import { analyzeDraft } from '../../../rules/draft/draft-engine';
import type { Feature } from '../page/page-session';
import { whenIdle } from '../page/when-idle';
import { followDraftLists } from './draft-lists';
import { trackDraft, type DraftAnalysis, type DraftTracker } from './draft-tracker';
import { reviewStoppedSend } from './override-flow';
import { guardSend } from './send-guard';
import { attachToReplyBoxes } from './watch-reply-boxes';
import './draft-guard.css';

/**
 * The draft guard: every reply box on a messaging page is checked as the agent types
 * (underlines over the field, a panel of findings after it), and a Send whose draft has a
 * `block` finding is stopped until the agent edits it or sends anyway with a logged reason.
 * The agent's allowed domains and blocked terms (options page), with the team policy's
 * added when joined, apply live.
 */
export const draftGuard: Feature = {
  name: 'draft-guard',
  runsOn: ['contact-buyer', 'message-thread', 'messaging-inbox'],
  async start(session) {
    const trackers = new Map<HTMLElement, DraftTracker>();
    const lists = await followDraftLists(session.signal, () => {
      for (const tracker of trackers.values()) tracker.refresh();
    });
    if (session.signal.aborted) return;

    const analysis = (): DraftAnalysis => ({
      analyze: (text, maxLength) => analyzeDraft(text, { ...lists(), maxLength }),
    });

    warmUp(analysis);
    guardSend(window, session.signal, {
      trackers: () => [...trackers.values()],
      onStopped: (tracker, check, resend) => void reviewStoppedSend(session, tracker, check, resend),
    });
    attachToReplyBoxes(document, session.signal, trackers, (box) => trackDraft(box, session, analysis));
  },
};

let warmedUp = false;
/** Words from every category, so the first analysis of a real draft finds everything compiled. */
const WARM_UP_DRAFT =
  'Hi, write to name@example.com or call +1 206 555 0100, WhatsApp me, see https://example.com, ' +
  'send your card number, 5 stars for a $10 gift card, use code SAVE10 😀. Order 112-4837261-5938217.';

/**
 * The engine's first run compiles its patterns and loads phone metadata (tens of ms). Pay
 * that once per tab while the page is idle after load, not on the agent's first keystroke.
 */
function warmUp(analysis: () => DraftAnalysis): void {
  if (warmedUp) return;
  warmedUp = true;
  void whenIdle(3000, 500).then(() => analysis().analyze(WARM_UP_DRAFT, 4000));
}
