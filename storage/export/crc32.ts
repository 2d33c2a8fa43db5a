import { buf } from 'crc-32';

/**
 * CRC-32 (the ZIP/gzip polynomial) of a ZIP entry, fed chunk by chunk: SheetJS's `crc-32`
 * computes it sixteen bytes a step, several times faster than fflate's byte-at-a-time loop over
 * hundreds of megabytes of screenshots. Feed bytes with `update`, read the checksum with `value`.
 * @example const crc = new Crc32(); crc.update(new TextEncoder().encode('123456789')); crc.value() // 0xcbf43926 | 0
 */
export class Crc32 {
  private crc = 0;

  update(bytes: Uint8Array): void {
    this.crc = buf(bytes, this.crc);
  }

  /** The checksum of everything fed so far, as ZIP stores it (a signed 32-bit integer, as fflate keeps it). */
  value(): number {
    return this.crc;
  }
}
