import { Zip, ZipDeflate, type ZipInputFile } from 'fflate';
import { t } from '../../locales/current';
import { SellerGuardError } from '../../utils/errors';
import { Crc32 } from './crc32';

/** Output bytes held in the JS heap are moved into a Blob once this much is pending. */
const FLUSH_BYTES = 4 * 1024 * 1024;
/** Pending pieces (mostly references to screenshot Blobs, which hold no heap) are folded once this many wait. */
const FLUSH_PARTS = 3000;
/** Chunk size when streaming a Blob into the archive. */
const CHUNK = 1024 * 1024;
/** ZIP without ZIP64 (fflate writes none) stores sizes and offsets in 32 bits; keep clear of that. */
export const MAX_ZIP_BYTES = 0xffff_ffff - 64 * 1024 * 1024;

/** An entry whose data this writer feeds itself (stored, or deflated by the browser), as fflate's `Zip` takes it. */
interface FedEntry extends ZipInputFile {
  ondata: NonNullable<ZipInputFile['ondata']>;
}

/**
 * A ZIP written as a stream (fflate's streaming `Zip` lays out the headers, data descriptors
 * and central directory): entries are added one after another, and the output is folded into
 * a Blob every few megabytes, so the JS heap never holds more than one entry's input chunk
 * plus a few MB of output, however large the archive grows. No whole-archive buffer exists at
 * any point. Stored entries whose bytes came from a Blob put that Blob itself into the archive
 * (no second copy of a screenshot); larger files are deflated by the browser's own
 * CompressionStream; CRC-32 is computed here eight bytes a step.
 */
export class ZipBlobWriter {
  private readonly zip: Zip;
  private pending: BlobPart[] = [];
  private pendingBytes = 0;
  private blob = new Blob([]);
  private error: Error | null = null;
  private done = false;
  /** While a stored entry is fed: its bytes, and the Blob they were read from. */
  private substitute: { bytes: Uint8Array; source: Blob } | null = null;
  /** Bytes of the archive written so far. */
  written = 0;

  constructor() {
    this.zip = new Zip((err, chunk, final) => {
      if (err) this.error = err;
      else {
        // Each fold into the Blob costs the browser time: count only what sits in the heap.
        const referred = this.substitute?.bytes === chunk;
        this.pending.push(referred ? this.substitute!.source : (chunk as BlobPart));
        if (!referred) this.pendingBytes += chunk.length;
        this.written += chunk.length;
        if (this.pendingBytes >= FLUSH_BYTES || this.pending.length >= FLUSH_PARTS) this.flush();
      }
      if (final) this.done = true;
    });
  }

  private flush(): void {
    if (!this.pending.length) return;
    this.blob = new Blob([this.blob, ...this.pending], { type: 'application/zip' });
    this.pending = [];
    this.pendingBytes = 0;
  }

  private check(size: number): void {
    if (this.error) throw this.error;
    if (this.written + size > MAX_ZIP_BYTES) throw new SellerGuardError('zip-too-large');
  }

  private fed(name: string, compression: 0 | 8, mtime: Date, size: number): FedEntry {
    this.check(size);
    const file = { filename: name, compression, mtime, size: 0, crc: 0 } as ZipInputFile;
    this.zip.add(file);
    return file as FedEntry;
  }

  /**
   * Add one entry from bytes already in memory (a screenshot read on its own). Stored entries
   * may name the Blob the bytes were read from: the archive then refers to it instead of a copy.
   */
  addBytes(name: string, bytes: Uint8Array, options: { compress: boolean; mtime?: Date; source?: Blob }): void {
    const mtime = options.mtime ?? new Date();
    if (options.compress) {
      this.check(bytes.length);
      const file = new ZipDeflate(name, { level: 6 });
      file.mtime = mtime;
      this.zip.add(file);
      return file.push(bytes, true);
    }
    const file = this.fed(name, 0, mtime, bytes.length);
    const crc = new Crc32();
    crc.update(bytes);
    file.crc = crc.value();
    file.size = bytes.length;
    this.substitute = options.source?.size === bytes.length ? { bytes, source: options.source } : null;
    try {
      file.ondata(null, bytes as Uint8Array<ArrayBuffer>, true);
    } finally {
      this.substitute = null;
    }
  }

  /** Add one entry from a Blob, read a chunk at a time and (when `compress`) deflated by the browser. */
  async addBlob(name: string, blob: Blob, options: { compress: boolean; mtime?: Date }): Promise<void> {
    const file = this.fed(name, options.compress ? 8 : 0, options.mtime ?? new Date(), blob.size);
    const crc = new Crc32();
    let offset = 0;
    const input = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (offset >= blob.size) return controller.close();
        const chunk = new Uint8Array(await blob.slice(offset, offset + CHUNK).arrayBuffer());
        offset += CHUNK;
        crc.update(chunk);
        controller.enqueue(chunk);
      },
    });
    const output = options.compress ? input.pipeThrough(new CompressionStream('deflate-raw') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>) : input;
    const reader = output.getReader();
    for (let part = await reader.read(); !part.done; part = await reader.read()) file.ondata(null, part.value as Uint8Array<ArrayBuffer>, false);
    file.crc = crc.value();
    file.size = blob.size;
    file.ondata(null, new Uint8Array(0), true);
    if (this.error) throw this.error;
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
