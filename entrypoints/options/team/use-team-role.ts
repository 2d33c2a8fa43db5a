import { useEffect, useState } from 'preact/hooks';
import { storage } from '#imports';
import { z } from 'zod';
import { TEAM_ROLES, type TeamRole } from '../../../rules/team/protocol';

const roleOf = (value: unknown): TeamRole | null => {
  const parsed = z.object({ member: z.object({ role: z.enum(TEAM_ROLES) }) }).safeParse(value);
  return parsed.success ? parsed.data.member.role : null;
};

/** The role this install joined its team with (null: not joined), kept current as it changes. */
export function useTeamRole(): TeamRole | null {
  const [role, setRole] = useState<TeamRole | null>(null);
  useEffect(() => {
    void storage.getItem('local:team').then((value) => setRole(roleOf(value)));
    return storage.watch('local:team', (value) => setRole(roleOf(value)));
  }, []);
  return role;
}

/**
 * Whether this install may edit, review, clear or delete existing watchlist entries: always
 * alone; in a team only as a lead or admin (agents add, auditors read; the server enforces it).
 */
export function useTeamMayChangeEntries(): boolean {
  const role = useTeamRole();
  return role === null || role === 'lead' || role === 'admin';
}
