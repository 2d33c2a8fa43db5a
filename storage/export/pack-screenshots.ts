import type { CaptureImageRecord } from '../capture/capture-schema';
import { t } from '../../locales/current';
import type { EvidenceManifest, ExportedCapture } from './manifest-schema';
import { MAX_ZIP_ENTRIES } from './pack-limits';
import { SellerGuardError } from '../../utils/errors';
import { readZipEntries, readZipEntry } from './zip-reader';

/**
 * The screenshot records of `captures` from a pack that verified, read before the restore's
 * transaction (IndexedDB cannot wait for file reads). Each file is read within the size the
 * manifest lists, and joined to its screenshot by image id.
 */
export async function screenshotsOf(file: Blob, manifest: EvidenceManifest, captures: readonly ExportedCapture[]): Promise<CaptureImageRecord[]> {
  const entries = new Map((await readZipEntries(file, { maxEntries: MAX_ZIP_ENTRIES })).map((e) => [e.name, e]));
  const sizes = new Map(manifest.files.map((f) => [f.path, f.size]));
  const images: CaptureImageRecord[] = [];
  for (const { record, screenshots } of captures) {
    for (const shot of screenshots) {
      const meta = record.images.find((image) => image.id === shot.imageId);
      const entry = entries.get(shot.path);
      const size = sizes.get(shot.path);
      if (!meta || !entry || size === undefined) throw new SellerGuardError('zip-format', t('problem.pack.screenshotNotHeld', { path: shot.path, seq: String(record.seq) }));
      const bytes = await readZipEntry(file, entry, size);
      images.push({ id: meta.id, captureId: record.id, index: meta.index, width: meta.width, height: meta.height, png: new Blob([bytes as BlobPart], { type: 'image/png' }) });
    }
  }
  return images;
}
