import { z } from 'zod';

/**
 * The team server's wire protocol, shared by the server (`server/`) and the extension's
 * background sync: pure zod, no Node or browser APIs. `server/API.md` describes each
 * endpoint; the per-resource schemas live beside this file (`watchlist-protocol.ts`,
 * `audit-protocol.ts`, `attestation-protocol.ts`, `policy-protocol.ts`).
 */

/** The protocol this code speaks. Bump when a request or answer changes incompatibly. */
export const TEAM_PROTOCOL_VERSION = 1;
/** The oldest client protocol the server still answers. */
export const TEAM_PROTOCOL_MIN_VERSION = 1;
/** Every request except `GET /v1/hello` and CORS preflights carries this header. */
export const TEAM_PROTOCOL_HEADER = 'Seller-Guard-Protocol';
/** Request bodies above this many bytes get `413 payload-too-large`. */
export const TEAM_BODY_LIMIT_BYTES = 1024 * 1024;

export const TEAM_ROLES = ['agent', 'lead', 'auditor', 'admin'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];
export const teamRoleSchema = z.enum(TEAM_ROLES, { error: `must be one of ${TEAM_ROLES.join(', ')}` });

/** Client-made ids (change, event, entry ids): a UUID or any short URL-safe string. */
export const clientIdSchema = z
  .string()
  .min(8, 'must be at least 8 characters')
  .max(100)
  .regex(/^[A-Za-z0-9_.:-]+$/, 'must use only letters, digits and _ . : -');

export const isoInstantSchema = z.iso
  .datetime({ offset: true, error: 'must be a date and time in ISO 8601 (2026-05-01T09:30:00Z)' })
  .transform((value) => new Date(value).toISOString());

export const memberNameSchema = z.string().trim().min(1, 'must not be empty').max(120);

// ── Errors ────────────────────────────────────────────────────────────────────────────

export const TEAM_ERROR_CODES = [
  'bad-request', // 400: the body, query or a parameter failed validation (`field` names it)
  'protocol-missing', // 400: no Seller-Guard-Protocol header
  'protocol-mismatch', // 426: client and server protocol versions differ (both named)
  'unauthenticated', // 401: no or unknown bearer token
  'token-revoked', // 401: the token was revoked by an admin
  'invite-invalid', // 400: no such invite code
  'invite-used', // 410: the invite was already redeemed
  'invite-expired', // 410: the invite is past its expiry
  'forbidden', // 403: the member's role may not do this
  'not-found', // 404
  'version-conflict', // 409: optimistic concurrency (policy baseVersion, attestation id reuse)
  'payload-too-large', // 413
  'database-unavailable', // 503: PostgreSQL cannot be reached; retry later
  'internal', // 500
] as const;
export type TeamErrorCode = (typeof TEAM_ERROR_CODES)[number];

/** Every non-2xx answer has this body. */
export const teamErrorSchema = z.object({
  error: z.object({
    code: z.enum(TEAM_ERROR_CODES),
    /** One sentence a person can act on. */
    message: z.string(),
    /** For bad-request: the offending field, as `evidence[1].date`. */
    field: z.string().optional(),
    /** For protocol-mismatch. */
    serverProtocol: z.object({ min: z.number().int(), max: z.number().int() }).optional(),
    clientProtocol: z.number().int().nullable().optional(),
  }),
});
export type TeamError = z.infer<typeof teamErrorSchema>;

// ── Hello, join, me ───────────────────────────────────────────────────────────────────

/** `GET /v1/hello` (no auth, no protocol header): what the server speaks. */
export const helloResponseSchema = z.object({
  service: z.literal('seller-guard-team'),
  protocol: z.object({ min: z.number().int(), max: z.number().int() }),
});

export const memberSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: teamRoleSchema,
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});
export type TeamMember = z.infer<typeof memberSchema>;

export const workspaceSchema = z.object({ id: z.string(), name: z.string() });

/** `POST /v1/join` (no auth): redeem a one-time invite for a bearer token. */
export const joinRequestSchema = z.object({
  inviteCode: z.string().trim().min(1, 'enter the invite code').max(200),
});
export const joinResponseSchema = z.object({
  /** Send as `Authorization: Bearer TOKEN`. Shown once; the server keeps only its SHA-256. */
  token: z.string(),
  member: memberSchema,
  workspace: workspaceSchema,
});
export type JoinResponse = z.infer<typeof joinResponseSchema>;

/** `GET /v1/me`. */
export const meResponseSchema = z.object({ member: memberSchema, workspace: workspaceSchema });

// ── Invites and members (admin) ───────────────────────────────────────────────────────

export const INVITE_DEFAULT_DAYS = 7;

/** `POST /v1/invites`. */
export const inviteRequestSchema = z.object({
  name: memberNameSchema,
  role: teamRoleSchema,
  expiresInDays: z.number().int().min(1).max(30).default(INVITE_DEFAULT_DAYS),
});
export const inviteResponseSchema = z.object({
  /** One-time code to give the person; the server keeps only its SHA-256. */
  code: z.string(),
  name: z.string(),
  role: teamRoleSchema,
  expiresAt: z.string(),
});
export type InviteResponse = z.infer<typeof inviteResponseSchema>;

/** `GET /v1/members`. */
export const membersResponseSchema = z.object({ members: z.array(memberSchema) });
/** `POST /v1/members/:id/revoke` answers the revoked member. */
export const revokeResponseSchema = z.object({ member: memberSchema });

// ── Paging ────────────────────────────────────────────────────────────────────────────

/** A query-string integer (`?after=12`). */
export const queryIntSchema = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);
