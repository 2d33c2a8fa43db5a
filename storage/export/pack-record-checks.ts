import { isCaptureIdOf } from '../../rules/capture/capture-id';
import { t } from '../../locales/current';
import { ASIN_RE, ORDER_ID_RE } from '../../rules/page/patterns';
import type { EvidenceManifest, ExportedCapture } from './manifest-schema';
import { screenshotPath } from './pack-captures';

const EXACT_ORDER_ID = new RegExp(`^(?:${ORDER_ID_RE.source})$`);
const EXACT_ASIN = new RegExp(`^(?:${ASIN_RE.source})$`);
/** A capture time more than a day ahead of this machine's clock is not a real capture time. */
const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

const shown = (value: string) => JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);

/** Problems of one capture's identifiers and screenshot list, each a sentence naming it. */
function captureProblems({ record, screenshots }: ExportedCapture, now: Date): string[] {
  const label = t('problem.pack.recordLabel', { seq: String(record.seq) });
  const problems: string[] = [];
  if (!isCaptureIdOf(record.id, record.capturedAt)) {
    problems.push(t('problem.pack.badId', { label, id: shown(record.id), time: record.capturedAt }));
  }
  if (Date.parse(record.capturedAt) > now.getTime() + CLOCK_SKEW_MS) problems.push(t('problem.pack.future', { label, time: record.capturedAt }));
  if (record.orderId !== null && !EXACT_ORDER_ID.test(record.orderId)) problems.push(t('problem.pack.badOrderId', { label, orderId: shown(record.orderId) }));
  const badAsin = record.asins.find((asin) => !EXACT_ASIN.test(asin));
  if (badAsin !== undefined) problems.push(t('problem.pack.badAsin', { label, asin: shown(badAsin) }));
  if (screenshots.length > record.images.length) {
    problems.push(t('problem.pack.screenshotCount', { label, files: screenshots.length, images: record.images.length }));
  }
  record.images.forEach((image, i) => {
    if (image.id !== `${record.id}#${i}` || image.index !== i) problems.push(t('problem.pack.screenshotId', { label, index: String(i + 1), id: shown(image.id), expected: `${record.id}#${i}` }));
  });
  screenshots.forEach((shot, i) => {
    const index = record.images.findIndex((image) => image.id === shot.imageId);
    if (index < 0) problems.push(t('problem.pack.screenshotOrphan', { label, index: String(i + 1), path: shown(shot.path) }));
    else if (shot.path !== screenshotPath(record, index)) problems.push(t('problem.pack.screenshotPath', { label, index: String(index + 1), path: shown(shot.path), expected: screenshotPath(record, index) }));
  });
  return problems;
}

/**
 * Check every capture of a pack the way restore will store it: ids, order ids, ASINs and
 * screenshot names in Seller Guard's own formats (rules/), no capture id twice, no more
 * screenshot files than screenshots. Runs before anything is written; each problem is a sentence.
 * @example packRecordProblems(manifest) // ['Capture #2 in manifest.json has the order id "../../x", which is not an Amazon order id.']
 */
export function packRecordProblems(manifest: EvidenceManifest, now = new Date()): string[] {
  const problems: string[] = [];
  const seqOfId = new Map<string, number>();
  for (const capture of manifest.captures) {
    const { id, seq } = capture.record;
    const first = seqOfId.get(id);
    if (first !== undefined) problems.push(t('problem.pack.sameId', { first: String(first), seq: String(seq), id: shown(id) }));
    else seqOfId.set(id, seq);
    problems.push(...captureProblems(capture, now));
  }
  return problems;
}
