-- 035_auto_instantiate_bulk.sql
-- Adds:     fn_iu_auto_instantiate_bulk(), the set-based entry point of the orchestrator: many
--           (event, suffix) pairs for one template in one call, with every guarantee of
--           fn_iu_auto_instantiate_from_event — the same checks in the same order, the same
--           gates, one status per item (ok, idempotent_replay,
--           instance_collection_key_collision, invalid_input), the same idempotency key
--           md5(event_id:template_id:suffix), instance key tpl-inst:auto:<suffix>, digest,
--           lineage row, log row and three iu events per instance — written by a handful of
--           set-based statements instead of one call per instance. It registers itself in the
--           DOT catalog and, when 034's operator role exists, grants it EXECUTE.
-- Requires: 007 (fn_iu_piece_graph_digest, fn_iu_collection_active_pieces), 008, 012, 031, 033.
-- Rollback: refuses nothing (no table); removes its catalog entry, its grant and the function.
-- Delta:    table 0, view 0, function +1, trigger 0, config 0, event_type 0, route 0

CREATE FUNCTION fn_iu_auto_instantiate_bulk(
  p_event_ids              uuid[],
  p_event_type             text,
  p_template_collection_id uuid,
  p_instance_key_suffixes  text[],
  p_emit_mode              text,
  p_actor                  text,
  p_note                   text DEFAULT NULL
) RETURNS jsonb
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER
  SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
  c_max_items CONSTANT integer := 100000;
  v_template  iu_piece_collection%ROWTYPE;
  v_pieces    jsonb;
  v_roles     text[];
  v_units     uuid[];
  v_digest    text;
  v_statuses  jsonb;
  v_first     jsonb;
