import { beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../../../storage/audit/audit';
import { db } from '../../../../storage/db';
import { addWatchlistEntry, clearWatchlistEntry, listWatchlist } from '../../../../storage/watchlist/watchlist-store';
import { exportWatchlist } from '../../../../storage/watchlist/watchlist-export';
import { applyWatchlistImport, previewWatchlistImport } from '../../../../storage/watchlist/watchlist-import';
import { checkWatchlistFileSize } from '../../../../storage/watchlist/watchlist-transfer';
import { SellerGuardError } from '../../../../utils/errors';
import { canceller, daysAfter, freshDatabase, fraudster, snapshot, sortedEntries, T0 } from './watchlist-helpers';
import { countEntries, readEntry } from '../../../../storage/watchlist/watchlist-records';

beforeEach(() => freshDatabase());

const file = (entries: unknown[], head: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'seller-guard-watchlist', version: 1, exportedAt: T0.toISOString(), entries, ...head });

const handMade = [
  { proxyEmails: ['AAA111+case9@marketplace.amazon.co.uk'], buyerNames: ['Tom Hart'], reason: 'review-extortion', severity: 'high', notes: 'Wants £50 or 1 star' },
  { orderIds: ['203-1111111-2222222'], reason: 'return-abuse', severity: 'medium', evidence: [{ orderId: '203-1111111-2222222', date: '2026-01-02', note: 'Empty box' }] },
];

const CSV_GOOD = [
  'reason,severity,buyerNames,proxyEmails,orderIds,notes',
  'review-extortion,high,Tom Hart,AAA111@marketplace.amazon.co.uk,,"Wants £50, or 1 star"',
  'payment-fraud,high,"Lee; Kim",,203-1111111-2222222;203-3333333-4444444,',
].join('\r\n');

async function importText(text: string, now = T0) {
  const plan = await previewWatchlistImport(text, now);
  return { plan, summary: await applyWatchlistImport(plan, now) };
}

async function importError(text: string): Promise<SellerGuardError> {
  const error = await previewWatchlistImport(text, T0).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SellerGuardError);
  return error as SellerGuardError;
}

describe('importing a good file', () => {
  it('adds the entries of a hand-made JSON file with defaults, in one audited step', async () => {
    const { plan, summary } = await importText(file(handMade));
    expect({ add: plan.add.map((a) => a.label), update: plan.update, skip: plan.skip }).toEqual({ add: ['Entry 1', 'Entry 2'], update: [], skip: [] });
    expect(summary).toEqual({ added: 2, updated: 0, skipped: 0 });
    const stored = await listWatchlist();
    expect(stored).toHaveLength(2);
    expect(stored.find((e) => e.reason === 'review-extortion')).toMatchObject({
      proxyEmails: ['aaa111@marketplace.amazon.co.uk'],
      status: 'active',
      addedBy: 'Mia',
      reviewDue: daysAfter(T0, 90).toISOString(),
    });
    const audit = await listAudit();
    expect(audit.map((a) => [a.kind, a.details])).toEqual([['watchlist-import', { source: 'json', added: 2, updated: 0, skipped: 0 }]]);
  });

  it('adds the entries of a CSV file, lists split on ";"', async () => {
    const { summary } = await importText(CSV_GOOD);
    expect(summary).toEqual({ added: 2, updated: 0, skipped: 0 });
    const fraud = (await listWatchlist({ text: '203-3333333' }))[0];
    expect(fraud).toMatchObject({ buyerNames: ['Lee', 'Kim'], orderIds: ['203-1111111-2222222', '203-3333333-4444444'], reason: 'payment-fraud' });
    expect((await listWatchlist({ text: 'Tom' }))[0]?.notes).toBe('Wants £50, or 1 star');
  });
});

