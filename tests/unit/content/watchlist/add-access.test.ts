import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerWatchlist } from '../../../../entrypoints/background/watchlist/register-watchlist';
import { followMayAdd } from '../../../../entrypoints/sellercentral.content/watchlist/add-access';
import { removeAllListeners } from '../../../../utils/messaging';
import { joinAs } from '../../storage/team/team-test-state';
import { freshDatabase } from '../../storage/watchlist/watchlist-helpers';

// The content script asks the real background handler (both on the fake browser).
beforeEach(async () => {
  removeAllListeners();
  await freshDatabase();
  registerWatchlist();
});

describe('the in-page add form follows the role', () => {
  it('is offered alone, withdrawn when the install joins as an auditor, and offered again after leaving', async () => {
    const seen: boolean[] = [];
    const stop = new AbortController();
    followMayAdd(stop.signal, (mayAdd) => seen.push(mayAdd));
    await expect.poll(() => seen).toEqual([true]);
    await joinAs('auditor');
    await expect.poll(() => seen).toEqual([true, false]);
    await fakeBrowser.storage.local.remove('team');
    await expect.poll(() => seen).toEqual([true, false, true]);
    stop.abort();
    await joinAs('auditor');
    // A page closed meanwhile hears nothing more.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).toEqual([true, false, true]);
  });

  it('is never offered to an auditor, not even for a moment', async () => {
    await joinAs('auditor');
    const seen: boolean[] = [];
    followMayAdd(new AbortController().signal, (mayAdd) => seen.push(mayAdd));
    await expect.poll(() => seen).toEqual([false]);
  });
});
