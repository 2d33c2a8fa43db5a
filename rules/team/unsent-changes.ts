import { changeEntry } from './team-entry-change';
import { fromWireEntry, toWireEntry } from './team-entry-state';
import { watchlistChangeSchema, type TeamWatchlistEntry, type WatchlistChange } from './watchlist-protocol';

/**
 * A pulled entry as it will be once this install's unsent changes to it reach the server:
 * each applied in turn with the server's own logic, so different fields merge and a field
 * another member changed first keeps the team's value (the server will keep the agent's as
 * a conflict for a lead). An unsent add changes nothing (the server already holds the
 * entry), nor does a change the server would refuse. `agent` signs the history items.
 */
export function withUnsentChanges(entry: TeamWatchlistEntry, unsent: readonly WatchlistChange[], agent: string): TeamWatchlistEntry {
  let state = fromWireEntry(entry);
  for (const raw of unsent) {
    const parsed = watchlistChangeSchema.safeParse(raw);
    if (!parsed.success || parsed.data.op === 'add') continue;
    const outcome = changeEntry(state, parsed.data, { seq: state.seq, now: parsed.data.at, member: { id: '', name: agent } });
    if (outcome.kind === 'changed') state = outcome.state;
  }
  return toWireEntry(state);
}
