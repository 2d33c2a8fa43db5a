import { learnStopTerms, type StopTermOptions } from '../../rules/search/learn-stop-terms';
import { captureTerms } from '../../rules/search/capture-terms';
import { db } from '../db';

/** meta key of the archive's stop terms (rules/search/learn-stop-terms.ts). */
export const STOP_TERMS_KEY = 'search-stop-terms';
/** Captures sampled (the newest: ids sort newest first) when learning stop terms. */
const SAMPLE = 1000;

interface StopTermsValue {
  terms: string[];
  learnedAt: string;
}

let cached: ReadonlySet<string> = new Set();
/** Whether `cached` was ever read or learned in this context (an empty set may be the truth, or not known yet). */
let known = false;

/** The stop terms as stored now (read fresh: a search must never use an older, smaller set). */
export async function readStopTerms(): Promise<ReadonlySet<string>> {
  const value = (await db.meta.get(STOP_TERMS_KEY))?.value as StopTermsValue | undefined;
  cached = new Set(Array.isArray(value?.terms) ? value.terms : []);
  known = true;
  return cached;
}

/**
 * The stop terms last read in this context, for code that must stay synchronous (the capture
 * store's transaction). Empty until `readStopTerms` ran once: a capture then indexes every
 * term, which is always correct, only larger.
 */
export function stopTermsNow(): ReadonlySet<string> {
  return cached;
}

/**
 * The stop terms read last in this context, or null before the first read. The stored set
 * only grows, so a term in it is a stop term now too: a search uses it to decide what to look
 * up before the fresh set arrives, never to decide what matches.
 */
export function stopTermsReadBefore(): ReadonlySet<string> | null {
  return known ? cached : null;
}

/**
 * Learn stop terms from the newest captures' full terms and add them to the stored set.
 * Runs with the daily retention alarm. Returns the set now stored.
 */
export async function learnArchiveStopTerms(now = new Date(), options: StopTermOptions = {}): Promise<string[]> {
  const [existing, ids] = await Promise.all([readStopTerms(), db.captures.limit(SAMPLE).primaryKeys()]);
  const samples: string[][] = [];
  for (let start = 0; start < ids.length; start += 100) {
    for (const record of await db.captures.bulkGet(ids.slice(start, start + 100))) if (record) samples.push(captureTerms(record));
  }
  const learned = learnStopTerms(samples, [...existing], options);
  // Merge with what is stored now, in one transaction: the set must only ever grow.
  const terms = await db.transaction('rw', db.meta, async () => {
    const stored = ((await db.meta.get(STOP_TERMS_KEY))?.value as StopTermsValue | undefined)?.terms ?? [];
    const merged = [...new Set([...stored, ...learned])];
    if (merged.length !== stored.length) await db.meta.put({ key: STOP_TERMS_KEY, value: { terms: merged, learnedAt: now.toISOString() } satisfies StopTermsValue });
    return merged;
  });
  cached = new Set(terms);
  known = true;
  return terms;
}
