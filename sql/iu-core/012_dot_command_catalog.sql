-- 012_dot_command_catalog.sql
-- Adds:     dot_command_catalog, the governed operator commands (the seeds' "DOT catalog"):
--           every write function an operator may call, with the gate it needs (NULL for
--           bookkeeping and undo calls); v_iu_dot_command_catalog shows whether each can run
--           now. Later migrations register their own commands; a roles migration grants
--           EXECUTE from this list.
-- Requires: 001 (gates), 004, 005, 008, 009, 010, 011 (the commands).
-- Rollback: refuses while the catalog holds commands registered after this migration,
--           unless SET iu_core.force_rollback_012 = true.
-- Delta:    table +1, view +1, function 0, trigger 0, config 0, event_type 0, route 0

CREATE TABLE dot_command_catalog (
  command_name  text PRIMARY KEY CHECK (command_name ~ '^[a-z][a-z0-9_]*$'),
  -- regprocedure: a signature that does not resolve to a function is refused on insert.
  function_sig  regprocedure NOT NULL UNIQUE,
  required_gate text REFERENCES dot_config (key),
  is_write      boolean NOT NULL,
  description   text NOT NULL CHECK (btrim(description) <> ''),
  created_at    timestamptz NOT NULL DEFAULT now(),
  created_by    text NOT NULL DEFAULT current_user,
  CONSTRAINT dot_command_catalog_gate_is_a_gate CHECK (required_gate LIKE 'iu\_core.%\_enabled')
);

COMMENT ON TABLE dot_command_catalog IS
  'Governed operator commands: the write functions an operator may run and the gate each needs (NULL: bookkeeping or undo, ungated but operator-only).';

INSERT INTO dot_command_catalog (command_name, function_sig, required_gate, is_write, description) VALUES
  ('compose',               'fn_iu_compose(text,text,text,text,jsonb,text)'::regprocedure,     'iu_core.composer_enabled',    true, 'Compose a collection from reused and new units.'),
  ('set_lifecycle_status',  'fn_iu_set_lifecycle_status(uuid,text,text,text)'::regprocedure,   NULL,                          true, 'Move a unit to another lifecycle status (logged by trigger).'),
  ('record_vector_sync',    'fn_iu_record_vector_sync(uuid,text,text,text)'::regprocedure,     'iu_core.vector_sync_enabled', true, 'Record that a unit was synced to a vector store.'),
  ('deliver_outbox',        'fn_iu_deliver_outbox(text,integer)'::regprocedure,                'iu_core.delivery_enabled',    true, 'Mark routed outbox events delivered.'),
  ('compensate_composition','fn_iu_compensate_composition(uuid,text,boolean)'::regprocedure,   NULL,                          true, 'Undo one composition (dry run by default).'),
  ('retention_sweep',       'fn_iu_retention_sweep(text,boolean,integer)'::regprocedure,       'iu_core.retention_enabled',   true, 'Sweep retention candidates (dry run by default; a real sweep needs the gate).');

CREATE VIEW v_iu_dot_command_catalog AS
  SELECT k.command_name,
         k.function_sig::text AS function_signature,
         k.required_gate,
         k.is_write,
         k.required_gate IS NULL OR fn_iu_gate_enabled(k.required_gate) AS runnable_now,
         k.description
    FROM dot_command_catalog k;

COMMENT ON VIEW v_iu_dot_command_catalog IS 'The governed operator commands and whether each could run right now (its gate open, or ungated).';
