import { crc32 } from 'node:zlib';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../rules/csv';
import { db } from '../../../../storage/db';
import { manifestSchema } from '../../../../storage/export/manifest-schema';
import { runRetention } from '../../../../storage/archive/retention';
import { sha256Hex } from '../../../../storage/chain/sha256';
import { readZipEntries } from '../../../../storage/export/zip-reader';
import { at, orderDraft, resetDb, seed, threadDraft } from '../archive-fixtures';
import { manifestOf, pack, text, unzip } from './pack-helpers';

beforeEach(resetDb);

const XSS = 'The delivery photo shows <img src=x onerror=alert(1)> on a porch';

async function seedOrders() {
  return seed(
    [
      orderDraft({ capturedAt: at(1), orderId: '112-4837261-5938217', buyerName: '=HYPERLINK("http://evil.example","Jordan")', screenshot: 'visible' }),
      threadDraft({ capturedAt: at(2), orderId: '302-1938475-6647382' }),
      threadDraft({ capturedAt: at(3), orderId: '112-4837261-5938217', buyerName: 'Jordan Ellis', messages: [XSS, '+1 call me', '@admin -5 stars'] }),
      orderDraft({ capturedAt: at(4), orderId: '112-4837261-5938217', data: { ...orderDraft().data, order: { ...orderDraft().data.order!, status: 'Delivered' } } }),
    ],
    true,
  );
}

describe('evidence pack', () => {
  it("holds an order's captures, screenshots, CSVs, report and a manifest whose hashes match its files", async () => {
    const saved = await seedOrders();
    const result = await pack({ type: 'order', orderId: '112-4837261-5938217' });
    expect(result.captures).toBe(3);
    expect(result.fileName).toBe('seller-guard-evidence-order-112-4837261-5938217-202603011200.zip');
    const files = await unzip(result.blob);
    const manifest = manifestOf(files);
    expect(manifest.captures.map((c) => c.record.id)).toEqual([saved[0]!.id, saved[2]!.id, saved[3]!.id]);
    expect(Object.keys(files).sort()).toEqual(
      ['audit-log.csv', 'captures.csv', 'manifest.json', 'manifest.sig.json', 'report.html', 'screenshots/000001_112-4837261-5938217_1.png', 'screenshots/000004_112-4837261-5938217_1.png'].sort(),
    );
    for (const file of manifest.files) {
      expect(await sha256Hex(files[file.path]!), file.path).toBe(file.sha256);
      expect(files[file.path]!.length).toBe(file.size);
    }
    expect(manifest.captures.every((c) => c.status === 'intact')).toBe(true);
    expect(manifest.captures[0]!.record).not.toHaveProperty('tokens');
  });

  it('gives every ZIP entry, stored or deflated, the CRC-32 of its bytes', async () => {
    await seedOrders();
    const blob = (await pack()).blob;
    const files = await unzip(blob);
    const entries = await readZipEntries(blob);
    expect(entries.map((e) => e.name).sort()).toEqual(Object.keys(files).sort());
    for (const entry of entries) expect(entry.crc >>> 0, entry.name).toBe(crc32(files[entry.name]!));
  });

  it('lists the chain links of captures left out between exported ones', async () => {
    const saved = await seedOrders();
    const manifest = manifestOf(await unzip((await pack({ type: 'order', orderId: '112-4837261-5938217' })).blob));
    expect(manifest.chain.gaps).toEqual([{ seq: 2, prevHash: saved[1]!.prevHash, hash: saved[1]!.hash }]);
    expect(manifest.chain.head).toMatchObject({ seq: 4, hash: saved[3]!.hash });
  });

  it('neutralises formula cells in captures.csv', async () => {
    await seedOrders();
    const files = await unzip((await pack()).blob);
    const rows = parseCsv(text(files['captures.csv']));
    const header = rows[0]!.cells;
    const buyer = rows[1]!.cells[header.indexOf('buyer_name')];
    expect(buyer).toBe('\'=HYPERLINK("http://evil.example","Jordan")');
    expect(rows.slice(1).map((r) => r.cells[header.indexOf('seq')])).toEqual(['1', '2', '3', '4']);
  });

  it('escapes every piece of page text in report.html and allows no scripts', async () => {
    await seedOrders();
    const report = text((await unzip((await pack({ type: 'order', orderId: '112-4837261-5938217' })).blob))['report.html']);
    expect(report).toContain('The delivery photo shows &lt;img src=x onerror=alert(1)&gt; on a porch');
    expect(report).not.toMatch(/<img|<script|onerror=alert\(1\)>/i);
    expect(report).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(report).toContain('=HYPERLINK(&quot;http://evil.example&quot;,&quot;Jordan&quot;)');
    // One section per order, with status changes and messages.
    expect(report.match(/<section class="order"/g)).toHaveLength(1);
    expect(report).toContain('<td>Shipped</td>');
    expect(report).toContain('<td>Delivered</td>');
  });

  it('puts the audit entries of the exported order in audit-log.csv and audits the export', async () => {
    await seedOrders();
    const files = await unzip((await pack({ type: 'order', orderId: '112-4837261-5938217' })).blob);
    const rows = parseCsv(text(files['audit-log.csv']));
    expect(rows.slice(1).map((r) => r.cells[2])).toEqual(['capture', 'capture', 'capture']);
    const exports = await db.audit.where('kind').equals('export').toArray();
    expect(exports[0]).toMatchObject({ orderId: '112-4837261-5938217', summary: 'Exported 3 capture(s) (evidence pack for order 112-4837261-5938217)' });
  });

  it.each([
    ['cancelled', 'Export cancelled after', 'cancelled by the agent'],
    ['failed', 'Export failed after', 'The disk is full'],
  ] as const)('audits an export that was %s, and saves no file', async (outcome, summary, reason) => {
    await seedOrders();
    const controller = new AbortController();
    const started = pack({ type: 'all' }, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done !== 2) return;
        if (outcome === 'cancelled') controller.abort();
        else throw new Error(reason);
      },
    });
    await expect(started).rejects.toThrow();
    const [entry] = await db.audit.where('kind').equals('export').toArray();
    expect(entry).toMatchObject({ summary: `${summary} 2 of 4 capture(s) (whole archive): ${reason}; no file was saved`, details: { outcome, done: 2, captures: 4 } });
  });

  it('carries the redaction events of redacted captures', async () => {
    await seedOrders();
    await runRetention({ redactAfterDays: 1, deleteAfterDays: null }, 'Dana', new Date('2026-03-01T00:00:00Z'));
    const manifest = manifestOf(await unzip((await pack()).blob));
    expect(manifest.captures.map((c) => c.status)).toEqual(['redacted', 'redacted', 'redacted', 'redacted']);
    expect(manifest.events).toHaveLength(1);
    expect(manifest.events[0]).toMatchObject({ type: 'redaction' });
  });
});

