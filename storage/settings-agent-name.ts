import { storage } from '#imports';
import { SETTINGS_KEY } from './settings-language';

/** The longest name the settings accept (`settingsSchema.agentName`). */
export const AGENT_NAME_MAX = 120;

function nameIn(stored: unknown): string {
  const name = typeof stored === 'object' && stored !== null ? (stored as { agentName?: unknown }).agentName : undefined;
  return typeof name === 'string' && name.length <= AGENT_NAME_MAX ? name : '';
}

/**
 * The agent's name alone, read without the settings schema, so that the popup can say "your
 * name is not set" without loading zod while it shows its first results. Same rule as
 * `repairSettings` for this one field: anything but a string of at most 120 characters reads as
 * no name.
 *
 * @example await getAgentName() // 'Mia Schulz' once the agent saved a name, '' before
 */
export async function getAgentName(): Promise<string> {
  return nameIn(await storage.getItem(SETTINGS_KEY));
}

/** Call `listener` with the name whenever the settings change. Returns unwatch. */
export function watchAgentName(listener: (name: string) => void): () => void {
  return storage.watch(SETTINGS_KEY, (stored) => listener(nameIn(stored)));
}
