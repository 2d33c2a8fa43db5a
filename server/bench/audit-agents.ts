import { TEAM_PROTOCOL_HEADER, TEAM_PROTOCOL_VERSION } from '../../rules/team/protocol';
import { postJson } from './post-json';

/**
 * One simulated agent: makes an audit event every `1000 / rate` ms into its own queue (as
 * the extension does offline) and sends the queue in order, retrying the same event ids
 * after any failure, so a lost answer or a dead server loses and duplicates nothing.
 */
export interface AgentResult {
  made: number;
  madeIds: string[];
  /** Event id to the server sequence of its receipt. */
  receipts: Map<string, number>;
  /** Receipts naming another sequence than an earlier receipt for the same event (a duplicate). */
  conflictingReceipts: number;
  /** Receipts marked `duplicate`: an event re-sent after a failure that the server had stored. */
  resentStoredOnce: number;
  latencies: number[];
  failures: number;
}

export async function runAgent(options: {
  url: () => string;
  token: string;
  name: string;
  rate: number;
  /** Stop making events at this time; keep sending until `drainUntil`. */
  makeUntil: number;
  drainUntil: number;
}): Promise<AgentResult> {
  const result: AgentResult = { made: 0, madeIds: [], receipts: new Map(), conflictingReceipts: 0, resentStoredOnce: 0, latencies: [], failures: 0 };
  const queue: { eventId: string; kind: 'capture'; at: string; summary: string }[] = [];
  const start = Date.now() + Math.random() * (1000 / options.rate);
  const interval = 1000 / options.rate;
  const makeDue = () => {
    const due = Math.min(options.makeUntil, Date.now());
    while (start + result.made * interval <= due) {
      const eventId = `${options.name}-${result.made}`;
      queue.push({ eventId, kind: 'capture', at: new Date().toISOString(), summary: `bench event ${result.made}` });
      result.madeIds.push(eventId);
      result.made++;
    }
  };
  while (Date.now() < options.drainUntil) {
    makeDue();
    if (!queue.length) {
      if (Date.now() >= options.makeUntil) break;
      await sleep(Math.max(1, start + result.made * interval - Date.now()));
      continue;
    }
    const batch = queue.slice(0, 100);
    const sent = performance.now();
    try {
      const response = await postJson(
        `${options.url()}/v1/audit/events`,
        { authorization: `Bearer ${options.token}`, [TEAM_PROTOCOL_HEADER]: String(TEAM_PROTOCOL_VERSION) },
        { events: batch },
        5000,
      );
      if (response.status !== 200) throw new Error(`status ${response.status}`);
      const { receipts } = response.body as { receipts: { eventId: string; seq: number; duplicate: boolean }[] };
      result.latencies.push(performance.now() - sent);
      for (const receipt of receipts) {
        const earlier = result.receipts.get(receipt.eventId);
        if (earlier !== undefined && earlier !== receipt.seq) result.conflictingReceipts++;
        if (receipt.duplicate) result.resentStoredOnce++;
        result.receipts.set(receipt.eventId, receipt.seq);
      }
      queue.splice(0, batch.length);
    } catch {
      result.failures++;
      await sleep(250);
    }
  }
  return result;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
