-- 033_auto_instantiate_from_event.sql
-- Adds:     the event → instance orchestrator: the sidecar log iu_auto_instantiate_event_log
--           (keyed on the lineage row, idempotency_key UNIQUE), v_iu_auto_instantiate_event_log
--           and v_iu_auto_instantiate_event_summary, fn_iu_auto_instantiate_from_event() and
--           fn_iu_auto_instantiate_rollback_by_actor(), the gate
--           iu_core.auto_instantiate_enabled (default 'false') and the event type
--           iu.template.instance_auto_composed (stream update, lane delayed, no route).
--           Fully additive: no existing column, view, function, trigger or route is touched.
-- Requires: 008 (fn_iu_compose), 031 (registry, lineage), 032 (versions).
-- Rollback: refuses while iu_auto_instantiate_event_log holds rows, unless
--           SET iu_core.force_rollback_033 = true.
-- Delta:    table +1, view +2, function +2, trigger 0, config +1, event_type +1, route 0

CREATE TABLE iu_auto_instantiate_event_log (
  instance_collection_id uuid PRIMARY KEY
                         REFERENCES iu_collection_template_instance_lineage (instance_collection_id)
                         ON DELETE CASCADE,
  template_collection_id uuid NOT NULL REFERENCES iu_piece_collection (id),
  event_id               uuid NOT NULL,
  event_type             text NOT NULL,
  idempotency_key        text NOT NULL,
  emit_mode              text NOT NULL CHECK (emit_mode IN ('dry_run', 'live')),
  triggered_by           text NOT NULL,
  note                   text,
  created_at             timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT iu_auto_instantiate_event_log_idempotency_key_key UNIQUE (idempotency_key)
);

CREATE INDEX iu_auto_instantiate_event_log_event_id_idx ON iu_auto_instantiate_event_log (event_id);
CREATE INDEX iu_auto_instantiate_event_log_triggered_by_idx ON iu_auto_instantiate_event_log (triggered_by);
CREATE INDEX iu_auto_instantiate_event_log_template_idx ON iu_auto_instantiate_event_log (template_collection_id);

COMMENT ON TABLE iu_auto_instantiate_event_log IS
  'Sidecar of the lineage row for instances composed by fn_iu_auto_instantiate_from_event: which event, which mode, who. A manually composed instance has lineage but no row here.';

INSERT INTO dot_config (key, value, description) VALUES
  ('iu_core.auto_instantiate_enabled', 'false', 'Gate: live-mode event → instance composition (fn_iu_auto_instantiate_from_event). dry_run bypasses it; the composer gate is always required.');

-- Registered and inert: consumers may read it from the outbox; it is never delivered.
INSERT INTO event_type_registry (event_type, event_stream, delivery_lane, active, description) VALUES
  ('iu.template.instance_auto_composed', 'update', 'delayed', true, 'An instance was composed from a template in response to an event.');

