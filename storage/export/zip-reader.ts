import { SellerGuardError } from '../../utils/errors';
import { t } from '../../locales/current';
import { checkEntryName } from './zip-names';


/**
 * A ZIP reader that works from the central directory of a File/Blob and reads one entry at a
 * time, so checking or restoring a large evidence pack never loads the whole archive.
 * Supports what Seller Guard writes (stored and deflated entries, data descriptors) and what
 * common tools rewrite it to; not ZIP64 (archives over 4 GB) or encryption.
 *
 * The archive is attacker-controlled: sizes it declares are only ever compared, never
 * allocated; inflating stops at the caller's byte limit, counted on the bytes actually
 * produced; a name that is absolute, climbs with `..`, uses a backslash, repeats, or differs
 * between the local header and the central directory is refused.
 */

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  /** The size the central directory declares: a claim, checked against what inflates. */
  size: number;
  crc: number;
  localOffset: number;
}

const EOCD_SIG = 0x06054b50;
const CD_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
/**
 * Compressed bytes handed to the inflater at once. Deflate expands at most ~1,032×, so even if
 * an inflater queued all the output of one input chunk, that is ≤ 17 MB.
 */
const READ_CHUNK = 16 * 1024;

async function bytesOf(blob: Blob, start: number, end: number): Promise<DataView> {
  return new DataView(await blob.slice(start, end).arrayBuffer());
}

function findEndOfDirectory(tail: DataView): number {
  for (let i = tail.byteLength - 22; i >= 0; i--) if (tail.getUint32(i, true) === EOCD_SIG) return i;
  throw new SellerGuardError('zip-format', t('problem.zip.noEnd'));
}

/**
 * The archive's entries, from its central directory. Throws a `zip-format` SellerGuardError (a sentence
 * naming the entry) for a non-ZIP, a damaged directory, more than `maxEntries` entries, or an
 * unsafe or repeated entry name.
 * @example const entries = await readZipEntries(file, { maxEntries: 10_000 })
 */
