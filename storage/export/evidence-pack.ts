import { CHAIN_BASE_KEY, CHAIN_HEAD_KEY, GENESIS, readLink } from '../chain/chain-link';
import { sha256Hex } from '../chain/sha256';
import { BlobText } from './blob-text';
import { capturesCsv } from './captures-csv';
import { MANIFEST_FORMAT, MANIFEST_VERSION, type EvidenceManifest, type ExportedCapture, type ManifestFile } from './manifest-schema';
import { auditLog } from './pack-audit-log';
import { gapLinks } from './pack-chain';
import { auditExport, type ExportOutcome } from './pack-export-audit';
import { signManifest } from './pack-signature';
import { SIGNATURE_FILE } from './pack-signature-schema';
import { eventsFor, packRecord, recordsAligned, recordsWithPngs, scopeIds, screenshotPath, statusChecker, type ExportScope } from './pack-captures';
import { readAhead } from './read-ahead';
import { READ_AHEAD, readCapture } from './pack-screenshot-read';
import { orderSection, REPORT_END, reportHead, type ReportCapture } from './report-html';
import { installSigningKey, type SigningKeyStore } from './signing-key';
import { ZipBlobWriter } from './zip-writer';
import type { Language } from '../../locales/languages';
import { loadLanguagePack } from '../../locales/language-packs';
import { translator } from '../../locales/translate';

export type { ExportScope } from './pack-captures';

export interface ExportProgress {
  phase: 'captures' | 'report' | 'manifest' | 'done';
  /** Captures handled in this phase so far, of `total`. */
  done: number;
  total: number;
  /** Bytes of the ZIP written so far. */
  bytes: number;
}

export interface ExportOptions {
  agent: string;
  extensionVersion: string;
  now?: Date;
  onProgress?: (progress: ExportProgress) => void;
  signal?: AbortSignal;
  /** Where this install's signing key is kept (the `meta` table unless a test says otherwise). */
  keyStore?: SigningKeyStore;
  /** The language of report.html and the CSV headers (the agent's interface language); English by default. */
  language?: Language;
}

export interface EvidencePack {
  blob: Blob;
  fileName: string;
  captures: number;
}

/**
 * Write an evidence pack (see manifest-schema.ts for the format) as a streamed ZIP:
 * screenshots are read and added one at a time, generated files are built as Blobs, and the
 * ZIP's compressed output is folded into a Blob as it is produced; manifest.json is signed with
 * this install's key (manifest.sig.json). Records an `export` entry in the audit log, also
 * when the export is cancelled (`signal`) or fails.
 * @example const pack = await buildEvidencePack({ type: 'order', orderId }, { agent, extensionVersion })
 */
export async function buildEvidencePack(scope: ExportScope, options: ExportOptions): Promise<EvidencePack> {
  const now = options.now ?? new Date();
  let last: ExportProgress = { phase: 'captures', done: 0, total: 0, bytes: 0 };
  try {
    const pack = await writePack(scope, options, now, (p) => {
      last = p;
      options.onProgress?.(p);
    });
    await auditExport(scope, { state: 'done', ...pack.audit }, options.agent, now);
    return pack;
  } catch (error) {
    const cancelled = options.signal?.aborted === true;
    const reason = cancelled ? 'cancelled by the agent' : error instanceof Error ? error.message : String(error);
    await auditExport(scope, { state: cancelled ? 'cancelled' : 'failed', captures: last.total, done: last.done, bytes: last.bytes, reason }, options.agent, now);
    throw error;
  }
}

