import { z } from 'zod';
import { LANGUAGE_CHOICES } from '../locales/languages';
import { AGENT_NAME_MAX } from './settings-agent-name';

/**
 * The version of the stored settings record. Version 1 is the unversioned record Seller Guard
 * wrote before settings had versions (the fields below, any of them possibly missing or
 * damaged). Version 2 has the same fields, every one present and valid. Version 3 adds `language`, `marketplaces` and `welcomeSeen`. `clockWarnHours` came later with a default: a record without it reads as valid, so it needed no new version. A change to the shape
 * raises this number and adds a migration in `settings-migrations.ts` with its test.
 */
export const SETTINGS_VERSION = 3;

/** The agent's settings, version 3. */
export const settingsSchema = z.object({
  agentName: z.string().max(AGENT_NAME_MAX).default(''),
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
  /** The marketplaces the agent works in (codes of rules/page/marketplace.ts), chosen on the welcome page. */
  marketplaces: z.array(z.string().regex(/^[A-Z]{2}$/)).max(40).default([]),
  /** Whether the welcome page was finished or skipped (it opens once, on install). */
  welcomeSeen: z.boolean().default(false),
  /** Response clock: warn (amber, toolbar badge) when this many hours or fewer are left to answer. */
  clockWarnHours: z.number().int().min(1).max(23).default(4),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
