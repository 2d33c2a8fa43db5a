import { entryLabel } from '../../../storage/watchlist/watchlist-entry';
import { t } from '../../../locales/current';
import type { WatchlistImportPlan } from '../../../storage/watchlist/watchlist-import';

/** What an import would do, before it does it: entries added, updated (which fields) and skipped (why). */
export function WatchlistImportPreview({ plan, fileName }: { plan: WatchlistImportPlan; fileName: string }) {
  return (
    <section class="wl-import-preview" aria-label={t('watchlistEditor.preview')}>
      <p>
        <strong>{fileName}</strong>{' '}
        {t('watchlistEditor.preview.summary', {
          source: plan.source.toUpperCase(),
          add: plan.add.length,
          update: plan.update.length,
          skip: plan.skip.length,
        })}
      </p>
      {plan.add.length ? (
        <>
          <h4>{t('watchlistEditor.preview.add')}</h4>
          <ul data-plan="add">
            {plan.add.map((row) => (
              <li key={row.row}>
                {t('watchlistEditor.preview.row', { row: row.label, text: entryLabel(row.entry) })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {plan.update.length ? (
        <>
          <h4>{t('watchlistEditor.preview.update')}</h4>
          <ul data-plan="update">
            {plan.update.map((row) => (
              <li key={row.row}>
                {t('watchlistEditor.preview.row', {
                  row: row.label,
                  text: t('watchlistEditor.preview.changes', {
                    entry: entryLabel(row.after),
                    changes: row.changes.join(', ') || t('watchlistEditor.preview.historyOnly'),
                  }),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {plan.skip.length ? (
        <>
          <h4>{t('watchlistEditor.preview.skip')}</h4>
          <ul data-plan="skip">
            {plan.skip.map((row) => (
              <li key={row.row}>
                {t('watchlistEditor.preview.row', { row: row.label, text: row.reason })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
