import { deflateRawSync, constants } from 'node:zlib';

/** One entry of a hand-made ZIP: what a forger controls. */
export interface CraftEntry {
  name: string;
  /** Bytes as stored (already deflated when `method` is 8). */
  data: Uint8Array;
  method?: 0 | 8;
  /** Uncompressed size the central directory declares (default: `data.length`). */
  declaredSize?: number;
  /** Name in the local header when it should differ from the central directory's. */
  localName?: string;
}

/** A ZIP written byte by byte, so duplicate names, lying sizes and mismatched headers can be made. */
export function craftZip(entries: CraftEntry[]): Blob {
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = enc.encode(e.name);
    const localName = enc.encode(e.localName ?? e.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, e.method ?? 0, true);
    local.setUint32(18, e.data.length, true);
    local.setUint32(22, e.declaredSize ?? e.data.length, true);
    local.setUint16(26, localName.length, true);
    parts.push(new Uint8Array(local.buffer), localName, e.data);
    const cd = new DataView(new ArrayBuffer(46));
    cd.setUint32(0, 0x02014b50, true);
    cd.setUint16(4, 20, true);
    cd.setUint16(6, 20, true);
    cd.setUint16(10, e.method ?? 0, true);
    cd.setUint32(20, e.data.length, true);
    cd.setUint32(24, e.declaredSize ?? e.data.length, true);
    cd.setUint16(28, name.length, true);
    cd.setUint32(42, offset, true);
    central.push(new Uint8Array(cd.buffer), name);
    offset += 30 + localName.length + e.data.length;
  }
  const cdSize = central.reduce((n, p) => n + p.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, cdSize, true);
  end.setUint32(16, offset, true);
  return new Blob([...parts, ...central, new Uint8Array(end.buffer)] as BlobPart[]);
}

/** Entries of `files` (name → bytes), stored, in order. */
export const storedEntries = (files: Record<string, Uint8Array>): CraftEntry[] => Object.entries(files).map(([name, data]) => ({ name, data }));

/**
 * Raw deflate data that inflates to `mebibytes` MiB of zeros: one fully flushed MiB block
 * (about 1 KB) repeated, then an empty final block. 1 GiB is about 1 MB.
 */
export function deflateBomb(mebibytes: number): Uint8Array {
  const block = deflateRawSync(new Uint8Array(1 << 20), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const out = new Uint8Array(block.length * mebibytes + 2);
  for (let i = 0; i < mebibytes; i++) out.set(block, i * block.length);
  out.set([0x03, 0x00], block.length * mebibytes);
  return out;
}
