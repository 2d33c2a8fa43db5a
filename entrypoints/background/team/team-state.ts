import { storage } from '#imports';
import { z } from 'zod';
import { TEAM_ROLES } from '../../../rules/team/protocol';
import { TEAM_PROBLEMS, TEAM_STORAGE_KEY, type TeamProblem } from '../../../utils/team-protocol';

export type { TeamProblem };


/** The joined team, kept in `browser.storage.local` key `team` (only the background writes it). */
export const teamStateSchema = z.object({
  origin: z.string(),
  token: z.string(),
  member: z.object({ id: z.string(), name: z.string(), role: z.enum(TEAM_ROLES) }),
  workspace: z.object({ id: z.string(), name: z.string() }),
  joinedAt: z.string(),
  online: z.boolean(),
  lastSyncAt: z.string().nullable(),
  /** Set when syncing stopped or failed; `token-revoked` stops syncing for good. */
  problem: z.enum(TEAM_PROBLEMS).nullable(),
});
export type TeamState = z.infer<typeof teamStateSchema>;

const teamItem = storage.defineItem<unknown>(`local:${TEAM_STORAGE_KEY}`, { fallback: null });

/** The joined team, or null (never joined, left, or a damaged record). */
export async function getTeamState(): Promise<TeamState | null> {
  const parsed = teamStateSchema.safeParse(await teamItem.getValue());
  return parsed.success ? parsed.data : null;
}

export async function setTeamState(state: TeamState | null): Promise<void> {
  await (state ? teamItem.setValue(teamStateSchema.parse(state)) : teamItem.removeValue());
}

/** Apply `patch` to the joined team's state; nothing when not joined. */
export async function patchTeamState(patch: Partial<Pick<TeamState, 'online' | 'lastSyncAt' | 'problem'>>): Promise<TeamState | null> {
  const state = await getTeamState();
  if (!state) return null;
  const next = { ...state, ...patch };
  await setTeamState(next);
  return next;
}
