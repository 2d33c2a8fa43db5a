import type { ComponentChild } from 'preact';
import { callBackground } from '../../../utils/call-background';
import type { DraftOverride } from '../../../utils/protocol';
import { mountUi } from './mount-ui';
import type { PageSession } from './page-session';

export interface SendAnywayAsk {
  /** The dialog's in-page UI name: one dialog of each name at a time (a second stopped Send while it is open is just stopped). */
  name: string;
  /** The reply box "Go back" returns the cursor to. */
  field: HTMLElement;
  /** What the audit entry records besides the page, the order and the reason. */
  override: Pick<DraftOverride, 'ruleIds' | 'categories' | 'draft'>;
  /** The sentence the dialog shows when the background did not store the override. */
  refused(error: string): string;
  /** The override is stored: remember the draft was sent anyway (Send is replayed next). */
  recorded(): void;
  /** Replay the stopped Send. */
  resend(): void;
  /** The dialog, given its "Go back" and "Send anyway" actions. */
  dialog(onBack: () => void, onSendAnyway: (reason: string) => Promise<string | null>): ComponentChild;
}

const open = new Set<string>();

/**
 * Send was stopped: show the dialog. "Go back" closes it and puts the cursor back in the reply
 * box; "Send anyway" records the override (with the agent's reason) in the audit log through
 * the background, and only once that is stored replays the send.
 */
export async function askSendAnyway(session: PageSession, ask: SendAnywayAsk): Promise<void> {
  if (open.has(ask.name)) return;
  open.add(ask.name);
  let close = () => undefined as void;
  const back = () => {
    close();
    ask.field.focus();
  };
  const sendAnyway = async (reason: string): Promise<string | null> => {
    // The order as the page shows it when the agent confirms (page-session.ts: readNow).
    const orderId = (await session.readNow())?.orderId ?? null;
    const result = await callBackground('recordDraftOverride', { url: location.href, orderId, ...ask.override, reason });
    if (!result.ok) return ask.refused(result.error.message);
    ask.recorded();
    close();
    ask.resend();
    return null;
  };
  try {
    const { ui } = await mountUi(session, { name: ask.name }, ask.dialog(back, sendAnyway));
    close = () => {
      open.delete(ask.name);
      ui.remove();
    };
    session.signal.addEventListener('abort', close);
    if (session.signal.aborted) close();
  } catch (error) {
    open.delete(ask.name);
    throw error;
  }
}
