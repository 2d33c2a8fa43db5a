import { z } from 'zod';

/**
 * Messages of the response clock (see the "Response clock" section of utils/protocol.ts). A
 * page tells the background what it showed of each case; the background keeps the last day's
 * and counts those to answer soon on the toolbar badge.
 */

// Case ids come from page links: attacker-controlled, so bounded.
const caseIdSchema = z.string().trim().min(1).max(200);
/** A due time within ten years of now, in ms since 1970. */
const dueAtSchema = z.number().int().min(Date.UTC(2000, 0, 1)).max(Date.UTC(2100, 0, 1));

/** What a page showed of one case: when it is due, or null when it needed no answer. */
export const seenClockSchema = z.object({ caseId: caseIdSchema, dueAt: dueAtSchema.nullable() });
export type SeenClock = z.infer<typeof seenClockSchema>;

export const reportClocksSchema = z.object({ clocks: z.array(seenClockSchema).max(500) });
export const seenClocksQuerySchema = z.object({ caseIds: z.array(caseIdSchema).max(500) });

/** The popup's summary: threads seen in the last day, those due within the window, those overdue. */
export interface ClockSummary {
  seen: number;
  dueSoon: number;
  overdue: number;
  warnHours: number;
}
