import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { t } from '../../locales/current';
import { SellerGuardError } from '../../utils/errors';

/** Compressed output is moved out of the JS heap into a Blob once this much is pending. */
const FLUSH_BYTES = 4 * 1024 * 1024;
/** Chunk size when streaming a Blob into the archive. */
const CHUNK = 1024 * 1024;
/** ZIP without ZIP64 (fflate writes none) stores sizes and offsets in 32 bits; keep clear of that. */
export const MAX_ZIP_BYTES = 0xffff_ffff - 64 * 1024 * 1024;


/**
 * A ZIP written as a stream (fflate's streaming `Zip`): each entry's bytes are compressed as
 * they are pushed, and the compressed chunks are folded into a Blob every few megabytes, so
 * the JS heap never holds more than one entry's input chunk plus a few MB of output, however
 * large the archive grows. No whole-archive buffer exists at any point.
 */
export class ZipBlobWriter {
  private readonly zip: Zip;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private blob = new Blob([]);
  private error: Error | null = null;
  private done = false;
  /** Bytes of the archive written so far. */
  written = 0;

  constructor() {
    this.zip = new Zip((err, chunk, final) => {
      if (err) this.error = err;
      else {
        this.pending.push(chunk);
        this.pendingBytes += chunk.length;
        this.written += chunk.length;
        if (this.pendingBytes >= FLUSH_BYTES) this.flush();
      }
      if (final) this.done = true;
    });
  }

  private flush(): void {
    if (!this.pending.length) return;
    this.blob = new Blob([this.blob, ...(this.pending as BlobPart[])], { type: 'application/zip' });
    this.pending = [];
    this.pendingBytes = 0;
  }

  private entry(name: string, compress: boolean, mtime: Date, size: number): ZipDeflate | ZipPassThrough {
    if (this.error) throw this.error;
    if (this.written + size > MAX_ZIP_BYTES) throw new SellerGuardError('zip-too-large');
    const file = compress ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name);
    file.mtime = mtime;
    this.zip.add(file);
    return file;
  }

  /** Add one entry from bytes already in memory (a screenshot read on its own). */
  addBytes(name: string, bytes: Uint8Array, options: { compress: boolean; mtime?: Date }): void {
    this.entry(name, options.compress, options.mtime ?? new Date(), bytes.length).push(bytes, true);
  }

  /** Add one entry from a Blob, read and compressed a chunk at a time. */
  async addBlob(name: string, blob: Blob, options: { compress: boolean; mtime?: Date }): Promise<void> {
    const file = this.entry(name, options.compress, options.mtime ?? new Date(), blob.size);
    if (blob.size === 0) return file.push(new Uint8Array(0), true);
    for (let start = 0; start < blob.size; start += CHUNK) {
      const end = Math.min(start + CHUNK, blob.size);
      file.push(new Uint8Array(await blob.slice(start, end).arrayBuffer()), end === blob.size);
    }
  }

  /** Finish the archive (central directory) and return it. */
  finish(): Blob {
    this.zip.end();
    if (this.error) throw this.error;
    if (!this.done) throw new Error(t('problem.zip.unfinished'));
    this.flush();
    return this.blob;
  }
}
