-- The team audit trail, append-only: the application role may only SELECT and INSERT,
-- and a trigger refuses UPDATE, DELETE and TRUNCATE for every role, the owner included.
CREATE FUNCTION refuse_change_to_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TABLE audit_events (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES workspaces (id),
  member_id uuid NOT NULL REFERENCES members (id),
  -- Name of the member when the event arrived (members may later be renamed or revoked).
  agent text NOT NULL,
  event_id text NOT NULL,
  kind text NOT NULL,
  at timestamptz NOT NULL,
  order_id text,
  summary text NOT NULL,
  details jsonb NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (workspace_id, member_id, event_id)
);
CREATE INDEX audit_events_at ON audit_events (workspace_id, at);
CREATE INDEX audit_events_order ON audit_events (workspace_id, order_id) WHERE order_id IS NOT NULL;

CREATE TRIGGER audit_events_append_only
  BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_append_only();

REVOKE ALL ON audit_events FROM seller_guard_app;
GRANT SELECT, INSERT ON audit_events TO seller_guard_app;
GRANT USAGE ON SEQUENCE audit_events_seq_seq TO seller_guard_app;
