import { recordHash } from '../chain/capture-chain';
import { oneDecimal } from '../../locales/format';
import { t } from '../../locales/current';
import { eventHash, redactionLookup } from '../chain/chain-events';
import type { CaptureRecord } from '../capture/capture-schema';
import { manifestSchema, MANIFEST_VERSIONS, type EvidenceManifest } from './manifest-schema';
import { MAX_MANIFEST_BYTES, MAX_PACK_FILE_BYTES, MAX_SIGNATURE_BYTES, MAX_ZIP_ENTRIES } from './pack-limits';
import { packRecordProblems } from './pack-record-checks';
import { checkManifestSignature } from './pack-signature';
import { SIGNATURE_FILE } from './pack-signature-schema';
import { checkPackFiles, MANIFEST_FILE, packShapeProblems, unreadable, type FileFindings } from './verify-pack-files';
import { hasCode, messageOf } from '../../utils/errors';
import { readZipEntries, readZipEntry, type ZipEntry } from './zip-reader';

/**
 * "Verify an export": check the signature of an evidence pack, recompute every hash and
 * follow its chain, and name each file that was altered, is missing or was added, and each
 * capture whose content no longer matches its hash or whose identifiers are not Seller
 * Guard's. Reads the ZIP one entry at a time, each within the size its manifest lists.
 */
export interface ExportVerification {
  ok: boolean;
  manifest: EvidenceManifest | null;
  /** Who signed the manifest: a key fingerprint and the agent name it states; `not-signed` for a version 1 pack. */
  signature: { status: 'signed'; fingerprint: string; signedBy: string; signedAt: string } | { status: 'not-signed' } | { status: 'invalid' } | null;
  /** One sentence per problem, naming the file or capture. Empty when `ok`. */
  problems: string[];
  files: FileFindings;
  captures: { checked: number; intact: number; redacted: number; altered: string[] };
  /** Chain links followed between exported captures (and the gaps the pack lists). */
  chainLinks: number;
  /** A note for the agent that is not a problem (e.g. a chain span too long to list). */
  notes: string[];
}

function empty(): ExportVerification {
  return {
    ok: false,
    manifest: null,
    signature: null,
    problems: [],
    files: { checked: 0, altered: [], missing: [], extra: [] },
    captures: { checked: 0, intact: 0, redacted: 0, altered: [] },
    chainLinks: 0,
    notes: [],
  };
}

/** Read and validate manifest.json (its bytes too: they are what was signed); problems are added to `report`. */
async function readManifest(file: Blob, entries: ZipEntry[], report: ExportVerification): Promise<{ manifest: EvidenceManifest; bytes: Uint8Array } | null> {
  const entry = entries.find((e) => e.name === MANIFEST_FILE);
  if (!entry) {
    report.problems.push('manifest.json is missing: this is not a Seller Guard evidence pack, or it was repacked without it.');
    return null;
  }
  let bytes: Uint8Array;
  let json: unknown;
  try {
    bytes = await readZipEntry(file, entry, MAX_MANIFEST_BYTES);
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    report.problems.push(hasCode(error, 'zip-format') ? error.message : t('problem.pack.manifestUnreadable', { error: messageOf(error) }));
    return null;
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    report.problems.push(t('problem.pack.manifestInvalid', { versions: MANIFEST_VERSIONS.slice(0, -1).join(', '), latest: String(MANIFEST_VERSIONS.at(-1)), path: issue.path.join('.') || 'root', error: issue.message }));
    return null;
  }
  return { manifest: parsed.data, bytes };
}

/** Check manifest.sig.json against the manifest's bytes. Version 2 packs must be signed. */
async function checkSignature(file: Blob, entries: ZipEntry[], manifest: EvidenceManifest, bytes: Uint8Array, report: ExportVerification) {
  const entry = entries.find((e) => e.name === SIGNATURE_FILE);
  if (!entry) {
    if (manifest.version >= 2) {
      report.signature = { status: 'invalid' };
      report.problems.push('manifest.sig.json is missing: this version 2 pack must be signed, so its signature was removed.');
    } else {
      report.signature = { status: 'not-signed' };
      report.notes.push(t('problem.pack.notSigned'));
    }
    return;
  }
  let check;
  try {
    check = await checkManifestSignature(bytes, await readZipEntry(file, entry, MAX_SIGNATURE_BYTES));
  } catch (error) {
    check = { ok: false as const, problem: unreadable(SIGNATURE_FILE, error) };
  }
  if (check.ok) report.signature = { status: 'signed', fingerprint: check.fingerprint, signedBy: check.signedBy, signedAt: check.signedAt };
  else {
    report.signature = { status: 'invalid' };
    report.problems.push(check.problem);
  }
}

