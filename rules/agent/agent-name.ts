/** The longest agent name the settings accept (it is stamped on every audit entry). */
export const AGENT_NAME_MAX = 120;

export type AgentNameCheck = { ok: true; name: string } | { ok: false; problem: 'empty' | 'too-long' };

/**
 * The agent's name as typed, trimmed and checked: required for the audit trail, at most
 * AGENT_NAME_MAX characters. Pure.
 * @example checkAgentName('  Mia Schulz ') // { ok: true, name: 'Mia Schulz' }
 */
export function checkAgentName(typed: string): AgentNameCheck {
  const name = typed.trim().replace(/\s+/g, ' ');
  if (!name) return { ok: false, problem: 'empty' };
  if ([...name].length > AGENT_NAME_MAX) return { ok: false, problem: 'too-long' };
  return { ok: true, name };
}
