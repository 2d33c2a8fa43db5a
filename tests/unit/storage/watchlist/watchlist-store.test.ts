import { beforeEach, describe, expect, it } from 'vitest';
import { SellerGuardError } from '../../../../utils/errors';
import { db } from '../../../../storage/db';
import { listAudit } from '../../../../storage/audit/audit';
import {
  addWatchlistEntry,
  clearWatchlistEntry,
  countOverdue,
  deleteWatchlistEntry,
  editWatchlistEntry,
  getWatchlistEntry,
  listWatchlist,
  matchWatchlist,
  matchWatchlistMany,
  reviewWatchlistEntry,
} from '../../../../storage/watchlist/watchlist-store';
import { auditKinds, canceller, daysAfter, freshDatabase, fraudster, snapshot, T0 } from './watchlist-helpers';
import { countEntries } from '../../../../storage/watchlist/watchlist-records';

beforeEach(() => freshDatabase());

describe('adding a buyer', () => {
  it('stores a normalised, active entry due for review in 90 days, with an audit entry', async () => {
    const { entry, outcome } = await addWatchlistEntry(fraudster, T0);
    expect(outcome).toBe('added');
    expect(entry).toMatchObject({
      status: 'active',
      buyerNames: ['Jürgen Müller'],
      proxyEmails: ['x7k2m9q4w1z8c3v@marketplace.amazon.de'],
      nameKeys: ['jurgen muller'],
      orderIds: ['302-1234567-7654321'],
      addedBy: 'Mia',
      addedAt: '2026-01-10T09:00:00.000Z',
      reviewDue: '2026-04-10T09:00:00.000Z',
      cleared: null,
    });
    expect(await getWatchlistEntry(entry.id)).toEqual(entry);
    const [audit] = await listAudit();
    expect(audit).toMatchObject({ kind: 'watchlist-add', agent: 'Mia', orderId: '302-1234567-7654321', details: { entryId: entry.id } });
  });

  it.each([
    ['no reason', { ...fraudster, reason: undefined }, 'reason'],
    ['reason "other" without a note', { ...fraudster, reason: 'other', notes: ' ' }, 'notes'],
    ['neither proxy email nor order id', { ...fraudster, proxyEmail: null, orderIds: [] }, 'proxyEmails'],
    ['a malformed order id', { ...fraudster, orderIds: ['302-12345'] }, 'orderIds[1]'],
    ['an unknown severity', { ...fraudster, severity: 'extreme' }, 'severity'],
  ])('refuses %s, naming the field and storing nothing', async (_, input, field) => {
    const error = await addWatchlistEntry(input as never, T0).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SellerGuardError);
    expect(error).toMatchObject({ code: 'invalid-input', field });
    expect(await snapshot()).toEqual({ watchlist: [], audit: [] });
  });

  it('merges into the listed entry when the proxy email is already listed, never duplicating', async () => {
    const first = await addWatchlistEntry(fraudster, T0);
    const again = await addWatchlistEntry(
      { buyerName: 'J. Mueller', proxyEmail: 'X7K2M9Q4W1Z8C3V+other-case@marketplace.amazon.de', orderIds: ['302-7777777-7777777'], reason: 'abusive-language', severity: 'medium', notes: 'Insults in thread' },
      daysAfter(T0, 10),
    );
    expect(again.outcome).toBe('merged');
    expect(await countEntries()).toBe(1);
    expect(again.entry).toMatchObject({
      id: first.entry.id,
      orderIds: ['302-1234567-7654321', '302-7777777-7777777'],
      buyerNames: ['Jürgen Müller', 'J. Mueller'],
      nameKeys: ['jurgen muller', 'j mueller'],
      // the more severe reason stays
      reason: 'false-claim',
      severity: 'high',
      notes: 'A-to-z claim after signed delivery\n\nInsults in thread',
      reviewDue: daysAfter(T0, 100).toISOString(),
    });
    expect(again.entry.history.map((h) => h.action)).toEqual(['added', 'merged']);
  });

  it('treats a blank name or email read from the page as none', async () => {
    const { entry } = await addWatchlistEntry({ ...canceller, buyerName: '  ', proxyEmail: '' }, T0);
    expect(entry).toMatchObject({ buyerNames: [], proxyEmails: [], nameKeys: [], orderIds: canceller.orderIds });
  });

  it('merges by order id too', async () => {
    await addWatchlistEntry(fraudster, T0);
    const again = await addWatchlistEntry({ orderIds: ['302-1234567-7654321'], reason: 'false-claim', severity: 'high' }, T0);
    expect(again.outcome).toBe('merged');
    expect(await countEntries()).toBe(1);
  });

  it('reactivates a cleared entry of the same buyer, keeping the clearing in its history', async () => {
    const { entry } = await addWatchlistEntry(fraudster, T0);
    await clearWatchlistEntry(entry.id, 'Claim was withdrawn', daysAfter(T0, 5));
    const again = await addWatchlistEntry({ ...canceller, proxyEmail: fraudster.proxyEmail }, daysAfter(T0, 30));
    expect(again.outcome).toBe('reactivated');
    expect(again.entry).toMatchObject({ status: 'active', cleared: null, reason: 'order-cancel', severity: 'watch' });
    expect(again.entry.history.map((h) => [h.action, h.note])).toEqual([
      ['added', ''],
      ['cleared', 'Claim was withdrawn'],
      ['reactivated', ''],
    ]);
  });
});

