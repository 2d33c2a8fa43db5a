import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../db/migrate';
import { BACKENDS, openTestDatabase } from './test-database';

const WS = '00000000-0000-4000-8000-000000000001';
const MEMBER = '00000000-0000-4000-8000-000000000002';

/** Rows a database at each version can hold, inserted before the later migrations run. */
const ROWS_AT: Record<number, string[]> = {
  1: [
    `INSERT INTO workspaces (id, name) VALUES ('${WS}', 'old team')`,
    `INSERT INTO members (id, workspace_id, name, role, token_hash) VALUES ('${MEMBER}', '${WS}', 'Old Agent', 'agent', '${'a'.repeat(64)}')`,
  ],
  2: [
    `INSERT INTO watchlist_entries (workspace_id, id, seq, status, fields, field_versions, added_by, added_by_member, added_at, review_due, updated_at)
     VALUES ('${WS}', 'entry-old', 1, 'active', '{"orderIds": ["112-3456789-0123456"]}', '{}', 'Old Agent', '${MEMBER}', now(), now(), now())`,
  ],
  3: [`INSERT INTO audit_events (workspace_id, member_id, agent, event_id, kind, at, summary, details) VALUES ('${WS}', '${MEMBER}', 'Old Agent', 'event-old', 'capture', now(), 'old', '{}')`],
  4: [
    `INSERT INTO attestations (workspace_id, member_id, agent, capture_id, chain_seq, sha256, captured_at, public_key, key_fingerprint)
     VALUES ('${WS}', '${MEMBER}', 'Old Agent', 'capture-old', 1, '${'b'.repeat(64)}', now(), '{}', 'fp')`,
  ],
  5: [`INSERT INTO policies (workspace_id, version, policy, updated_by, updated_by_member) VALUES ('${WS}', 1, '{}', 'Old Agent', '${MEMBER}')`],
};

const COUNTS = [
  ['workspaces', 1],
  ['members', 1],
  ['watchlist_entries', 2],
  ['audit_events', 3],
  ['attestations', 4],
  ['policies', 5],
] as const;

describe.each(BACKENDS)('migrations on %s', async (backend) => {
  const all = await loadMigrations();
  const versions = all.map((m) => m.version);

  it('are numbered 1, 2, 3… without gaps', () => {
    expect(versions).toEqual(versions.map((_, i) => i + 1));
  });

  it.each(versions.slice(0, -1))('upgrade a database at version %i to the latest and keep its rows', async (k) => {
    const t = await openTestDatabase(backend, { upTo: k });
    try {
      for (let v = 1; v <= k; v++) for (const sql of ROWS_AT[v] ?? []) await t.owner.query(sql);
      const applied = await migrate(t.owner);
      expect(applied).toEqual(versions.filter((v) => v > k));
      for (const [table, since] of COUNTS) {
        const { rows } = await t.owner.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
        expect([table, rows[0]!.n]).toEqual([table, since <= k ? 1 : 0]);
      }
      expect(await migrate(t.owner)).toEqual([]);
    } finally {
      await t.close();
    }
  });

  it('roll back a failing migration entirely', async () => {
    const t = await openTestDatabase(backend, { upTo: 1 });
    try {
      const broken = [...all.slice(0, 2), { version: 3, name: 'broken', sql: 'CREATE TABLE half_done (x int); SELECT no_such_function();' }];
      await expect(migrate(t.owner, { migrations: broken })).rejects.toThrow(/no_such_function/);
      const { rows } = await t.owner.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
      expect(rows.map((r) => Number(r.version))).toEqual([1]);
      const { rows: tables } = await t.owner.query(`SELECT 1 FROM pg_tables WHERE schemaname = current_schema() AND tablename IN ('half_done', 'watchlist_entries')`);
      expect(tables).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
