import { db } from '../db';

/**
 * Where the capture chain starts and ends: the links `meta` keeps. Apart from capture-chain.ts,
 * which checks records against the zod schemas, so the popup's archive count needs neither.
 */

/** A position in the chain: a capture's sequence number and hash. */
export interface ChainLink {
  seq: number;
  hash: string;
}
/** The hash before the first capture. */
export const GENESIS_HASH = '0'.repeat(64);
/** meta key of the newest capture's link (written with every capture). */
export const CHAIN_HEAD_KEY = 'chain-head';
/** meta key of the last capture deleted by retention, when any was (the chain resumes after it). */
export const CHAIN_BASE_KEY = 'chain-base';
/** Where the chain starts: genesis, or the last capture removed by retention. */
export const GENESIS: ChainLink = { seq: 0, hash: GENESIS_HASH };

/** The link stored under `key` (CHAIN_HEAD_KEY, CHAIN_BASE_KEY), or null when there is none. */
export async function readLink(key: string): Promise<ChainLink | null> {
  const value = (await db.meta.get(key))?.value as ChainLink | undefined;
  return value && typeof value.seq === 'number' && typeof value.hash === 'string' ? value : null;
}
