import { storage } from '#imports';
import { z } from 'zod';
import { LANGUAGE_CHOICES } from '../locales/languages';

/**
 * The agent's settings, in `browser.storage.local` so content scripts can read them
 * (they cannot reach the extension's IndexedDB). Validated on every read: a damaged or
 * older value falls back field by field to the defaults instead of breaking features.
 */
export const settingsSchema = z.object({
  agentName: z.string().max(120).default(''),
  /** Extra domains the seller may link to in replies (e.g. a manuals host). */
  allowedDomains: z.array(z.string().min(1)).default([]),
  /** The seller's own blocked words or phrases, flagged in drafts. */
  blockedTerms: z.array(z.string().min(1)).default([]),
  autoCapture: z
    .object({ orderDetails: z.boolean().default(false), messageThread: z.boolean().default(false) })
    .default({ orderDetails: false, messageThread: false }),
  screenshotMode: z.enum(['visible', 'full']).default('visible'),
  /** Mask the shipping address and buyer phone in screenshots and stored text. */
  maskPersonalData: z.boolean().default(true),
  retention: z
    .object({
      redactAfterDays: z.number().int().min(1).max(3650).default(30),
      deleteAfterDays: z.number().int().min(1).max(36500).nullable().default(null),
    })
    .default({ redactAfterDays: 30, deleteAfterDays: null }),
  /** Interface language: `auto` follows the browser; otherwise the agent's fixed choice. */
  language: z.enum(LANGUAGE_CHOICES).default('auto'),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

const settingsItem = storage.defineItem<Record<string, unknown>>('local:settings', { fallback: {} });

/** Current settings with defaults filled in. */
export async function getSettings(): Promise<Settings> {
  const raw = await settingsItem.getValue();
  const parsed = settingsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  // Keep every field that is still valid; reset only the broken ones.
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const field = settingsSchema.shape[key].safeParse(raw?.[key]);
    if (field.success) merged[key] = field.data;
  }
  return settingsSchema.parse(merged);
}

/** Merge `patch` into the settings after validating the result. Throws on invalid input. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = settingsSchema.parse({ ...(await getSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

/** Call `listener` whenever the settings change (from any extension page). Returns unwatch. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  return settingsItem.watch(() => void getSettings().then(listener));
}
