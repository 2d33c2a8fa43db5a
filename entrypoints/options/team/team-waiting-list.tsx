import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../../locales/current';
import { dateTimeText, relativeText } from '../../../locales/dates';
import type { TeamWaitingList as WaitingList } from '../../../utils/team-waiting-protocol';
import { waitingDescription, waitingKind } from './waiting-change-text';
import { latestSettled, settledBetween, type SettledChange } from './waiting-list-state';

/**
 * Options → Team workspace: each change of this install waiting for the team server (what,
 * for whom, since when), oldest first as they are sent; what was sent or refused since the
 * page opened, announced as it happens; and what becomes of a refused one. `list` is the
 * latest status read (team-sync-status.tsx polls it).
 */
export function TeamWaitingList({ list }: { list: WaitingList }) {
  const [settled, setSettled] = useState<SettledChange[]>([]);
  const last = useRef<WaitingList | null>(null);

  useEffect(() => {
    const added = settledBetween(last.current, list);
    last.current = list;
    if (added.length) setSettled((kept) => latestSettled(kept, added));
  }, [list]);

  const now = new Date();
  const more = list.total - list.waiting.length;
  return (
    <section class="team-waiting" aria-label={t('teamWaiting.title')}>
      {list.waiting.length ? (
        <>
          <h4>{t('teamWaiting.title')}</h4>
          <ol aria-label={t('teamWaiting.title')} data-testid="team-waiting-list">
            {list.waiting.map((change) => (
              <li key={change.seq} data-op={change.op} data-entry-id={change.entryId}>
                <strong>{waitingKind(change)}</strong> {waitingDescription(change)}{' '}
                <time dateTime={change.queuedAt} title={dateTimeText(new Date(change.queuedAt), t.language)}>
                  {t('teamWaiting.since', { when: relativeText(new Date(change.queuedAt), now, t.language) })}
                </time>
              </li>
            ))}
          </ol>
          {more > 0 ? <p>{t.plural('teamWaiting.more', more)}</p> : null}
          <p>{t('teamWaiting.refusedHelp')}</p>
        </>
      ) : null}
      <div role="status" aria-label={t('teamWaiting.recent')} data-testid="team-waiting-settled">
        {settled.map(({ change, outcome }) => (
          <p key={`${change.seq}-${outcome}`} data-outcome={outcome}>
            {t(`teamWaiting.${outcome}`, { kind: waitingKind(change), what: waitingDescription(change) })}
          </p>
        ))}
      </div>
    </section>
  );
}
