-- Workspaces (teams), their members and one-time invites. Every later table carries
-- workspace_id. The application runs as seller_guard_app (cluster-wide role, no login;
-- the owner that runs the migrations SETs ROLE to it), with only the privileges granted here.
DO $$
BEGIN
  CREATE ROLE seller_guard_app NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;

DO $$
BEGIN
  -- The owner must be a member to SET ROLE (a superuser already may; this is for CREATEROLE owners).
  IF NOT pg_has_role(current_user, 'seller_guard_app', 'MEMBER') THEN
    EXECUTE format('GRANT seller_guard_app TO %I', current_user);
  END IF;
  EXECUTE format('GRANT USAGE ON SCHEMA %I TO seller_guard_app', current_schema());
END $$;

CREATE TABLE workspaces (
  id uuid PRIMARY KEY,
  name text NOT NULL UNIQUE,
  -- Last watchlist sequence: bumped (row-locked) by every applied change, so sequences
  -- are handed out in commit order and a pull cursor never skips a change.
  watch_seq bigint NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE members (
  id uuid PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES workspaces (id),
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('agent', 'lead', 'auditor', 'admin')),
  -- SHA-256 (hex) of the bearer token; the token itself is never stored.
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);
CREATE INDEX members_workspace ON members (workspace_id);

CREATE TABLE invites (
  id uuid PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES workspaces (id),
  -- SHA-256 (hex) of the one-time code.
  code_hash text NOT NULL UNIQUE,
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('agent', 'lead', 'auditor', 'admin')),
  created_by uuid REFERENCES members (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  used_by uuid REFERENCES members (id)
);

GRANT SELECT, INSERT, UPDATE ON workspaces, members, invites TO seller_guard_app;
