/**
 * Every IndexedDB schema version Seller Guard has shipped, oldest first. Never edit a
 * released entry: add a new version with an `upgrade` instead. The migration test opens a
 * database written by each version N-1 and checks every record survives version N.
 */
import type { Transaction } from 'dexie';
import { layOut, WATCHLIST_DIRECTORY_KEY } from './watchlist/watchlist-chunks';
import type { WatchlistEntry } from './watchlist/watchlist-schema';

interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const SCHEMA_HISTORY: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      audit: '++id, at, kind, orderId',
      watchlist: 'id, status, reviewDue, *proxyEmails, *orderIds, *nameKeys',
    },
  },
  {
    version: 2,
    stores: {
      // Screenshots live apart from their capture so listing and searching never load bytes.
      captures: 'id, &seq, capturedAt, orderId, kind, [orderId+kind], contentHash, *tokens, *tags',
      captureImages: 'id, captureId',
      // Small key/value records such as the head of the capture hash chain.
      meta: 'key',
    },
  },
  {
    version: 3,
    stores: {
      // Retention redactions/deletions and restores, as their own hash chain (storage/chain/chain-events.ts).
      chainEvents: 'seq, type, *captureIds',
      // Small screenshot previews for the popup's result list, made on first display.
      captureThumbs: 'id',
    },
  },
  {
    version: 4,
    stores: {
      // Team sync (storage/team/): watchlist changes waiting to be sent, oldest first.
      teamOutbox: '++seq, workspace, entryId',
      // The server's sequence and field versions of each team entry (an edit's base).
      teamEntries: 'id, workspace',
      // The server's receipt for each attested capture.
      teamAttestations: 'captureId, workspace, sha256',
    },
  },
  {
    version: 5,
    stores: {
      // Approved reply templates, one record per version ([id+version]); old versions are kept.
      templates: '[id+version], id',
    },
  },
  {
    version: 6,
    stores: {
      // Team entries with open conflicts found without reading every entry (Options counts them often, also during a sync).
      teamEntries: 'id, workspace, [workspace+openConflicts]',
    },
  },
  {
    version: 7,
    stores: {
      // Indexes no query uses, dropped: each cost a write per record (a team's first sync writes 10,000).
      // Buyer names are matched in memory (rules/watchlist/buyer-match.ts), never looked up by key.
      watchlist: 'id, status, reviewDue, *proxyEmails, *orderIds',
      // Team versions are read by entry id and counted by [workspace+openConflicts] only.
      teamEntries: 'id, [workspace+openConflicts]',
    },
  },
  {
    version: 8,
    stores: {
      // A first sync's server versions, one record per pulled page instead of one per entry
      // (storage/team/team-version-pages.ts); found by entry id through the multi-entry index.
      teamVersionPages: '++id, workspace, *entryIds',
    },
  },
  {
    version: 9,
    stores: {
      // The watchlist several hundred entries to a record (storage/watchlist/watchlist-chunks.ts):
      // a team's first sync of 10,000 entries writes 20 records instead of 10,000.
      watchlistChunks: 'id, *orderIds, *proxyEmails',
      watchlist: null,
    },
    // Every entry moves into the chunks; Dexie drops the old table only after this has run.
    upgrade: async (tx) => {
      const { chunks, directory } = layOut(await tx.table<WatchlistEntry>('watchlist').toArray());
      await tx.table('watchlistChunks').bulkAdd(chunks);
      await tx.table('meta').put({ key: WATCHLIST_DIRECTORY_KEY, value: directory });
    },
  },
];
