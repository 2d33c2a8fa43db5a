import { BUYER_CORPUS, type BuyerCase } from '../fixtures/buyer-messages';

/**
 * The 100-message thread `buyer.thread100` assesses: 100 different messages of the buyer
 * corpus's first batch (its first 203: risky and safe, links, addresses, phones,
 * attachments), every third one in turn, the same thread whatever batches are added later.
 * (Every seventh, as before, repeated 29 messages: 203 = 7 × 29, which flattered any cache.)
 */
export const FIRST_BATCH_SIZE = 203;
/** Prime to 203, so the 100 picks are 100 different messages. */
const STEP = 3;

export function buyerThread(length = 100): BuyerCase[] {
  return Array.from({ length }, (_, i) => BUYER_CORPUS[(i * STEP) % FIRST_BATCH_SIZE]!);
}