describe('a bad file changes nothing and says why', () => {
  beforeEach(async () => {
    await addWatchlistEntry(fraudster, T0);
  });

  it.each([
    ['malformed JSON', '{"format": "seller-guard-watchlist", "version": 1, "entries": [', 'malformed-json', /not valid JSON/],
    ['a JSON file of another kind', JSON.stringify({ format: 'other-tool', version: 1, entries: [] }), 'wrong-format', /not a Seller Guard watchlist file/],
    ['a newer version', file([], { version: 2 }), 'wrong-version', /version 2; this Seller Guard reads version 1/],
    ['a missing version', file([], { version: undefined }), 'wrong-version', /version null/],
    ['an empty file', ' \n', 'empty', /empty/],
    ['an unclosed CSV quote', 'reason,severity,orderIds\nother,high,"203-1111111-2222222\n', 'malformed-csv', /Line 2: a quoted cell is never closed/],
    ['a CSV of another kind', 'Date,Amount\n2026-01-01,5', 'wrong-format', /unknown column "Date"/],
    ['a file over 20 MB', `${file([])}${' '.repeat(20 * 1024 * 1024)}`, 'too-large', /^This file is 20\.0 MB, larger than the 20 MB a watchlist file may be\. Nothing was imported\.$/],
    ['a JSON file of 10,001 entries', file(Array.from({ length: 10_001 }, () => handMade[1])), 'too-large', /^This file has 10,001 entries, more than the 10,000 a watchlist file may hold/],
    ['a CSV of 10,001 rows', `reason,severity,orderIds\n${'other,high,203-1111111-2222222\n'.repeat(10_001)}`, 'too-large', /^This file has 10,001 lines after the header, more than the 10,000/],
    ['an entry with 5,001 history items', file([{ ...handMade[1], history: Array.from({ length: 5_001 }, () => ({ at: T0.toISOString(), by: 'x', action: 'edited' })) }]), 'invalid-entry', /^Entry 1, field "history"/],
  ])('%s', async (_, text, code, message) => {
    const before = await snapshot();
    const error = await importError(text);
    expect(error.code).toBe(`import-${code}`);
    expect(error.message).toMatch(message);
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ['JSON: unknown severity', file([handMade[0], { ...handMade[1], severity: 'extreme' }]), 2, 'severity', /^Entry 2, field "severity": must be one of high, medium, watch/],
    ['JSON: reason "other" without note', file([{ ...handMade[0], reason: 'other', notes: '' }]), 1, 'notes', /^Entry 1, field "notes": a note is required/],
    ['JSON: bad evidence date', file([handMade[0], handMade[0], { ...handMade[1], evidence: [{ orderId: '203-1111111-2222222', date: 'yesterday' }] }]), 3, 'evidence[1].date', /^Entry 3, field "evidence\[1\]\.date"/],
    ['JSON: no keys', file([{ reason: 'order-cancel', severity: 'watch', buyerNames: ['Ann Bo'] }]), 1, 'proxyEmails', /needs a proxy email or an order id/],
    // the quoted note spans lines 2-3, so the bad row starts on line 4
    ['CSV: bad order id', 'reason,severity,orderIds,notes\nother,high,203-1111111-2222222,"two\nlines"\norder-cancel,watch,203-111,\n', 4, 'orderIds[1]', /^Line 4, field "orderIds\[1\]": must be an Amazon order id/],
    ['CSV: cleared without why', 'reason,severity,orderIds,status\norder-cancel,watch,203-1111111-2222222,cleared\n', 2, 'clearedWhy', /^Line 2, field "clearedWhy"/],
    ['CSV: evidence not JSON', 'reason,severity,orderIds,evidence\norder-cancel,watch,203-1111111-2222222,[oops\n', 2, 'evidence', /^Line 2, column "evidence": not valid JSON/],
  ])('%s: names the row and field', async (_, text, row, field, message) => {
    const before = await snapshot();
    const error = await importError(text);
    expect({ code: error.code, row: error.row, field: error.field }).toEqual({ code: 'import-invalid-entry', row, field });
    expect(error.message).toMatch(message);
    expect(await snapshot()).toEqual(before);
  });
});

