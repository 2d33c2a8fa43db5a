import { WATCHLIST_REASONS, WATCHLIST_SEVERITIES } from '../storage/watchlist/watchlist-schema';
import { reasonLabel, severityLabel } from '../utils/watchlist-warning-text';

/** The `<option>`s of a watchlist reason `<select>` (the in-page add form and the options page's edit form). */
export function WatchlistReasonOptions({ selected }: { selected?: string }) {
  return (
    <>
      {WATCHLIST_REASONS.map((reason) => (
        <option key={reason} value={reason} selected={selected === undefined ? undefined : reason === selected}>
          {reasonLabel(reason)}
        </option>
      ))}
    </>
  );
}

/** The `<option>`s of a watchlist severity `<select>`. */
export function WatchlistSeverityOptions({ selected }: { selected?: string }) {
  return (
    <>
      {WATCHLIST_SEVERITIES.map((severity) => (
        <option key={severity} value={severity} selected={selected === undefined ? undefined : severity === selected}>
          {severityLabel(severity)}
        </option>
      ))}
    </>
  );
}
