import { entryLabel } from '../../../storage/watchlist/watchlist-entry';
import type { WatchlistImportPlan } from '../../../storage/watchlist/watchlist-import';

/** What an import would do, before it does it: entries added, updated (which fields) and skipped (why). */
export function WatchlistImportPreview({ plan, fileName }: { plan: WatchlistImportPlan; fileName: string }) {
  return (
    <section class="wl-import-preview" aria-label="Import preview">
      <p>
        <strong>{fileName}</strong> ({plan.source.toUpperCase()}): {plan.add.length} to add, {plan.update.length} to update,{' '}
        {plan.skip.length} to skip. Nothing has changed yet.
      </p>
      {plan.add.length ? (
        <>
          <h4>Will be added</h4>
          <ul data-plan="add">
            {plan.add.map((row) => (
              <li key={row.row}>
                {row.label}: {entryLabel(row.entry)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {plan.update.length ? (
        <>
          <h4>Will be updated</h4>
          <ul data-plan="update">
            {plan.update.map((row) => (
              <li key={row.row}>
                {row.label}: {entryLabel(row.after)} ({row.changes.join(', ') || 'history only'})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {plan.skip.length ? (
        <>
          <h4>Will be skipped</h4>
          <ul data-plan="skip">
            {plan.skip.map((row) => (
              <li key={row.row}>
                {row.label}: {row.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