async function checkCaptures(manifest: EvidenceManifest, report: ExportVerification) {
  const redacted = await redactionLookup(manifest.events);
  const shots = new Map(manifest.files.map((f) => [f.path, f.sha256]));
  for (const event of manifest.events) {
    if ((await eventHash(event)) !== event.hash) report.problems.push(t('problem.pack.eventAltered', { seq: String(event.seq), type: event.type }));
  }
  for (const { record, screenshots, status } of manifest.captures) {
    report.captures.checked++;
    const label = record.orderId ? t('problem.pack.captureLabelOrder', { seq: String(record.seq), orderId: record.orderId }) : t('problem.pack.captureLabel', { seq: String(record.seq) });
    const full = { ...record, tokens: [] } as CaptureRecord;
    const computed = await recordHash(full);
    if (computed === record.hash) report.captures.intact++;
    else if (computed === redacted(full)) report.captures.redacted++;
    else {
      report.captures.altered.push(record.id);
      report.problems.push(t('problem.pack.captureAltered', { label }));
    }
    if (status === 'altered') report.problems.push(t('problem.pack.alreadyAltered', { label }));
    record.images.forEach((image, i) => {
      const shot = screenshots[i];
      if (!shot || shot.sha256 !== image.sha256 || shots.get(shot.path) !== image.sha256) {
        report.problems.push(t('problem.pack.screenshotAltered', { path: shot?.path ?? t('problem.pack.screenshotLabel', { index: String(i + 1), label }) }));
      }
    });
  }
}

function checkChain(manifest: EvidenceManifest, report: ExportVerification) {
  const links = [
    ...manifest.captures.map(({ record }) => ({ seq: record.seq, prevHash: record.prevHash, hash: record.hash })),
    ...manifest.chain.gaps,
  ].sort((a, b) => a.seq - b.seq);
  for (let i = 1; i < links.length; i++) {
    const [a, b] = [links[i - 1]!, links[i]!];
    if (b.seq === a.seq) report.problems.push(t('problem.pack.positionTwice', { seq: String(b.seq) }));
    else if (b.seq !== a.seq + 1) {
      if (!manifest.chain.gapsOmitted) report.problems.push(t('problem.pack.positionsMissing', { from: String(a.seq + 1), to: String(b.seq - 1) }));
    } else if (b.prevHash !== a.hash) report.problems.push(t('problem.pack.chainBroken', { seq: String(b.seq), prev: String(a.seq) }));
    else report.chainLinks++;
  }
  if (manifest.chain.gapsOmitted) report.notes.push(t('problem.pack.gapsOmitted'));
}

/**
 * Verify an evidence pack file (a ZIP). Never throws for a bad file: everything wrong is in
 * `problems`, with `ok: false`.
 * @example const report = await verifyExport(input.files[0]); report.problems // ['screenshots/000003_….png was altered: …']
 */
export async function verifyExport(file: Blob): Promise<ExportVerification> {
  const report = empty();
  if (file.size > MAX_PACK_FILE_BYTES) {
    report.problems.push(t('problem.pack.fileTooLarge', { size: oneDecimal(file.size / 1024 ** 3, t.language) }));
    return report;
  }
  let entries: ZipEntry[];
  try {
    entries = await readZipEntries(file, { maxEntries: MAX_ZIP_ENTRIES });
  } catch (error) {
    report.problems.push(hasCode(error, 'zip-format') ? error.message : t('problem.pack.fileUnreadable', { error: String(error) }));
    return report;
  }
  const read = await readManifest(file, entries, report);
  if (!read) return report;
  const { manifest, bytes } = read;
  report.manifest = manifest;
  await checkSignature(file, entries, manifest, bytes, report);
  const shape = packShapeProblems(manifest);
  report.problems.push(...shape);
  if (!shape.length) report.files = await checkPackFiles(file, entries, manifest, report.problems);
  report.problems.push(...packRecordProblems(manifest));
  await checkCaptures(manifest, report);
  checkChain(manifest, report);
  report.ok = report.problems.length === 0;
  return report;
}