describe('manifest schema', () => {
  const valid = {
    format: 'seller-guard-evidence-pack',
    version: 1,
    exportedAt: '2026-03-01T12:00:00.000Z',
    exportedBy: 'Dana',
    extensionVersion: '0.1.0',
    scope: { type: 'all', orderId: null, query: null },
    captures: [],
    chain: { base: { seq: 0, hash: '0'.repeat(64) }, head: null, gaps: [], gapsOmitted: false },
    events: [],
    files: [{ path: 'captures.csv', sha256: 'a'.repeat(64), size: 10, role: 'captures-csv' }],
  };

  it.each([1, 2])('accepts a version %i manifest', (version) => {
    expect(manifestSchema.safeParse({ ...valid, version }).success).toBe(true);
  });

  it.each([
    ['another format', { format: 'something-else' }],
    ['a newer version', { version: 3 }],
    ['a path leaving the pack', { files: [{ path: '../evil.sh', sha256: 'a'.repeat(64), size: 1, role: 'report' }] }],
    ['an absolute path', { files: [{ path: '/etc/passwd', sha256: 'a'.repeat(64), size: 1, role: 'report' }] }],
    ['a hash that is not SHA-256', { files: [{ path: 'report.html', sha256: 'xyz', size: 1, role: 'report' }] }],
    ['an unknown scope', { scope: { type: 'everything', orderId: null, query: null } }],
    ['a capture without its record fields', { captures: [{ record: { id: 'c-1' }, screenshots: [], status: 'intact' }] }],
  ])('rejects %s', (_label, patch) => {
    expect(manifestSchema.safeParse({ ...valid, ...patch }).success).toBe(false);
  });
});
