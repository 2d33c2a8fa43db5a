import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PULL_SQL } from '../watchlist/watchlist-reads';
import { openTestDatabase, type TestDatabase } from './test-database';

/**
 * A pull reads one range of the (workspace_id, seq) index in order and stops after the page:
 * never all the entries after the cursor, sorted, for every page of a first sync. PGlite keeps
 * no statistics (no autovacuum), so this is the plan its empty-table guesses must give.
 */
describe('pull query plan on PGlite', () => {
  let t: TestDatabase;
  const workspace = '7700b11d-c531-47f6-822e-d3be9ad4fd9f';
  beforeAll(async () => {
    t = await openTestDatabase('pglite');
    // A list as a team's first sync pulls it: 10,000 entries written since the last ANALYZE (PGlite never runs one).
    const member = '8800b11d-c531-47f6-822e-d3be9ad4fd9f';
    await t.owner.exec(`
      INSERT INTO workspaces (id, name) VALUES ('${workspace}', 'plan');
      INSERT INTO members (id, workspace_id, name, role, token_hash) VALUES ('${member}', '${workspace}', 'Admin', 'admin', 'plan-test');
      INSERT INTO watchlist_entries (workspace_id, id, seq, status, fields, field_versions, added_by, added_by_member, added_at, review_due, updated_at)
        SELECT '${workspace}', 'entry-' || g, g, 'active', '{}'::jsonb, '{}'::jsonb, 'Admin', '${member}', now(), now(), now()
        FROM generate_series(1, 10000) AS g;`);
  });
  afterAll(async () => {
    await t.close();
  });

  it('walks the seq index in order, with no sort', async () => {
    const { rows } = await t.db.query(`EXPLAIN ${PULL_SQL}`, [workspace, 5000, 1001]);
    const plan = rows.map((row) => String(Object.values(row)[0])).join('\n');
    expect(plan).toContain('Index Scan using watchlist_entries_seq');
    expect(plan).not.toMatch(/Sort|Bitmap/);
  });
});
