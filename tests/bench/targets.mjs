// The speed targets `npm run bench` checks, from the issues that set them. Each printed figure
// is compared with its target; a figure without one is printed as measured, marked "no target".

/** @typedef {{ max?: number, below?: number, min?: number, why: string }} Target */

/** @type {Record<string, Target>} */
export const BENCH_TARGETS = {
  'draft.analyze.median': { max: 1, why: 'a 2,000-character draft in ≤ 1 ms' },
  'draft.ratio': { max: 2, why: 'no more than twice linkify-it' },
  'draft guard, typing 2,000 chars: longest task running extension code, CPU': { max: 50, why: 'no long task from the guard' },
  'draft guard, typing 2,000 chars: page tasks over 50 ms wall clock (any code)': { max: 0, why: 'typing never stalls' },
  'watchlist.match.p95': { max: 5, why: 'a page against 10,000 entries in ≤ 5 ms' },
  'capture.visible.click_to_stored': { max: 1500, why: 'a visible capture stored within 1.5 s' },
  'archive.search.word.p95': { max: 100, why: 'p95 ≤ 100 ms at 100,000 captures' },
  'archive.search.order.p95': { max: 100, why: 'p95 ≤ 100 ms at 100,000 captures' },
  'archive.search.filtered.p95': { max: 100, why: 'p95 ≤ 100 ms at 100,000 captures' },
  'archive.popup.open_to_results': { below: 300, why: 'first results under 300 ms' },
  'archive.export.1000.peak_js_heap': { max: 100, why: 'bounded memory: far below the ZIP it streams' },
  'team.first_sync.10000': { max: 3000, why: 'first sync of a 10,000-entry team watchlist into a fresh profile in ≤ 3 s' },
  'team.change_visible_on_open_page': { max: 5000, why: "a team change on another agent's open page within 5 s" },
  'templates.filter500.keystroke.p95': { max: 16, why: 'filtering 500 templates ≤ 16 ms a keystroke' },
  'templates.picker500.keystroke.longest_task_cpu': { max: 16, why: 'the picker over 500 templates ≤ 16 ms a keystroke' },
  'templates.insert.longest_task_cpu': { max: 50, why: 'inserting a template causes no task over 50 ms' },
  'templates.insert.tasks_over_50ms': { max: 0, why: 'inserting a template causes no task over 50 ms' },
  'clock.minute_update.dom_reads': { max: 0, why: "the response clock's minute update reads no DOM" },
  'clock.minute_update.100_clocks.median': { max: 50, why: '100 clocks counted down without a long task' },
  'clock.thread_due.100_messages.median': { max: 10, why: 'a 100-message thread assessed in ≤ 10 ms' },
  'draft.adversarial.slowest_4k.median': { max: 5, why: 'hostile text at the 4,000-character compose limit in ≤ 5 ms' },
  'draft.adversarial.steepest_growth.fastest': { max: 8, why: 'linear: 20,000 characters take at most 8× as long as 4,000 (5× plus noise)' },
  'buyer.thread100.median': { max: 10, why: 'a 100-message thread assessed in ≤ 10 ms' },
  'capture.visible.click_to_stored.panel_still_loading': { max: 1500, why: "a visible capture stored within 1.5 s, its wait for the page's order panel included" },
  'team.server.pglite.audit.p95': { max: 50, why: '50 agents × 5 audit events/s for 60 s: p95 ≤ 50 ms' },
  'team.server.pglite.audit.lost': { max: 0, why: 'zero audit events lost, counted in the database' },
  'team.server.pglite.audit.duplicated': { max: 0, why: 'zero audit events duplicated, counted in the database' },
  'team.server.pglite.restart.lost': { max: 0, why: 'server killed and restarted halfway: zero lost' },
  'team.server.pglite.restart.duplicated': { max: 0, why: 'server killed and restarted halfway: a re-sent event stored once' },
  'team.server.postgres.audit.p95': { max: 50, why: '50 agents × 5 audit events/s for 60 s: p95 ≤ 50 ms' },
  'team.server.postgres.audit.lost': { max: 0, why: 'zero audit events lost, counted in the database' },
  'team.server.postgres.audit.duplicated': { max: 0, why: 'zero audit events duplicated, counted in the database' },
  'team.server.postgres.restart.lost': { max: 0, why: 'server killed and restarted halfway: zero lost' },
  'team.server.postgres.restart.duplicated': { max: 0, why: 'server killed and restarted halfway: a re-sent event stored once' },
};

/**
 * One result line (`name: value unit`) judged against its target:
 * `name: value unit (target ≤ max) ok|MISSED`, or `(no target)`. Unparseable lines pass through.
 * @param {string} line
 * @param {Record<string, Target>} [targets]
 * @returns {{ line: string, missed: boolean }}
 */
export function judgeLine(line, targets = BENCH_TARGETS) {
  const match = /^(.*): (-?[\d.]+(?:e[-+]?\d+)?) (\S+)$/.exec(line.trim());
  if (!match) return { line, missed: false };
  const [, name, text, unit] = match;
  const value = Number(text);
  const target = targets[name];
  if (!target) return { line: `${line.trim()} (no target)`, missed: false };
  const parts = [];
  if (target.max !== undefined) parts.push(`≤ ${target.max} ${unit}`);
  if (target.below !== undefined) parts.push(`< ${target.below} ${unit}`);
  if (target.min !== undefined) parts.push(`≥ ${target.min} ${unit}`);
  const missed =
    (target.max !== undefined && !(value <= target.max)) ||
    (target.below !== undefined && !(value < target.below)) ||
    (target.min !== undefined && !(value >= target.min));
  return { line: `${line.trim()} (target ${parts.join(', ')}) ${missed ? 'MISSED' : 'ok'}`, missed };
}

/**
 * Every result line judged; `missed` lists the figures that missed their target.
 * @param {string} results
 */
export function judgeResults(results, targets = BENCH_TARGETS) {
  const judged = results.split('\n').filter((line) => line.trim()).map((line) => judgeLine(line, targets));
  return { text: judged.map((j) => j.line).join('\n') + '\n', missed: judged.filter((j) => j.missed).map((j) => j.line) };
}
