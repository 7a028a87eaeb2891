-- 010: fn_iu_compensate_composition is a dry run by default that changes nothing (every
-- product table keeps its row count) and reports what a real run would remove; the real run
-- removes exactly that — the collection, its memberships and the units it minted that
-- nothing else uses — keeps minted units used elsewhere, with a lifecycle history, synced or
-- referenced from any other table, never touches units it only reused, logs to
-- iu_compensation_log and writes one event. It refuses (collection_in_use) a collection a
-- lineage row references, writing nothing.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(34);

CREATE FUNCTION pg_temp.probe_row_counts() RETURNS TABLE (table_name text, row_count bigint)
  LANGUAGE plpgsql AS $census$
DECLARE
  t text;
BEGIN
  FOR t IN SELECT c.relname::text FROM pg_class c
            WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
            ORDER BY 1
  LOOP
    table_name := t;
    EXECUTE format('SELECT count(*) FROM public.%I', t) INTO row_count;
    RETURN NEXT;
  END LOOP;
END
$census$;

UPDATE dot_config SET value = 'true' WHERE key IN ('iu_core.composer_enabled', 'iu_core.vector_sync_enabled');
-- A unit minted elsewhere, which the target only reuses.
CREATE TEMP TABLE lender AS
SELECT fn_iu_compose('probe:comp/lender', 'doc', 'Lender', NULL,
  '[{"role":"title","new_piece":{"canonical_address":"probe/comp/lent","title":"L","body":"l","unit_kind":"doc","section_type":"title"}}]', 'probe') AS r;
-- The target mints six units and reuses the lent one.
CREATE TEMP TABLE target AS
SELECT fn_iu_compose('probe:comp/target', 'doc', 'T', NULL,
  jsonb_build_array(
    '{"role":"title","new_piece":{"canonical_address":"probe/comp/free-1","title":"F1","body":"f","unit_kind":"doc","section_type":"title"}}'::jsonb,
    '{"role":"intro","new_piece":{"canonical_address":"probe/comp/free-2","title":"F2","body":"f","unit_kind":"doc","section_type":"section"}}'::jsonb,
    '{"role":"shared","new_piece":{"canonical_address":"probe/comp/shared","title":"S","body":"s","unit_kind":"doc","section_type":"section"}}'::jsonb,
    '{"role":"history","new_piece":{"canonical_address":"probe/comp/history","title":"H","body":"h","unit_kind":"doc","section_type":"section"}}'::jsonb,
    '{"role":"synced","new_piece":{"canonical_address":"probe/comp/synced","title":"Y","body":"y","unit_kind":"doc","section_type":"section"}}'::jsonb,
    '{"role":"cited","new_piece":{"canonical_address":"probe/comp/cited","title":"C","body":"c","unit_kind":"doc","section_type":"section"}}'::jsonb,
    jsonb_build_object('role', 'lent', 'iu_id', (SELECT id FROM information_unit WHERE canonical_address = 'probe/comp/lent'))),
  'probe') AS r;
CREATE TEMP TABLE t AS SELECT (r->>'collection_id')::uuid AS id, r->>'manifest_digest' AS digest FROM target;
CREATE TEMP TABLE ids AS SELECT canonical_address, id FROM information_unit WHERE canonical_address LIKE 'probe/comp/%';
-- Four of the minted units get a reason to stay; one is referenced by a table the product
-- does not know (created here, gone with the ROLLBACK): compensation finds it in the catalog.
CREATE TEMP TABLE other AS
SELECT fn_iu_compose('probe:comp/other', 'doc', 'O', NULL,
  jsonb_build_array(jsonb_build_object('role', 'borrowed', 'iu_id', (SELECT id FROM ids WHERE canonical_address = 'probe/comp/shared'))), 'probe') AS r;
