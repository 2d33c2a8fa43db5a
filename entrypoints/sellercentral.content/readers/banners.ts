import type { SellerCentralBanner } from '../../../rules/page/page-data';
import { BANNER_PATTERNS } from './page-vocabulary';

/**
 * Seller Central's own banners among `lines` (page text with message bodies left out, so a
 * buyer quoting a banner's words cannot fake one). Each banner once, with the line it is on.
 */
export function findBanners(lines: readonly string[]): SellerCentralBanner[] {
  const banners: SellerCentralBanner[] = [];
  for (const line of lines) {
    for (const { kind, patterns } of BANNER_PATTERNS) {
      if (!patterns.some((pattern) => pattern.test(line))) continue;
      if (!banners.some((banner) => banner.kind === kind && banner.text === line)) banners.push({ kind, text: line });
    }
  }
  return banners;
}
