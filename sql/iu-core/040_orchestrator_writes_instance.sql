-- 040_orchestrator_writes_instance.sql
-- Adds:     nothing new: fn_iu_auto_instantiate_from_event again, same signature, checks,
--           statuses, rows, events, payloads, digests and result. When the composer would
--           accept the template's pieces as they are (the case of every well-formed template),
--           the orchestrator writes the instance itself: collection, memberships, lineage row,
--           log row and the three events in ONE statement, instead of calling fn_iu_compose
--           and fn_iu_collection_record_template_instance (four statements and two function
--           calls with their own settings). Any other case still goes through fn_iu_compose,
--           which answers it exactly as before. 038's enable_seqscan = off is restated.
-- Requires: 002 (event_outbox), 007 (fn_iu_piece_graph_digest), 008, 031, 033, 038, 039.
-- Rollback: refuses nothing (no table, no data); restores 039's body; refuses, forced or not,
--           while a later migration is applied.
-- Delta:    table +0, view +0, function +0, trigger +0, config +0, event_type +0, route +0

-- Why. After 039, by pg_stat_statements over 5,000 calls of one transaction on PostgreSQL 15
-- (analysed), a call spent ~0.59 ms, of which the four INSERT statements were ~0.34 and
-- the rest the composer's validation of pieces the orchestrator had just read from the
-- template's own memberships (a loop of regular-expression checks per piece), two function
-- entries with their SET clauses, results built and parsed as jsonb, and four executor
-- start-ups for four statements. The rows written are those of the set-based floor; the
-- fixed cost per call is what 040 removes.
--
-- Why the short path is exact. The composer refuses a template's pieces only if: the kind or
-- title break its rules (the table's checks are looser: a title may hold a control
-- character), there are more than 1,000 pieces, a unit appears twice, the instance key is
-- taken, or a reused unit is gone. Each is tested here before anything is written; if any
-- holds, fn_iu_compose is called as in 039 and gives its status in its order. Otherwise the
-- composer would write exactly these rows: the pieces' roles (snake_case by the membership
-- table's own check) and unit ids in ordinal order, nothing minted, so no iu.unit.minted
-- event; its key claim (ON CONFLICT DO NOTHING), its KEY SHARE lock on the reused units, its
-- digest (fn_iu_piece_graph_digest, once) and its attached-graph check are kept. The lineage
-- recorder would find the template (just read), marked (just read) and the instance (just
-- written), and write one row and one event. The composer gate is read once per call, at
-- its start, with the live gate (039 read it there and again inside the composer).
-- tests/probes/per_call_path_plans_once.sql pins rows, events, payloads, result and the
-- function calls of one orchestrator call.

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
-- orchestrator writes the instance (040): when the composer would accept the template's
-- pieces, the instance, lineage, log and events are one statement of this body.
DECLARE
  v_key             text;
  v_existing        uuid;
  v_kind            text;
  v_title           text;
  v_template_key    text;
  v_template_digest text;
  v_marked          boolean;
  v_live_open       boolean;
  v_composer_open   boolean;
  v_roles           text[];
  v_unit_ids        uuid[];
  v_count           integer;
  v_distinct        integer;
  v_locked          integer;
  v_description     text;
  v_digest          text;
  v_attached        boolean;
  v_pieces          jsonb;
  v_compose         jsonb;
  v_lineage         jsonb;
  v_instance        uuid;
  v_instance_key    text;
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
  -- The template, its mark and its digest (what the lineage recorder would read) at once.
  SELECT c.kind, c.title, c.collection_key, c.manifest_digest,
         EXISTS (SELECT 1 FROM iu_collection_template_registry r
                  WHERE r.collection_id = p_template_collection_id AND r.is_template)
    INTO v_kind, v_title, v_template_key, v_template_digest, v_marked
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

  -- The template's active pieces in ordinal order (the query of fn_iu_collection_active_pieces,
  -- 007, an index scan: enable_seqscan is off here), as the two arrays the digest takes.
  SELECT coalesce(array_agg(m.role ORDER BY m.ordinal), '{}'::text[]), coalesce(array_agg(m.iu_id ORDER BY m.ordinal), '{}'::uuid[]),
         count(DISTINCT m.iu_id)::integer
    INTO v_roles, v_unit_ids, v_distinct
    FROM iu_piece_membership m
   WHERE m.collection_id = p_template_collection_id AND m.active;
  v_count := cardinality(v_unit_ids);
  IF v_count = 0 THEN
    RETURN jsonb_build_object('status', 'template_has_no_active_pieces', 'template_collection_id', p_template_collection_id);
  END IF;

  v_instance_key := 'tpl-inst:auto:' || p_instance_key_suffix;
  v_description := format('Instance of %s composed from event %s (%s)', v_template_key, p_event_id, p_event_type);

  -- Would the composer accept these pieces as they are? Its checks on what the template
  -- gives it (the key and the actor passed the checks above, which are its own or stricter),
  -- then the reused units, locked KEY SHARE as the composer locks them.
  IF v_count <= 1000 AND v_distinct = v_count
     AND v_kind ~ '^[a-z][a-z0-9_]*$' AND length(v_kind) <= 64
     AND btrim(v_title) <> '' AND v_title !~ '[[:cntrl:]]' AND length(v_title) <= 1000
     AND length(v_description) <= 10000 THEN
    SELECT count(*)::integer INTO v_locked
      FROM (SELECT i.id FROM information_unit i WHERE i.id = ANY (v_unit_ids) FOR KEY SHARE) u;
  END IF;

  IF v_locked = v_count THEN
    v_digest := fn_iu_piece_graph_digest(v_roles, v_unit_ids);
    -- The composer's rows (the key claimed with ON CONFLICT DO NOTHING, as it claims it), the
    -- lineage recorder's row, the log row, and the events in the order they were written
    -- (composed, instance recorded, auto-composed), with their payloads, in one statement.
    WITH inst AS (
      INSERT INTO iu_piece_collection (collection_key, kind, title, description, manifest_digest, created_by, updated_by)
      VALUES (v_instance_key, v_kind, v_title, v_description, v_digest, p_actor, p_actor)
      ON CONFLICT (collection_key) DO NOTHING
      RETURNING id
    ),
    attached AS (
      INSERT INTO iu_piece_membership (collection_id, iu_id, role, ordinal, minted_here, created_by)
      SELECT i.id, p.iu_id, p.role, p.n, false, p_actor
        FROM inst i, unnest(v_roles, v_unit_ids) WITH ORDINALITY AS p (role, iu_id, n)
      RETURNING role, iu_id, ordinal, active
    ),
    recorded AS (
      INSERT INTO iu_collection_template_instance_lineage
             (instance_collection_id, template_collection_id, template_digest_at_instantiation, instance_digest, note, recorded_by)
      SELECT i.id, p_template_collection_id, v_template_digest, v_digest, p_note, p_actor
        FROM inst i
      RETURNING instance_collection_id
    ),
    logged AS (
      INSERT INTO iu_auto_instantiate_event_log
             (instance_collection_id, template_collection_id, event_id, event_type, idempotency_key, emit_mode, triggered_by, note)
      SELECT r.instance_collection_id, p_template_collection_id, p_event_id, p_event_type, v_key, p_emit_mode, p_actor, p_note
        FROM recorded r
    ),
    emitted AS (
      INSERT INTO event_outbox (domain, event_type, aggregate_type, aggregate_id, payload, created_by)
      SELECT 'iu', 'iu.collection.composed', 'iu_piece_collection', i.id,
             jsonb_build_object('collection_key', v_instance_key, 'kind', v_kind, 'manifest_digest', v_digest,
                                'pieces', v_count, 'units_minted', 0), p_actor
        FROM inst i
      UNION ALL
      SELECT 'iu', 'iu.template.instance_recorded', 'iu_piece_collection', r.instance_collection_id,
             jsonb_build_object('template_collection_id', p_template_collection_id,
                                'template_digest', v_template_digest, 'instance_digest', v_digest), p_actor
        FROM recorded r
      UNION ALL
      SELECT 'iu', 'iu.template.instance_auto_composed', 'iu_piece_collection', i.id,
             jsonb_build_object('template_collection_id', p_template_collection_id, 'event_id', p_event_id,
                                'event_type', p_event_type, 'emit_mode', p_emit_mode,
                                'idempotency_key', v_key), p_actor
        FROM inst i
    )
    -- The composer's check: the pieces attached, read back as written, are the very graph
    -- the digest was computed from.
    SELECT i.id,
           (SELECT count(*) FILTER (WHERE a.active) = v_count
                   AND coalesce(array_agg(a.role ORDER BY a.ordinal) FILTER (WHERE a.active), '{}'::text[]) = v_roles
                   AND coalesce(array_agg(a.iu_id ORDER BY a.ordinal) FILTER (WHERE a.active), '{}'::uuid[]) = v_unit_ids
              FROM attached a)
      INTO v_instance, v_attached
      FROM inst i;
    IF v_instance IS NULL THEN
      -- The key was taken (ON CONFLICT wrote nothing at all). As in 039: a racer with the same
      -- idempotency key composed the same instance key; once its transaction commits we see
      -- its log row, and its instance is the answer.
      SELECT l.instance_collection_id INTO v_existing FROM iu_auto_instantiate_event_log l WHERE l.idempotency_key = v_key;
      IF FOUND THEN
        RETURN jsonb_build_object('status', 'idempotent_replay', 'instance_collection_id', v_existing, 'idempotency_key', v_key);
      END IF;
      SELECT c.id INTO v_existing FROM iu_piece_collection c WHERE c.collection_key = v_instance_key;
      RETURN jsonb_build_object('status', 'instance_collection_key_collision', 'instance_collection_key', v_instance_key,
                                'collection_id', v_existing);
    END IF;
    IF v_attached IS NOT TRUE THEN
      RAISE EXCEPTION 'fn_iu_auto_instantiate_from_event: stored manifest digest % differs from the attached pieces'' %', v_digest, fn_iu_manifest_digest(v_instance)
        USING ERRCODE = 'internal_error';
    END IF;
    RETURN jsonb_build_object(
      'status', 'ok',
      'instance_collection_id', v_instance,
      'instance_collection_key', v_instance_key,
      'template_collection_id', p_template_collection_id,
      'emit_mode', p_emit_mode,
      'idempotency_key', v_key,
      'pieces_attached', v_count,
      'template_digest', v_template_digest,
      'instance_digest', v_digest,
      'digest_matches_template', v_template_digest = v_digest);
  END IF;

  -- Anything the composer might refuse: ask it, exactly as 039 did.
  SELECT jsonb_agg(jsonb_build_object('role', p.role, 'iu_id', p.iu_id) ORDER BY p.n)
    INTO v_pieces
    FROM unnest(v_roles, v_unit_ids) WITH ORDINALITY AS p (role, iu_id, n);
  v_compose := fn_iu_compose(v_instance_key, v_kind, v_title, v_description, v_pieces, p_actor);
  IF v_compose ->> 'status' = 'collection_key_collision' THEN
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
