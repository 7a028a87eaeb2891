-- Rollback of 039_per_call_cost: fn_iu_compose, fn_iu_collection_record_template_instance
-- and fn_iu_auto_instantiate_from_event get back the bodies 008, 031 and 033 wrote, with the
-- enable_seqscan = off that 038 set on them (038 is still applied when this runs). No table,
-- so no data to refuse over. One DO block: all three or none.
-- Refuses, forced or not, while a later migration is still applied: roll back newest first.
DO $rollback$
DECLARE
  v_later text;
BEGIN
  -- Out of order while a later migration is applied: the ledger lists one or, under plain
  -- psql, 040's body of fn_iu_auto_instantiate_from_event (it names itself) is in place.
  -- The force setting does not apply.
  IF to_regclass('iu_core_meta.migration_ledger') IS NOT NULL THEN
    SELECT max(l.version) INTO v_later FROM iu_core_meta.migration_ledger l WHERE l.version > '039'
       AND coalesce(to_jsonb(l) ->> 'project', 'iu-core') = 'iu-core';
  END IF;
  IF v_later IS NULL AND EXISTS (SELECT 1 FROM pg_proc p
                                  WHERE p.oid = to_regprocedure('public.fn_iu_auto_instantiate_from_event(uuid,text,uuid,text,text,text,text)')
                                    AND strpos(p.prosrc, 'orchestrator writes the instance (040)') > 0) THEN
    v_later := '040';
  END IF;
  IF v_later IS NOT NULL THEN
    RAISE EXCEPTION 'REFUSED: rollback 039 is out of order: migration % is still applied', v_later
      USING ERRCODE = 'object_not_in_prerequisite_state',
            HINT = 'Roll back the later migrations first, newest first; the force setting does not apply to this.';
  END IF;
  -- The bodies exactly as their migrations wrote them (grants, owners and comments were
  -- never changed by 039).
  EXECUTE $fn$
CREATE OR REPLACE FUNCTION fn_iu_compose(
  p_collection_key text,
  p_kind           text,
  p_title          text,
  p_description    text,
  p_pieces         jsonb,
  p_actor          text
) RETURNS jsonb
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER
  SET search_path = pg_catalog, public, pg_temp
  SET enable_seqscan = off
AS $$
DECLARE
  c_max_pieces CONSTANT integer := 1000;
  c_uuid       CONSTANT text := '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
  c_snake      CONSTANT text := '^[a-z][a-z0-9_]*$';
  v_count      integer;
  v_piece      jsonb;
  v_new        jsonb;
  v_i          integer := 0;
  v_roles      text[] := '{}'::text[];
  v_unit_ids   uuid[] := '{}'::uuid[];
  v_minting    boolean[] := '{}'::boolean[];
  v_reused     uuid[] := '{}'::uuid[];
  v_new_units  jsonb := '[]'::jsonb;
  v_found      uuid[];
  v_dup        integer;
  v_missing    uuid;
  v_taken      text;
  v_existing   uuid;
  v_collection uuid;
  v_digest     text;
  v_minted     integer;
  v_minted_ids uuid[];
