import { beforeEach, describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../rules/csv';
import { appendAudit } from '../../../../storage/audit/audit';
import { auditPage } from '../../../../storage/audit/audit-page';
import { auditCsv } from '../../../../storage/export/audit-csv';
import { MAX_ZIP_BYTES, ZipBlobWriter } from '../../../../storage/export/zip-writer';
import { resetDb } from '../archive-fixtures';

beforeEach(resetDb);

async function seedAudit() {
  const entries = [
    { kind: 'capture', orderId: '112-4837261-5938217', at: '2026-01-05T10:00:00Z', summary: 'Captured order-details page' },
    { kind: 'export', orderId: '112-4837261-5938217', at: '2026-01-06T10:00:00Z', summary: 'Exported 2 capture(s)' },
    { kind: 'watchlist-add', orderId: null, at: '2026-02-01T10:00:00Z', summary: 'Added buyer =HYPERLINK("http://x") to the watchlist' },
    { kind: 'retention', orderId: null, at: '2026-03-01T03:00:00Z', summary: 'Retention run: 1 capture(s) redacted, 0 deleted' },
  ] as const;
  for (const e of entries) await appendAudit({ kind: e.kind, orderId: e.orderId, at: new Date(e.at), summary: e.summary, agent: 'Dana' });
}

describe('audit log viewer', () => {
  it.each([
    ['everything, newest first', {}, ['retention', 'watchlist-add', 'export', 'capture']],
    ['one kind', { kind: 'export' as const }, ['export']],
    ['one order', { orderId: '112-4837261-5938217' }, ['export', 'capture']],
    ['a date range', { from: new Date('2026-01-06T00:00:00Z'), to: new Date('2026-02-02T00:00:00Z') }, ['watchlist-add', 'export']],
  ])('filters by %s', async (_label, filter, kinds) => {
    await seedAudit();
    expect((await auditPage(filter, 100)).map((e) => e.kind)).toEqual(kinds);
  });

  it('stops at the limit', async () => {
    await seedAudit();
    expect((await auditPage({}, 2)).map((e) => e.kind)).toEqual(['retention', 'watchlist-add']);
  });

  it('exports CSV with formula cells neutralised', async () => {
    await seedAudit();
    const rows = parseCsv(auditCsv(await auditPage({ kind: 'watchlist-add' }, 10), true));
    expect(rows[0]!.cells).toEqual(['id', 'at', 'kind', 'agent', 'order_id', 'summary', 'details']);
    expect(rows[1]!.cells[5]).toBe('Added buyer =HYPERLINK("http://x") to the watchlist');
    const injected = parseCsv(auditCsv([{ id: 9, at: '2026-01-01T00:00:00.000Z', kind: 'capture', agent: '@evil', orderId: null, summary: '=1+1', details: {} }], false));
    expect(injected[0]!.cells.slice(3, 6)).toEqual(["'@evil", '', "'=1+1"]);
  });
});

describe('CSV neutralisation of exports', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1 555', "'+1 555"],
    ['-5 stars', "'-5 stars"],
    ['@admin', "'@admin"],
    ['\tindent', "'\tindent"],
    ['\rline', `"'\rline"`],
    ['plain', 'plain'],
  ])('%j is written inert', (value, cell) => {
    expect(auditCsv([{ id: 1, at: '2026-01-01T00:00:00.000Z', kind: 'capture', agent: 'Dana', orderId: null, summary: value, details: {} }], false).split(',')[5]).toContain(cell);
  });
});

describe('ZIP size limit', () => {
  it('refuses an export that would pass 4 GB instead of writing a broken ZIP', () => {
    const zip = new ZipBlobWriter();
    zip.written = MAX_ZIP_BYTES - 10;
    expect(() => zip.addBytes('screenshots/x.png', new Uint8Array(20), { compress: false })).toThrow(expect.objectContaining({ code: 'zip-too-large' }));
  });
});
