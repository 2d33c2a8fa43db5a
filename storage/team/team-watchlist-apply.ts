import type { TeamWatchlistEntry } from '../../rules/team/watchlist-protocol';
import { db } from '../db';
import { finishEntry } from '../watchlist/watchlist-entry';
import { markWatchlistChanged } from '../watchlist/watchlist-match';
import type { WatchlistEntry } from '../watchlist/watchlist-schema';
import { storeTeamVersions } from './team-outbox-settle';

/** `db.meta` key of the team pull cursor: `{ workspace, cursor }` (a new workspace starts at 0). */
const CURSOR_KEY = 'team-watchlist-cursor';

interface StoredCursor {
  workspace: string;
  cursor: number;
}

/** Where the next pull of `workspace` starts (0: the first sync, the whole list). */
export async function teamCursor(workspace: string): Promise<number> {
  const stored = (await db.meta.get(CURSOR_KEY))?.value as StoredCursor | undefined;
  return stored?.workspace === workspace ? stored.cursor : 0;
}

/**
 * Apply one page of pulled team entries to the local watchlist and move the cursor, in one
 * transaction: the matching and banner code sees the team's list as the list, and a crash
 * midway leaves the old cursor so the page is pulled again. An entry the local schema refuses
 * is left out (and counted) instead of stopping the sync.
 */
export async function applyTeamEntries(workspace: string, entries: readonly TeamWatchlistEntry[], cursor: number): Promise<{ applied: number; refused: number }> {
  const local: WatchlistEntry[] = [];
  let refused = 0;
  for (const entry of entries) {
    const { seq: _seq, fieldVersions: _versions, openConflicts: _conflicts, ...fields } = entry;
    try {
      local.push(finishEntry(fields));
    } catch {
      refused++;
    }
  }
  await db.transaction('rw', [db.watchlist, db.meta, db.teamEntries], async () => {
    if (local.length) await db.watchlist.bulkPut(local);
    await storeTeamVersions(workspace, entries);
    await db.meta.put({ key: CURSOR_KEY, value: { workspace, cursor } satisfies StoredCursor });
    if (local.length) await markWatchlistChanged();
  });
  return { applied: local.length, refused };
}
