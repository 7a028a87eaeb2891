-- Rollback of 040_orchestrator_writes_instance: fn_iu_auto_instantiate_from_event gets back
-- the body 039 wrote (it calls fn_iu_compose and fn_iu_collection_record_template_instance
-- for every instance), with 038's enable_seqscan = off. No table, so no data to refuse over.
-- Refuses, forced or not, while a later migration is still applied: roll back newest first.
DO $rollback$
DECLARE
  v_later text;
BEGIN
  -- Out of order while a later migration is applied: the ledger lists one or, under plain
  -- psql, 041's mark is on the comment of 034's gate policy. The force setting does not apply.
  IF to_regclass('iu_core_meta.migration_ledger') IS NOT NULL THEN
    SELECT max(l.version) INTO v_later FROM iu_core_meta.migration_ledger l WHERE l.version > '040'
       AND coalesce(to_jsonb(l) ->> 'project', 'iu-core') = 'iu-core';
  END IF;
  IF v_later IS NULL AND EXISTS (SELECT 1 FROM pg_policy p
                                  WHERE p.polrelid = to_regclass('public.dot_config')
                                    AND p.polname = 'dot_config_operator_toggles_gates'
                                    AND strpos(obj_description(p.oid, 'pg_policy'), '(041)') > 0) THEN
    v_later := '041';
  END IF;
  IF v_later IS NOT NULL THEN
    RAISE EXCEPTION 'REFUSED: rollback 040 is out of order: migration % is still applied', v_later
      USING ERRCODE = 'object_not_in_prerequisite_state',
            HINT = 'Roll back the later migrations first, newest first; the force setting does not apply to this.';
  END IF;
  -- 039's body exactly (grants, owner and comment were never changed by 040).
  EXECUTE $fn$
CREATE OR REPLACE FUNCTION fn_iu_auto_instantiate_from_event(
  p_event_id               uuid,
  p_event_type             text,
  p_template_collection_id uuid,
  p_instance_key_suffix    text,
  p_emit_mode              text,
  p_actor                  text,
  p_note                   text DEFAULT NULL
) RETURNS jsonb
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER
  SET search_path = pg_catalog, public, pg_temp
  SET enable_seqscan = off
AS $$
-- per-call cost (039): the gates, the template with its mark, and its pieces are each one
-- statement of this body (plans cached by PL/pgSQL) instead of calls of SQL functions,
-- which PostgreSQL before 18 plans afresh on every call; the log row and the event are
-- written by one statement.
DECLARE
  v_key          text;
  v_existing     uuid;
  v_kind         text;
  v_title        text;
  v_template_key text;
  v_marked       boolean;
  v_live_open    boolean;
  v_composer_open boolean;
  v_pieces       jsonb;
  v_compose      jsonb;
  v_lineage      jsonb;
  v_instance     uuid;
  v_instance_key text;
