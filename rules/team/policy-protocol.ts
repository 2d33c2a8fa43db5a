import { z } from 'zod';
import { severitySchema } from '../../storage/watchlist/watchlist-schema';
import { CONTACT_REASONS } from '../templates/template-schema';

/**
 * The team's shared policy: allowed link domains, blocked terms, the watchlist severity from
 * which agents may reply only with templates, and (for the templates feature) reply
 * templates. Versioned: a lead's edit names the version it started from.
 */

const domainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'must be a domain like example.com');

export const replyTemplateSchema = z.object({
  id: z.string().min(1).max(100),
  title: z.string().trim().min(1).max(200),
  body: z.string().max(10_000),
  /** BCP 47 language tag, when the template is for one language. */
  language: z.string().max(20).optional(),
  /** The contact reason it fits (as in Options → Reply templates); none: any reason. */
  reason: z.enum(CONTACT_REASONS).optional(),
});

export const teamPolicySchema = z.object({
  allowedLinkDomains: z.array(domainSchema).max(500).default([]),
  blockedTerms: z.array(z.string().trim().min(1).max(200)).max(2000).default([]),
  /** Buyers listed at this severity or worse get template replies only; null = never. */
  templatesOnlySeverity: severitySchema.nullable().default(null),
  /** The team's reply templates: offered in every member's picker, published by a lead. */
  replyTemplates: z.array(replyTemplateSchema).max(500).default([]),
});
export type TeamPolicy = z.output<typeof teamPolicySchema>;

/** `GET /v1/policy`: version 0 is the empty policy no lead has saved yet. */
export const policyResponseSchema = z.object({
  version: z.number().int().nonnegative(),
  policy: teamPolicySchema,
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type PolicyResponse = z.infer<typeof policyResponseSchema>;

/** `PUT /v1/policy` (lead): `409 version-conflict` when `baseVersion` is not the current one. */
export const policyUpdateRequestSchema = z.object({
  baseVersion: z.number().int().nonnegative(),
  policy: teamPolicySchema,
});
