import { appendFileSync } from 'node:fs';

/**
 * Report one benchmark result. `npm run bench` collects these and prints them as
 * `name: value unit` lines; outside it they are printed directly.
 */
export function recordBench(name: string, value: number, unit: string): void {
  const line = `${name}: ${Number.isInteger(value) ? value : value.toFixed(3)} ${unit}`;
  const out = process.env.SELLER_GUARD_BENCH_OUT;
  if (out) appendFileSync(out, `${line}\n`);
  else console.log(line);
}