BEGIN
  -- 1. The scalar inputs.
  IF p_collection_key IS NULL OR p_kind IS NULL OR p_title IS NULL OR p_actor IS NULL THEN
    RETURN jsonb_build_object('status', 'invalid_input', 'reason', 'p_collection_key, p_kind, p_title and p_actor are required');
  END IF;
  IF p_collection_key !~ '^[^[:space:][:cntrl:]]+$' OR length(p_collection_key) > 256 THEN
    RETURN jsonb_build_object('status', 'invalid_input', 'reason', 'collection_key: 1 to 256 characters, no whitespace or control characters');
  END IF;
  IF p_kind !~ c_snake OR length(p_kind) > 64 THEN
    RETURN jsonb_build_object('status', 'invalid_input', 'reason', 'kind: snake_case, at most 64 characters');
  END IF;
  IF btrim(p_title) = '' OR p_title ~ '[[:cntrl:]]' OR length(p_title) > 1000 THEN
    RETURN jsonb_build_object('status', 'invalid_input', 'reason', 'title: 1 to 1000 characters on one line');
  END IF;
  IF length(p_description) > 10000 THEN
    RETURN jsonb_build_object('status', 'invalid_input', 'reason', 'description: at most 10000 characters');
  END IF;
  IF btrim(p_actor) = '' OR p_actor ~ '[[:cntrl:]]' OR length(p_actor) > 256 THEN
    RETURN jsonb_build_object('status', 'invalid_input', 'reason', 'actor: 1 to 256 characters on one line');
  END IF;

  -- 2. The piece list's shape, every piece, before anything is looked up or written.
  IF p_pieces IS NULL OR jsonb_typeof(p_pieces) <> 'array' THEN
    RETURN jsonb_build_object('status', 'invalid_input', 'reason', 'p_pieces must be a JSON array');
  END IF;
  v_count := jsonb_array_length(p_pieces);
  IF v_count = 0 THEN
    RETURN jsonb_build_object('status', 'empty_piece_list');
  END IF;
  IF v_count > c_max_pieces THEN
    RETURN jsonb_build_object('status', 'invalid_input', 'reason', format('at most %s pieces; got %s', c_max_pieces, v_count));
  END IF;
  FOR v_piece IN SELECT e FROM jsonb_array_elements(p_pieces) WITH ORDINALITY AS a (e, n) ORDER BY a.n LOOP
    v_i := v_i + 1;
    IF jsonb_typeof(v_piece) <> 'object' THEN
      RETURN jsonb_build_object('status', 'invalid_input', 'piece_index', v_i, 'reason', 'each piece is a JSON object');
    END IF;
    IF (v_piece - ARRAY['role', 'iu_id', 'new_piece']) <> '{}'::jsonb THEN
      RETURN jsonb_build_object('status', 'invalid_input', 'piece_index', v_i, 'reason', 'a piece has only role and one of iu_id or new_piece');
    END IF;
    IF jsonb_typeof(v_piece -> 'role') IS DISTINCT FROM 'string'
       OR (v_piece ->> 'role') !~ c_snake OR length(v_piece ->> 'role') > 64 THEN
      RETURN jsonb_build_object('status', 'invalid_input', 'piece_index', v_i, 'reason', 'role: a snake_case string of at most 64 characters');
    END IF;
    IF (v_piece ? 'iu_id') = (v_piece ? 'new_piece') THEN
      RETURN jsonb_build_object('status', 'invalid_input', 'piece_index', v_i, 'reason', 'exactly one of iu_id (reuse) or new_piece (mint)');
    END IF;
    v_roles := v_roles || (v_piece ->> 'role');
    IF v_piece ? 'iu_id' THEN
      IF jsonb_typeof(v_piece -> 'iu_id') IS DISTINCT FROM 'string' OR (v_piece ->> 'iu_id') !~ c_uuid THEN
        RETURN jsonb_build_object('status', 'invalid_input', 'piece_index', v_i, 'reason', 'iu_id: a uuid string');
      END IF;
      v_unit_ids := v_unit_ids || (v_piece ->> 'iu_id')::uuid;
      v_reused := v_reused || (v_piece ->> 'iu_id')::uuid;
      v_minting := v_minting || false;
    ELSE
      v_new := v_piece -> 'new_piece';
      IF jsonb_typeof(v_new) IS DISTINCT FROM 'object'
         OR (v_new - ARRAY['canonical_address', 'title', 'body', 'unit_kind', 'section_type']) <> '{}'::jsonb
         OR jsonb_typeof(v_new -> 'canonical_address') IS DISTINCT FROM 'string'
         OR jsonb_typeof(v_new -> 'title') IS DISTINCT FROM 'string'
         OR jsonb_typeof(v_new -> 'body') IS DISTINCT FROM 'string'
         OR jsonb_typeof(v_new -> 'unit_kind') IS DISTINCT FROM 'string'
         OR jsonb_typeof(v_new -> 'section_type') IS DISTINCT FROM 'string' THEN
        RETURN jsonb_build_object('status', 'invalid_input', 'piece_index', v_i,
          'reason', 'new_piece: an object with the strings canonical_address, title, body, unit_kind and section_type');
      END IF;
      IF (v_new ->> 'canonical_address') !~ '^[^[:space:][:cntrl:]]+$' OR length(v_new ->> 'canonical_address') > 512
         OR btrim(v_new ->> 'title') = '' OR (v_new ->> 'title') ~ '[[:cntrl:]]' OR length(v_new ->> 'title') > 1000
         OR length(v_new ->> 'body') > 1000000
         OR (v_new ->> 'unit_kind') !~ c_snake OR length(v_new ->> 'unit_kind') > 64
         OR (v_new ->> 'section_type') !~ c_snake OR length(v_new ->> 'section_type') > 64 THEN
        RETURN jsonb_build_object('status', 'invalid_input', 'piece_index', v_i,
          'reason', 'new_piece: canonical_address without whitespace (max 512), title on one line (max 1000), body (max 1000000), unit_kind and section_type snake_case');
      END IF;
      -- Ids for new units are drawn now, so the digest is known before anything is written.
      v_unit_ids := v_unit_ids || gen_random_uuid();
      v_minting := v_minting || true;
      v_new_units := v_new_units || jsonb_build_object('n', v_i, 'id', v_unit_ids[v_i], 'unit', v_new);
    END IF;
  END LOOP;

  -- A unit is one piece of a collection at most; two new pieces cannot share an address.
  -- piece_index names the later of the two.
  SELECT min(p.n)::integer INTO v_dup
    FROM (SELECT n, count(*) OVER (PARTITION BY u ORDER BY n) AS seen
            FROM unnest(v_unit_ids, v_minting) WITH ORDINALITY AS x (u, minting, n)
           WHERE NOT x.minting) p
   WHERE p.seen > 1;
  IF v_dup IS NOT NULL THEN
    RETURN jsonb_build_object('status', 'duplicate_piece', 'piece_index', v_dup, 'iu_id', v_unit_ids[v_dup],
                              'reason', 'the same unit appears twice in one collection');
  END IF;
  SELECT min(p.n) INTO v_dup
    FROM (SELECT (e ->> 'n')::integer AS n,
                 count(*) OVER (PARTITION BY e -> 'unit' ->> 'canonical_address' ORDER BY (e ->> 'n')::integer) AS seen
            FROM jsonb_array_elements(v_new_units) e) p
   WHERE p.seen > 1;
  IF v_dup IS NOT NULL THEN
    RETURN jsonb_build_object('status', 'duplicate_piece', 'piece_index', v_dup,
                              'reason', 'two new pieces share a canonical_address');
  END IF;

  -- 3. The gate: composing mints content.
  IF NOT fn_iu_composer_enabled() THEN
    RETURN jsonb_build_object('status', 'composer_gate_closed');
  END IF;

  -- 4. Against the database: the key, then the reused units, then the new addresses.
  SELECT c.id INTO v_existing FROM iu_piece_collection c WHERE c.collection_key = p_collection_key;
  IF FOUND THEN
    RETURN jsonb_build_object('status', 'collection_key_collision', 'collection_key', p_collection_key, 'collection_id', v_existing);
  END IF;
  -- KEY SHARE on the reused units: a unit cannot be deleted (compensation) between this
  -- check and the membership insert; one deleted just before is simply not found here.
  SELECT coalesce(array_agg(u.id), '{}'::uuid[]) INTO v_found
    FROM (SELECT i.id FROM information_unit i WHERE i.id = ANY (v_reused) FOR KEY SHARE) u;
  SELECT x.u, x.n::integer INTO v_missing, v_dup
    FROM unnest(v_unit_ids, v_minting) WITH ORDINALITY AS x (u, minting, n)
   WHERE NOT x.minting AND NOT (x.u = ANY (v_found))
   ORDER BY x.n
   LIMIT 1;
  IF FOUND THEN
    RETURN jsonb_build_object('status', 'unknown_unit', 'iu_id', v_missing, 'piece_index', v_dup);
  END IF;
  SELECT e -> 'unit' ->> 'canonical_address', (e ->> 'n')::integer INTO v_taken, v_dup
    FROM jsonb_array_elements(v_new_units) e
   WHERE EXISTS (SELECT 1 FROM information_unit u WHERE u.canonical_address = e -> 'unit' ->> 'canonical_address')
   ORDER BY (e ->> 'n')::integer
   LIMIT 1;
  IF FOUND THEN
    RETURN jsonb_build_object('status', 'canonical_address_collision', 'canonical_address', v_taken, 'piece_index', v_dup);
  END IF;

  -- 5. Write. The key is claimed first with ON CONFLICT DO NOTHING: a concurrent composer of
  --    the same key waits for ours to end and then sees a collision, never an exception
  --    (under READ COMMITTED, the isolation the product's functions are called in).
  --    The digest is computed by the one function from the graph about to be attached.
  v_digest := fn_iu_piece_graph_digest(v_roles, v_unit_ids);
  INSERT INTO iu_piece_collection (collection_key, kind, title, description, manifest_digest, created_by, updated_by)
  VALUES (p_collection_key, p_kind, p_title, nullif(p_description, ''), v_digest, p_actor, p_actor)
  ON CONFLICT (collection_key) DO NOTHING
  RETURNING id INTO v_collection;
  IF v_collection IS NULL THEN
    SELECT c.id INTO v_existing FROM iu_piece_collection c WHERE c.collection_key = p_collection_key;
    RETURN jsonb_build_object('status', 'collection_key_collision', 'collection_key', p_collection_key, 'collection_id', v_existing);
  END IF;

  -- content_digest is computed by the information_unit_content_digest trigger; the
  -- placeholder only satisfies NOT NULL until it runs.
  WITH minted AS (
    INSERT INTO information_unit (id, canonical_address, title, body, unit_kind, section_type, content_digest, created_by, updated_by)
    SELECT (e ->> 'id')::uuid, e -> 'unit' ->> 'canonical_address', e -> 'unit' ->> 'title', e -> 'unit' ->> 'body',
           e -> 'unit' ->> 'unit_kind', e -> 'unit' ->> 'section_type', repeat('0', 64), p_actor, p_actor
      FROM jsonb_array_elements(v_new_units) e
    ON CONFLICT (canonical_address) DO NOTHING
    RETURNING id
  )
  SELECT count(*)::integer, coalesce(array_agg(id), '{}'::uuid[]) INTO v_minted, v_minted_ids FROM minted;
  IF v_minted <> jsonb_array_length(v_new_units) THEN
    -- A concurrent composer minted one of our addresses after we looked: undo our own
    -- uncommitted rows and report it, as the earlier check would have.
    DELETE FROM information_unit WHERE id = ANY (v_minted_ids);
    DELETE FROM iu_piece_collection WHERE id = v_collection;
    SELECT e -> 'unit' ->> 'canonical_address', (e ->> 'n')::integer INTO v_taken, v_dup
      FROM jsonb_array_elements(v_new_units) e
     WHERE NOT ((e ->> 'id')::uuid = ANY (v_minted_ids))
     ORDER BY (e ->> 'n')::integer
     LIMIT 1;
    RETURN jsonb_build_object('status', 'canonical_address_collision', 'canonical_address', v_taken, 'piece_index', v_dup);
  END IF;

  INSERT INTO iu_piece_membership (collection_id, iu_id, role, ordinal, minted_here, created_by)
  SELECT v_collection, p.iu_id, p.role, p.n, p.minting, p_actor
    FROM unnest(v_roles, v_unit_ids, v_minting) WITH ORDINALITY AS p (role, iu_id, minting, n);

  -- The stored digest must be the digest of what is attached; anything else is a bug.
  IF fn_iu_manifest_digest(v_collection) IS DISTINCT FROM v_digest THEN
    RAISE EXCEPTION 'fn_iu_compose: stored manifest digest % differs from the attached pieces'' %', v_digest, fn_iu_manifest_digest(v_collection)
      USING ERRCODE = 'internal_error';
  END IF;

  PERFORM _iu_emit_event('iu', 'iu.unit.minted', 'information_unit', (e ->> 'id')::uuid,
                         jsonb_build_object('canonical_address', e -> 'unit' ->> 'canonical_address', 'collection_id', v_collection), p_actor)
     FROM jsonb_array_elements(v_new_units) e;
  PERFORM _iu_emit_event('iu', 'iu.collection.composed', 'iu_piece_collection', v_collection,
                         jsonb_build_object('collection_key', p_collection_key, 'kind', p_kind, 'manifest_digest', v_digest,
                                            'pieces', v_count, 'units_minted', v_minted), p_actor);

  RETURN jsonb_build_object(
    'status', 'ok',
    'collection_id', v_collection,
    'collection_key', p_collection_key,
    'kind', p_kind,
    'manifest_digest', v_digest,
    'pieces_attached', v_count,
    'units_minted', v_minted,
    'units_reused', v_count - v_minted,
    'minted_unit_ids', to_jsonb(v_minted_ids));
END
$$;
$fn$;
  EXECUTE $fn$
CREATE OR REPLACE FUNCTION fn_iu_collection_record_template_instance(
  p_template_collection_id uuid,
  p_instance_collection_id uuid,
  p_actor                  text,
  p_note                   text DEFAULT NULL
) RETURNS jsonb
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER
  SET search_path = pg_catalog, public, pg_temp
  SET enable_seqscan = off
AS $$
DECLARE
  v_template_digest text;
  v_instance_digest text;
  v_existing        uuid;
BEGIN
  IF p_template_collection_id IS NULL OR p_instance_collection_id IS NULL OR length(p_note) > 10000
     OR p_actor IS NULL OR btrim(p_actor) = '' OR p_actor ~ '[[:cntrl:]]' OR length(p_actor) > 256 THEN
    RETURN jsonb_build_object('status', 'invalid_input', 'reason', 'p_template_collection_id, p_instance_collection_id and p_actor are required');
  END IF;
  IF p_template_collection_id = p_instance_collection_id THEN
    RETURN jsonb_build_object('status', 'invalid_input', 'reason', 'an instance cannot be its own template');
  END IF;
  SELECT c.manifest_digest INTO v_template_digest FROM iu_piece_collection c WHERE c.id = p_template_collection_id;
  IF NOT FOUND THEN
    RETURN jsonb_build_object('status', 'template_collection_not_found', 'template_collection_id', p_template_collection_id);
  END IF;
  IF NOT EXISTS (SELECT 1 FROM iu_collection_template_registry r WHERE r.collection_id = p_template_collection_id AND r.is_template) THEN
    RETURN jsonb_build_object('status', 'template_not_marked', 'template_collection_id', p_template_collection_id);
  END IF;
  SELECT c.manifest_digest INTO v_instance_digest FROM iu_piece_collection c WHERE c.id = p_instance_collection_id;
  IF NOT FOUND THEN
    RETURN jsonb_build_object('status', 'instance_collection_not_found', 'instance_collection_id', p_instance_collection_id);
  END IF;
  INSERT INTO iu_collection_template_instance_lineage
         (instance_collection_id, template_collection_id, template_digest_at_instantiation, instance_digest, note, recorded_by)
  VALUES (p_instance_collection_id, p_template_collection_id, v_template_digest, v_instance_digest, p_note, p_actor)
  ON CONFLICT (instance_collection_id) DO NOTHING;
  IF NOT FOUND THEN
    SELECT l.template_collection_id INTO v_existing FROM iu_collection_template_instance_lineage l
     WHERE l.instance_collection_id = p_instance_collection_id;
    RETURN jsonb_build_object(
      'status', CASE WHEN v_existing = p_template_collection_id THEN 'already_recorded' ELSE 'lineage_conflict' END,
      'instance_collection_id', p_instance_collection_id, 'template_collection_id', v_existing);
  END IF;
  PERFORM _iu_emit_event('iu', 'iu.template.instance_recorded', 'iu_piece_collection', p_instance_collection_id,
                         jsonb_build_object('template_collection_id', p_template_collection_id,
                                            'template_digest', v_template_digest, 'instance_digest', v_instance_digest), p_actor);
  RETURN jsonb_build_object('status', 'ok',
    'instance_collection_id', p_instance_collection_id, 'template_collection_id', p_template_collection_id,
    'template_digest', v_template_digest, 'instance_digest', v_instance_digest,
    'digest_matches_template', v_template_digest = v_instance_digest);
END
$$;
$fn$;
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
$fn$;
END
$rollback$;
