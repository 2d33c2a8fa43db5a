import { WATCHLIST_REASONS, WATCHLIST_SEVERITIES } from '../storage/watchlist/watchlist-schema';
import { reasonLabel, severityLabel } from '../utils/watchlist-warning-text';
import { ChoiceOptions } from './choice-options';

/** The `<option>`s of a watchlist reason `<select>` (the in-page add form and the options page's edit form). */
export function WatchlistReasonOptions({ selected }: { selected?: string }) {
  return <ChoiceOptions values={WATCHLIST_REASONS} label={reasonLabel} selected={selected} />;
}

/** The `<option>`s of a watchlist severity `<select>`. */
export function WatchlistSeverityOptions({ selected }: { selected?: string }) {
  return <ChoiceOptions values={WATCHLIST_SEVERITIES} label={severityLabel} selected={selected} />;
}