describe('review dates', () => {
  it('reviewing moves the due date 90 days past the review', async () => {
    const { entry } = await addWatchlistEntry(fraudster, T0);
    const reviewed = await reviewWatchlistEntry(entry.id, 'Still claiming', daysAfter(T0, 95));
    expect(reviewed.reviewedAt).toBe(daysAfter(T0, 95).toISOString());
    expect(reviewed.reviewDue).toBe(daysAfter(T0, 185).toISOString());
    expect(reviewed.history.at(-1)).toMatchObject({ action: 'reviewed', by: 'Mia', note: 'Still claiming' });
  });

  it('counts active entries whose review is due, not cleared ones', async () => {
    const a = await addWatchlistEntry(fraudster, T0);
    const b = await addWatchlistEntry(canceller, daysAfter(T0, 30));
    expect(await countOverdue(daysAfter(T0, 89))).toBe(0);
    expect(await countOverdue(daysAfter(T0, 90))).toBe(1);
    expect(await countOverdue(daysAfter(T0, 120))).toBe(2);
    await reviewWatchlistEntry(a.entry.id, '', daysAfter(T0, 120));
    await clearWatchlistEntry(b.entry.id, 'Mistaken identity', daysAfter(T0, 120));
    expect(await countOverdue(daysAfter(T0, 121))).toBe(0);
    expect((await listWatchlist({ overdueAt: daysAfter(T0, 211) })).map((e) => e.id)).toEqual([a.entry.id]);
  });
});

