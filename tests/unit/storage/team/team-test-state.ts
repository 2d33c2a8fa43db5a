import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TeamRole } from '../../../../rules/team/protocol';

/** The joined-team record the background keeps (`local:team`), for tests. */
export function teamStateFor(role: TeamRole = 'lead', joinedAt = '2026-01-01T00:00:00.000Z') {
  return {
    origin: 'http://127.0.0.1:8787',
    token: 'tok-1',
    member: { id: 'm-1', name: 'Lee Lead', role },
    workspace: { id: 'w-1', name: 'Support EU' },
    joinedAt,
    online: true,
    lastSyncAt: null,
    problem: null,
  };
}

export async function joinAs(role: TeamRole = 'lead', joinedAt?: string): Promise<void> {
  await fakeBrowser.storage.local.set({ team: teamStateFor(role, joinedAt) });
}
