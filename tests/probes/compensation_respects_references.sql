-- 010: compensation finds what refers to a collection or to a unit through the catalog, so
-- tables added later (here: two temporary tables of the probe's own) are respected too: a
-- referenced collection is collection_in_use, a referenced unit is kept with the table's
-- name as the reason. It removes only units the composition minted, works with every gate
-- closed, and leaves the lifecycle log and the sync points alone. (The two tables live in a
-- schema the probe creates inside its transaction: a temporary table may not reference a
-- permanent one. The ROLLBACK removes them.)
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(16);

UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled';
CREATE TEMP TABLE origin AS
SELECT fn_iu_compose('probe:refs/origin', 'doc', 'Origin', NULL,
  '[{"role":"title","new_piece":{"canonical_address":"probe/refs/borrowed","title":"B","body":"b","unit_kind":"doc","section_type":"title"}}]', 'probe') AS r;
CREATE TEMP TABLE target AS
SELECT fn_iu_compose('probe:refs/target', 'doc', 'Target', NULL, jsonb_build_array(
  jsonb_build_object('role', 'title', 'iu_id', (SELECT id FROM information_unit WHERE canonical_address = 'probe/refs/borrowed')),
  '{"role":"free","new_piece":{"canonical_address":"probe/refs/free","title":"F","body":"f","unit_kind":"doc","section_type":"section"}}'::jsonb,
  '{"role":"pinned","new_piece":{"canonical_address":"probe/refs/pinned","title":"P","body":"p","unit_kind":"doc","section_type":"section"}}'::jsonb), 'probe') AS r;
UPDATE dot_config SET value = 'false' WHERE key = 'iu_core.composer_enabled';
CREATE TEMP TABLE ids AS
SELECT (SELECT (r->>'collection_id')::uuid FROM target) AS target,
       (SELECT (r->>'collection_id')::uuid FROM origin) AS origin,
       (SELECT id FROM information_unit WHERE canonical_address = 'probe/refs/borrowed') AS borrowed,
       (SELECT id FROM information_unit WHERE canonical_address = 'probe/refs/free') AS free,
       (SELECT id FROM information_unit WHERE canonical_address = 'probe/refs/pinned') AS pinned;

-- Two tables this migration never heard of: one refers to the collection, one to a unit.
CREATE SCHEMA probe_refs;
CREATE TABLE probe_refs.probe_ref_collection (collection_id uuid REFERENCES iu_piece_collection (id));
CREATE TABLE probe_refs.probe_ref_unit (iu_id uuid REFERENCES information_unit (id));
INSERT INTO probe_refs.probe_ref_collection SELECT target FROM ids;
INSERT INTO probe_refs.probe_ref_unit SELECT pinned FROM ids;
CREATE TEMP TABLE kept_logs AS SELECT (SELECT count(*) FROM iu_lifecycle_log) AS lifecycle, (SELECT count(*) FROM iu_vector_sync_point) AS sync;

SELECT is_empty($$ SELECT key FROM dot_config WHERE key LIKE 'iu\_core.%\_enabled' AND value <> 'false' $$,
  'every gate is closed for what follows: compensation is an ungated undo tool');

CREATE TEMP TABLE in_use AS SELECT fn_iu_compensate_composition((SELECT target FROM ids), 'probe', false) AS r;
SELECT is((SELECT r->>'status' FROM in_use), 'collection_in_use', 'a collection another table refers to is collection_in_use, even for a real run');
SELECT ok((SELECT r->'referenced_by' @> '[{"table":"probe_ref_collection","column":"collection_id","rows":1}]' FROM in_use),
  'collection_in_use names the referring table, column and row count, found through the catalog');
SELECT is((SELECT count(*)::int FROM iu_piece_collection WHERE id = (SELECT target FROM ids)), 1, 'the refused collection is still there');

DELETE FROM probe_refs.probe_ref_collection;
CREATE TEMP TABLE dry AS SELECT fn_iu_compensate_composition((SELECT target FROM ids), 'probe') AS r;
SELECT is((SELECT r->>'status' FROM dry), 'dry_run', 'once nothing refers to the collection, the default is a dry run');
SELECT is((SELECT r->'would_delete_unit_ids' FROM dry), (SELECT jsonb_build_array(free) FROM ids),
  'the dry run would delete only the minted unit nothing refers to');
SELECT is((SELECT r->'units_kept' FROM dry), (SELECT jsonb_build_array(jsonb_build_object('iu_id', pinned, 'reason', 'referenced_by_probe_ref_unit')) FROM ids),
  'a minted unit another table refers to is kept, and the reason names that table');
SELECT ok((SELECT NOT (r->'would_delete_unit_ids' @> to_jsonb(ARRAY[borrowed]) OR r->'units_kept' @> jsonb_build_array(jsonb_build_object('iu_id', borrowed))) FROM dry, ids),
  'a reused unit is neither deleted nor listed: compensation only considers the units this composition minted');
SELECT is((SELECT (r->>'would_delete_memberships')::int FROM dry), 3, 'all three memberships would go, the reused piece''s too');

CREATE TEMP TABLE real AS SELECT fn_iu_compensate_composition((SELECT target FROM ids), 'probe-undo', false) AS r;
SELECT is((SELECT r->>'status' FROM real), 'compensated', 'the real run with every gate closed is compensated');
SELECT is((SELECT r->'deleted_unit_ids' FROM real), (SELECT r->'would_delete_unit_ids' FROM dry), 'it deleted exactly the units the dry run listed');
SELECT results_eq(
  $$ SELECT (SELECT count(*)::int FROM information_unit WHERE id = free), (SELECT count(*)::int FROM information_unit WHERE id = pinned),
            (SELECT count(*)::int FROM information_unit WHERE id = borrowed) FROM ids $$,
  $$ VALUES (0, 1, 1) $$,
  'the free unit is gone; the referenced and the borrowed units remain');
SELECT is((SELECT count(*)::int FROM iu_piece_collection WHERE id = (SELECT origin FROM ids)), 1, 'the collection the borrowed unit came from is untouched');
SELECT results_eq($$ SELECT units_deleted, compensated_by FROM iu_compensation_log WHERE collection_id = (SELECT target FROM ids) $$,
  $$ SELECT ARRAY[free], 'probe-undo'::text FROM ids $$,
  'iu_compensation_log records the deleted units and the actor');
SELECT results_eq($$ SELECT (SELECT count(*) FROM iu_lifecycle_log), (SELECT count(*) FROM iu_vector_sync_point) $$,
  $$ SELECT lifecycle, sync FROM kept_logs $$,
  'compensation wrote nothing to iu_lifecycle_log or iu_vector_sync_point');
SELECT is_empty($$ SELECT key FROM dot_config WHERE key LIKE 'iu\_core.%\_enabled' AND value <> 'false' $$,
  'and no gate was opened along the way');

SELECT * FROM finish();
ROLLBACK;
