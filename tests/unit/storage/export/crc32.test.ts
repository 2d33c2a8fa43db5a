import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Crc32 } from '../../../../storage/export/crc32';

const bytes = (length: number) => Uint8Array.from({ length }, (_, i) => (i * 2654435761) >>> 24);

describe('CRC-32 of ZIP entries', () => {
  it('gives the check value of "123456789"', () => {
    const crc = new Crc32();
    crc.update(new TextEncoder().encode('123456789'));
    expect(crc.value() >>> 0).toBe(0xcbf43926);
  });

  it.each([0, 1, 7, 8, 9, 63, 64, 65, 1000, 230_017])('matches zlib over %i bytes fed in two uneven pieces', (length) => {
    const data = bytes(length);
    const crc = new Crc32();
    crc.update(data.subarray(0, Math.floor(length / 3)));
    crc.update(data.subarray(Math.floor(length / 3)));
    expect(crc.value() >>> 0).toBe(crc32(data));
  });
});
