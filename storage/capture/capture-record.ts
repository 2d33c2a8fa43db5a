import { captureTerms } from '../../rules/search/capture-terms';
import type { CaptureRecord } from './capture-schema';
import { stopTermsNow } from '../archive/stop-terms';
import { hashCanonical } from '../chain/sha256';

/** What a capture says about the page; equal content hashes mean nothing on the page changed. */
export type CaptureContent = Pick<CaptureRecord, 'kind' | 'orderId' | 'data' | 'text'>;

/**
 * SHA-256 of a page's content (kind, order id, structured data, stored text), independent of
 * when, by whom and how it was captured. Auto-capture compares it with the last capture.
 */
export function contentHashOf(content: CaptureContent): Promise<string> {
  const { kind, orderId, data, text } = content;
  return hashCanonical({ kind, orderId, data, text });
}

/** The search terms of a capture (a derived index, not covered by its hash); see rules/search/capture-terms.ts. */
export function captureTokens(record: Omit<CaptureRecord, 'tokens' | 'hash'>): string[] {
  // Without the archive's stop terms (storage/archive/stop-terms.ts): they would be in nearly every capture.
  return captureTerms(record, stopTermsNow());
}
