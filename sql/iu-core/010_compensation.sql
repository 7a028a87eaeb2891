-- 010_compensation.sql
-- Adds:     the compensation primitive fn_iu_compensate_composition(): undoes one
--           composition (the collection, its memberships, and the units it minted when
--           nothing else uses them), dry run by default, reporting exactly what it would
--           remove; iu_compensation_log, where every real run is recorded; the event type
--           iu.collection.compensated. An undo tool: not gated, operator-only.
-- Requires: 002 (events), 003 (units), 004/005 (what may still use a unit), 006 (collections).
-- Rollback: refuses while iu_compensation_log holds rows or events of its type remain,
--           unless SET iu_core.force_rollback_010 = true.
-- Delta:    table +1, view 0, function +1, trigger 0, config 0, event_type +1, route 0

CREATE TABLE iu_compensation_log (
  id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- No FK: the collection is gone; its key and digest are kept here.
  collection_id       uuid NOT NULL,
  collection_key      text NOT NULL,
  manifest_digest     text NOT NULL,
  memberships_deleted integer NOT NULL CHECK (memberships_deleted >= 0),
  units_deleted       uuid[] NOT NULL,
  units_kept          jsonb NOT NULL,
  compensated_at      timestamptz NOT NULL DEFAULT now(),
  compensated_by      text NOT NULL
);

COMMENT ON TABLE iu_compensation_log IS 'Every composition undone by fn_iu_compensate_composition: what it removed and what it kept, and why.';

INSERT INTO event_type_registry (event_type, event_stream, delivery_lane, description) VALUES
  ('iu.collection.compensated', 'delete', 'immediate', 'A composition was undone by compensation.');

CREATE FUNCTION fn_iu_compensate_composition(
  p_collection_id uuid,
  p_actor         text,
  p_dry_run       boolean DEFAULT true
) RETURNS jsonb
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER
  SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
  v_key        text;
  v_digest     text;
  v_members    integer;
  v_blockers   jsonb := '[]';
  v_fk         record;
  v_refs       bigint;
  v_delete     uuid[];
  v_kept       jsonb;
BEGIN
  IF p_collection_id IS NULL OR p_dry_run IS NULL OR p_actor IS NULL OR btrim(p_actor) = ''
     OR p_actor ~ '[[:cntrl:]]' OR length(p_actor) > 256 THEN
    RETURN jsonb_build_object('status', 'invalid_input', 'reason', 'p_collection_id, p_actor and p_dry_run are required');
  END IF;
  SELECT c.collection_key, c.manifest_digest INTO v_key, v_digest
    FROM iu_piece_collection c WHERE c.id = p_collection_id
     FOR UPDATE;
  IF NOT FOUND THEN
    RETURN jsonb_build_object('status', 'collection_not_found', 'collection_id', p_collection_id);
  END IF;

  -- Whatever else references the collection (a later migration's lineage, registry,
  -- versions…) blocks compensation: those have their own undo paths. Found through the
  -- catalog so that tables added after this migration are covered too.
  FOR v_fk IN
    SELECT n.nspname AS schema_name, c.relname AS table_name, a.attname AS column_name
      FROM pg_constraint k
      JOIN pg_class c ON c.oid = k.conrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
     WHERE k.contype = 'f' AND k.confrelid = 'public.iu_piece_collection'::regclass
       AND k.conrelid <> 'public.iu_piece_membership'::regclass
       AND cardinality(k.conkey) = 1
     ORDER BY 2, 3
  LOOP
    EXECUTE format('SELECT count(*) FROM %I.%I WHERE %I = $1', v_fk.schema_name, v_fk.table_name, v_fk.column_name)
       INTO v_refs USING p_collection_id;
    IF v_refs > 0 THEN
      v_blockers := v_blockers || jsonb_build_object('table', v_fk.table_name, 'column', v_fk.column_name, 'rows', v_refs);
    END IF;
  END LOOP;
  IF jsonb_array_length(v_blockers) > 0 THEN
    RETURN jsonb_build_object('status', 'collection_in_use', 'collection_id', p_collection_id, 'referenced_by', v_blockers);
  END IF;

  SELECT count(*) INTO v_members FROM iu_piece_membership m WHERE m.collection_id = p_collection_id;

  -- Units this composition minted, split into those nothing else uses and those kept.
  WITH minted AS (
    SELECT m.iu_id,
           EXISTS (SELECT 1 FROM iu_piece_membership o WHERE o.iu_id = m.iu_id AND o.collection_id <> p_collection_id) AS other_collection,
           EXISTS (SELECT 1 FROM iu_lifecycle_log l WHERE l.iu_id = m.iu_id) AS lifecycle_history,
           EXISTS (SELECT 1 FROM iu_vector_sync_point s WHERE s.iu_id = m.iu_id) AS vector_synced
      FROM iu_piece_membership m
     WHERE m.collection_id = p_collection_id AND m.minted_here
  )
  SELECT coalesce(array_agg(iu_id ORDER BY iu_id) FILTER (WHERE NOT (other_collection OR lifecycle_history OR vector_synced)), '{}'),
         coalesce(jsonb_agg(jsonb_build_object('iu_id', iu_id, 'reason',
                    CASE WHEN other_collection THEN 'used_by_another_collection'
                         WHEN lifecycle_history THEN 'has_lifecycle_history'
                         ELSE 'synced_to_a_vector_store' END) ORDER BY iu_id)
                  FILTER (WHERE other_collection OR lifecycle_history OR vector_synced), '[]')
    INTO v_delete, v_kept
    FROM minted;

  IF p_dry_run THEN
    RETURN jsonb_build_object('status', 'dry_run', 'collection_id', p_collection_id, 'collection_key', v_key,
      'would_delete_collections', 1, 'would_delete_memberships', v_members,
      'would_delete_unit_ids', to_jsonb(v_delete), 'units_kept', v_kept);
  END IF;

  DELETE FROM iu_piece_collection WHERE id = p_collection_id;   -- memberships cascade
  DELETE FROM information_unit WHERE id = ANY (v_delete);
  INSERT INTO iu_compensation_log (collection_id, collection_key, manifest_digest, memberships_deleted, units_deleted, units_kept, compensated_by)
  VALUES (p_collection_id, v_key, v_digest, v_members, v_delete, v_kept, p_actor);
  PERFORM _iu_emit_event('iu', 'iu.collection.compensated', 'iu_piece_collection', p_collection_id,
                         jsonb_build_object('collection_key', v_key, 'memberships_deleted', v_members,
                                            'units_deleted', to_jsonb(v_delete)), p_actor);
  RETURN jsonb_build_object('status', 'compensated', 'collection_id', p_collection_id, 'collection_key', v_key,
    'deleted_collections', 1, 'deleted_memberships', v_members,
    'deleted_unit_ids', to_jsonb(v_delete), 'units_kept', v_kept);
END
$$;

REVOKE ALL ON FUNCTION fn_iu_compensate_composition(uuid, text, boolean) FROM PUBLIC;

COMMENT ON FUNCTION fn_iu_compensate_composition(uuid, text, boolean) IS
  'Undoes one composition; dry run by default. Statuses: dry_run (would_delete_*), compensated (deleted_*), invalid_input, collection_not_found, collection_in_use. Ungated undo tool, operator-only.';
