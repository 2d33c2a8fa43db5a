import { severitiesAtLevel, type TemplatesOnlyLevel } from '../../../storage/templates/templates-only-setting';
import type { WatchlistHit } from '../../../utils/watchlist-protocol';

/**
 * Whether the templates-only mode is on for these watchlist hits: a strong match (proxy email
 * or order id, never the name alone) with a severity at or above the team's level.
 */
export function isTemplatesOnly(hits: readonly WatchlistHit[], level: TemplatesOnlyLevel): boolean {
  const severities = severitiesAtLevel(level);
  return hits.some((hit) => hit.strength === 'strong' && severities.includes(hit.severity));
}