BEGIN
  -- The orchestrator's checks, in its order, for the batch as a whole.
  IF p_event_ids IS NULL OR p_instance_key_suffixes IS NULL
     OR array_ndims(p_event_ids) IS DISTINCT FROM 1 OR array_ndims(p_instance_key_suffixes) IS DISTINCT FROM 1
     OR cardinality(p_event_ids) <> cardinality(p_instance_key_suffixes) OR cardinality(p_event_ids) > c_max_items
     OR p_event_type IS NULL OR btrim(p_event_type) = '' OR p_event_type ~ '[[:cntrl:]]' OR length(p_event_type) > 200
     OR p_template_collection_id IS NULL OR p_emit_mode IS NULL
     OR p_actor IS NULL OR btrim(p_actor) = '' OR p_actor ~ '[[:cntrl:]]' OR length(p_actor) > 256
     OR length(p_note) > 10000 THEN
    RETURN jsonb_build_object('status', 'invalid_input',
      'reason', format('p_event_ids and p_instance_key_suffixes are non-empty lists of the same length (at most %s); p_event_type, p_template_collection_id, p_emit_mode and p_actor are required', c_max_items));
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
  IF NOT EXISTS (SELECT 1 FROM iu_collection_template_registry r WHERE r.collection_id = p_template_collection_id AND r.is_template) THEN
    RETURN jsonb_build_object('status', 'template_not_marked', 'template_collection_id', p_template_collection_id);
  END IF;
  v_pieces := fn_iu_collection_active_pieces(p_template_collection_id);
  IF jsonb_array_length(v_pieces) = 0 THEN
    RETURN jsonb_build_object('status', 'template_has_no_active_pieces', 'template_collection_id', p_template_collection_id);
  END IF;
  -- What the composer would refuse for every item alike.
  IF btrim(v_template.title) = '' OR v_template.title ~ '[[:cntrl:]]' OR length(v_template.title) > 1000 THEN
    RETURN jsonb_build_object('status', 'compose_refused', 'reason', 'the template''s title is not a valid title');
  END IF;
  SELECT array_agg(p ->> 'role' ORDER BY n), array_agg((p ->> 'iu_id')::uuid ORDER BY n)
    INTO v_roles, v_units
    FROM jsonb_array_elements(v_pieces) WITH ORDINALITY AS e (p, n);
  v_digest := fn_iu_piece_graph_digest(v_roles, v_units);
  -- As the composer does: the reused units are locked, so none can be removed meanwhile.
  PERFORM 1 FROM information_unit u WHERE u.id = ANY (v_units) ORDER BY u.id FOR KEY SHARE;

  -- One row per item, judged in the order the per-call path judges it.
  -- A scratch table of this transaction (gone at COMMIT), reused by later calls in it.
  IF to_regclass('pg_temp.iu_bulk_item') IS NULL THEN
    CREATE TEMP TABLE iu_bulk_item (
      n integer, event_id uuid, suffix text, idempotency_key text, status text, instance_id uuid
    ) ON COMMIT DROP;
  ELSE
    TRUNCATE iu_bulk_item;
  END IF;
  -- For plpgsql_check, which cannot see a table created at run time; a no-op when run.
  PERFORM 'PRAGMA:TABLE: iu_bulk_item (n integer, event_id uuid, suffix text, idempotency_key text, status text, instance_id uuid)';
  INSERT INTO iu_bulk_item (n, event_id, suffix, idempotency_key, status, instance_id)
  SELECT i.n, i.event_id, i.suffix, i.k,
         CASE
           WHEN i.event_id IS NULL OR i.suffix IS NULL OR i.suffix !~ '^[^[:space:][:cntrl:]]+$' OR length(i.suffix) > 200 THEN 'invalid_input'
           WHEN l.instance_collection_id IS NOT NULL THEN 'idempotent_replay'
           WHEN i.n <> min(i.n) OVER (PARTITION BY i.k) THEN 'repeat'
           WHEN EXISTS (SELECT 1 FROM iu_piece_collection c WHERE c.collection_key = 'tpl-inst:auto:' || i.suffix) THEN 'instance_collection_key_collision'
           WHEN i.n <> min(i.n) OVER (PARTITION BY i.suffix) THEN 'instance_collection_key_collision'
           ELSE 'compose'
         END,
         l.instance_collection_id
    FROM (SELECT e.n::integer AS n, e.event_id, e.suffix,
                 md5(e.event_id::text || ':' || p_template_collection_id::text || ':' || e.suffix) AS k
            FROM unnest(p_event_ids, p_instance_key_suffixes) WITH ORDINALITY AS e (event_id, suffix, n)) i
    LEFT JOIN iu_auto_instantiate_event_log l ON l.idempotency_key = i.k;

  -- The instance keys are claimed with ON CONFLICT DO NOTHING, as the composer claims one:
  -- a concurrent claimer of the same key is waited for, then lost to, never an exception.
  WITH claimed AS (
    INSERT INTO iu_piece_collection (collection_key, kind, title, description, manifest_digest, created_by, updated_by)
    SELECT 'tpl-inst:auto:' || b.suffix, v_template.kind, v_template.title,
           format('Instance of %s composed from event %s (%s)', v_template.collection_key, b.event_id, p_event_type),
           v_digest, p_actor, p_actor
      FROM iu_bulk_item b WHERE b.status = 'compose' ORDER BY b.n
    ON CONFLICT (collection_key) DO NOTHING
    RETURNING id, collection_key
  )
  UPDATE iu_bulk_item b SET status = 'ok', instance_id = c.id
    FROM claimed c WHERE b.status = 'compose' AND c.collection_key = 'tpl-inst:auto:' || b.suffix;
  -- Lost races: the winner's committed log row makes it a replay, anything else a collision.
  UPDATE iu_bulk_item b
     SET status = CASE WHEN l.instance_collection_id IS NULL THEN 'instance_collection_key_collision' ELSE 'idempotent_replay' END,
         instance_id = l.instance_collection_id
    FROM iu_bulk_item x LEFT JOIN iu_auto_instantiate_event_log l ON l.idempotency_key = x.idempotency_key
   WHERE b.status = 'compose' AND x.n = b.n;
  -- A key repeated within the batch answers as a second call would: a replay of the first
  -- occurrence's instance, or the first occurrence's refusal.
  UPDATE iu_bulk_item b
     SET status = CASE WHEN w.status IN ('ok', 'idempotent_replay') THEN 'idempotent_replay' ELSE w.status END,
         instance_id = w.instance_id
    FROM iu_bulk_item w
   WHERE b.status = 'repeat' AND w.idempotency_key = b.idempotency_key AND w.status <> 'repeat';

  INSERT INTO iu_piece_membership (collection_id, iu_id, role, ordinal, minted_here, created_by)
  SELECT b.instance_id, p.iu_id, p.role, p.ord::integer, false, p_actor
    FROM iu_bulk_item b, unnest(v_roles, v_units) WITH ORDINALITY AS p (role, iu_id, ord)
   WHERE b.status = 'ok';
  INSERT INTO iu_collection_template_instance_lineage
         (instance_collection_id, template_collection_id, template_digest_at_instantiation, instance_digest, note, recorded_by)
  SELECT b.instance_id, p_template_collection_id, v_template.manifest_digest, v_digest, p_note, p_actor
    FROM iu_bulk_item b WHERE b.status = 'ok';
  INSERT INTO iu_auto_instantiate_event_log
         (instance_collection_id, template_collection_id, event_id, event_type, idempotency_key, emit_mode, triggered_by, note)
  SELECT b.instance_id, p_template_collection_id, b.event_id, p_event_type, b.idempotency_key, p_emit_mode, p_actor, p_note
    FROM iu_bulk_item b WHERE b.status = 'ok';
  -- The three iu events of each instance, as the composer, the lineage and the orchestrator write them.
  INSERT INTO event_outbox (domain, event_type, aggregate_type, aggregate_id, payload, created_by)
  SELECT 'iu', e.event_type, 'iu_piece_collection', b.instance_id, e.payload, p_actor
    FROM iu_bulk_item b
   CROSS JOIN LATERAL (VALUES
     (1, 'iu.collection.composed', jsonb_build_object('collection_key', 'tpl-inst:auto:' || b.suffix, 'kind', v_template.kind,
                                                      'manifest_digest', v_digest, 'pieces', cardinality(v_units), 'units_minted', 0)),
     (2, 'iu.template.instance_recorded', jsonb_build_object('template_collection_id', p_template_collection_id,
                                                             'template_digest', v_template.manifest_digest, 'instance_digest', v_digest)),
     (3, 'iu.template.instance_auto_composed', jsonb_build_object('template_collection_id', p_template_collection_id, 'event_id', b.event_id,
                                                                  'event_type', p_event_type, 'emit_mode', p_emit_mode,
                                                                  'idempotency_key', b.idempotency_key))
   ) AS e (ord, event_type, payload)
   WHERE b.status = 'ok'
   ORDER BY b.n, e.ord;

  SELECT jsonb_object_agg(status, n), jsonb_object_agg(status, first_item)
    INTO v_statuses, v_first
    FROM (SELECT b.status, count(*) AS n,
                 (array_agg(jsonb_build_object('n', b.n, 'event_id', b.event_id, 'suffix', b.suffix,
                                                 'instance_collection_key', 'tpl-inst:auto:' || b.suffix,
                                                 'instance_collection_id', b.instance_id) ORDER BY b.n))[1] AS first_item
            FROM iu_bulk_item b GROUP BY b.status) s;
  RETURN jsonb_build_object(
    'status', 'ok',
    'items', cardinality(p_event_ids),
    'statuses', coalesce(v_statuses, '{}'::jsonb),
    'first', coalesce(v_first, '{}'::jsonb),
    'template_collection_id', p_template_collection_id,
    'emit_mode', p_emit_mode,
    'pieces_per_instance', cardinality(v_units),
    'template_digest', v_template.manifest_digest,
    'instance_digest', v_digest,
    'digest_matches_template', v_template.manifest_digest = v_digest);
