-- 006/007: "the active pieces of collection X in ordinal order" — the lookup an instance is
-- made from, up to 100,000 times in one transaction. fn_iu_collection_active_pieces returns
-- them as fn_iu_compose's p_pieces (composing with it reproduces X's digest); the lookup is
-- answered by an index on (collection_id, ordinal) without a sort even under a generic plan
-- (which of the two depends on the table's statistics; both are in order), and the
-- functions that run it pin the setting that keeps it there; the pieces of X that are not
-- active are reachable by an index too (the ON DELETE CASCADE path).
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(18);

CREATE FUNCTION pg_temp.probe_plan(p_statement text) RETURNS text
  LANGUAGE plpgsql AS $plan$
DECLARE
  v_line text;
  v_plan text := '';
BEGIN
  FOR v_line IN EXECUTE format('EXPLAIN (COSTS OFF) %s', p_statement) LOOP
    v_plan := v_plan || v_line || E'\n';
  END LOOP;
  RETURN v_plan;
END
$plan$;

UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled';
CREATE TEMP TABLE tpl AS
SELECT fn_iu_compose('probe:pieces/template', 'workflow', 'Template', NULL, '[
  {"role":"title","new_piece":{"canonical_address":"probe/pieces/title","title":"T","body":"t","unit_kind":"doc","section_type":"title"}},
  {"role":"step","new_piece":{"canonical_address":"probe/pieces/one","title":"1","body":"1","unit_kind":"doc","section_type":"section"}},
  {"role":"step","new_piece":{"canonical_address":"probe/pieces/two","title":"2","body":"2","unit_kind":"doc","section_type":"section"}},
  {"role":"checklist","new_piece":{"canonical_address":"probe/pieces/list","title":"L","body":"l","unit_kind":"doc","section_type":"section"}}]', 'probe') AS r;
CREATE TEMP TABLE x AS SELECT (r->>'collection_id')::uuid AS id FROM tpl;
CREATE TEMP TABLE pieces AS SELECT fn_iu_collection_active_pieces((SELECT id FROM x)) AS p;
CREATE TEMP TABLE inst AS
SELECT fn_iu_compose('probe:pieces/instance', 'workflow', 'Instance', NULL, (SELECT p FROM pieces), 'probe') AS r;

SELECT is((SELECT r->>'status' FROM tpl), 'ok', 'the probe''s template was composed');
SELECT is((SELECT p FROM pieces),
  (SELECT jsonb_agg(jsonb_build_object('role', m.role, 'iu_id', m.iu_id) ORDER BY m.ordinal) FROM iu_piece_membership m WHERE m.collection_id = (SELECT id FROM x)),
  'fn_iu_collection_active_pieces lists the pieces as {role, iu_id} in ordinal order');
SELECT is((SELECT jsonb_agg(e->>'role') FROM pieces, jsonb_array_elements(p) e), '["title", "step", "step", "checklist"]'::jsonb,
  'the roles come back in the order they were composed');
SELECT is((SELECT r->>'status' FROM inst), 'ok', 'composing with that list is ok');
SELECT is((SELECT (r->>'units_minted')::int FROM inst), 0, 'composing with that list reuses every unit and mints none');
SELECT is((SELECT r->>'manifest_digest' FROM inst), (SELECT r->>'manifest_digest' FROM tpl),
  'an instance composed from the list has its template''s manifest digest');

UPDATE iu_piece_membership SET active = false WHERE collection_id = (SELECT id FROM x) AND ordinal = 3;
SELECT is((SELECT jsonb_array_length(fn_iu_collection_active_pieces((SELECT id FROM x))) ), 3, 'an inactive piece is left out of the list');
SELECT is(fn_iu_collection_active_pieces((SELECT id FROM x)) -> 2 ->> 'role', 'checklist', 'the list keeps ordinal order around the gap');
SELECT is(fn_iu_collection_active_pieces('00000000-0000-4000-8000-0000000000aa'), '[]'::jsonb, 'an unknown collection has an empty list');
SELECT is(fn_iu_collection_active_pieces(NULL), '[]'::jsonb, 'a NULL collection has an empty list');
SELECT is((SELECT current_setting('enable_seqscan') || ' ' || current_setting('enable_bitmapscan')
             FROM (SELECT fn_iu_collection_active_pieces(id) AS p FROM x) called WHERE called.p IS NOT NULL),
  'on on', 'the settings the function pins do not leak into the caller''s session');

-- The plan. A generic plan is what a PL/pgSQL loop ends up caching; enable_seqscan = off and
-- enable_bitmapscan = off are what the lookup functions pin. Under both, the lookup is an
-- index scan in the index's key order: no Sort and no Seq Scan.
SET LOCAL plan_cache_mode = force_generic_plan;
SET LOCAL enable_seqscan = off;
SET LOCAL enable_bitmapscan = off;
PREPARE probe_active_pieces(uuid) AS
  SELECT m.role, m.iu_id FROM iu_piece_membership m WHERE m.collection_id = $1 AND m.active ORDER BY m.ordinal;
PREPARE probe_all_pieces(uuid) AS
  SELECT count(*) FROM iu_piece_membership m WHERE m.collection_id = $1;
CREATE TEMP TABLE plans AS
SELECT pg_temp.probe_plan('EXECUTE probe_active_pieces(''00000000-0000-4000-8000-0000000000aa'')') AS active,
       pg_temp.probe_plan('EXECUTE probe_all_pieces(''00000000-0000-4000-8000-0000000000aa'')') AS every;
DEALLOCATE probe_active_pieces;
DEALLOCATE probe_all_pieces;
RESET enable_seqscan;
RESET enable_bitmapscan;
RESET plan_cache_mode;

SELECT matches((SELECT active FROM plans), 'Index (Only )?Scan using iu_piece_membership_(active_ordinal_key|collection_ordinal_idx) ',
  'under a generic plan the active-pieces lookup is an index scan on (collection_id, ordinal)');
SELECT doesnt_match((SELECT active FROM plans), 'Sort', 'the index returns the pieces in ordinal order: the plan has no Sort');
SELECT doesnt_match((SELECT active FROM plans), 'Seq Scan', 'the plan has no sequential scan');
SELECT matches((SELECT every FROM plans), 'Index (Only )?Scan using iu_piece_membership_collection_ordinal_idx ',
  'every piece of a collection, inactive ones included (the cascade on delete), is reachable by an index');
SELECT is(
  (SELECT string_agg(format('%s unique=%s where %s', i.indexrelid::regclass, i.indisunique, coalesce(pg_get_expr(i.indpred, i.indrelid), '-')),
                     '; ' ORDER BY i.indexrelid::regclass::text)
     FROM pg_index i
    WHERE i.indrelid = 'iu_piece_membership'::regclass AND i.indnkeyatts = 2
      AND i.indkey[0] = (SELECT attnum FROM pg_attribute WHERE attrelid = 'iu_piece_membership'::regclass AND attname = 'collection_id')
      AND i.indkey[1] = (SELECT attnum FROM pg_attribute WHERE attrelid = 'iu_piece_membership'::regclass AND attname = 'ordinal')),
  'iu_piece_membership_active_ordinal_key unique=t where active; iu_piece_membership_collection_ordinal_idx unique=f where -',
  'iu_piece_membership has the unique index on active (collection_id, ordinal) and a plain one on every (collection_id, ordinal)');

SELECT ok((SELECT proconfig @> ARRAY['enable_seqscan=off', 'enable_bitmapscan=off'] FROM pg_proc WHERE oid = 'fn_iu_collection_active_pieces(uuid)'::regprocedure),
  'fn_iu_collection_active_pieces pins enable_seqscan and enable_bitmapscan off, so a plan it caches while the table is small stays an ordered index scan');
SELECT ok((SELECT proconfig @> ARRAY['enable_seqscan=off', 'enable_bitmapscan=off'] FROM pg_proc WHERE oid = 'fn_iu_manifest_digest(uuid)'::regprocedure),
  'fn_iu_manifest_digest pins the same two settings');

SELECT * FROM finish();
ROLLBACK;
