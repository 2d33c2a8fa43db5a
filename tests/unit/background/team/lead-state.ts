import type { TeamState } from '../../../../entrypoints/background/team/team-state';
import type { TeamRole } from '../../../../rules/team/protocol';

/** A joined install, as `role` (a lead unless said). */
export function joinedState(role: TeamRole = 'lead'): TeamState {
  return {
    origin: 'http://127.0.0.1:8787',
    token: 'tok-1',
    member: { id: 'm-1', name: 'Lee Lead', role },
    workspace: { id: 'w-1', name: 'Support EU' },
    joinedAt: '2026-12-01T00:00:00.000Z',
    online: true,
    lastSyncAt: null,
    problem: null,
  };
}
