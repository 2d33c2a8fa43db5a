-- The team watchlist: one row per entry in its latest state (editable fields with a
-- version each), the log of applied change ids (idempotent pushes) and edit conflicts.
CREATE TABLE watchlist_entries (
  workspace_id uuid NOT NULL REFERENCES workspaces (id),
  id text NOT NULL,
  -- Sequence of the last change (workspaces.watch_seq when it was applied).
  seq bigint NOT NULL,
  status text NOT NULL CHECK (status IN ('active', 'cleared')),
  -- buyerNames, proxyEmails, orderIds, reason, severity, notes, evidence.
  fields jsonb NOT NULL,
  -- The seq that last set each of those fields.
  field_versions jsonb NOT NULL,
  added_by text NOT NULL,
  added_by_member uuid NOT NULL REFERENCES members (id),
  added_at timestamptz NOT NULL,
  reviewed_at timestamptz,
  review_due timestamptz NOT NULL,
  cleared jsonb,
  history jsonb NOT NULL DEFAULT '[]'::jsonb,
  updated_at timestamptz NOT NULL,
  open_conflicts integer NOT NULL DEFAULT 0,
  PRIMARY KEY (workspace_id, id)
);
CREATE UNIQUE INDEX watchlist_entries_seq ON watchlist_entries (workspace_id, seq);
CREATE INDEX watchlist_entries_due ON watchlist_entries (workspace_id, status, review_due);

CREATE TABLE watchlist_changes (
  workspace_id uuid NOT NULL REFERENCES workspaces (id),
  change_id text NOT NULL,
  entry_id text NOT NULL,
  member_id uuid NOT NULL REFERENCES members (id),
  op text NOT NULL,
  status text NOT NULL,
  seq bigint,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, change_id)
);

CREATE TABLE watchlist_conflicts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES workspaces (id),
  entry_id text NOT NULL,
  field text NOT NULL,
  base_version bigint NOT NULL,
  current_version bigint NOT NULL,
  current_value jsonb,
  proposed_value jsonb,
  proposed_by text NOT NULL,
  proposed_by_member uuid NOT NULL REFERENCES members (id),
  proposed_at timestamptz NOT NULL,
  change_id text NOT NULL,
  resolved_by text,
  resolved_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX watchlist_conflicts_open ON watchlist_conflicts (workspace_id, resolved_at, id);

GRANT SELECT, INSERT, UPDATE ON watchlist_entries, watchlist_changes, watchlist_conflicts TO seller_guard_app;
GRANT USAGE ON SEQUENCE watchlist_conflicts_id_seq TO seller_guard_app;
