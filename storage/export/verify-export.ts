import { recordHash } from '../chain/capture-chain';
import { eventHash, redactionLookup } from '../chain/chain-events';
import type { CaptureRecord } from '../capture/capture-schema';
import { manifestSchema, type EvidenceManifest } from './manifest-schema';
import { readZipEntries, readZipEntry, ZipFormatError, type ZipEntry } from './zip-reader';
import { sha256Hex } from '../chain/sha256';

/**
 * "Verify an export": recompute every hash of an evidence pack and follow its chain, and
 * name each file that was altered, is missing or was added, and each capture whose content
 * no longer matches its hash. Reads the ZIP one entry at a time.
 */
export interface ExportVerification {
  ok: boolean;
  manifest: EvidenceManifest | null;
  /** One sentence per problem, naming the file or capture. Empty when `ok`. */
  problems: string[];
  files: { checked: number; altered: string[]; missing: string[]; extra: string[] };
  captures: { checked: number; intact: number; redacted: number; altered: string[] };
  /** Chain links followed between exported captures (and the gaps the pack lists). */
  chainLinks: number;
  /** A note for the agent that is not a problem (e.g. a chain span too long to list). */
  notes: string[];
}

const MANIFEST = 'manifest.json';

function empty(): ExportVerification {
  return {
    ok: false,
    manifest: null,
    problems: [],
    files: { checked: 0, altered: [], missing: [], extra: [] },
    captures: { checked: 0, intact: 0, redacted: 0, altered: [] },
    chainLinks: 0,
    notes: [],
  };
}

/** Read and validate manifest.json; problems are added to `report`. */
export async function readManifest(file: Blob, entries: ZipEntry[], report: ExportVerification): Promise<EvidenceManifest | null> {
  const entry = entries.find((e) => e.name === MANIFEST);
  if (!entry) {
    report.problems.push('manifest.json is missing: this is not a Seller Guard evidence pack, or it was repacked without it.');
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(await readZipEntry(file, entry)));
  } catch (error) {
    report.problems.push(`manifest.json cannot be read: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    report.problems.push(`manifest.json is not a valid evidence-pack manifest (version 1): ${issue.path.join('.') || 'root'}: ${issue.message}`);
    return null;
  }
  return parsed.data;
}

async function checkFiles(file: Blob, entries: ZipEntry[], manifest: EvidenceManifest, report: ExportVerification) {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const listed = new Set(manifest.files.map((f) => f.path));
  for (const listedFile of manifest.files) {
    const entry = byName.get(listedFile.path);
    if (!entry) {
      report.files.missing.push(listedFile.path);
      report.problems.push(`${listedFile.path} is missing from the pack.`);
      continue;
    }
    report.files.checked++;
    let bytes: Uint8Array;
    try {
      bytes = await readZipEntry(file, entry);
    } catch (error) {
      report.files.altered.push(listedFile.path);
      report.problems.push(`${listedFile.path} cannot be read: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    if (bytes.length !== listedFile.size || (await sha256Hex(bytes)) !== listedFile.sha256) {
      report.files.altered.push(listedFile.path);
      report.problems.push(`${listedFile.path} was altered: its SHA-256 no longer matches the manifest.`);
    }
  }
  for (const entry of entries) {
    if (entry.name === MANIFEST || entry.name.endsWith('/') || listed.has(entry.name)) continue;
    report.files.extra.push(entry.name);
    report.problems.push(`${entry.name} was added: the manifest does not list it.`);
  }
}

async function checkCaptures(manifest: EvidenceManifest, report: ExportVerification) {
  const redacted = await redactionLookup(manifest.events);
  const shots = new Map(manifest.files.map((f) => [f.path, f.sha256]));
  for (const event of manifest.events) {
    if ((await eventHash(event)) !== event.hash) report.problems.push(`Archive event #${event.seq} (${event.type}) in manifest.json was altered.`);
  }
  for (const { record, screenshots, status } of manifest.captures) {
    report.captures.checked++;
    const label = `Capture #${record.seq}${record.orderId ? ` (order ${record.orderId})` : ''}`;
    const full = { ...record, tokens: [] } as CaptureRecord;
    const computed = await recordHash(full);
    if (computed === record.hash) report.captures.intact++;
    else if (computed === redacted(full)) report.captures.redacted++;
    else {
      report.captures.altered.push(record.id);
      report.problems.push(`${label} in manifest.json was altered: its content no longer matches its SHA-256.`);
    }
    if (status === 'altered') report.problems.push(`${label} was already altered in the archive when it was exported.`);
    record.images.forEach((image, i) => {
      const shot = screenshots[i];
      if (!shot || shot.sha256 !== image.sha256 || shots.get(shot.path) !== image.sha256) {
        report.problems.push(`${shot?.path ?? `Screenshot ${i + 1} of ${label}`} does not match the SHA-256 recorded in the capture.`);
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
    if (b.seq === a.seq) report.problems.push(`Chain position #${b.seq} appears twice in manifest.json.`);
    else if (b.seq !== a.seq + 1) {
      if (!manifest.chain.gapsOmitted) report.problems.push(`Chain positions #${a.seq + 1}–#${b.seq - 1} are missing from manifest.json.`);
    } else if (b.prevHash !== a.hash) report.problems.push(`Capture #${b.seq} does not link to capture #${a.seq}: the chain is broken.`);
    else report.chainLinks++;
  }
  if (manifest.chain.gapsOmitted) report.notes.push('The exported captures are far apart in the archive; the links between them are not listed, so only each capture was checked.');
}

/**
 * Verify an evidence pack file (a ZIP). Never throws for a bad file: everything wrong is in
 * `problems`, with `ok: false`.
 * @example const report = await verifyExport(input.files[0]); report.problems // ['screenshots/000003_….png was altered: …']
 */
export async function verifyExport(file: Blob): Promise<ExportVerification> {
  const report = empty();
  let entries: ZipEntry[];
  try {
    entries = await readZipEntries(file);
  } catch (error) {
    report.problems.push(error instanceof ZipFormatError ? error.message : `The file cannot be read: ${String(error)}`);
    return report;
  }
  const manifest = await readManifest(file, entries, report);
  if (!manifest) return report;
  report.manifest = manifest;
  await checkFiles(file, entries, manifest, report);
  await checkCaptures(manifest, report);
  checkChain(manifest, report);
  report.ok = report.problems.length === 0;
  return report;
}
