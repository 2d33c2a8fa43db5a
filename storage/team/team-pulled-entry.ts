import { z } from 'zod';
import { nameKeysFor } from '../../rules/watchlist/buyer-match';
import { teamWatchlistEntrySchema, type TeamWatchlistEntry } from '../../rules/team/watchlist-protocol';
import { checkEntryRules, watchlistEntryShape, type WatchlistEntry } from '../watchlist/watchlist-schema';

/**
 * A pulled page checked once, not twice: the page's envelope on arrival (cheap, so a server
 * that does not speak the protocol is still named at once), then each entry with one schema
 * that holds both the protocol's fields and the local watchlist's rules. An entry that fails
 * it is left out alone, never the page.
 */

const { seq, fieldVersions, openConflicts } = teamWatchlistEntrySchema.shape;

/** `GET /v1/watchlist/changes` as the extension reads it: entries are checked one by one when stored. */
export const pulledPageSchema = z.object({
  entries: z.array(z.looseObject({ id: z.string(), seq })),
  cursor: z.number().int().nonnegative(),
  hasMore: z.boolean(),
});
export type PulledPage = z.infer<typeof pulledPageSchema>;

const { nameKeys: _derived, ...storedShape } = watchlistEntryShape;

/** One pulled entry: the protocol's form, its values normalised as the local watchlist stores them. */
const pulledEntrySchema = z.object({ ...storedShape, seq, fieldVersions, openConflicts }).superRefine(checkEntryRules);

/** What the server told about an entry the local watchlist refuses: its versions are still kept. */
const versionsOnlySchema = z.object({ id: z.string(), seq, fieldVersions, openConflicts });

export type PulledVersions = z.infer<typeof versionsOnlySchema>;

/** The entry checked for both the protocol and the local watchlist, or its versions alone when the watchlist refuses it (null: not even those). */
export function checkPulledEntry(raw: unknown): { entry: TeamWatchlistEntry } | { versions: PulledVersions } | null {
  const parsed = pulledEntrySchema.safeParse(raw);
  if (parsed.success) return { entry: parsed.data };
  const versions = versionsOnlySchema.safeParse(raw);
  return versions.success ? { versions: versions.data } : null;
}

/** The local watchlist record of a checked entry (its name keys derived). */
export function localEntryOf(entry: TeamWatchlistEntry): WatchlistEntry {
  const { seq: _seq, fieldVersions: _versions, openConflicts: _conflicts, ...fields } = entry;
  return { ...fields, nameKeys: nameKeysFor(fields.buyerNames) };
}
