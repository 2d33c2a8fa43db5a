-- Capture attestations, append-only like the audit trail.
CREATE TABLE attestations (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES workspaces (id),
  member_id uuid NOT NULL REFERENCES members (id),
  agent text NOT NULL,
  capture_id text NOT NULL,
  chain_seq bigint NOT NULL,
  sha256 text NOT NULL,
  captured_at timestamptz NOT NULL,
  public_key jsonb NOT NULL,
  key_fingerprint text NOT NULL,
  signature text,
  received_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (workspace_id, member_id, capture_id)
);
CREATE INDEX attestations_hash ON attestations (workspace_id, sha256);

CREATE TRIGGER attestations_append_only
  BEFORE UPDATE OR DELETE OR TRUNCATE ON attestations
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_append_only();

REVOKE ALL ON attestations FROM seller_guard_app;
GRANT SELECT, INSERT ON attestations TO seller_guard_app;
GRANT USAGE ON SEQUENCE attestations_seq_seq TO seller_guard_app;