describe('clearing and deleting', () => {
  it('clearing keeps the entry and its history, says who, when and why, and stops matching', async () => {
    const { entry } = await addWatchlistEntry(fraudster, T0);
    const cleared = await clearWatchlistEntry(entry.id, 'Refund dispute settled', daysAfter(T0, 3));
    expect(cleared).toMatchObject({
      status: 'cleared',
      cleared: { by: 'Mia', at: daysAfter(T0, 3).toISOString(), why: 'Refund dispute settled' },
      proxyEmails: entry.proxyEmails,
      notes: entry.notes,
    });
    expect(cleared.history.map((h) => h.action)).toEqual(['added', 'cleared']);
    expect(await matchWatchlist({ proxyEmail: fraudster.proxyEmail })).toEqual([]);
  });

  it('refuses to clear without a reason', async () => {
    const { entry } = await addWatchlistEntry(fraudster, T0);
    const before = await snapshot();
    await expect(clearWatchlistEntry(entry.id, '  ', T0)).rejects.toMatchObject({ code: 'invalid-input', field: 'cleared.why' });
    expect(await snapshot()).toEqual(before);
  });

  it('deleting removes the entry and is audited', async () => {
    const { entry } = await addWatchlistEntry(fraudster, T0);
    await deleteWatchlistEntry(entry.id, T0);
    expect(await countEntries()).toBe(0);
    await expect(deleteWatchlistEntry(entry.id, T0)).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('editing', () => {
  it('changes the given fields and records which ones', async () => {
    const { entry } = await addWatchlistEntry(fraudster, T0);
    const edited = await editWatchlistEntry(entry.id, { severity: 'medium', notes: 'Downgraded after call', reason: undefined }, daysAfter(T0, 1));
    expect(edited).toMatchObject({ severity: 'medium', notes: 'Downgraded after call', reason: 'false-claim' });
    expect(edited.history.at(-1)).toMatchObject({ action: 'edited', fields: ['severity', 'notes'] });
  });

  it('refuses a proxy email another entry already lists', async () => {
    await addWatchlistEntry(fraudster, T0);
    const other = await addWatchlistEntry(canceller, T0);
    const before = await snapshot();
    const error = await editWatchlistEntry(other.entry.id, { proxyEmails: ['x7k2m9q4w1z8c3v@marketplace.amazon.de'] }, T0).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid-input', field: 'proxyEmails' });
    expect(await snapshot()).toEqual(before);
  });
});

describe('every change is audited', () => {
  it('writes one audit entry per add, edit, review, clear and delete', async () => {
    const { entry } = await addWatchlistEntry(fraudster, T0);
    await editWatchlistEntry(entry.id, { severity: 'medium' }, T0);
    await reviewWatchlistEntry(entry.id, '', T0);
    await clearWatchlistEntry(entry.id, 'Resolved', T0);
    await deleteWatchlistEntry(entry.id, T0);
    expect(await auditKinds()).toEqual(['watchlist-add', 'watchlist-edit', 'watchlist-review', 'watchlist-clear', 'watchlist-delete']);
  });

  it('keeps neither the change nor its audit entry when the transaction fails', async () => {
    const { entry } = await addWatchlistEntry(fraudster, T0);
    const before = await snapshot();
    // A failing audit write must roll back the edit made in the same transaction.
    const original = db.audit.add.bind(db.audit);
    db.audit.add = () => Promise.reject(new Error('disk full')) as never;
    try {
      await expect(editWatchlistEntry(entry.id, { severity: 'watch' }, T0)).rejects.toThrow('disk full');
    } finally {
      db.audit.add = original;
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('searching and matching', () => {
  it.each([
    ['a name without accents', 'jurgen', ['Jürgen Müller']],
    ['part of a proxy email', 'X7K2M9', ['Jürgen Müller']],
    ['an order id', '701-0000001', ['Ana Lima']],
    ['a word of the notes', 'signed delivery', ['Jürgen Müller']],
    ['nothing listed', 'zzz', []],
  ])('finds entries by %s', async (_, text, names) => {
    await addWatchlistEntry(fraudster, T0);
    await addWatchlistEntry(canceller, T0);
    expect((await listWatchlist({ text })).map((e) => e.buyerNames[0])).toEqual(names);
  });

  it('matches pages against the current list, seeing every change', async () => {
    const page = { proxyEmail: 'x7k2m9q4w1z8c3v+abc@marketplace.amazon.de', orderIds: [], buyerName: 'Someone' };
    expect(await matchWatchlist(page)).toEqual([]);
    const { entry } = await addWatchlistEntry(fraudster, T0);
    expect((await matchWatchlist(page)).map((m) => [m.entry.id, m.strength])).toEqual([[entry.id, 'strong']]);
    await clearWatchlistEntry(entry.id, 'Resolved', T0);
    expect(await matchWatchlist(page)).toEqual([]);
  });

  it('matches order list rows one by one', async () => {
    await addWatchlistEntry(fraudster, T0);
    const rows = [
      { orderIds: ['302-1234567-7654321'], buyerName: 'Amazon Customer' },
      { orderIds: ['302-0000000-0000000'], buyerName: 'Amazon Customer' },
      { orderIds: ['302-0000000-0000001'], buyerName: 'Jurgen Muller' },
    ];
    expect((await matchWatchlistMany(rows)).map((ms) => ms.map((m) => m.strength))).toEqual([['strong'], [], ['possible']]);
  });
});
