import { db } from '../../../../storage/db';
import { listAudit } from '../../../../storage/audit/audit';
import { updateSettings } from '../../../../storage/settings';
import type { WatchlistAddInput } from '../../../../storage/watchlist/watchlist-schema';
import { readAllEntries } from '../../../../storage/watchlist/watchlist-records';

/** Empty every table and name the agent, before each test. */
export async function freshDatabase(agentName = 'Mia'): Promise<void> {
  await db.open();
  await Promise.all(db.tables.map((table) => table.clear()));
  await updateSettings({ agentName });
}

export const T0 = new Date('2026-01-10T09:00:00.000Z');
export const daysAfter = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);

export const fraudster: WatchlistAddInput = {
  buyerName: 'Jürgen Müller',
  proxyEmail: 'x7k2m9q4w1z8c3v+8f0e11aa@marketplace.amazon.de',
  orderIds: ['302-1234567-7654321'],
  reason: 'false-claim',
  severity: 'high',
  notes: 'A-to-z claim after signed delivery',
};

export const canceller: WatchlistAddInput = {
  buyerName: 'Ana Lima',
  proxyEmail: 'q1w2e3r4t5y6u7i@marketplace.amazon.com.br',
  orderIds: ['701-0000001-0000001'],
  reason: 'order-cancel',
  severity: 'watch',
};

/** Audit kinds written so far, oldest first. */
export async function auditKinds(): Promise<string[]> {
  return (await listAudit()).reverse().map((e) => e.kind);
}

/** Everything stored, to compare before and after a refused change. */
export async function snapshot(): Promise<unknown> {
  return { watchlist: await sortedEntries(), audit: await db.audit.toArray() };
}

/** Every stored entry, by id. */
export async function sortedEntries() {
  return (await readAllEntries()).sort((a, b) => a.id.localeCompare(b.id));
}
