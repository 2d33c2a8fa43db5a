-- The shared policy: every saved version is a row (version 1, 2, …); the newest is current.
CREATE TABLE policies (
  workspace_id uuid NOT NULL REFERENCES workspaces (id),
  version integer NOT NULL CHECK (version > 0),
  policy jsonb NOT NULL,
  updated_by text NOT NULL,
  updated_by_member uuid NOT NULL REFERENCES members (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, version)
);

GRANT SELECT, INSERT ON policies TO seller_guard_app;
