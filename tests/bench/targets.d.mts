export interface Target {
  max?: number;
  below?: number;
  min?: number;
  why: string;
}
export const BENCH_TARGETS: Record<string, Target>;
export function judgeLine(line: string, targets?: Record<string, Target>): { line: string; missed: boolean };
export function judgeResults(results: string, targets?: Record<string, Target>): { text: string; missed: string[] };
