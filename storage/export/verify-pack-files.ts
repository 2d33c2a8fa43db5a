import { sha256Hex } from '../chain/sha256';
import { t } from '../../locales/current';
import type { EvidenceManifest } from './manifest-schema';
import { MAX_UNPACKED_BYTES } from './pack-limits';
import { SIGNATURE_FILE } from './pack-signature-schema';
import { hasCode, messageOf } from '../../utils/errors';
import { readZipEntry, type ZipEntry } from './zip-reader';

export const MANIFEST_FILE = 'manifest.json';
/** Files not in the manifest named one by one; the rest are counted. */
const NAMED_EXTRAS = 20;

/** What the file checks found, for the verify report. */
export interface FileFindings {
  checked: number;
  altered: string[];
  missing: string[];
  extra: string[];
}

/** A reading error as a sentence naming the file (zip-format messages already do). */
export const unreadable = (path: string, error: unknown) =>
  hasCode(error, 'zip-format') ? error.message : t('problem.pack.pathUnreadable', { path, error: messageOf(error) });

/** Listed sizes adding up to more than verify will ever inflate: checked before any file is read. */
export function packShapeProblems(manifest: EvidenceManifest): string[] {
  const problems: string[] = [];
  const total = manifest.files.reduce((sum, f) => sum + f.size, 0);
  if (total > MAX_UNPACKED_BYTES) problems.push(t('problem.pack.filesTooLarge', { size: total }));
  return problems;
}

/**
 * Read each listed file (never more than the size the manifest lists) and compare its
 * SHA-256; name each file that is missing, altered, unreadable or not listed.
 */
export async function checkPackFiles(file: Blob, entries: readonly ZipEntry[], manifest: EvidenceManifest, problems: string[]): Promise<FileFindings> {
  const found: FileFindings = { checked: 0, altered: [], missing: [], extra: [] };
  const byName = new Map(entries.map((e) => [e.name, e]));
  const listed = new Set(manifest.files.map((f) => f.path));
  for (const listedFile of manifest.files) {
    const entry = byName.get(listedFile.path);
    if (!entry) {
      found.missing.push(listedFile.path);
      problems.push(t('problem.pack.fileMissing', { path: listedFile.path }));
      continue;
    }
    found.checked++;
    let bytes: Uint8Array;
    try {
      bytes = await readZipEntry(file, entry, listedFile.size);
    } catch (error) {
      found.altered.push(listedFile.path);
      problems.push(unreadable(listedFile.path, error));
      continue;
    }
    if (bytes.length !== listedFile.size || (await sha256Hex(bytes)) !== listedFile.sha256) {
      found.altered.push(listedFile.path);
      problems.push(t('problem.pack.fileAltered', { path: listedFile.path }));
    }
  }
  for (const entry of entries) {
    if (entry.name === MANIFEST_FILE || entry.name === SIGNATURE_FILE || entry.name.endsWith('/') || listed.has(entry.name)) continue;
    found.extra.push(entry.name);
    if (found.extra.length <= NAMED_EXTRAS) problems.push(t('problem.pack.fileAdded', { path: entry.name }));
  }
  if (found.extra.length > NAMED_EXTRAS) problems.push(t('problem.pack.moreAdded', { count: found.extra.length - NAMED_EXTRAS }));
  return found;
}
