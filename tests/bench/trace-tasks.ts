import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event, µs. */
  tdur?: number;
  args?: { name?: string; data?: { url?: string } };
}

export interface TaskSummary {
  /** Main-thread tasks of the page's renderer over 50 ms of wall-clock time, whatever ran in them. */
  longTasks: number;
  /** The longest main-thread task in which any of `urlPrefix`'s scripts ran: wall clock (ms). */
  longestTaskWithScript: number;
  /** The same by the main thread's CPU time (ms): what the task cost, even when the machine is busy. */
  longestTaskWithScriptCpu: number;
  /** The most CPU time `urlPrefix`'s scripts themselves took within one task (ms). */
  longestScriptCpuInTask: number;
  /** How many tasks ran `urlPrefix`'s scripts (proves the script was seen at all). */
  tasksWithScript: number;
}

const CATEGORIES = 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline,v8.execute';

/** Record a Chromium trace of the page's renderer around `run`. */
export async function traceTasks(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReturnAsStream' });
  const complete = new Promise<{ stream?: string }>((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  try {
    await run();
  } finally {
    await cdp.send('Tracing.end');
  }
  const { stream } = await complete;
  if (!stream) throw new Error('Chromium returned no trace stream');
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream, size: 1 << 20 });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/**
 * Main-thread tasks of renderer main threads, and which of them ran scripts whose URL starts
 * with `urlPrefix` (a content script's `chrome-extension://<id>/`): the extension's share of
 * the page's long tasks, which a PerformanceObserver in the page cannot attribute.
 */
export function summariseTasks(events: readonly TraceEvent[], urlPrefix: string): TaskSummary {
  const mainThreads = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = (e: TraceEvent) => mainThreads.has(`${e.pid}:${e.tid}`) && e.ph === 'X' && typeof e.dur === 'number';
  // Tasks appear both as ThreadControllerImpl::RunTask and a nested RunTask: keep the outermost.
  const runs = events
    .filter((e) => onMain(e) && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'))
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const tasks: TraceEvent[] = [];
  for (const run of runs) {
    const outer = tasks.at(-1);
    if (outer && outer.pid === run.pid && outer.tid === run.tid && run.ts < outer.ts + outer.dur!) continue;
    tasks.push(run);
  }
  const scripts = events.filter((e) => onMain(e) && (e.args?.data?.url ?? '').startsWith(urlPrefix));

  const summary: TaskSummary = {
    longTasks: 0,
    longestTaskWithScript: 0,
    longestTaskWithScriptCpu: 0,
    longestScriptCpuInTask: 0,
    tasksWithScript: 0,
  };
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    if (task.dur! > 50_000) summary.longTasks += 1;
    const inside = scripts
      .filter((s) => s.pid === task.pid && s.tid === task.tid && s.ts >= task.ts && s.ts < end)
      .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    if (inside.length === 0) continue;
    // Only the outermost calls: a nested call's time is already in its caller's.
    let scriptCpu = 0;
    let coveredUntil = -Infinity;
    for (const call of inside) {
      if (call.ts < coveredUntil) continue;
      coveredUntil = call.ts + call.dur!;
      scriptCpu += call.tdur ?? call.dur!;
    }
    summary.tasksWithScript += 1;
    summary.longestTaskWithScript = Math.max(summary.longestTaskWithScript, task.dur! / 1000);
    summary.longestTaskWithScriptCpu = Math.max(summary.longestTaskWithScriptCpu, (task.tdur ?? task.dur!) / 1000);
    summary.longestScriptCpuInTask = Math.max(summary.longestScriptCpuInTask, scriptCpu / 1000);
  }
  return summary;
}
