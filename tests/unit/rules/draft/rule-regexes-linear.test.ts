import { analyse, type Report } from 'scslre';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectRuleRegexes, type RuleRegex } from './rule-regexes';

/**
 * Every regular expression in `rules/` must match in time linear in its input, so no draft,
 * page or search text can freeze the tab. scslre (the analyser behind eslint-plugin-regexp's
 * no-super-linear-backtracking / no-super-linear-move) proves the absence of super-linear
 * backtracking statically, in milliseconds per pattern. Runs of one character class are the
 * usual fix: bound them (`\S{1,40}`), or let them start only where their run starts
 * (`(?<!\d)\d+`).
 */

function describeReport(re: RuleRegex, report: Report): string {
  const at = report.type === 'Trade'
    ? `${report.startQuant.raw.slice(0, 40)} and ${report.endQuant.raw.slice(0, 40)} can both take the same characters`
    : `${report.quant.raw.slice(0, 60)} ${report.type === 'Move' ? 're-reads its run from every start' : 'repeats inside another quantifier'}`;
  return `${re.where}: /${re.source.slice(0, 120)}${re.source.length > 120 ? '…' : ''}/${re.flags}\n`
    + `  ${report.type}, ${report.exponential ? 'exponential' : 'polynomial'}: ${at};`
    + ` attack: ${JSON.stringify(report.character.pick)}.repeat(10_000) and then text that fails the rest`;
}

describe('regular expressions of rules/', () => {
  let collected: Awaited<ReturnType<typeof collectRuleRegexes>>;
  beforeAll(async () => {
    collected = await collectRuleRegexes(CALLS_THAT_BUILD);
  }, 30_000);

  it('are all collected, including the ones functions build per call', () => {
    const { regexes, uncovered } = collected;
    expect(uncovered, 'a RegExp built inside a function no listed call reaches').toEqual([]);
    expect(regexes.length).toBeGreaterThan(200);
  });

  it('match in linear time (no super-linear backtracking or re-reading)', () => {
    const unsafe: string[] = [];
    for (const re of collected.regexes) {
      const { reports } = analyse({ source: re.source, flags: re.flags }, { reportTypes: { Move: true, Self: true, Trade: true } });
      for (const report of reports) unsafe.push(describeReport(re, report));
    }
    expect(unsafe, unsafe.join('\n')).toEqual([]);
  }, 30_000);
});

/** Functions that build a regex per call, with a call that reaches the constructor. */
const CALLS_THAT_BUILD = {
  'rules/draft/blocked-terms.ts': (modules: Record<string, Record<string, unknown>>) => {
    const analyze = modules['rules/draft/analyze.ts']!.analyzeDraft as (text: string, options: object) => unknown;
    analyze('Visit ACME Store or 株式会社 soon', { blockedTerms: ['ACME Store', 'a.b+c', '株式会社'] });
  },
};
