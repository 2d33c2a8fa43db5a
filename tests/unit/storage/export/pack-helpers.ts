import { unzipSync, zipSync } from 'fflate';
import { buildEvidencePack, type ExportOptions, type ExportScope } from '../../../../storage/export/evidence-pack';
import { recordHash } from '../../../../storage/chain/capture-chain';
import type { CaptureRecord } from '../../../../storage/capture/capture-schema';
import { manifestSchema, type EvidenceManifest } from '../../../../storage/export/manifest-schema';
import { signManifest } from '../../../../storage/export/pack-signature';
import { installSigningKey, type SigningKey } from '../../../../storage/export/signing-key';
import { sha256Hex } from '../../../../storage/chain/sha256';

/** Build a pack the way the popup does, at a fixed time. */
export async function pack(scope: ExportScope = { type: 'all' }, options: Partial<ExportOptions> = {}) {
  return buildEvidencePack(scope, { agent: 'Dana', extensionVersion: '0.1.0', now: new Date('2026-03-01T12:00:00Z'), ...options });
}

/** Every entry of a ZIP blob (test side only; the product reads entries one at a time). */
export async function unzip(blob: Blob): Promise<Record<string, Uint8Array>> {
  return unzipSync(new Uint8Array(await blob.arrayBuffer()));
}

export const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

export function manifestOf(files: Record<string, Uint8Array>): EvidenceManifest {
  return manifestSchema.parse(JSON.parse(text(files['manifest.json'])));
}

/** A copy of the pack with its entries changed by `edit` (as someone with a ZIP tool would). */
export async function tamper(blob: Blob, edit: (files: Record<string, Uint8Array>) => void): Promise<Blob> {
  const files = await unzip(blob);
  edit(files);
  return new Blob([zipSync(files) as BlobPart], { type: 'application/zip' });
}

/**
 * What a forger with a ZIP tool and this documentation can do: edit the manifest with `edit`,
 * recompute every capture hash and chain link and every file hash, and (optionally) sign the
 * result with a key of their own. The original signature file is kept unless `resign` is given.
 */
export async function reseal(
  blob: Blob,
  edit: (manifest: EvidenceManifest, files: Record<string, Uint8Array>) => void,
  resign?: SigningKey,
): Promise<Blob> {
  const files = await unzip(blob);
  const manifest = JSON.parse(text(files['manifest.json'])) as EvidenceManifest;
  edit(manifest, files);
  let prev: { seq: number; hash: string } | null = null;
  for (const { record } of manifest.captures) {
    if (prev && record.seq === prev.seq + 1) record.prevHash = prev.hash;
    record.hash = await recordHash({ ...record, tokens: [] } as CaptureRecord);
    prev = record;
  }
  for (const file of manifest.files) {
    const bytes = files[file.path];
    if (bytes) Object.assign(file, { sha256: await sha256Hex(bytes), size: bytes.length });
  }
  files['manifest.json'] = new TextEncoder().encode(JSON.stringify(manifest));
  if (resign) files['manifest.sig.json'] = new TextEncoder().encode(JSON.stringify(await signManifest(files['manifest.json'], resign, 'Forger')));
  return new Blob([zipSync(files) as BlobPart], { type: 'application/zip' });
}

/** A signing key of another install (kept in memory, not in this archive). */
export function otherInstallKey(): Promise<SigningKey> {
  let kept: unknown;
  return installSigningKey({ load: async () => kept, keepFirst: async (key) => (kept = key) });
}
