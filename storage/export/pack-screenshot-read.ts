import type { CaptureRecord } from '../capture/capture-schema';
import { sha256Hex } from '../chain/sha256';
import type { ExportedCapture } from './manifest-schema';
import type { CaptureWithPngs } from './pack-captures';

/** Captures whose screenshots are read and hashed ahead of the one going into the ZIP. */
export const READ_AHEAD = 3;

/** One screenshot as the pack needs it: its bytes, their SHA-256, and the Blob they came from. */
export interface ReadShot {
  png: Blob;
  bytes: Uint8Array;
  sha256: string;
}

/** A capture read for the pack: its stored status check and each screenshot (undefined where missing). */
export interface ReadCapture {
  record: CaptureRecord;
  status: ExportedCapture['status'];
  shots: (ReadShot | undefined)[];
}

async function readShot(png: Blob | undefined): Promise<ReadShot | undefined> {
  if (!png) return undefined;
  const bytes = new Uint8Array(await png.arrayBuffer());
  return { png, bytes, sha256: await sha256Hex(bytes) };
}

/** Reads a capture's screenshots and checks its hash, all at once (see `readAhead`). */
export function readCapture(statusOf: (record: CaptureRecord) => Promise<ExportedCapture['status']>) {
  return async ({ record, pngs }: CaptureWithPngs): Promise<ReadCapture> => {
    const [status, shots] = await Promise.all([statusOf(record), Promise.all(pngs.map(readShot))]);
    return { record, status, shots };
  };
}
