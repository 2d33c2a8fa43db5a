import { WatchlistAddForm, type AddSaveResult } from './add-form';
import type { AddPrefill } from './add-form-fields';
import type { WatchlistAddInput } from '../../../storage/watchlist/watchlist-schema';
import { callBackground } from '../../../utils/call-background';
import type { WatchlistAddOutcome } from '../../../utils/watchlist-protocol';
import type { Feature } from '../page/page-session';
import { announceWatchlistChanged } from './client';
import { ADD_HOST, placeAboveContent } from './placement';
import { uiSlot } from './slot';
import './watchlist.css';

/** What the agent is told after saving. */
export function addedMessage({ outcome, label }: WatchlistAddOutcome): string {
  switch (outcome) {
    case 'added':
      return `Added ${label} to the watchlist.`;
    case 'merged':
      return `${label} was already listed: this page's details were added to the entry.`;
    case 'reactivated':
      return `${label} had been cleared; the entry is active again with this reason.`;
  }
}

/** Save through the background and tell open pages; shared by the in-page add forms. */
export async function saveToWatchlist(input: WatchlistAddInput): Promise<AddSaveResult> {
  const result = await callBackground('addToWatchlist', input);
  if (!result.ok) return { ok: false, message: result.error.message };
  announceWatchlistChanged();
  return { ok: true, message: addedMessage(result.value) };
}

/**
 * "Add to watchlist" on order and thread pages: the form is prefilled from what the page
 * shows (buyer name, proxy email, order ids) and follows the page while untouched; saving
 * asks the background, then the banner appears at once.
 */
export const watchlistAdd: Feature = {
  name: 'watchlist-add',
  runsOn: ['order-details', 'message-thread'],
  start(session) {
    const slot = uiSlot(session, {
      name: ADD_HOST,
      anchor: () => document.body,
      append: (_anchor, host) => placeAboveContent(document, host, false),
    });
    session.onPageInfo((info) => {
      const prefill: AddPrefill = { buyerName: info.buyerName, proxyEmail: info.buyerProxyEmail, orderIds: info.orderIds };
      void slot.show(<WatchlistAddForm prefill={prefill} onSave={saveToWatchlist} />);
    });
  },
};
