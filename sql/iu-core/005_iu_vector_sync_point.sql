-- 005_iu_vector_sync_point.sql
-- Adds:     iu_vector_sync_point (where each unit was last synced to each vector store and at
--           which content digest), fn_iu_record_vector_sync() behind the new gate
--           iu_core.vector_sync_enabled, v_iu_vector_sync_status, and the event type
--           iu.vector_sync.recorded. Composition never writes here.
-- Requires: 001 (gates), 002 (events), 003 (information_unit).
-- Rollback: refuses while iu_vector_sync_point holds rows or events of its type remain,
--           unless SET iu_core.force_rollback_005 = true; refuses out of order (whatever the
--           force) while 012's catalog still lists fn_iu_record_vector_sync.
-- Delta:    table +1, view +1, function +1, trigger 0, config +1, event_type +1, route 0

CREATE TABLE iu_vector_sync_point (
  -- No cascade: a unit that was synced somewhere is never deleted silently.
  iu_id          uuid NOT NULL REFERENCES information_unit (id),
  vector_store   text NOT NULL CHECK (vector_store ~ '^[a-z][a-z0-9_]*$' AND length(vector_store) <= 64),
  synced_digest  text NOT NULL CHECK (synced_digest ~ '^[0-9a-f]{64}$'),
  synced_at      timestamptz NOT NULL DEFAULT now(),
  synced_by      text NOT NULL CHECK (btrim(synced_by) <> ''),
  PRIMARY KEY (iu_id, vector_store)
);

CREATE INDEX iu_vector_sync_point_store_idx ON iu_vector_sync_point (vector_store);

COMMENT ON TABLE iu_vector_sync_point IS
  'The last sync of each unit to each vector store, and the content digest that was synced: a unit whose content_digest differs is stale there.';

INSERT INTO dot_config (key, value, description) VALUES
  ('iu_core.vector_sync_enabled', 'false', 'Gate: recording syncs of unit content to vector stores (fn_iu_record_vector_sync).');

INSERT INTO event_type_registry (event_type, event_stream, delivery_lane, description) VALUES
  ('iu.vector_sync.recorded', 'update', 'delayed', 'A unit''s content was synced to a vector store.');

-- Gated: recording a sync is the database half of moving content out to a vector store (a
-- delivery of content), which stays closed unless an operator opens it on purpose.
CREATE FUNCTION fn_iu_record_vector_sync(
  p_iu_id         uuid,
  p_vector_store  text,
  p_synced_digest text,
  p_actor         text
) RETURNS jsonb
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER
  SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
  v_current text;
BEGIN
  IF p_iu_id IS NULL
     OR p_actor IS NULL OR btrim(p_actor) = '' OR p_actor ~ '[[:cntrl:]]' OR length(p_actor) > 256
     OR p_vector_store IS NULL OR p_vector_store !~ '^[a-z][a-z0-9_]*$' OR length(p_vector_store) > 64
     OR p_synced_digest IS NULL OR p_synced_digest !~ '^[0-9a-f]{64}$' THEN
    RETURN jsonb_build_object('status', 'invalid_input',
      'reason', 'p_iu_id and p_actor (1 to 256 characters on one line) are required; p_vector_store is snake_case (max 64); p_synced_digest is 64 hex characters');
  END IF;
  IF NOT fn_iu_gate_enabled('iu_core.vector_sync_enabled') THEN
    RETURN jsonb_build_object('status', 'vector_sync_gate_closed');
  END IF;
  -- KEY SHARE: the unit cannot be deleted (compensation) between this check and the insert.
  SELECT u.content_digest INTO v_current FROM information_unit u WHERE u.id = p_iu_id FOR KEY SHARE;
  IF NOT FOUND THEN
    RETURN jsonb_build_object('status', 'unit_not_found', 'iu_id', p_iu_id);
  END IF;
  INSERT INTO iu_vector_sync_point AS s (iu_id, vector_store, synced_digest, synced_by)
  VALUES (p_iu_id, p_vector_store, p_synced_digest, p_actor)
  ON CONFLICT (iu_id, vector_store) DO UPDATE
     SET synced_digest = EXCLUDED.synced_digest, synced_at = now(), synced_by = EXCLUDED.synced_by;
  PERFORM _iu_emit_event('iu', 'iu.vector_sync.recorded', 'information_unit', p_iu_id,
                         jsonb_build_object('vector_store', p_vector_store, 'synced_digest', p_synced_digest), p_actor);
  RETURN jsonb_build_object('status', 'ok', 'iu_id', p_iu_id, 'vector_store', p_vector_store,
                            'stale', p_synced_digest <> v_current);
END
$$;

REVOKE ALL ON FUNCTION fn_iu_record_vector_sync(uuid, text, text, text) FROM PUBLIC;

COMMENT ON FUNCTION fn_iu_record_vector_sync(uuid, text, text, text) IS
  'Records that a unit was synced to a vector store at a digest. Gate iu_core.vector_sync_enabled. Statuses: ok (with stale), invalid_input, vector_sync_gate_closed, unit_not_found.';

CREATE VIEW v_iu_vector_sync_status AS
  SELECT s.iu_id,
         u.canonical_address,
         s.vector_store,
         s.synced_digest = u.content_digest AS in_sync,
         s.synced_at,
         s.synced_by
    FROM iu_vector_sync_point s
    JOIN information_unit u ON u.id = s.iu_id;

COMMENT ON VIEW v_iu_vector_sync_status IS 'Per unit and vector store: whether the synced digest is the unit''s current content.';
