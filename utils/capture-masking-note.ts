import { t } from '../locales/current';
import type { CaptureRecord } from '../storage/capture/capture-schema';

/**
 * What masking did, exactly, in the agent's language: "address and phone masked", "not masked:
 * address not found; phone masked", "not masked: masking was off". Captures stored before
 * masking was recorded only knew whether it was on.
 */
export function maskingNote({ kind, masked, masking }: Pick<CaptureRecord, 'kind' | 'masked' | 'masking'>): string {
  if (!masked) return t('capture.masking.off');
  if (!masking) return t('capture.masking.legacyOn');
  const { address, phone } = masking;
  if (address === 'masked' && phone === 'masked') return t('capture.masking.both');
  // Only an order page is expected to show the address; elsewhere "none found" is no failure.
  if (kind !== 'order-details' && address !== 'masked' && phone !== 'masked') return t('capture.masking.noneFound');
  const addressPart = address === 'masked' ? t('capture.masking.addressMasked') : t('capture.masking.addressNotFound');
  const phonePart = phone === 'masked' ? t('capture.masking.phoneMasked') : t('capture.masking.phoneNotFound');
  return `${addressPart}; ${phonePart}`;
}

/**
 * What the agent is told at once after a capture, when masking was on but an order page's
 * address or phone could not be located ("Not masked: address not found; phone masked."); else ''.
 */
export function unmaskedWarning(capture: Pick<CaptureRecord, 'kind' | 'masking'>): string {
  const { kind, masking } = capture;
  if (kind !== 'order-details' || !masking || !Object.values(masking).includes('not-found')) return '';
  const note = maskingNote({ kind, masked: true, masking });
  return `${note[0]!.toUpperCase()}${note.slice(1)}.`;
}