describe('size caps', () => {
  it.each([
    [20 * 1024 * 1024, null],
    [20 * 1024 * 1024 + 1, 'This file is 20.0 MB, larger than the 20 MB a watchlist file may be. Nothing was imported.'],
    [3 * 1024 ** 3, 'This file is 3072.0 MB, larger than the 20 MB a watchlist file may be. Nothing was imported.'],
  ])('a file of %i bytes is refused before it is read: %s', (size, message) => {
    const error = (() => {
      try {
        checkWatchlistFileSize(size);
        return null;
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(error).toBe(message);
  });
});

describe('sharing a list', () => {
  it.each(['json', 'csv'] as const)('re-importing an exported %s file skips every entry and changes nothing', async (format) => {
    const a = await addWatchlistEntry(fraudster, T0);
    await addWatchlistEntry(canceller, T0);
    await clearWatchlistEntry(a.entry.id, 'Settled', daysAfter(T0, 1));
    const { text } = await exportWatchlist(format, daysAfter(T0, 2));
    const stored = await sortedEntries();
    const plan = await previewWatchlistImport(text, daysAfter(T0, 3));
    expect({ add: plan.add.length, update: plan.update.length, skip: plan.skip.map((s) => s.reason) }).toEqual({
      add: 0,
      update: 0,
      skip: ['Already listed with the same details.', 'Already listed with the same details.'],
    });
    await applyWatchlistImport(plan, daysAfter(T0, 3));
    expect(await sortedEntries()).toEqual(stored);
  });

  it.each(['json', 'csv'] as const)('a teammate importing my %s export gets the same entries', async (format) => {
    await addWatchlistEntry({ ...fraudster, buyerName: '=HYPERLINK("http://evil.example","Jürgen")', notes: '-1 star threat; "pay me"' }, T0);
    await addWatchlistEntry(canceller, T0);
    const mine = await sortedEntries();
    const { text } = await exportWatchlist(format, T0);
    await freshDatabase('Noah');
    await importText(text, daysAfter(T0, 1));
    const theirs = await sortedEntries();
    const content = ({ history: _h, updatedAt: _u, ...rest }: (typeof mine)[number]) => rest;
    expect(theirs.map(content)).toEqual(mine.map(content));
    expect(theirs[0]?.history.at(-1)).toMatchObject({ action: 'imported', by: 'Noah' });
  });

  it('the CSV export cannot run formulas in a spreadsheet', async () => {
    await addWatchlistEntry({ ...fraudster, buyerName: '=HYPERLINK("http://evil.example","x")', notes: '@SUM(1)' }, T0);
    const { text } = await exportWatchlist('csv', T0);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(text).toContain(`'@SUM(1)`);
    expect(text).not.toMatch(/(^|,)[=+\-@]/m);
  });

  it('merges by proxy email or order id instead of duplicating, and reports the changes', async () => {
    const listed = await addWatchlistEntry(fraudster, T0);
    const text = file([
      { proxyEmails: ['X7K2M9Q4W1Z8C3V@marketplace.amazon.de'], orderIds: ['302-5555555-5555555'], reason: 'false-claim', severity: 'high', notes: fraudster.notes },
      { orderIds: ['302-5555555-5555555', '302-6666666-6666666'], reason: 'false-claim', severity: 'high' },
    ]);
    const plan = await previewWatchlistImport(text, daysAfter(T0, 1));
    expect(plan.add).toEqual([]);
    expect(plan.update.map((u) => [u.label, u.before.id, u.changes])).toEqual([['Entry 1', listed.entry.id, ['orderIds']]]);
    expect(plan.skip).toEqual([{ row: 2, label: 'Entry 2', reason: 'Same buyer as Entry 1; merged into it.', entryId: listed.entry.id }]);
    expect(plan.update[0]?.after.orderIds).toEqual(['302-1234567-7654321', '302-5555555-5555555', '302-6666666-6666666']);
    await applyWatchlistImport(plan, daysAfter(T0, 1));
    expect(await countEntries()).toBe(1);
    expect((await readEntry(listed.entry.id))?.orderIds).toHaveLength(3);
  });

  it('takes single values from whichever side changed last', async () => {
    const listed = await addWatchlistEntry(fraudster, T0);
    const keys = { proxyEmails: listed.entry.proxyEmails, reason: 'order-cancel', severity: 'watch' };
    const older = await previewWatchlistImport(file([{ ...keys, updatedAt: daysAfter(T0, -1).toISOString() }]), T0);
    expect(older.skip.map((s) => s.reason)).toEqual(['Already listed with the same details.']);
    const newer = await previewWatchlistImport(
      file([{ ...keys, updatedAt: daysAfter(T0, 1).toISOString(), status: 'cleared', cleared: { by: 'Noah', at: daysAfter(T0, 1).toISOString(), why: 'Paid back' } }]),
      daysAfter(T0, 2),
    );
    expect(newer.update[0]?.changes).toEqual(['status', 'reason', 'severity', 'cleared']);
  });

  it('skips a row matching two listed entries instead of guessing', async () => {
    await addWatchlistEntry(fraudster, T0);
    await addWatchlistEntry(canceller, T0);
    const plan = await previewWatchlistImport(file([{ orderIds: ['302-1234567-7654321', '701-0000001-0000001'], reason: 'other', severity: 'high', notes: 'same person?' }]), T0);
    expect(plan.skip[0]?.reason).toMatch(/^Matches 2 different entries \((Jürgen Müller, Ana Lima|Ana Lima, Jürgen Müller)\)/);
    expect(plan.add.length + plan.update.length).toBe(0);
  });
});

describe('applying a plan is all or nothing', () => {
  it('refuses a plan made before the list changed', async () => {
    const plan = await previewWatchlistImport(file(handMade), T0);
    await addWatchlistEntry({ orderIds: ['203-1111111-2222222'], reason: 'return-abuse', severity: 'high' }, T0);
    const before = await snapshot();
    await expect(applyWatchlistImport(plan, T0)).rejects.toMatchObject({ code: 'import-stale' });
    expect(await snapshot()).toEqual(before);
  });

  it('writes no entry when its audit entry cannot be written', async () => {
    const plan = await previewWatchlistImport(file(handMade), T0);
    const original = db.audit.add.bind(db.audit);
    db.audit.add = () => Promise.reject(new Error('disk full')) as never;
    try {
      await expect(applyWatchlistImport(plan, T0)).rejects.toThrow('disk full');
    } finally {
      db.audit.add = original;
    }
    expect(await snapshot()).toEqual({ watchlist: [], audit: [] });
  });
});
