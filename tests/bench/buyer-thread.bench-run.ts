import { expect, it } from 'vitest';
import { assessBuyerMessage } from '../../rules/buyer/buyer-risk';
import { forgetLinkVerdicts } from '../../rules/buyer/link-verdict';
import { buyerThread } from './buyer-thread';
import { recordBench } from './record';

/**
 * Risky buyer messages (issue #14): assessing every message of a 100-message thread, 100
 * different corpus messages, risky and safe (links, addresses, phones, attachments), ≤ 10 ms.
 * `first_in_page` is the first thread a fresh module assesses (every pattern compiled on
 * first use), as a content script does on the first thread page of a tab.
 * Per-stage figures: tests/bench/buyer-thread-stages.ts.
 */

// About a second of rounds: a burst of other work on the machine (a browser of the bench before still exiting) moves few of them.
const RUNS = 101;

it('assesses a 100-message thread', () => {
  const thread = buyerThread();
  // Each round starts as a thread never seen: no link verdict is cached from an earlier round.
  const assessAll = () => {
    forgetLinkVerdicts();
    return thread.reduce((count, m) => count + assessBuyerMessage(m.text, m.attachments).length, 0);
  };
  // What a content script pays on its first thread: every pattern compiled on first use.
  const coldStarted = performance.now();
  assessAll();
  const cold = performance.now() - coldStarted;
  for (let i = 0; i < 20; i++) assessAll();
  const times: number[] = [];
  const cpu: number[] = [];
  let findings = 0;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    findings = assessAll();
    const used = process.cpuUsage(cpuStarted);
    times.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  expect(findings).toBeGreaterThan(50);
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  recordBench('buyer.thread100.median', times[RUNS >> 1]!, 'ms');
  // On a machine shared by many jobs the wall clock includes time the process waited for a core.
  recordBench('buyer.thread100.fastest', times[0]!, 'ms');
  recordBench('buyer.thread100.cpu.median', cpu[RUNS >> 1]!, 'ms');
  recordBench('buyer.thread100.first_in_page', cold, 'ms');
});