CREATE FUNCTION fn_iu_auto_instantiate_from_event(
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
AS $$
DECLARE
  v_key          text;
  v_existing     uuid;
  v_template     iu_piece_collection%ROWTYPE;
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
  IF p_emit_mode = 'live' AND NOT fn_iu_gate_enabled('iu_core.auto_instantiate_enabled') THEN
    RETURN jsonb_build_object('status', 'live_gate_closed');
  END IF;
  IF NOT fn_iu_composer_enabled() THEN
    RETURN jsonb_build_object('status', 'composer_gate_closed');
  END IF;
  SELECT * INTO v_template FROM iu_piece_collection c WHERE c.id = p_template_collection_id;
  IF NOT FOUND THEN
    RETURN jsonb_build_object('status', 'template_collection_not_found', 'template_collection_id', p_template_collection_id);
  END IF;
  IF NOT EXISTS (SELECT 1 FROM iu_collection_template_registry r
                  WHERE r.collection_id = p_template_collection_id AND r.is_template) THEN
    RETURN jsonb_build_object('status', 'template_not_marked', 'template_collection_id', p_template_collection_id);
  END IF;

  v_key := md5(p_event_id::text || ':' || p_template_collection_id::text || ':' || p_instance_key_suffix);
  SELECT l.instance_collection_id INTO v_existing FROM iu_auto_instantiate_event_log l WHERE l.idempotency_key = v_key;
  IF FOUND THEN
    RETURN jsonb_build_object('status', 'idempotent_replay', 'instance_collection_id', v_existing, 'idempotency_key', v_key);
  END IF;

  -- The template's pieces through the one lookup that stays an index scan however large a
  -- bulk transaction grows the membership table (007).
  v_pieces := fn_iu_collection_active_pieces(p_template_collection_id);
  IF jsonb_array_length(v_pieces) = 0 THEN
    RETURN jsonb_build_object('status', 'template_has_no_active_pieces', 'template_collection_id', p_template_collection_id);
  END IF;

  v_instance_key := 'tpl-inst:auto:' || p_instance_key_suffix;
  v_compose := fn_iu_compose(v_instance_key, v_template.kind, v_template.title,
                             format('Instance of %s composed from event %s (%s)', v_template.collection_key, p_event_id, p_event_type),
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

  INSERT INTO iu_auto_instantiate_event_log
         (instance_collection_id, template_collection_id, event_id, event_type, idempotency_key, emit_mode, triggered_by, note)
  VALUES (v_instance, p_template_collection_id, p_event_id, p_event_type, v_key, p_emit_mode, p_actor, p_note);

  PERFORM _iu_emit_event('iu', 'iu.template.instance_auto_composed', 'iu_piece_collection', v_instance,
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

REVOKE ALL ON FUNCTION fn_iu_auto_instantiate_from_event(uuid, text, uuid, text, text, text, text) FROM PUBLIC;

COMMENT ON FUNCTION fn_iu_auto_instantiate_from_event(uuid, text, uuid, text, text, text, text) IS
  'Composes an instance of a marked template in response to an event, idempotent on md5(event_id:template_id:suffix). live needs iu_core.auto_instantiate_enabled and the composer gate; dry_run composes for real (tagged dry_run) and needs only the composer gate. Statuses: ok, idempotent_replay, invalid_input, invalid_emit_mode, live_gate_closed, composer_gate_closed, template_collection_not_found, template_not_marked, template_has_no_active_pieces, instance_collection_key_collision, compose_refused.';

CREATE FUNCTION fn_iu_auto_instantiate_rollback_by_actor(
  p_actor   text,
  p_dry_run boolean DEFAULT true
) RETURNS jsonb
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER
  SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
  v_ids      uuid[];
  v_blockers jsonb := '[]'::jsonb;
  v_fk       record;
  v_refs     bigint;
  v_log      integer;
  v_lineage  integer;
  v_members  integer;
  v_colls    integer;
BEGIN
  IF p_actor IS NULL OR btrim(p_actor) = '' OR p_actor ~ '[[:cntrl:]]' OR length(p_actor) > 256 OR p_dry_run IS NULL THEN
    RETURN jsonb_build_object('status', 'invalid_input', 'reason', 'p_actor (1 to 256 characters on one line) and p_dry_run are required');
  END IF;
  SELECT coalesce(array_agg(l.instance_collection_id ORDER BY l.created_at, l.instance_collection_id), '{}')
    INTO v_ids
    FROM iu_auto_instantiate_event_log l
   WHERE l.triggered_by = p_actor;
  IF NOT p_dry_run THEN
    -- Lock the instances first, so nothing starts referencing them while we look.
    PERFORM 1 FROM iu_piece_collection c WHERE c.id = ANY (v_ids) ORDER BY c.id FOR UPDATE;
  END IF;

  -- An instance may since have become a template, a version, or the template of other
  -- instances: removing it would break those, so the call refuses (both modes) and names
  -- them. Found through the catalog, so tables added later are covered too. Rows this call
  -- removes itself (the instances' own memberships, lineage and log) do not count.
  FOR v_fk IN
    SELECT n.nspname AS schema_name, c.relname AS table_name, a.attname AS column_name,
           EXISTS (SELECT 1 FROM pg_attribute x WHERE x.attrelid = c.oid AND x.attname = 'instance_collection_id' AND NOT x.attisdropped)
             AND c.relname IN ('iu_collection_template_instance_lineage', 'iu_auto_instantiate_event_log') AS removed_with_instance
      FROM pg_constraint k
      JOIN pg_class c ON c.oid = k.conrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
     WHERE k.contype = 'f' AND k.confrelid = 'public.iu_piece_collection'::regclass AND cardinality(k.conkey) = 1
       AND k.conrelid <> 'public.iu_piece_membership'::regclass
       AND NOT (a.attname = 'instance_collection_id'
                AND c.relname IN ('iu_collection_template_instance_lineage', 'iu_auto_instantiate_event_log'))
     ORDER BY 2, 3
  LOOP
    IF v_fk.removed_with_instance THEN
      EXECUTE format('SELECT count(*) FROM %I.%I r WHERE r.%I = ANY ($1) AND NOT (r.instance_collection_id = ANY ($1))',
                     v_fk.schema_name, v_fk.table_name, v_fk.column_name) INTO v_refs USING v_ids;
    ELSE
      EXECUTE format('SELECT count(*) FROM %I.%I r WHERE r.%I = ANY ($1)', v_fk.schema_name, v_fk.table_name, v_fk.column_name)
         INTO v_refs USING v_ids;
    END IF;
    IF v_refs > 0 THEN
      v_blockers := v_blockers || jsonb_build_object('table', v_fk.table_name, 'column', v_fk.column_name, 'rows', v_refs);
    END IF;
  END LOOP;
  IF jsonb_array_length(v_blockers) > 0 THEN
    RETURN jsonb_build_object('status', 'instances_in_use', 'actor', p_actor, 'target_instance_ids', to_jsonb(v_ids),
                              'referenced_by', v_blockers);
  END IF;

  IF p_dry_run THEN
    RETURN jsonb_build_object(
      'status', 'dry_run',
      'actor', p_actor,
      'target_instance_ids', to_jsonb(v_ids),
      'would_delete_instance_collections', (SELECT count(*) FROM iu_piece_collection c WHERE c.id = ANY (v_ids)),
      'would_delete_lineage_rows', (SELECT count(*) FROM iu_collection_template_instance_lineage l WHERE l.instance_collection_id = ANY (v_ids)),
      'would_delete_log_rows', cardinality(v_ids),
      'would_delete_memberships', (SELECT count(*) FROM iu_piece_membership m WHERE m.collection_id = ANY (v_ids)));
  END IF;

  -- The audit trail first, while the instances still exist: one iu.collection.compensated
  -- event per removed instance, naming the actor rolled back and the role that did it.
  PERFORM _iu_emit_event('iu', 'iu.collection.compensated', 'iu_piece_collection', c.id,
                         jsonb_build_object('collection_key', c.collection_key, 'manifest_digest', c.manifest_digest,
                                            'via', 'fn_iu_auto_instantiate_rollback_by_actor', 'rolled_back_actor', p_actor,
                                            'by', session_user), p_actor)
     FROM iu_piece_collection c WHERE c.id = ANY (v_ids);
  -- log → lineage → instance collection → membership, each step counted.
  DELETE FROM iu_auto_instantiate_event_log WHERE instance_collection_id = ANY (v_ids);
  GET DIAGNOSTICS v_log = ROW_COUNT;
  DELETE FROM iu_collection_template_instance_lineage WHERE instance_collection_id = ANY (v_ids);
  GET DIAGNOSTICS v_lineage = ROW_COUNT;
  DELETE FROM iu_piece_membership WHERE collection_id = ANY (v_ids);
  GET DIAGNOSTICS v_members = ROW_COUNT;
  DELETE FROM iu_piece_collection WHERE id = ANY (v_ids);
  GET DIAGNOSTICS v_colls = ROW_COUNT;
  RETURN jsonb_build_object(
    'status', 'rolled_back',
    'actor', p_actor,
    'target_instance_ids', to_jsonb(v_ids),
    'deleted_log_rows', v_log,
    'deleted_lineage_rows', v_lineage,
    'deleted_instance_collections', v_colls,
    'deleted_memberships', v_members);
END
$$;

REVOKE ALL ON FUNCTION fn_iu_auto_instantiate_rollback_by_actor(text, boolean) FROM PUBLIC;

COMMENT ON FUNCTION fn_iu_auto_instantiate_rollback_by_actor(text, boolean) IS
  'Removes everything one actor auto-instantiated (log → lineage → instance collection → membership), writing one iu.collection.compensated event per instance; dry run by default, changing nothing. Refuses with instances_in_use (naming what references them) when an instance has since become a template, a version or another instance''s template. Statuses: dry_run, rolled_back, instances_in_use, invalid_input. Ungated undo tool.';

CREATE VIEW v_iu_auto_instantiate_event_log AS
  SELECT l.instance_collection_id,
         i.collection_key AS instance_collection_key,
         l.template_collection_id,
         t.collection_key AS template_collection_key,
         l.event_id,
         l.event_type,
         l.emit_mode,
         l.triggered_by,
         l.idempotency_key,
         t.manifest_digest AS template_digest,
         i.manifest_digest AS instance_digest,
         t.manifest_digest = i.manifest_digest AS digest_matches_template,
         l.created_at
    FROM iu_auto_instantiate_event_log l
    JOIN iu_piece_collection i ON i.id = l.instance_collection_id
    JOIN iu_piece_collection t ON t.id = l.template_collection_id;

COMMENT ON VIEW v_iu_auto_instantiate_event_log IS 'Per auto-instantiated instance: its event, mode, actor, and its digest against its template''s.';

CREATE VIEW v_iu_auto_instantiate_event_summary AS
  SELECT t.collection_key AS template_collection_key,
         l.emit_mode,
         count(*) AS instance_count,
         count(*) FILTER (WHERE l.created_at > now() - interval '1 hour') AS instances_last_hour,
         count(*) FILTER (WHERE l.created_at > now() - interval '1 day') AS instances_last_day
    FROM iu_auto_instantiate_event_log l
    JOIN iu_piece_collection t ON t.id = l.template_collection_id
   GROUP BY t.collection_key, l.emit_mode;

COMMENT ON VIEW v_iu_auto_instantiate_event_summary IS 'Per template and mode: auto-instantiated instances in all, in the last hour and in the last day.';
