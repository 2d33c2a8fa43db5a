import { expect, it } from 'vitest';
import { launchExtension } from '../e2e/harness';
import { LONG_THREAD_LOOKALIKE, routeLongThread } from '../fixtures/long-thread';
import { FIXTURE_URLS } from '../fixtures/site';
import { recordBench } from './record';
import { summariseTasks, traceTasks, type TaskSummary, type TraceEvent } from './trace-tasks';

// Risky buyer messages (issue #14) where it matters: opening a thread page with 100 buyer
// messages in Chromium with the built extension, each time in a fresh tab, so the content
// script assesses its first thread (every pattern compiled on first use, as for an agent who
// opens a thread). A trace attributes main-thread tasks to the content script (see the
// draft-guard typing bench); CPU time is what a task cost even on a busy machine. Traced from
// the navigation until the last buyer message (the scan's last) carries its marker.
const TABS = 3;

/**
 * The trace without the tasks in which Chromium evaluated `urlPrefix`'s scripts (loading the
 * whole content script, every feature's modules): what runs once the script has loaded.
 */
function afterLoad(events: readonly TraceEvent[], urlPrefix: string): TraceEvent[] {
  const loads = events.filter((e) => e.name === 'EvaluateScript' && (e.args?.data?.url ?? '').startsWith(urlPrefix));
  const isLoadTask = (e: TraceEvent) =>
    (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') &&
    loads.some((load) => load.pid === e.pid && load.tid === e.tid && load.ts >= e.ts && load.ts < e.ts + (e.dur ?? 0));
  return events.filter((e) => !isLoadTask(e));
}

it('opening a thread page with 100 buyer messages', async () => {
  const harness = await launchExtension('e2e');
  try {
    await routeLongThread(harness.context);
    const extension = `chrome-extension://${harness.extensionId}/`;
    const runs: TaskSummary[] = [];
    const loaded: TaskSummary[] = [];
    for (let tab = 0; tab < TABS; tab++) {
      const page = await harness.context.newPage();
      const cdp = await harness.context.newCDPSession(page);
      const events = await traceTasks(cdp, async () => {
        await page.goto(FIXTURE_URLS.threadJpRisky);
        const last = page.locator('.message-component.received').last();
        await expect.poll(() => last.textContent(), { timeout: 30_000 }).toContain(LONG_THREAD_LOOKALIKE);
        await last.locator('seller-guard-buyer-risk .sg-br-marker').waitFor({ timeout: 30_000 });
      });
      expect(await page.locator('.message-component.received').count()).toBe(100);
      runs.push(summariseTasks(events, extension));
      loaded.push(summariseTasks(afterLoad(events, extension), extension));
      await cdp.detach();
      await page.close();
    }
    expect(runs.every((run) => run.tasksWithScript > 0)).toBe(true);
    const median = (pick: (run: TaskSummary) => number, of = runs) => of.map(pick).sort((a, b) => a - b)[TABS >> 1]!;
    recordBench('buyer.thread_open.longest_task_cpu', median((run) => run.longestTaskWithScriptCpu), 'ms');
    recordBench('buyer.thread_open.longest_script_cpu_in_task', median((run) => run.longestScriptCpuInTask), 'ms');
    recordBench('buyer.thread_open.longest_task_wall', median((run) => run.longestTaskWithScript), 'ms');
    recordBench('buyer.thread_open.tasks_over_50ms', median((run) => run.longTasks), 'tasks');
    // Loading the content script (all features) is one task of its own; the rest is what opening the thread costs.
    recordBench('buyer.thread_open.after_load.longest_task_cpu', median((run) => run.longestTaskWithScriptCpu, loaded), 'ms');
    recordBench('buyer.thread_open.after_load.tasks_over_50ms', median((run) => run.longTasks, loaded), 'tasks');
  } finally {
    await harness.close();
  }
});
