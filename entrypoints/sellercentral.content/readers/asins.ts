import { findAsins } from '../../../rules/page/patterns';
import { normalizeLabel, valueAfterLabel } from './labels';
import { LABELS } from './page-vocabulary';

const NEW_ASIN = /^B0[A-Z0-9]{8}$/;

/**
 * The ASINs `lines` show: the values of "ASIN:" labels when there are any, else every `B0…`
 * ASIN. A bare 10-digit number counts only when labelled: unlabelled it is as likely a SKU or
 * an EAN-10 ("SKU: 4006381333").
 * @example asinsShown(['ASIN: B0C7Q2ZK4M', 'SKU: 4006381333']) // ['B0C7Q2ZK4M']
 */
export function asinsShown(lines: readonly string[]): string[] {
  const labels = LABELS.asin.map(normalizeLabel);
  const labelled = lines.flatMap((line, index) =>
    labels.some((label) => normalizeLabel(line).startsWith(label)) ? findAsins(valueAfterLabel(lines.slice(index, index + 2), LABELS.asin) ?? '') : [],
  );
  if (labelled.length) return [...new Set(labelled)];
  return findAsins(lines.join('\n')).filter((asin) => NEW_ASIN.test(asin));
}