CREATE TEMP TABLE lc AS SELECT fn_iu_set_lifecycle_status((SELECT id FROM ids WHERE canonical_address = 'probe/comp/history'), 'deprecated', 'probe') AS r;
CREATE TEMP TABLE vs AS SELECT fn_iu_record_vector_sync((SELECT id FROM ids WHERE canonical_address = 'probe/comp/synced'), 'qdrant', repeat('c', 64), 'probe') AS r;
CREATE TABLE probe_citation (iu_id uuid NOT NULL REFERENCES information_unit (id));
INSERT INTO probe_citation SELECT id FROM ids WHERE canonical_address = 'probe/comp/cited';
UPDATE dot_config SET value = 'false' WHERE key IN ('iu_core.composer_enabled', 'iu_core.vector_sync_enabled');
CREATE TEMP TABLE census_before AS SELECT * FROM pg_temp.probe_row_counts();

-- Refusals.
SELECT is(fn_iu_compensate_composition(NULL, 'probe')->>'status', 'invalid_input', 'a NULL collection is invalid_input');
SELECT is(fn_iu_compensate_composition((SELECT id FROM t), NULL)->>'status', 'invalid_input', 'a NULL actor is invalid_input');
SELECT is(fn_iu_compensate_composition((SELECT id FROM t), ' ')->>'status', 'invalid_input', 'a blank actor is invalid_input');
SELECT is(fn_iu_compensate_composition((SELECT id FROM t), E'probe\nundo')->>'status', 'invalid_input', 'an actor on two lines is invalid_input');
SELECT is(fn_iu_compensate_composition((SELECT id FROM t), 'probe', NULL)->>'status', 'invalid_input', 'a NULL dry-run flag is invalid_input');
SELECT is(fn_iu_compensate_composition('00000000-0000-4000-8000-0000000000aa', 'probe', false)->>'status', 'collection_not_found', 'an unknown collection is collection_not_found');

-- The dry run.
CREATE TEMP TABLE dry AS SELECT fn_iu_compensate_composition((SELECT id FROM t), 'probe') AS r;
SELECT is((SELECT r->>'status' FROM dry), 'dry_run', 'compensation is a dry run by default, with every gate closed');
SELECT results_eq($$ SELECT (r->>'collection_id')::uuid, r->>'collection_key', (r->>'would_delete_collections')::int, (r->>'would_delete_memberships')::int FROM dry $$,
  $$ SELECT id, 'probe:comp/target'::text, 1, 7 FROM t $$, 'the dry run names the collection and would delete it with its seven memberships');
SELECT set_eq($$ SELECT (jsonb_array_elements_text(r->'would_delete_unit_ids'))::uuid FROM dry $$,
  $$ SELECT id FROM ids WHERE canonical_address IN ('probe/comp/free-1', 'probe/comp/free-2') $$,
  'the dry run would delete exactly the two minted units that nothing else uses');
SELECT set_eq($$ SELECT (u->>'iu_id')::uuid, u->>'reason' FROM dry, jsonb_array_elements(r->'units_kept') u $$,
  $$ SELECT id, CASE canonical_address WHEN 'probe/comp/shared' THEN 'used_by_another_collection'
                                        WHEN 'probe/comp/history' THEN 'has_lifecycle_history'
                                        WHEN 'probe/comp/cited' THEN 'referenced_by_probe_citation'
                                        ELSE 'synced_to_a_vector_store' END
       FROM ids WHERE canonical_address IN ('probe/comp/shared', 'probe/comp/history', 'probe/comp/synced', 'probe/comp/cited') $$,
  'the dry run keeps the shared, the historied, the synced and the cited unit, each with its reason (referenced_by_<table> for a table found in the catalog)');
SELECT ok(NOT (SELECT (r->'would_delete_unit_ids') @> to_jsonb(ARRAY[(SELECT id FROM ids WHERE canonical_address = 'probe/comp/lent')]) FROM dry)
          AND NOT (SELECT r->'units_kept' @> jsonb_build_array(jsonb_build_object('iu_id', (SELECT id FROM ids WHERE canonical_address = 'probe/comp/lent'))) FROM dry),
  'a unit the collection only reused is neither deleted nor listed as kept: it was never the composition''s to undo');
SELECT bag_eq($$ SELECT * FROM pg_temp.probe_row_counts() $$, $$ SELECT * FROM census_before $$,
  'the dry run changed no row count in any product table');
SELECT is((SELECT manifest_digest FROM iu_piece_collection WHERE id = (SELECT id FROM t)), (SELECT digest FROM t), 'the dry run left the collection as it was');

