/**
 * Where the time of `buyer.thread100` goes, stage by stage, in plain node (no vitest, no
 * browser build):
 *   npx esbuild tests/bench/buyer-thread-stages.ts --bundle --platform=node --format=esm \
 *     --outfile=/tmp/buyer-stages.mjs && node /tmp/buyer-stages.mjs
 * (`npx tsx` runs it too, but its keep-names helper wraps every closure and inflates the
 * figures.) Prints the thread's wall and CPU time, each stage's CPU time over the whole
 * thread (the stages `assessBuyerMessage` runs, called one by one) and the slowest messages.
 * On a shared machine compare CPU figures, not one wall-clock total.
 */
import { performance } from 'node:perf_hooks';
import { assessAttachments } from '../../rules/buyer/attachments';
import { findBuyerPhrases } from '../../rules/buyer/buyer-phrases';
import { assessBuyerMessage, judgeLink } from '../../rules/buyer/buyer-risk';
import { forgetLinkVerdicts } from '../../rules/buyer/link-verdict';
import { detectEmails } from '../../rules/draft/email';
import { detectLinks } from '../../rules/draft/link';
import { findLinkHits } from '../../rules/draft/link-scan';
import { detectMessagingHandles } from '../../rules/draft/messaging-handle';
import { findSpacedRuns } from '../../rules/draft/obfuscation';
import { detectOffPlatform } from '../../rules/draft/off-platform';
import { detectPhones } from '../../rules/draft/phone';
import { findSafeSpans } from '../../rules/draft/safe-spans';
import { createScan, foldWidth } from '../../rules/draft/scan';
import { buyerThread } from './buyer-thread';

const ROUNDS = Number(process.env.ROUNDS ?? 41);
const thread = buyerThread();
/** Per stage, its CPU time in each round; the median round is printed. */
const stages = new Map<string, number[]>();

/** Run one stage over the whole thread, timing the CPU it uses (not the time it waited for a core). */
function timed<T>(name: string, run: () => T): T {
  const started = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(started);
  stages.set(name, [...(stages.get(name) ?? []), (used.user + used.system) / 1000]);
  return result;
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

/** The stages of `assessBuyerMessage`, each run over every message of the thread in turn. */
function assessInStages(): void {
  forgetLinkVerdicts();
  const texts = thread.map((m) => m.text);
  const folded = timed('foldWidth', () => texts.map(foldWidth));
  const hits = timed('findLinkHits (linkify-it, IDN emails, bare hosts)', () => folded.map(findLinkHits));
  timed('judgeLink (tldts, skeletons, typos)', () => hits.forEach((all) => all.forEach((h) => h.schema !== 'mailto:' && judgeLink(h.url, h.raw))));
  const safe = timed('findSafeSpans', () => folded.map(findSafeSpans));
  const scans = texts.map((text, i) => createScan(text, {}, safe[i]!, folded[i]!));
  const spaced = timed('findSpacedRuns', () => folded.map(findSpacedRuns));
  timed('detectEmails', () => scans.forEach((scan, i) => detectEmails(scan, hits[i]!, spaced[i]!)));
  timed('detectLinks', () => scans.forEach((scan, i) => detectLinks(scan, hits[i]!, spaced[i]!)));
  timed('detectPhones (libphonenumber-js)', () => scans.forEach(detectPhones));
  timed('detectMessagingHandles', () => scans.forEach(detectMessagingHandles));
  timed('detectOffPlatform', () => scans.forEach(detectOffPlatform));
  timed('findBuyerPhrases', () => folded.forEach(findBuyerPhrases));
  timed('assessAttachments', () => thread.forEach((m) => assessAttachments(m.attachments ?? [])));
}

const cold = performance.now();
for (const m of thread) assessBuyerMessage(m.text, m.attachments);
console.log(`first thread (cold, compiles every regex): ${(performance.now() - cold).toFixed(2)} ms`);
for (let i = 0; i < 20; i++) for (const m of thread) assessBuyerMessage(m.text, m.attachments);

const totals: number[] = [];
const cpu: number[] = [];
const perMessage = thread.map(() => new Array<number>(ROUNDS).fill(0));
for (let r = 0; r < ROUNDS; r++) {
  forgetLinkVerdicts();
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  thread.forEach((m, i) => {
    const at = performance.now();
    assessBuyerMessage(m.text, m.attachments);
    perMessage[i]![r] = performance.now() - at;
  });
  const used = process.cpuUsage(cpuStarted);
  cpu.push((used.user + used.system) / 1000);
  totals.push(performance.now() - started);
}
console.log(`thread of ${thread.length}: median ${median(totals).toFixed(2)} ms wall, ${median(cpu).toFixed(2)} ms CPU; fastest ${Math.min(...totals).toFixed(2)} ms`);

for (let r = 0; r < ROUNDS; r++) assessInStages();
const byStage = [...stages].map(([name, rounds]) => [name, median(rounds)] as const).sort((a, b) => b[1] - a[1]);
console.log(`per stage, median CPU ms per thread (sum ${byStage.reduce((sum, [, ms]) => sum + ms, 0).toFixed(2)} ms):`);
for (const [name, ms] of byStage) console.log(`  ${ms.toFixed(3).padStart(7)}  ${name}`);
console.log('slowest messages, median ms each:');
const medians = perMessage.map(median);
for (const i of medians.map((_, i) => i).sort((a, b) => medians[b]! - medians[a]!).slice(0, 8)) {
  console.log(`  ${medians[i]!.toFixed(3)}  ${JSON.stringify(thread[i]!.text.slice(0, 80))}`);
}
