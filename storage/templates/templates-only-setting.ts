import { storage } from '#imports';
import { z } from 'zod';

/** From which watchlist severity on a listed buyer gets templates only; `off` turns the mode off. */
export const TEMPLATES_ONLY_LEVELS = ['off', 'high', 'medium', 'watch'] as const;
export type TemplatesOnlyLevel = (typeof TEMPLATES_ONLY_LEVELS)[number];
const levelSchema = z.enum(TEMPLATES_ONLY_LEVELS);

/**
 * The team's "templates only for listed buyers" level, in `browser.storage.local` under
 * `templatesOnlyFrom` (apart from the settings record, so content scripts read it and the
 * settings version does not change). Default `high`; a damaged value reads as `high`.
 */
const levelItem = storage.defineItem<string>('local:templatesOnlyFrom', { fallback: 'high' });

export async function getTemplatesOnlyLevel(): Promise<TemplatesOnlyLevel> {
  const parsed = levelSchema.safeParse(await levelItem.getValue());
  return parsed.success ? parsed.data : 'high';
}

export async function setTemplatesOnlyLevel(level: TemplatesOnlyLevel): Promise<void> {
  await levelItem.setValue(levelSchema.parse(level));
}

/** Severities that switch the mode on at `level`, e.g. `medium` → high and medium. */
export function severitiesAtLevel(level: TemplatesOnlyLevel): string[] {
  const order = ['high', 'medium', 'watch'];
  return level === 'off' ? [] : order.slice(0, order.indexOf(level) + 1);
}
