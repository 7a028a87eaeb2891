-- 010_compensation.sql
-- Adds:     the compensation primitive fn_iu_compensate_composition(): undoes one
--           composition (the collection, its memberships, and the units it minted when
--           nothing else uses them), dry run by default, reporting exactly what it would
--           remove; iu_compensation_log, where every real run is recorded; the event type
--           iu.collection.compensated. An undo tool: not gated (an operator must be able to
--           undo with every gate closed), operator-only. A collection something else refers
--           to (lineage, registry, versions, any later table) is refused as collection_in_use;
--           a minted unit something else refers to is kept, and the report says why.
-- Requires: 002 (events), 003 (units), 004/005 (what may still use a unit), 006 (collections).
-- Rollback: refuses while iu_compensation_log holds rows or events of its type remain,
--           unless SET iu_core.force_rollback_010 = true; refuses out of order (whatever the
--           force) while 012's catalog still lists fn_iu_compensate_composition.
-- Delta:    table +1, view 0, function +1, trigger 0, config 0, event_type +1, route 0

CREATE TABLE iu_compensation_log (
  id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- No FK: the collection is gone; its key and digest are kept here.
  collection_id       uuid NOT NULL,
  collection_key      text NOT NULL,
  manifest_digest     text NOT NULL,
  -- A collection holds at most 1000 pieces.
  -- squawk-ignore prefer-bigint-over-int
  memberships_deleted integer NOT NULL CHECK (memberships_deleted >= 0),
  units_deleted       uuid[] NOT NULL,
  units_kept          jsonb NOT NULL,
  compensated_at      timestamptz NOT NULL DEFAULT now(),
  compensated_by      text NOT NULL CHECK (btrim(compensated_by) <> '')
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
  v_key      text;
  v_digest   text;
  v_members  integer;
  v_blockers jsonb := '[]'::jsonb;
  v_fk       record;
  v_refs     bigint;
  v_minted   uuid[];
  v_refd     uuid[];
  v_reason   jsonb := '{}'::jsonb;
  v_unit     uuid;
  v_delete   uuid[];
  v_kept     jsonb;
BEGIN
  IF p_collection_id IS NULL OR p_dry_run IS NULL OR p_actor IS NULL OR btrim(p_actor) = ''
     OR p_actor ~ '[[:cntrl:]]' OR length(p_actor) > 256 THEN
    RETURN jsonb_build_object('status', 'invalid_input', 'reason', 'p_collection_id, p_actor (1 to 256 characters on one line) and p_dry_run are required');
  END IF;
  -- The dry run locks nothing: it only reads. The real run locks the collection so that two
  -- undo calls take turns.
  IF p_dry_run THEN
    SELECT c.collection_key, c.manifest_digest INTO v_key, v_digest
      FROM iu_piece_collection c WHERE c.id = p_collection_id;
  ELSE
    SELECT c.collection_key, c.manifest_digest INTO v_key, v_digest
      FROM iu_piece_collection c WHERE c.id = p_collection_id
       FOR UPDATE;
  END IF;
  IF NOT FOUND THEN
    RETURN jsonb_build_object('status', 'collection_not_found', 'collection_id', p_collection_id);
  END IF;

  -- Whatever else references the collection (a later migration's lineage, registry,
  -- versions…) blocks compensation: those have their own undo paths. Found through the
  -- catalog so that tables added after this migration are covered too. Names are quoted
  -- with format('%I') and the id is a parameter: no SQL is built from data.
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

  SELECT count(*)::integer INTO v_members FROM iu_piece_membership m WHERE m.collection_id = p_collection_id;

  -- The units this composition minted. The real run locks them first (FOR UPDATE conflicts
  -- with the KEY SHARE a composer takes on a unit it reuses), so that between this check
  -- and the delete nobody starts using one; the checks below then see every committed use.
  IF p_dry_run THEN
    SELECT coalesce(array_agg(m.iu_id ORDER BY m.iu_id), '{}'::uuid[]) INTO v_minted
      FROM iu_piece_membership m
     WHERE m.collection_id = p_collection_id AND m.minted_here;
  ELSE
    SELECT coalesce(array_agg(u.id ORDER BY u.id), '{}'::uuid[]) INTO v_minted
      FROM (SELECT i.id FROM information_unit i
             WHERE i.id IN (SELECT m.iu_id FROM iu_piece_membership m
                             WHERE m.collection_id = p_collection_id AND m.minted_here)
               FOR UPDATE OF i) u;
  END IF;

  -- Why a minted unit is kept, first reason wins: another collection uses it, or any other
  -- table refers to it (the lifecycle log and vector sync points by name, later tables by
  -- theirs). Found through the catalog, like the collection's references above.
  FOR v_unit IN
    SELECT DISTINCT o.iu_id FROM iu_piece_membership o
     WHERE o.iu_id = ANY (v_minted) AND o.collection_id <> p_collection_id
  LOOP
    v_reason := v_reason || jsonb_build_object(v_unit::text, 'used_by_another_collection');
  END LOOP;
  FOR v_fk IN
    SELECT n.nspname AS schema_name, c.relname AS table_name, a.attname AS column_name
      FROM pg_constraint k
      JOIN pg_class c ON c.oid = k.conrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
     WHERE k.contype = 'f' AND k.confrelid = 'public.information_unit'::regclass
       AND k.conrelid <> 'public.iu_piece_membership'::regclass
       AND cardinality(k.conkey) = 1
     ORDER BY 2, 3
  LOOP
    EXECUTE format('SELECT coalesce(array_agg(DISTINCT %1$I), ''{}''::uuid[]) FROM %2$I.%3$I WHERE %1$I = ANY ($1)',
                   v_fk.column_name, v_fk.schema_name, v_fk.table_name)
       INTO v_refd USING v_minted;
    FOREACH v_unit IN ARRAY v_refd LOOP
      IF NOT v_reason ? v_unit::text THEN
        v_reason := v_reason || jsonb_build_object(v_unit::text,
          CASE v_fk.table_name::text
            WHEN 'iu_lifecycle_log' THEN 'has_lifecycle_history'
            WHEN 'iu_vector_sync_point' THEN 'synced_to_a_vector_store'
            ELSE 'referenced_by_' || v_fk.table_name::text
          END);
      END IF;
    END LOOP;
  END LOOP;
  SELECT coalesce(array_agg(u ORDER BY u) FILTER (WHERE NOT v_reason ? u::text), '{}'::uuid[]),
         coalesce(jsonb_agg(jsonb_build_object('iu_id', u, 'reason', v_reason ->> u::text) ORDER BY u)
                    FILTER (WHERE v_reason ? u::text), '[]'::jsonb)
    INTO v_delete, v_kept
    FROM unnest(v_minted) u;

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
  'Undoes one composition: the collection, its memberships, and the units it minted that nothing else uses; dry run by default (changes nothing). Statuses: dry_run (would_delete_collections, would_delete_memberships, would_delete_unit_ids, units_kept), compensated (deleted_* — exactly what the dry run listed), invalid_input, collection_not_found, collection_in_use (referenced_by). Kept units give a reason: used_by_another_collection, has_lifecycle_history, synced_to_a_vector_store, referenced_by_<table>. Ungated undo tool, operator-only.';