-- The real run.
CREATE TEMP TABLE real AS SELECT fn_iu_compensate_composition((SELECT id FROM t), 'probe-undo', false) AS r;
SELECT is((SELECT r->>'status' FROM real), 'compensated', 'the real run is compensated, with every gate closed');
SELECT results_eq($$ SELECT (r->>'collection_id')::uuid, (r->>'deleted_collections')::int, (r->>'deleted_memberships')::int, r->'deleted_unit_ids', r->'units_kept' FROM real $$,
  $$ SELECT (r->>'collection_id')::uuid, (r->>'would_delete_collections')::int, (r->>'would_delete_memberships')::int, r->'would_delete_unit_ids', r->'units_kept' FROM dry $$,
  'the real run reports the same collection, membership count, unit ids and kept units as the dry run');
SELECT bag_eq($$ SELECT * FROM pg_temp.probe_row_counts() $$,
  $$ SELECT table_name, row_count + CASE table_name WHEN 'iu_piece_collection' THEN -1 WHEN 'iu_piece_membership' THEN -7
                                                    WHEN 'information_unit' THEN -2 WHEN 'iu_compensation_log' THEN 1
                                                    WHEN 'event_outbox' THEN 1 ELSE 0 END
       FROM census_before $$,
  'the real run removed exactly one collection, seven memberships and two units, added one log row and one event, and changed no other table');
SELECT is_empty($$ SELECT 1 FROM iu_piece_collection WHERE id = (SELECT id FROM t) $$, 'the collection is gone');
SELECT is_empty($$ SELECT 1 FROM iu_piece_membership WHERE collection_id = (SELECT id FROM t) $$, 'its memberships are gone');
SELECT is_empty($$ SELECT 1 FROM information_unit WHERE canonical_address IN ('probe/comp/free-1', 'probe/comp/free-2') $$, 'the two free minted units are gone');
SELECT set_eq($$ SELECT canonical_address FROM information_unit WHERE canonical_address LIKE 'probe/comp/%' $$,
  ARRAY['probe/comp/shared', 'probe/comp/history', 'probe/comp/synced', 'probe/comp/cited', 'probe/comp/lent'],
  'the kept units and the merely reused unit are still there');
SELECT is((SELECT count(*)::int FROM iu_piece_membership WHERE collection_id = (SELECT (r->>'collection_id')::uuid FROM other)), 1,
  'the collection that shares a unit keeps its piece');
SELECT is((SELECT count(*)::int FROM iu_lifecycle_log WHERE iu_id = (SELECT id FROM ids WHERE canonical_address = 'probe/comp/history')), 1, 'the kept unit''s lifecycle history is intact');
SELECT is((SELECT count(*)::int FROM iu_vector_sync_point WHERE iu_id = (SELECT id FROM ids WHERE canonical_address = 'probe/comp/synced')), 1, 'the kept unit''s sync point is intact');
SELECT is((SELECT count(*)::int FROM probe_citation), 1, 'the citing row is intact');
SELECT results_eq(
  $$ SELECT collection_id, collection_key, manifest_digest, memberships_deleted, to_jsonb(units_deleted), units_kept, compensated_by
       FROM iu_compensation_log WHERE collection_id = (SELECT id FROM t) $$,
  $$ SELECT (SELECT id FROM t), 'probe:comp/target'::text, (SELECT digest FROM t), 7, r->'deleted_unit_ids', r->'units_kept', 'probe-undo'::text FROM real $$,
  'iu_compensation_log records the collection, its key and digest, the memberships and units deleted, the units kept and the actor');
SELECT results_eq(
  $$ SELECT event_type, domain, aggregate_id, (payload->>'memberships_deleted')::int, payload->'units_deleted', created_by
       FROM event_outbox WHERE event_type = 'iu.collection.compensated' AND aggregate_id = (SELECT id FROM t) $$,
  $$ SELECT 'iu.collection.compensated'::text, 'iu'::text, (SELECT id FROM t), 7, r->'deleted_unit_ids', 'probe-undo'::text FROM real $$,
  'the compensation wrote one iu.collection.compensated event with what it deleted');