async function writePack(scope: ExportScope, options: ExportOptions, now: Date, onProgress: (p: ExportProgress) => void): Promise<EvidencePack & { audit: AuditFacts }> {
  const ids = await scopeIds(scope);
  const language = options.language ?? 'en';
  await loadLanguagePack(language);
  const t = translator(language);
  const zip = new ZipBlobWriter();
  const events = await eventsFor(ids);
  const statusOf = await statusChecker(events);
  const progress = (phase: ExportProgress['phase'], done: number) => onProgress({ phase, done, total: ids.length, bytes: zip.written });
  const files: ManifestFile[] = [];
  const summaries = new Map<string, Pick<ExportedCapture, 'status' | 'screenshots'>>();
  const orders = new Map<string | null, string[]>();
  const seqs: number[] = [];
  const csv = new BlobText('text/csv');
  csv.add(capturesCsv([], true, t));
  const meta = {
    format: MANIFEST_FORMAT,
    version: MANIFEST_VERSION,
    exportedAt: now.toISOString(),
    exportedBy: options.agent,
    extensionVersion: options.extensionVersion,
    scope: { type: scope.type, orderId: scope.type === 'order' ? scope.orderId : null, query: scope.type === 'search' ? scope.query : null },
  } satisfies Partial<EvidenceManifest>;
  // manifest.json's captures are written as pass 1 goes, in the same order.
  const manifest = new BlobText('application/json');
  manifest.add(`${JSON.stringify(meta).slice(0, -1)},"captures":[`);

  // Pass 1: screenshots, status, CSV rows and manifest entries. The next captures' screenshots
  // are read and hashed while this one goes into the ZIP (a few at most, so memory stays bounded).
  let done = 0;
  for await (const { record, status: checked, shots } of readAhead(recordsWithPngs(ids), READ_AHEAD, readCapture(statusOf))) {
    options.signal?.throwIfAborted();
    let status = checked;
    const screenshots: ExportedCapture['screenshots'] = [];
    for (const [index, image] of record.images.entries()) {
      const shot = shots[index];
      if (!shot) {
        status = 'altered';
        continue;
      }
      if (shot.sha256 !== image.sha256) status = 'altered';
      const path = screenshotPath(record, index);
      zip.addBytes(path, shot.bytes, { compress: false, mtime: new Date(record.capturedAt), source: shot.png });
      screenshots.push({ imageId: image.id, path, sha256: shot.sha256 });
      files.push({ path, sha256: shot.sha256, size: shot.bytes.length, role: 'screenshot' });
    }
    summaries.set(record.id, { status, screenshots });
    csv.add(capturesCsv([{ record, status, screenshots }], false));
    manifest.add(`${done ? ',' : ''}${JSON.stringify({ record: packRecord(record), status, screenshots })}`);
    const sameOrder = orders.get(record.orderId) ?? [];
    sameOrder.push(record.id);
    orders.set(record.orderId, sameOrder);
    seqs.push(record.seq);
    progress('captures', ++done);
    // Let the page paint the progress and collect the screenshot buffers now and then.
    if (done % 10 === 0) await new Promise((resolve) => setTimeout(resolve, 0));
  }

  const [base, head] = await Promise.all([readLink(CHAIN_BASE_KEY), readLink(CHAIN_HEAD_KEY)]);
  const chain = { base: base ?? GENESIS, head, ...(await gapLinks(seqs)) };

  // Pass 2: report.html, one section per order (captures without an order last).
  const orderKeys = [...orders.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)));
  const report = new BlobText('text/html');
  report.add(reportHead({ ...meta, chain }, orderKeys, ids.length, t).value);
  let reported = 0;
  // Every order's captures in one stream of page-sized reads, not one read per order.
  const inOrder = recordsAligned(orderKeys.flatMap((orderId) => orders.get(orderId)!));
  for (const orderId of orderKeys) {
    options.signal?.throwIfAborted();
    const captures: ReportCapture[] = [];
    for (const _id of orders.get(orderId)!) {
      const record = (await inOrder.next()).value;
      if (record) captures.push({ record, ...summaries.get(record.id)! });
    }
    report.add(orderSection(orderId, captures, t).value);
    reported += captures.length;
    progress('report', reported);
  }
  report.add(REPORT_END);

  await addFile(zip, files, 'captures.csv', csv.toBlob(), 'captures-csv', now);
  await addFile(zip, files, 'audit-log.csv', await auditLog(scope, orderKeys, t), 'audit-log', now);
  await addFile(zip, files, 'report.html', report.toBlob(), 'report', now);

  // manifest.json: the captures were written in pass 1.
  progress('manifest', done);
  manifest.add(`],"chain":${JSON.stringify(chain)},"events":${JSON.stringify(events)},"files":${JSON.stringify(files)}}`);
  const manifestBlob = manifest.toBlob();
  const manifestBytes = new Uint8Array(await manifestBlob.arrayBuffer());
  options.signal?.throwIfAborted();
  const signature = await signManifest(manifestBytes, await installSigningKey(options.keyStore, now), options.agent, now);
  await zip.addBlob('manifest.json', manifestBlob, { compress: true, mtime: now });
  zip.addBytes(SIGNATURE_FILE, new TextEncoder().encode(JSON.stringify(signature, null, 2)), { compress: true, mtime: now });

  const blob = zip.finish();
  const label = scope.type === 'order' ? `order-${scope.orderId}` : scope.type;
  const fileName = `seller-guard-evidence-${label}-${now.toISOString().slice(0, 16).replace(/[-:T]/g, '')}.zip`;
  progress('done', ids.length);
  return { blob, fileName, captures: ids.length, audit: { fileName, captures: ids.length, files: files.length, bytes: blob.size, signedBy: signature.fingerprint } };
}

type AuditFacts = Omit<Extract<ExportOutcome, { state: 'done' }>, 'state'>;

async function addFile(zip: ZipBlobWriter, files: ManifestFile[], path: string, blob: Blob, role: ManifestFile['role'], mtime: Date) {
  files.push({ path, sha256: await sha256Hex(blob), size: blob.size, role });
  await zip.addBlob(path, blob, { compress: true, mtime });
}