BEGIN
  -- Checks in the seed's order: input, mode, gates, template, idempotency, pieces.
  IF p_event_id IS NULL OR p_event_type IS NULL OR btrim(p_event_type) = '' OR p_event_type ~ '[[:cntrl:]]'
     OR length(p_event_type) > 200
     OR p_template_collection_id IS NULL
     OR p_instance_key_suffix IS NULL OR p_instance_key_suffix !~ '^[^[:space:][:cntrl:]]+$' OR length(p_instance_key_suffix) > 200
     OR p_emit_mode IS NULL
     OR p_actor IS NULL OR btrim(p_actor) = '' OR p_actor ~ '[[:cntrl:]]' OR length(p_actor) > 256
     OR length(p_note) > 10000 THEN
    RETURN jsonb_build_object('status', 'invalid_input',
      'reason', 'p_event_id, p_event_type, p_template_collection_id, p_instance_key_suffix (no whitespace, max 200), p_emit_mode and p_actor are required');
  END IF;
  IF p_emit_mode NOT IN ('dry_run', 'live') THEN
    RETURN jsonb_build_object('status', 'invalid_emit_mode', 'emit_mode', p_emit_mode);
  END IF;
  -- Both gates read as fn_iu_gate_enabled reads one (a missing row is a closed gate), in one
  -- statement; the live gate still decides first.
  SELECT coalesce(bool_or(g.value = 'true') FILTER (WHERE g.key = 'iu_core.auto_instantiate_enabled'), false),
         coalesce(bool_or(g.value = 'true') FILTER (WHERE g.key = 'iu_core.composer_enabled'), false)
    INTO v_live_open, v_composer_open
    FROM dot_config g
   WHERE g.key IN ('iu_core.auto_instantiate_enabled', 'iu_core.composer_enabled');
  IF p_emit_mode = 'live' AND NOT v_live_open THEN
    RETURN jsonb_build_object('status', 'live_gate_closed');
  END IF;
  IF NOT v_composer_open THEN
    RETURN jsonb_build_object('status', 'composer_gate_closed');
  END IF;
  SELECT c.kind, c.title, c.collection_key,
         EXISTS (SELECT 1 FROM iu_collection_template_registry r
                  WHERE r.collection_id = p_template_collection_id AND r.is_template)
    INTO v_kind, v_title, v_template_key, v_marked
    FROM iu_piece_collection c WHERE c.id = p_template_collection_id;
  IF NOT FOUND THEN
    RETURN jsonb_build_object('status', 'template_collection_not_found', 'template_collection_id', p_template_collection_id);
  END IF;
  IF NOT v_marked THEN
    RETURN jsonb_build_object('status', 'template_not_marked', 'template_collection_id', p_template_collection_id);
  END IF;

  v_key := md5(p_event_id::text || ':' || p_template_collection_id::text || ':' || p_instance_key_suffix);
  SELECT l.instance_collection_id INTO v_existing FROM iu_auto_instantiate_event_log l WHERE l.idempotency_key = v_key;
  IF FOUND THEN
    RETURN jsonb_build_object('status', 'idempotent_replay', 'instance_collection_id', v_existing, 'idempotency_key', v_key);
  END IF;

  -- The template's pieces, the very query of fn_iu_collection_active_pieces (007): an index
  -- scan (enable_seqscan is off here) however large a transaction grows the table.
  SELECT coalesce(jsonb_agg(jsonb_build_object('role', m.role, 'iu_id', m.iu_id) ORDER BY m.ordinal), '[]'::jsonb)
    INTO v_pieces
    FROM iu_piece_membership m
   WHERE m.collection_id = p_template_collection_id AND m.active;
  IF jsonb_array_length(v_pieces) = 0 THEN
    RETURN jsonb_build_object('status', 'template_has_no_active_pieces', 'template_collection_id', p_template_collection_id);
  END IF;

  v_instance_key := 'tpl-inst:auto:' || p_instance_key_suffix;
  v_compose := fn_iu_compose(v_instance_key, v_kind, v_title,
                             format('Instance of %s composed from event %s (%s)', v_template_key, p_event_id, p_event_type),
                             v_pieces, p_actor);
  IF v_compose ->> 'status' = 'collection_key_collision' THEN
    -- A racer with the same idempotency key composes the same instance key; once its
    -- transaction commits we see its log row, and its instance is the answer.
    SELECT l.instance_collection_id INTO v_existing FROM iu_auto_instantiate_event_log l WHERE l.idempotency_key = v_key;
    IF FOUND THEN
      RETURN jsonb_build_object('status', 'idempotent_replay', 'instance_collection_id', v_existing, 'idempotency_key', v_key);
    END IF;
    RETURN jsonb_build_object('status', 'instance_collection_key_collision', 'instance_collection_key', v_instance_key,
                              'collection_id', v_compose -> 'collection_id');
  END IF;
  IF v_compose ->> 'status' <> 'ok' THEN
    RETURN jsonb_build_object('status', 'compose_refused', 'compose', v_compose);
  END IF;
  v_instance := (v_compose ->> 'collection_id')::uuid;

  v_lineage := fn_iu_collection_record_template_instance(p_template_collection_id, v_instance, p_actor, p_note);
  IF v_lineage ->> 'status' <> 'ok' THEN
    RAISE EXCEPTION 'lineage of a new instance was refused: %', v_lineage
      USING ERRCODE = 'internal_error';
  END IF;

  -- The log row and the event _iu_emit_event wrote, in one statement.
  WITH logged AS (
    INSERT INTO iu_auto_instantiate_event_log
           (instance_collection_id, template_collection_id, event_id, event_type, idempotency_key, emit_mode, triggered_by, note)
    VALUES (v_instance, p_template_collection_id, p_event_id, p_event_type, v_key, p_emit_mode, p_actor, p_note)
  )
  INSERT INTO event_outbox (domain, event_type, aggregate_type, aggregate_id, payload, created_by)
  VALUES ('iu', 'iu.template.instance_auto_composed', 'iu_piece_collection', v_instance,
          jsonb_build_object('template_collection_id', p_template_collection_id, 'event_id', p_event_id,
                             'event_type', p_event_type, 'emit_mode', p_emit_mode,
                             'idempotency_key', v_key), p_actor);

  RETURN jsonb_build_object(
    'status', 'ok',
    'instance_collection_id', v_instance,
    'instance_collection_key', v_instance_key,
    'template_collection_id', p_template_collection_id,
    'emit_mode', p_emit_mode,
    'idempotency_key', v_key,
    'pieces_attached', (v_compose ->> 'pieces_attached')::integer,
    'template_digest', v_lineage ->> 'template_digest',
    'instance_digest', v_lineage ->> 'instance_digest',
    'digest_matches_template', (v_lineage ->> 'digest_matches_template')::boolean);
END
$$;
$fn$;
END
$rollback$;
