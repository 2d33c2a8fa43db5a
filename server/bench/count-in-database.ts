import { openDatabase } from '../db/open-database';

export interface Counted {
  /** Made events with no row. */
  missing: number;
  /** Rows beyond one per made event (any row of the workspace that is not a first copy of one). */
  extraRows: number;
  /** Stored events whose sequence differs from the receipt the agent kept. */
  receiptMismatches: number;
}

/**
 * Looks every made event up in the database afterwards: each must be there exactly once,
 * under the sequence its receipt named.
 */
export async function countInDatabase(
  config: { databaseUrl?: string; dataDir: string },
  workspace: string,
  madeIds: readonly string[],
  receipts: ReadonlyMap<string, number>,
): Promise<Counted> {
  const db = await openDatabase(config);
  try {
    const { rows } = await db.query<{ event_id: string; seq: unknown }>(
      `SELECT a.event_id, a.seq FROM audit_events a JOIN workspaces w ON w.id = a.workspace_id WHERE w.name = $1`,
      [workspace],
    );
    const stored = new Map<string, number>();
    let extraRows = 0;
    for (const row of rows) {
      if (stored.has(row.event_id)) extraRows++;
      else stored.set(row.event_id, Number(row.seq));
    }
    const made = new Set(madeIds);
    extraRows += [...stored.keys()].filter((id) => !made.has(id)).length;
    let receiptMismatches = 0;
    for (const [eventId, seq] of receipts) if (stored.get(eventId) !== seq) receiptMismatches++;
    return { missing: madeIds.filter((id) => !stored.has(id)).length, extraRows, receiptMismatches };
  } finally {
    await db.close();
  }
}
