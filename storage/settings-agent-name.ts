import { settingsField } from './settings-field';

/** The longest name the settings accept (`settingsSchema.agentName`). */
export const AGENT_NAME_MAX = 120;

const agentName = settingsField('agentName', (stored) => (typeof stored === 'string' && stored.length <= AGENT_NAME_MAX ? stored : ''));

/**
 * The agent's name alone, read without the settings schema, so that the popup can say "your
 * name is not set" without loading zod while it shows its first results. Same rule as
 * `repairSettings` for this one field: anything but a string of at most 120 characters reads as
 * no name.
 *
 * @example await getAgentName() // 'Mia Schulz' once the agent saved a name, '' before
 */
export const getAgentName = agentName.get;

/** Call `listener` with the name whenever the settings change. Returns unwatch. */
export const watchAgentName = agentName.watch;