SELECT is(fn_iu_compensate_composition((SELECT id FROM t), 'probe', false)->>'status', 'collection_not_found', 'compensating the same collection again finds nothing');

-- A collection that minted nothing: only it and its memberships go.
CREATE TEMP TABLE units_now AS SELECT count(*) AS n FROM information_unit;
CREATE TEMP TABLE reuse_only AS SELECT fn_iu_compensate_composition((SELECT (r->>'collection_id')::uuid FROM other), 'probe-undo', false) AS r;
SELECT results_eq($$ SELECT r->>'status', (r->>'deleted_memberships')::int, r->'deleted_unit_ids' FROM reuse_only $$,
  $$ VALUES ('compensated'::text, 1, '[]'::jsonb) $$, 'compensating a pure reuse removes its membership and no unit');
SELECT is((SELECT count(*) FROM information_unit), (SELECT n FROM units_now), 'no unit was deleted by it');

-- Lineage references make a collection in use: refused, nothing written.
UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled';
CREATE TEMP TABLE tpl AS SELECT fn_iu_compose('probe:comp/tpl', 'doc', 'Tpl', NULL,
  '[{"role":"a","new_piece":{"canonical_address":"probe/comp/tpl","title":"t","body":"t","unit_kind":"doc","section_type":"title"}}]', 'probe') AS r;
CREATE TEMP TABLE inst AS SELECT fn_iu_compose('probe:comp/inst', 'doc', 'Inst', NULL,
  jsonb_build_array(jsonb_build_object('role', 'a', 'iu_id', (SELECT id FROM information_unit WHERE canonical_address = 'probe/comp/tpl'))), 'probe') AS r;
UPDATE dot_config SET value = 'false' WHERE key = 'iu_core.composer_enabled';
CREATE TEMP TABLE marked AS SELECT fn_iu_collection_mark_as_template((SELECT (r->>'collection_id')::uuid FROM tpl), 'tpl', NULL, 'probe') AS r;
CREATE TEMP TABLE lineage AS SELECT fn_iu_collection_record_template_instance((SELECT (r->>'collection_id')::uuid FROM tpl), (SELECT (r->>'collection_id')::uuid FROM inst), 'probe') AS r;
CREATE TEMP TABLE census_lineage AS SELECT * FROM pg_temp.probe_row_counts();
CREATE TEMP TABLE in_use AS
SELECT 'instance_real' AS name, fn_iu_compensate_composition((SELECT (r->>'collection_id')::uuid FROM inst), 'probe', false) AS r
UNION ALL SELECT 'instance_dry', fn_iu_compensate_composition((SELECT (r->>'collection_id')::uuid FROM inst), 'probe')
UNION ALL SELECT 'template_real', fn_iu_compensate_composition((SELECT (r->>'collection_id')::uuid FROM tpl), 'probe', false);
SELECT is((SELECT r->>'status' FROM in_use WHERE name = 'instance_real'), 'collection_in_use', 'an instance a lineage row references is collection_in_use');
SELECT is((SELECT r->'referenced_by' FROM in_use WHERE name = 'instance_real'),
  '[{"table":"iu_collection_template_instance_lineage","column":"instance_collection_id","rows":1}]'::jsonb,
  'collection_in_use names the lineage table, its column and the number of rows');
SELECT is((SELECT r->>'status' FROM in_use WHERE name = 'instance_dry'), 'collection_in_use', 'the dry run reports collection_in_use too');
SELECT set_eq($$ SELECT e->>'table' AS tbl, e->>'column' AS col FROM in_use, jsonb_array_elements(r->'referenced_by') e WHERE name = 'template_real' $$,
  $$ VALUES ('iu_collection_template_instance_lineage', 'template_collection_id'), ('iu_collection_template_registry', 'collection_id') $$,
  'a template with an instance is in use through the lineage and through the registry');
SELECT bag_eq($$ SELECT * FROM pg_temp.probe_row_counts() $$, $$ SELECT * FROM census_lineage $$,
  'collection_in_use wrote nothing anywhere');

SELECT * FROM finish();
ROLLBACK;
