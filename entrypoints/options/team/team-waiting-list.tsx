import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../../locales/current';
import { dateTimeText, relativeText } from '../../../locales/dates';
import { sendMessage } from '../../../utils/protocol';
import type { TeamWaitingList as WaitingList } from '../../../utils/team-waiting-protocol';
import { waitingDescription, waitingKind } from './waiting-change-text';
import { latestSettled, settledBetween, type SettledChange } from './waiting-list-state';

const REFRESH_MS = 1_500;

/**
 * Options → Team workspace: each change of this install waiting for the team server (what,
 * for whom, since when), oldest first as they are sent; what was sent or refused since the
 * page opened, announced as it happens; and what becomes of a refused one.
 */
export function TeamWaitingList({ refreshMs = REFRESH_MS }: { refreshMs?: number }) {
  const [list, setList] = useState<WaitingList | null>(null);
  const [settled, setSettled] = useState<SettledChange[]>([]);
  const [now, setNow] = useState(() => new Date());
  const last = useRef<WaitingList | null>(null);

  useEffect(() => {
    let live = true;
    const load = async () => {
      const result = await sendMessage('teamWaitingChanges', {});
      if (!live || !result.ok || !result.value) return;
      const added = settledBetween(last.current, result.value);
      last.current = result.value;
      setList(result.value);
      setNow(new Date());
      if (added.length) setSettled((kept) => latestSettled(kept, added));
    };
    void load();
    const timer = setInterval(() => void load(), refreshMs);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [refreshMs]);

  if (!list) return null;
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