END
$$;

REVOKE ALL ON FUNCTION fn_iu_auto_instantiate_bulk(uuid[], text, uuid, text[], text, text, text) FROM PUBLIC;

COMMENT ON FUNCTION fn_iu_auto_instantiate_bulk(uuid[], text, uuid, text[], text, text, text) IS
  'The orchestrator for many (event, suffix) pairs of one template in one call, set-based, with every per-call guarantee. Batch statuses as fn_iu_auto_instantiate_from_event (invalid_input, invalid_emit_mode, live_gate_closed, composer_gate_closed, template_collection_not_found, template_not_marked, template_has_no_active_pieces, compose_refused); otherwise ok with per-item counts under statuses: ok, idempotent_replay, instance_collection_key_collision, invalid_input.';

INSERT INTO dot_command_catalog (command_name, function_sig, required_gate, is_write, description) VALUES
  ('auto_instantiate_bulk', 'fn_iu_auto_instantiate_bulk(uuid[],text,uuid,text[],text,text,text)'::regprocedure,
   'iu_core.composer_enabled', true, 'Compose instances of a template for many events in one set-based call (live mode also needs iu_core.auto_instantiate_enabled).');

-- Operators run governed commands: when 034's role exists, this one is granted like the rest.
DO $grant$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'iu_core_operator') THEN
    GRANT EXECUTE ON FUNCTION fn_iu_auto_instantiate_bulk(uuid[], text, uuid, text[], text, text, text) TO iu_core_operator;
  END IF;
END
$grant$;
