-- 042_bulk_lookups_per_item.sql
-- Adds:     nothing new: fn_iu_auto_instantiate_bulk (036's body) again, same signature,
--           checks, statuses, rows, events and result. What a batch reads of existing data
--           (each item's log row by idempotency key, its instance key, and after the claim
--           the log rows of lost races) is read item by item through the unique indexes, by
--           scalar subqueries, instead of by joins the planner could hash over the whole
--           log and collection tables; and the function pins enable_seqscan = off, as 038
--           pins it on the per-call path, so those lookups stay index scans whatever the
--           statistics the cached plans were made from. Its body names itself (042): the
--           mark rollback 041 reads under plain psql.
-- Requires: 031, 033, 035, 036 (the body this replaces), 038.
-- Rollback: refuses nothing (no table, no data); restores 036's body (no pinned setting);
--           refuses, forced or not, while a later migration is applied.
-- Delta:    table +0, view +0, function +0, trigger +0, config +0, event_type +0, route +0

-- Why. A database that has lived holds many instances: with 100,000 made before the run and
-- analysed, PGlite planned each batch's idempotency lookup as a hash join over a sequential
-- scan of the whole log (105,000 rows) and the instance-key check as a hashed subplan over
-- the whole collection table, and the lost-race lookup as a second scan of the log: about
-- 1.2 s of a 2,000-item batch (auto_explain, nested statements), so the cost of --bulk per
-- instance grew with the history, not with the batch (1.87x the set-based floor at
-- N = 10,000). By index the same lookups cost a few buffer hits per item, whatever the
-- history. The writes are unchanged (the floor writes the same rows).

CREATE OR REPLACE FUNCTION fn_iu_auto_instantiate_bulk(
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
  SET enable_seqscan = off
AS $$
-- lookups per item (042): what the batch reads of the log and the instance keys, it reads by
-- index, item by item, never by scanning the tables' history.
DECLARE
  c_max_items CONSTANT integer := 100000;
  v_template  iu_piece_collection%ROWTYPE;
  v_pieces    jsonb;
  v_roles     text[];
  v_units     uuid[];
  v_digest    text;
  v_statuses  jsonb;
  v_first     jsonb;
  -- The item set, one element per item in input order (element i is item n = i), carried in
  -- variables of this call: nothing is created, reused or looked up by name outside it.
  v_keys      text[];
  v_status    text[];
  v_instance  uuid[];
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

  -- One status per item, judged in the order the per-call path judges it. Each item's log row
  -- and instance key are looked up by a scalar subquery, which the planner runs per item by
  -- index (a join or an EXISTS it may hash over the whole table); the CTE is materialized so
  -- that each item's log lookup runs once.
  WITH i AS MATERIALIZED (
    SELECT e.n, e.event_id, e.suffix, e.k,
           (SELECT l.instance_collection_id FROM iu_auto_instantiate_event_log l WHERE l.idempotency_key = e.k) AS replay_of
      FROM (SELECT e.n, e.event_id, e.suffix,
                   md5(e.event_id::text || ':' || p_template_collection_id::text || ':' || e.suffix) AS k
              FROM unnest(p_event_ids, p_instance_key_suffixes) WITH ORDINALITY AS e (event_id, suffix, n)) e
  )
  SELECT array_agg(j.k ORDER BY j.n), array_agg(j.status ORDER BY j.n), array_agg(j.instance_id ORDER BY j.n)
    INTO v_keys, v_status, v_instance
    FROM (SELECT i.n, i.k,
                 CASE
                   WHEN i.event_id IS NULL OR i.suffix IS NULL OR i.suffix !~ '^[^[:space:][:cntrl:]]+$' OR length(i.suffix) > 200 THEN 'invalid_input'
                   WHEN i.replay_of IS NOT NULL THEN 'idempotent_replay'
                   WHEN i.n <> min(i.n) OVER (PARTITION BY i.k) THEN 'repeat'
                   WHEN (SELECT c.id FROM iu_piece_collection c WHERE c.collection_key = 'tpl-inst:auto:' || i.suffix) IS NOT NULL THEN 'instance_collection_key_collision'
                   WHEN i.n <> min(i.n) OVER (PARTITION BY i.suffix) THEN 'instance_collection_key_collision'
                   ELSE 'compose'
                 END AS status,
                 i.replay_of AS instance_id
            FROM i) j;

  -- The instance keys are claimed with ON CONFLICT DO NOTHING, as the composer claims one:
  -- a concurrent claimer of the same key is waited for, then lost to, never an exception.
  -- Within 'compose' every suffix is distinct, so each item matches at most one claim.
  WITH claimed AS (
    INSERT INTO iu_piece_collection (collection_key, kind, title, description, manifest_digest, created_by, updated_by)
    SELECT 'tpl-inst:auto:' || b.suffix, v_template.kind, v_template.title,
           format('Instance of %s composed from event %s (%s)', v_template.collection_key, b.event_id, p_event_type),
           v_digest, p_actor, p_actor
      FROM unnest(p_event_ids, p_instance_key_suffixes, v_status) WITH ORDINALITY AS b (event_id, suffix, status, n)
     WHERE b.status = 'compose' ORDER BY b.n
    ON CONFLICT (collection_key) DO NOTHING
    RETURNING id, collection_key
  )
  SELECT array_agg(CASE WHEN c.id IS NOT NULL THEN 'ok' ELSE b.status END ORDER BY b.n),
         array_agg(CASE WHEN c.id IS NOT NULL THEN c.id ELSE b.instance_id END ORDER BY b.n)
    INTO v_status, v_instance
    FROM unnest(p_instance_key_suffixes, v_status, v_instance) WITH ORDINALITY AS b (suffix, status, instance_id, n)
    LEFT JOIN claimed c ON b.status = 'compose' AND c.collection_key = 'tpl-inst:auto:' || b.suffix;
  -- Lost races: the winner's committed log row makes it a replay, anything else a collision.
  -- A statement of its own, so that it reads a snapshot taken after the claim waited.
  -- Only the items still 'compose' (none, unless a race was lost) are looked up, by index.
  WITH b AS MATERIALIZED (
    SELECT b.n, b.status, b.instance_id,
           CASE WHEN b.status = 'compose'
                THEN (SELECT l.instance_collection_id FROM iu_auto_instantiate_event_log l WHERE l.idempotency_key = b.k) END AS replay_of
      FROM unnest(v_keys, v_status, v_instance) WITH ORDINALITY AS b (k, status, instance_id, n)
  )
  SELECT array_agg(CASE WHEN b.status <> 'compose' THEN b.status
                        WHEN b.replay_of IS NULL THEN 'instance_collection_key_collision'
                        ELSE 'idempotent_replay' END ORDER BY b.n),
         array_agg(CASE WHEN b.status <> 'compose' THEN b.instance_id ELSE b.replay_of END ORDER BY b.n)
    INTO v_status, v_instance
    FROM b;
  -- A key repeated within the batch answers as a second call would: a replay of the first
  -- occurrence's instance, or the first occurrence's refusal.
  SELECT array_agg(CASE WHEN b.status <> 'repeat' OR w.k IS NULL THEN b.status
                        WHEN w.status IN ('ok', 'idempotent_replay') THEN 'idempotent_replay'
                        ELSE w.status END ORDER BY b.n),
         array_agg(CASE WHEN b.status <> 'repeat' OR w.k IS NULL THEN b.instance_id ELSE w.instance_id END ORDER BY b.n)
    INTO v_status, v_instance
    FROM unnest(v_keys, v_status, v_instance) WITH ORDINALITY AS b (k, status, instance_id, n)
    LEFT JOIN (SELECT DISTINCT ON (x.k) x.k, x.status, x.instance_id
                 FROM unnest(v_keys, v_status, v_instance) WITH ORDINALITY AS x (k, status, instance_id, n)
                WHERE x.status <> 'repeat' AND x.k IS NOT NULL
                ORDER BY x.k, x.n) w ON b.status = 'repeat' AND w.k = b.k;

  INSERT INTO iu_piece_membership (collection_id, iu_id, role, ordinal, minted_here, created_by)
  SELECT b.instance_id, p.iu_id, p.role, p.ord::integer, false, p_actor
    FROM unnest(v_status, v_instance) WITH ORDINALITY AS b (status, instance_id, n),
         unnest(v_roles, v_units) WITH ORDINALITY AS p (role, iu_id, ord)
   WHERE b.status = 'ok'
   ORDER BY b.n, p.ord;
  INSERT INTO iu_collection_template_instance_lineage
         (instance_collection_id, template_collection_id, template_digest_at_instantiation, instance_digest, note, recorded_by)
  SELECT b.instance_id, p_template_collection_id, v_template.manifest_digest, v_digest, p_note, p_actor
    FROM unnest(v_status, v_instance) WITH ORDINALITY AS b (status, instance_id, n)
   WHERE b.status = 'ok' ORDER BY b.n;
  INSERT INTO iu_auto_instantiate_event_log
         (instance_collection_id, template_collection_id, event_id, event_type, idempotency_key, emit_mode, triggered_by, note)
  SELECT b.instance_id, p_template_collection_id, b.event_id, p_event_type, b.k, p_emit_mode, p_actor, p_note
    FROM unnest(p_event_ids, v_keys, v_status, v_instance) WITH ORDINALITY AS b (event_id, k, status, instance_id, n)
   WHERE b.status = 'ok' ORDER BY b.n;
  -- The three iu events of each instance, as the composer, the lineage and the orchestrator write them.
  INSERT INTO event_outbox (domain, event_type, aggregate_type, aggregate_id, payload, created_by)
  SELECT 'iu', e.event_type, 'iu_piece_collection', b.instance_id, e.payload, p_actor
    FROM unnest(p_event_ids, p_instance_key_suffixes, v_keys, v_status, v_instance) WITH ORDINALITY AS b (event_id, suffix, k, status, instance_id, n)
   CROSS JOIN LATERAL (VALUES
     (1, 'iu.collection.composed', jsonb_build_object('collection_key', 'tpl-inst:auto:' || b.suffix, 'kind', v_template.kind,
                                                      'manifest_digest', v_digest, 'pieces', cardinality(v_units), 'units_minted', 0)),
     (2, 'iu.template.instance_recorded', jsonb_build_object('template_collection_id', p_template_collection_id,
                                                             'template_digest', v_template.manifest_digest, 'instance_digest', v_digest)),
     (3, 'iu.template.instance_auto_composed', jsonb_build_object('template_collection_id', p_template_collection_id, 'event_id', b.event_id,
                                                                  'event_type', p_event_type, 'emit_mode', p_emit_mode,
                                                                  'idempotency_key', b.k))
   ) AS e (ord, event_type, payload)
   WHERE b.status = 'ok'
   ORDER BY b.n, e.ord;

  SELECT jsonb_object_agg(status, n), jsonb_object_agg(status, first_item)
    INTO v_statuses, v_first
    FROM (SELECT b.status, count(*) AS n,
                 (array_agg(jsonb_build_object('n', b.n, 'event_id', b.event_id, 'suffix', b.suffix,
                                                 'instance_collection_key', 'tpl-inst:auto:' || b.suffix,
                                                 'instance_collection_id', b.instance_id) ORDER BY b.n))[1] AS first_item
            FROM unnest(p_event_ids, p_instance_key_suffixes, v_status, v_instance) WITH ORDINALITY AS b (event_id, suffix, status, instance_id, n)
           GROUP BY b.status) s;
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
