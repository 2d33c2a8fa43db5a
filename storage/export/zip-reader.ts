import { inflateSync } from 'fflate';

/**
 * A ZIP reader that works from the central directory of a File/Blob and reads one entry at a
 * time, so checking or restoring a large evidence pack never loads the whole archive.
 * Supports what Seller Guard writes (stored and deflated entries, data descriptors) and what
 * common tools rewrite it to; not ZIP64 (archives over 4 GB) or encryption.
 */

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  crc: number;
  localOffset: number;
}

export class ZipFormatError extends Error {
  override readonly name = 'ZipFormatError';
}

const EOCD_SIG = 0x06054b50;
const CD_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;

async function bytesOf(blob: Blob, start: number, end: number): Promise<DataView> {
  return new DataView(await blob.slice(start, end).arrayBuffer());
}

/** The archive's entries, from its central directory. Throws `ZipFormatError` for a non-ZIP. */
export async function readZipEntries(file: Blob): Promise<ZipEntry[]> {
  const tailStart = Math.max(0, file.size - 65_557);
  const tail = await bytesOf(file, tailStart, file.size);
  let eocd = -1;
  for (let i = tail.byteLength - 22; i >= 0; i--) {
    if (tail.getUint32(i, true) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError('This file is not a ZIP archive (no end of central directory).');
  const count = tail.getUint16(eocd + 10, true);
  const cdSize = tail.getUint32(eocd + 12, true);
  const cdOffset = tail.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new ZipFormatError('ZIP64 archives (over 4 GB) are not supported.');
  if (cdOffset + cdSize > file.size) throw new ZipFormatError('The ZIP archive is truncated.');
  const cd = await bytesOf(file, cdOffset, cdOffset + cdSize);
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.byteLength || cd.getUint32(p, true) !== CD_SIG) throw new ZipFormatError('The ZIP central directory is damaged.');
    const nameLength = cd.getUint16(p + 28, true);
    const extraLength = cd.getUint16(p + 30, true);
    const commentLength = cd.getUint16(p + 32, true);
    const name = decoder.decode(new Uint8Array(cd.buffer, cd.byteOffset + p + 46, nameLength));
    entries.push({
      name,
      method: cd.getUint16(p + 10, true),
      crc: cd.getUint32(p + 16, true),
      compressedSize: cd.getUint32(p + 20, true),
      size: cd.getUint32(p + 24, true),
      localOffset: cd.getUint32(p + 42, true),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The uncompressed bytes of one entry. Throws `ZipFormatError` when it cannot be read. */
export async function readZipEntry(file: Blob, entry: ZipEntry): Promise<Uint8Array> {
  const header = await bytesOf(file, entry.localOffset, entry.localOffset + 30);
  if (header.byteLength < 30 || header.getUint32(0, true) !== LOCAL_SIG) throw new ZipFormatError(`${entry.name}: damaged entry header.`);
  const start = entry.localOffset + 30 + header.getUint16(26, true) + header.getUint16(28, true);
  const raw = new Uint8Array(await file.slice(start, start + entry.compressedSize).arrayBuffer());
  if (raw.length !== entry.compressedSize) throw new ZipFormatError(`${entry.name}: truncated.`);
  if (entry.method === 0) return raw;
  if (entry.method === 8) {
    try {
      return entry.size ? inflateSync(raw, { out: new Uint8Array(entry.size) }) : inflateSync(raw);
    } catch {
      throw new ZipFormatError(`${entry.name}: its compressed data is damaged.`);
    }
  }
  throw new ZipFormatError(`${entry.name}: unsupported compression method ${entry.method}.`);
}
