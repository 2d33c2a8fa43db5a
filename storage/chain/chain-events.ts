import type { Table } from 'dexie';
import { t } from '../../locales/current';
import type { CaptureRecord } from '../capture/capture-schema';
import { GENESIS_HASH } from './chain-link';
import { chainEventSchema, type ChainEvent, type ChainEventDraft, type RedactionEntry } from './chain-event-schema';
import { db } from '../db';
import { hashCanonical } from './sha256';
import { hasCode, SellerGuardError } from '../../utils/errors';

/** meta key of the newest chain event's link. */
const EVENT_HEAD_KEY = 'event-chain-head';

interface EventLink {
  seq: number;
  hash: string;
}
const EVENT_GENESIS: EventLink = { seq: 0, hash: GENESIS_HASH };

/** The newest event's link (genesis when there is none). Works inside a transaction. */
export async function readEventHead(): Promise<EventLink> {
  const value = (await db.meta.get(EVENT_HEAD_KEY))?.value as EventLink | undefined;
  return value && typeof value.seq === 'number' && typeof value.hash === 'string' ? value : EVENT_GENESIS;
}

function capturesOf(draft: ChainEventDraft): string[] {
  return draft.type === 'deletion' ? [] : [...new Set(draft.entries.map((e) => e.captureId))];
}

/** SHA-256 of an event's canonical JSON without its `hash`. */
export function eventHash(event: Omit<ChainEvent, 'hash'> | ChainEvent): Promise<string> {
  const { hash: _hash, ...rest } = event as ChainEvent;
  return hashCanonical(rest);
}

/**
 * Give an event its place after `head` and its hash. Hashing is Web Crypto, so do this
 * before the transaction that writes it (`writeEvent`), as capture-store does for captures.
 */
export async function sealEvent(draft: ChainEventDraft, head: EventLink): Promise<ChainEvent> {
  const unsealed = { ...draft, seq: head.seq + 1, prevHash: head.hash, captureIds: capturesOf(draft) };
  return chainEventSchema.parse({ ...unsealed, hash: await eventHash(unsealed as ChainEvent) });
}

/**
 * Write a sealed event and move the event head, inside the caller's transaction (which must
 * include `db.chainEvents` and `db.meta`). Throws a `chain-moved` SellerGuardError if the head moved.
 */
export async function writeEvent(event: ChainEvent, head: EventLink): Promise<void> {
  const current = await readEventHead();
  if (current.seq !== head.seq || current.hash !== head.hash) throw new SellerGuardError('chain-moved');
  await db.chainEvents.add(event);
  await db.meta.put({ key: EVENT_HEAD_KEY, value: { seq: event.seq, hash: event.hash } });
}

/**
 * Run `write(event)` in one transaction with the event appended, retrying a few times if
 * another writer moved the event chain. `tables` are the caller's; the event tables are added.
 */
export async function withEvent<T>(draft: ChainEventDraft, tables: Table[], write: (event: ChainEvent) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const head = await readEventHead();
    const event = await sealEvent(draft, head);
    try {
      return await db.transaction('rw', [...new Set([...tables, db.chainEvents, db.meta])], async () => {
        await writeEvent(event, head);
        return write(event);
      });
    } catch (error) {
      if (!hasCode(error, 'chain-moved') || attempt >= 3) throw error;
    }
  }
}

/** Every event concerning one capture, oldest first. */
export async function eventsOf(captureId: string): Promise<ChainEvent[]> {
  return db.chainEvents.where('captureIds').equals(captureId).sortBy('seq');
}

/** The latest redaction entry of a capture among `events`, if any. */
export function latestRedaction(events: readonly ChainEvent[], captureId: string): RedactionEntry | undefined {
  let found: RedactionEntry | undefined;
  for (const event of [...events].sort((a, b) => a.seq - b.seq)) {
    if (event.type !== 'redaction') continue;
    found = event.entries.find((e) => e.captureId === captureId) ?? found;
  }
  return found;
}

/**
 * For verifying the capture chain: a function giving, for a capture redacted by retention,
 * the hash its redacted content must have. Only entries of events whose own hash checks out
 * and whose `captureHash` is the capture's chain hash count.
 */
export async function redactionLookup(events?: readonly ChainEvent[]): Promise<(record: CaptureRecord) => string | undefined> {
  const all = events ?? (await db.chainEvents.where('type').equals('redaction').sortBy('seq'));
  const byCapture = new Map<string, RedactionEntry>();
  for (const event of all) {
    if (event.type !== 'redaction' || (await eventHash(event)) !== event.hash) continue;
    for (const entry of event.entries) byCapture.set(entry.captureId, entry);
  }
  return (record) => {
    const entry = byCapture.get(record.id);
    return entry && entry.captureHash === record.hash ? entry.redactedHash : undefined;
  };
}

interface EventChainReport {
  ok: boolean;
  intact: number;
  /** First broken event, in the agent's words. */
  problem: string | null;
}

/** Check the event chain end to end: positions, links, hashes and the stored head. */
export async function verifyEvents(): Promise<EventChainReport> {
  const [events, head] = await Promise.all([db.chainEvents.orderBy('seq').toArray(), readEventHead()]);
  let prev = EVENT_GENESIS;
  for (const [i, event] of events.entries()) {
    const fail = (problem: string) => ({ ok: false, intact: i, problem });
    if (event.seq !== prev.seq + 1) return fail(t('problem.events.missing', { seq: String(prev.seq + 1) }));
    if (event.prevHash !== prev.hash) return fail(t('problem.events.noLink', { seq: String(event.seq) }));
    if ((await eventHash(event)) !== event.hash) return fail(t('problem.events.changed', { seq: String(event.seq), type: event.type }));
    prev = { seq: event.seq, hash: event.hash };
  }
  if (head.seq !== prev.seq || head.hash !== prev.hash) {
    return { ok: false, intact: events.length, problem: t('problem.events.newestMissing', { seq: String(head.seq) }) };
  }
  return { ok: true, intact: events.length, problem: null };
}
