import { storage } from '#imports';
import { z } from 'zod';
import { needsAnswerSoon } from '../../rules/clock/response-clock';
import type { ClockSummary, SeenClock } from '../../utils/clock-protocol';
import { serialQueue } from '../../utils/serial-queue';

/** How long a seen thread counts: the toolbar badge and the popup speak of the last day. */
export const SEEN_WINDOW_MS = 24 * 60 * 60 * 1000;
/** At most this many threads are kept (the most recently seen). */
const MAX_SEEN = 2_000;

const seenRecordSchema = z.object({ dueAt: z.number().nullable(), seenAt: z.number() });
const seenMapSchema = z.record(z.string(), seenRecordSchema);
type SeenMap = z.infer<typeof seenMapSchema>;

/**
 * The response clocks this browser has seen, in `browser.storage.local` under `responseClocks`:
 * `{ [caseId]: { dueAt: ms | null, seenAt: ms } }`, the last day's only, at most 2,000. Written
 * by the background alone (one write at a time); a damaged record reads as empty.
 */
const seenItem = storage.defineItem<unknown>('local:responseClocks', { fallback: {} });
const oneAtATime = serialQueue();

async function readSeen(): Promise<SeenMap> {
  const parsed = seenMapSchema.safeParse(await seenItem.getValue());
  return parsed.success ? parsed.data : {};
}

/** Only the last day's, newest first, at most MAX_SEEN. */
function recent(map: SeenMap, now: number): SeenMap {
  const kept = Object.entries(map)
    .filter(([, record]) => now - record.seenAt < SEEN_WINDOW_MS)
    .sort((a, b) => b[1].seenAt - a[1].seenAt)
    .slice(0, MAX_SEEN);
  return Object.fromEntries(kept);
}

/**
 * Record what a page showed. A thread seen again replaces what was seen before: the page is the
 * latest word (the seller may have answered meanwhile).
 */
export function recordSeenClocks(clocks: readonly SeenClock[], now = Date.now()): Promise<void> {
  return oneAtATime(async () => {
    const map = await readSeen();
    for (const clock of clocks) map[clock.caseId] = { dueAt: clock.dueAt, seenAt: now };
    await seenItem.setValue(recent(map, now));
  });
}

/** What was seen in the last day of these cases: due time or null, by case id; unseen ones left out. */
export async function seenClocksOf(caseIds: readonly string[], now = Date.now()): Promise<Record<string, number | null>> {
  const map = recent(await readSeen(), now);
  return Object.fromEntries(caseIds.filter((id) => Object.hasOwn(map, id)).map((id) => [id, map[id]!.dueAt]));
}

/** The threads seen in the last day; those due within `warnHours` or overdue; those overdue. */
export async function summarizeSeenClocks(warnHours: number, now = Date.now()): Promise<ClockSummary> {
  const records = Object.values(recent(await readSeen(), now));
  const due = records.flatMap((record) => (record.dueAt === null ? [] : [{ dueAt: record.dueAt }]));
  return {
    seen: records.length,
    dueSoon: due.filter((clock) => needsAnswerSoon(clock, now, warnHours)).length,
    overdue: due.filter((clock) => clock.dueAt <= now).length,
    warnHours,
  };
}
