import { appendAudit } from '../audit/audit';
import { db } from '../db';
import { getSettings } from '../settings';
import { readAllEntries, WATCHLIST_STORES } from './watchlist-records';
import { watchlistToCsv, watchlistToJson } from './watchlist-transfer';

interface WatchlistExportFile {
  fileName: string;
  mimeType: string;
  text: string;
}

/**
 * The whole watchlist (active and cleared entries) as a file to share with the team, JSON
 * (versioned, see `watchlist-transfer.ts`) or CSV. Written to the audit log: buyer data
 * leaving the extension should leave a trace.
 * @example const { fileName, mimeType, text } = await exportWatchlist('csv')
 */
export async function exportWatchlist(format: 'json' | 'csv', now = new Date()): Promise<WatchlistExportFile> {
  const agent = (await getSettings()).agentName;
  return db.transaction('rw', [...WATCHLIST_STORES, db.audit], async () => {
    const entries = (await readAllEntries()).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const text = format === 'json' ? watchlistToJson(entries, now) : watchlistToCsv(entries);
    const stamp = now.toISOString().slice(0, 10);
    await appendAudit({
      kind: 'export',
      agent,
      at: now,
      summary: `Exported the watchlist as ${format.toUpperCase()} (${entries.length} entries)`,
      details: { what: 'watchlist', format, count: entries.length },
    });
    return {
      fileName: `seller-guard-watchlist-${stamp}.${format}`,
      mimeType: format === 'json' ? 'application/json' : 'text/csv;charset=utf-8',
      text,
    };
  });
}
