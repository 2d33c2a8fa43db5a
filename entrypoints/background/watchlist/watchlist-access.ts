import { t } from '../../../locales/current';
import { SellerGuardError } from '../../../utils/errors';
import type { WatchlistAccess } from '../../../utils/team-access-protocol';
import { getTeamState } from '../team/team-state';

/** Alone, or as a team agent, lead or admin: may add buyers from the page. A team auditor may not. */
export async function watchlistAccess(): Promise<WatchlistAccess> {
  const state = await getTeamState();
  return { mayAdd: state?.member.role !== 'auditor' };
}

/** Refuse a change to the list when this install joined its team as an auditor. */
export async function requireMayAdd(): Promise<void> {
  if (!(await watchlistAccess()).mayAdd) throw new SellerGuardError('permission', t('teamEdges.auditorReadsOnly'));
}
