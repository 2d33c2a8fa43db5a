import type { TeamWatchlistEntry, WatchlistChange } from '../../rules/team/watchlist-protocol';
import { withUnsentChanges } from '../../rules/team/unsent-changes';
import { db } from '../db';
import { finishEntry } from '../watchlist/watchlist-entry';
import { markWatchlistChanged } from '../watchlist/watchlist-match';
import { WATCHLIST_STORES, writeEntries } from '../watchlist/watchlist-records';
import type { WatchlistEntry } from '../watchlist/watchlist-schema';
import { storeTeamVersions } from './team-outbox-settle';
import { checkPulledEntry, localEntryOf, type PulledVersions } from './team-pulled-entry';

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

/** The changes still waiting to be sent for `workspace`, per entry, oldest first. */
async function unsentByEntry(workspace: string): Promise<Map<string, WatchlistChange[]>> {
  const waiting = new Map<string, WatchlistChange[]>();
  for (const record of await db.teamOutbox.where('workspace').equals(workspace).sortBy('seq')) {
    waiting.set(record.entryId, [...(waiting.get(record.entryId) ?? []), record.change]);
  }
  return waiting;
}

/** What the agent sees of a pulled entry: the server's version, with this install's unsent changes to it on top. */
function shownEntry(entry: TeamWatchlistEntry, unsent: readonly WatchlistChange[] | undefined, agent: string): WatchlistEntry {
  if (!unsent?.length) return localEntryOf(entry);
  try {
    return finishEntry(localEntryOf(withUnsentChanges(entry, unsent, agent)));
  } catch {
    return localEntryOf(entry);
  }
}

/**
 * Apply one page of pulled team entries to the local watchlist and move the cursor, in one
 * transaction: the matching and banner code sees the team's list as the list, and a crash
 * midway leaves the old cursor so the page is pulled again. Each entry is checked once
 * (team-pulled-entry.ts); one the local schema refuses is left out (and counted) instead of
 * stopping the sync. An entry with changes of this install still waiting to be sent shows
 * them, merged as the server will merge them, until the push lands; the server's versions
 * are kept as they came (the base of those changes). `agent` is the member's name.
 */
export async function applyTeamEntries(workspace: string, pulled: readonly unknown[], cursor: number, agent = ''): Promise<{ applied: number; refused: number }> {
  const entries: TeamWatchlistEntry[] = [];
  const versions: PulledVersions[] = [];
  for (const raw of pulled) {
    const checked = checkPulledEntry(raw);
    if (checked && 'entry' in checked) entries.push(checked.entry);
    if (checked) versions.push('entry' in checked ? checked.entry : checked.versions);
  }
  await db.transaction('rw', [...WATCHLIST_STORES, db.teamEntries, db.teamVersionPages, db.teamOutbox], async () => {
    const unsent = await unsentByEntry(workspace);
    await writeEntries(entries.map((entry) => shownEntry(entry, unsent.get(entry.id), agent)));
    await storeTeamVersions(workspace, versions);
    await db.meta.put({ key: CURSOR_KEY, value: { workspace, cursor } satisfies StoredCursor });
    if (entries.length) await markWatchlistChanged();
  });
  return { applied: entries.length, refused: pulled.length - entries.length };
}