export async function readZipEntries(file: Blob, options: { maxEntries?: number } = {}): Promise<ZipEntry[]> {
  const tailStart = Math.max(0, file.size - 65_557);
  const tail = await bytesOf(file, tailStart, file.size);
  const eocd = findEndOfDirectory(tail);
  const count = tail.getUint16(eocd + 10, true);
  const cdSize = tail.getUint32(eocd + 12, true);
  const cdOffset = tail.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new SellerGuardError('zip-format', t('problem.zip.zip64'));
  if (cdOffset + cdSize > file.size) throw new SellerGuardError('zip-format', t('problem.zip.truncated'));
  if (options.maxEntries !== undefined && count > options.maxEntries) {
    throw new SellerGuardError('zip-format', t('problem.zip.tooManyEntries', { count, max: options.maxEntries }));
  }
  const cd = await bytesOf(file, cdOffset, cdOffset + cdSize);
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.byteLength || cd.getUint32(p, true) !== CD_SIG) throw new SellerGuardError('zip-format', t('problem.zip.directoryDamaged'));
    const nameLength = cd.getUint16(p + 28, true);
    const extraLength = cd.getUint16(p + 30, true);
    const commentLength = cd.getUint16(p + 32, true);
    if (p + 46 + nameLength > cd.byteLength) throw new SellerGuardError('zip-format', t('problem.zip.directoryDamaged'));
    const name = decoder.decode(new Uint8Array(cd.buffer, cd.byteOffset + p + 46, nameLength));
    checkEntryName(name);
    if (seen.has(name)) throw new SellerGuardError('zip-format', t('problem.zip.twice', { name }));
    seen.add(name);
    const entry: ZipEntry = {
      name,
      flags: cd.getUint16(p + 8, true),
      method: cd.getUint16(p + 10, true),
      crc: cd.getUint32(p + 16, true),
      compressedSize: cd.getUint32(p + 20, true),
      size: cd.getUint32(p + 24, true),
      localOffset: cd.getUint32(p + 42, true),
    };
    if (entry.localOffset + 30 + entry.compressedSize > cdOffset) throw new SellerGuardError('zip-format', t('problem.zip.overlaps', { name }));
    entries.push(entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Where the entry's data starts, after checking its local header names the same file. */
async function dataStart(file: Blob, entry: ZipEntry): Promise<number> {
  const header = await bytesOf(file, entry.localOffset, entry.localOffset + 30);
  if (header.byteLength < 30 || header.getUint32(0, true) !== LOCAL_SIG) throw new SellerGuardError('zip-format', t('problem.zip.headerDamaged', { name: entry.name }));
  const nameLength = header.getUint16(26, true);
  const nameBytes = new Uint8Array(await file.slice(entry.localOffset + 30, entry.localOffset + 30 + nameLength).arrayBuffer());
  const localName = new TextDecoder().decode(nameBytes);
  if (localName !== entry.name) {
    throw new SellerGuardError('zip-format', t('problem.zip.localName', { name: entry.name, localName: localName.slice(0, 200) }));
  }
  return entry.localOffset + 30 + nameLength + header.getUint16(28, true);
}

/**
 * The uncompressed bytes of one entry, never more than `maxBytes` nor more than the entry
 * declares (counted on the bytes the inflater actually produces: the declared size is
 * compared, never allocated). Throws a `zip-format` SellerGuardError when it cannot be read or would be larger.
 * @example const html = await readZipEntry(file, entry, listed.size)
 */
export async function readZipEntry(file: Blob, entry: ZipEntry, maxBytes: number): Promise<Uint8Array> {
  if (entry.flags & 1) throw new SellerGuardError('zip-format', t('problem.zip.encrypted', { name: entry.name }));
  if (entry.method !== 0 && entry.method !== 8) throw new SellerGuardError('zip-format', t('problem.zip.method', { name: entry.name, method: String(entry.method) }));
  if (entry.size > maxBytes) throw new SellerGuardError('zip-format', t('problem.zip.entryTooLarge', { name: entry.name, size: entry.size, max: maxBytes }));
  const start = await dataStart(file, entry);
  if (start + entry.compressedSize > file.size) throw new SellerGuardError('zip-format', t('problem.zip.entryTruncated', { name: entry.name }));
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw new SellerGuardError('zip-format', t('problem.zip.sizeDiffers', { name: entry.name }));
    return new Uint8Array(await file.slice(start, start + entry.compressedSize).arrayBuffer());
  }
  // Stop at the declared size too: a real ZIP tool declares what it wrote; more is a bomb.
  const tooLarge = () => new SellerGuardError('zip-format', t('problem.zip.bomb', { name: entry.name, size: entry.size }));
  return inflateLimited(file.slice(start, start + entry.compressedSize), entry.name, entry.size, tooLarge);
}

/**
 * Inflate with the browser's own DecompressionStream (native zlib, output in small chunks), a
 * chunk at a time, and stop as soon as more than `maxBytes` came out.
 */
async function inflateLimited(raw: Blob, name: string, maxBytes: number, tooLarge: () => Error): Promise<Uint8Array> {
  let offset = 0;
  const input = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (offset >= raw.size) return controller.close();
      controller.enqueue(new Uint8Array(await raw.slice(offset, offset + READ_CHUNK).arrayBuffer()));
      offset += READ_CHUNK;
    },
  });
  const reader = input.pipeThrough(new DecompressionStream('deflate-raw') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>).getReader();
  const parts: Uint8Array[] = [];
  let produced = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      throw new SellerGuardError('zip-format', t('problem.zip.dataDamaged', { name }));
    }
    if (chunk.done) break;
    produced += chunk.value.length;
    if (produced > maxBytes) {
      void reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    parts.push(chunk.value);
  }
  const out = new Uint8Array(produced);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
