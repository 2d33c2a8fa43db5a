import { WatchlistAddForm, type AddSaveResult } from './add-form';
import type { AddPrefill } from './add-form-fields';
import type { WatchlistAddInput } from '../../../storage/watchlist/watchlist-schema';
import { callBackground } from '../../../utils/call-background';
import type { WatchlistAddOutcome } from '../../../utils/watchlist-protocol';
import type { Feature } from '../page/page-session';
import { announceWatchlistChanged } from './client';
import { followMayAdd } from './add-access';
import { ADD_HOST } from '../page/placement';
import { aboveContentSlot } from '../page/ui-slot';
import './watchlist.css';
import { t } from '../../../locales/current';

/** What the agent is told after saving. */
export function addedMessage({ outcome, label }: WatchlistAddOutcome): string {
  switch (outcome) {
    case 'added':
      return t('watchlist.added', { label });
    case 'merged':
      return t('watchlist.merged', { label });
    case 'reactivated':
      return t('watchlist.reactivated', { label });
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
 * asks the background, then the banner appears at once. Not offered to a team auditor (the
 * background says so, and refuses a save from one anyway).
 */
export const watchlistAdd: Feature = {
  name: 'watchlist-add',
  runsOn: ['order-details', 'message-thread'],
  start(session) {
    const slot = aboveContentSlot(session, ADD_HOST);
    let prefill: AddPrefill | null = null;
    // null until the background said whether this install may add (a team auditor may not).
    let mayAdd: boolean | null = null;
    const render = () => {
      if (mayAdd === false) slot.hide();
      else if (mayAdd && prefill) void slot.show(<WatchlistAddForm prefill={prefill} onSave={saveToWatchlist} />);
    };
    session.onPageInfo((info) => {
      prefill = { buyerName: info.buyerName, proxyEmail: info.buyerProxyEmail, orderIds: info.orderIds };
      render();
    });
    followMayAdd(session.signal, (allowed) => {
      mayAdd = allowed;
      render();
    });
  },
};
