import { z } from 'zod';

/**
 * The contact reasons a template can fit: those the contact page offers (its radio values,
 * lower-cased) plus `thread-reply`, a reply in an existing buyer-message thread.
 */
export const CONTACT_REASONS = [
  'shipping-problem',
  'missing-information',
  'confirm-details',
  'invoice',
  'other',
  'thread-reply',
] as const;
export type ContactReason = (typeof CONTACT_REASONS)[number];

/** The languages a template can be written in (the marketplaces' buyer languages). */
export const TEMPLATE_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'sv', 'tr', 'pt', 'ar', 'ja', 'zh'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

/** Longest template body: the contact page's own limit. */
export const MAX_TEMPLATE_BODY = 4000;
export const MAX_TEMPLATE_NAME = 120;

/** What an agent or lead types when creating or editing a template. */
export const templateInputSchema = z.object({
  name: z.string().trim().min(1).max(MAX_TEMPLATE_NAME),
  reason: z.enum(CONTACT_REASONS),
  language: z.enum(TEMPLATE_LANGUAGES),
  body: z.string().trim().min(1).max(MAX_TEMPLATE_BODY),
});
export type TemplateInput = z.infer<typeof templateInputSchema>;

/**
 * One stored version of a template. Every edit writes a new version with the same `id` and
 * `version + 1`; old versions are kept so the usage log can name the exact text used.
 * `archived` marks a template removed from the library (its versions stay).
 */
export const templateVersionSchema = templateInputSchema.extend({
  id: z.string().regex(/^[a-z0-9-]{1,64}$/),
  version: z.number().int().min(1).max(1_000_000),
  archived: z.boolean(),
  /** UTC, ISO 8601: when version 1 was written. */
  createdAt: z.iso.datetime(),
  /** UTC, ISO 8601: when this version was written. */
  updatedAt: z.iso.datetime(),
  /** Agent name that wrote this version ("" when unset). */
  author: z.string().max(120),
});
export type TemplateVersion = z.infer<typeof templateVersionSchema>;
