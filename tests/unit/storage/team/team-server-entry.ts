import type { TeamWatchlistEntry } from '../../../../rules/team/watchlist-protocol';
import { daysAfter, T0 } from '../watchlist/watchlist-helpers';

const ORDER = '302-1234567-7654321';

/** The server's form of entry `e-1` at sequence `seq` (every field last set at 1 unless `versions` says otherwise). */
export function serverEntry(seq: number, fields: Partial<TeamWatchlistEntry> = {}, versions: TeamWatchlistEntry['fieldVersions'] = {}): TeamWatchlistEntry {
  return {
    id: 'e-1',
    seq,
    status: 'active',
    buyerNames: ['Jo Fraud'],
    proxyEmails: [],
    orderIds: [ORDER],
    reason: 'false-claim',
    severity: 'high',
    notes: 'First claim',
    evidence: [],
    addedBy: 'Bo Agent',
    addedAt: T0.toISOString(),
    reviewedAt: null,
    reviewDue: daysAfter(T0, 90).toISOString(),
    cleared: null,
    history: [{ at: T0.toISOString(), by: 'Bo Agent', action: 'added', fields: [], note: '' }],
    updatedAt: T0.toISOString(),
    fieldVersions: { buyerNames: 1, proxyEmails: 1, orderIds: 1, reason: 1, severity: 1, notes: 1, evidence: 1, ...versions },
    openConflicts: 0,
    ...fields,
  };
}

