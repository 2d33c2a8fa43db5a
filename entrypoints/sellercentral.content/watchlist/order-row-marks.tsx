import { WatchlistBadge } from './order-row-mark';
import { logError } from '../../../utils/errors';
import type { WatchlistHit } from '../../../utils/watchlist-protocol';
import { debounce } from '../page/debounce';
import { mountUi } from '../page/mount-ui';
import { onPageChange } from '../page/observe';
import type { Feature, PageSession } from '../page/page-session';
import { matchRows, onWatchlistChanged } from './client';
import { BADGE_HOST } from '../page/placement';
import { findOrderRows, placeBadge, type OrderRow } from './order-rows';
import './watchlist.css';

const SETTLE_MS = 150;
type Mounted = Awaited<ReturnType<typeof mountUi>>;

const rowKey = (row: OrderRow) => `${row.orderId}\u0000${row.buyerName ?? ''}`;

/**
 * Watchlist badges on the order list: every row whose order id or buyer name is listed gets
 * a badge in its order cell. The list re-renders (pagination, tabs, search) without a page
 * load, so the rows are looked at again after each change and badges follow their rows.
 */
export const watchlistBadges: Feature = {
  name: 'watchlist-badges',
  runsOn: ['order-list'],
  start(session) {
    const hitsByKey = new Map<string, WatchlistHit[]>();
    const badges = new Map<Element, Badge>();
    let running = false;
    let again = false;

    const apply = async () => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        do {
          again = false;
          await applyOnce(session, hitsByKey, badges);
        } while (again && !session.signal.aborted);
      } finally {
        running = false;
      }
    };
    const run = () => void apply().catch((error: unknown) => logError('watchlist badges', error));

    const later = debounce(run, { wait: SETTLE_MS }, session.signal);
    onPageChange(() => later.schedule(), { signal: session.signal });
    onWatchlistChanged(session.signal, () => {
      hitsByKey.clear();
      run();
    });
    run();
  },
};

interface Badge {
  key: string;
  /** The hits it shows, as JSON, to re-render only on a change. */
  shown: string;
  mounted: Promise<Mounted>;
}

async function applyOnce(session: PageSession, hitsByKey: Map<string, WatchlistHit[]>, badges: Map<Element, Badge>): Promise<void> {
  const rows = findOrderRows(document);
  const unknown = [...new Map(rows.filter((row) => !hitsByKey.has(rowKey(row))).map((row) => [rowKey(row), row])).values()];
  const result = await matchRows(unknown.map((row) => ({ proxyEmail: null, orderIds: [row.orderId], buyerName: row.buyerName })));
  if (session.signal.aborted) return;
  if (!result.ok) return logError('watchlist badges', result.error.message);
  const answers = result.value;
  unknown.forEach((row, i) => hitsByKey.set(rowKey(row), answers[i] ?? []));

  const kept = new Set<Element>();
  for (const row of rows) {
    const key = rowKey(row);
    const hits = hitsByKey.get(key) ?? [];
    const shown = JSON.stringify(hits);
    const badge = badges.get(row.row);
    if (badge) {
      const mounted = await badge.mounted;
      if (hits.length && badge.key === key && row.row.contains(mounted.ui.shadowHost)) {
        if (badge.shown !== shown) mounted.update(<WatchlistBadge hits={hits} />);
        badge.shown = shown;
        kept.add(row.row);
        continue;
      }
      mounted.ui.remove();
      badges.delete(row.row);
    }
    if (!hits.length) continue;
    const options = { name: BADGE_HOST, anchor: row.cell, append: (_cell: Element, host: Element) => placeBadge(row, host) };
    badges.set(row.row, { key, shown, mounted: mountUi(session, options, <WatchlistBadge hits={hits} />) });
    kept.add(row.row);
  }
  for (const [element, badge] of badges) {
    if (kept.has(element)) continue;
    (await badge.mounted).ui.remove();
    badges.delete(element);
  }
}
