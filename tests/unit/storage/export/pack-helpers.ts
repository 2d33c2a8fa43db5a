import { unzipSync, zipSync } from 'fflate';
import { buildEvidencePack, type ExportScope } from '../../../../storage/export/evidence-pack';
import { manifestSchema, type EvidenceManifest } from '../../../../storage/export/manifest-schema';

/** Build a pack the way the popup does, at a fixed time. */
export async function pack(scope: ExportScope = { type: 'all' }) {
  return buildEvidencePack(scope, { agent: 'Dana', extensionVersion: '0.1.0', now: new Date('2026-03-01T12:00:00Z') });
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
