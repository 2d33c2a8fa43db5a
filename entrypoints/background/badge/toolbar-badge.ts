import { browser } from 'wxt/browser';
import { t } from '../../../locales/current';

/**
 * The one toolbar badge, shared by two counts: buyer threads to answer soon or overdue (the
 * response clock) and watchlist entries due for review. The badge shows the response clock's
 * count when it has one, since a late answer costs the seller's metrics within hours, in red
 * when a thread is overdue and amber otherwise; else the watchlist's, in red. The title (the
 * tooltip) names every count that is not zero, so neither is hidden.
 */
export interface BadgePart {
  count: number;
  /** The tooltip line for this count. */
  title: string;
  color: string;
}

const PARTS = ['clock', 'watchlist'] as const;
type PartName = (typeof PARTS)[number];
const parts = new Map<PartName, BadgePart>();

/** Badge text for `n`: empty when none, capped so it fits. */
export function badgeText(n: number): string {
  if (n <= 0) return '';
  return n > 99 ? '99+' : String(n);
}

/** Set one count and redraw the badge from both. */
export async function showBadgePart(name: PartName, part: BadgePart): Promise<void> {
  parts.set(name, part);
  const counted = PARTS.map((key) => parts.get(key)).filter((shown): shown is BadgePart => Boolean(shown?.count));
  const shown = counted[0];
  await browser.action.setBadgeText({ text: badgeText(shown?.count ?? 0) });
  if (shown) await browser.action.setBadgeBackgroundColor({ color: shown.color });
  await browser.action.setTitle({ title: counted.length ? counted.map((line) => line.title).join('\n') : t('app.name') });
}
