-- 033: the actor-scoped rollback is a dry run by default that changes nothing; the real run
-- removes exactly what the dry run listed (log → lineage → collection → membership) and
-- nothing of any other actor. It works with every gate closed.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(14);

UPDATE dot_config SET value = 'true' WHERE key IN ('iu_core.composer_enabled', 'iu_core.auto_instantiate_enabled');
CREATE TEMP TABLE tpl AS SELECT fn_iu_compose('probe:rba/tpl', 'workflow', 'Tpl', NULL, '[
  {"role":"title","new_piece":{"canonical_address":"probe/rba/t","title":"t","body":"t","unit_kind":"doc","section_type":"title"}},
  {"role":"step","new_piece":{"canonical_address":"probe/rba/s","title":"s","body":"s","unit_kind":"doc","section_type":"section"}}]', 'probe') AS r;
CREATE TEMP TABLE marked AS SELECT fn_iu_collection_mark_as_template((SELECT (r->>'collection_id')::uuid FROM tpl), 'tpl', NULL, 'probe') AS r;
CREATE TEMP TABLE made AS
SELECT g AS n, fn_iu_auto_instantiate_from_event(gen_random_uuid(), 'template.published', (SELECT (r->>'collection_id')::uuid FROM tpl),
         'rba-' || g, 'live', CASE WHEN g <= 3 THEN 'probe-bulk' ELSE 'probe-other' END) AS r
  FROM generate_series(1, 5) g;
UPDATE dot_config SET value = 'false' WHERE key IN ('iu_core.composer_enabled', 'iu_core.auto_instantiate_enabled');
CREATE TEMP TABLE before AS SELECT (SELECT count(*) FROM iu_piece_collection) AS collections, (SELECT count(*) FROM iu_piece_membership) AS memberships,
  (SELECT count(*) FROM iu_collection_template_instance_lineage) AS lineage, (SELECT count(*) FROM iu_auto_instantiate_event_log) AS log,
  (SELECT count(*) FROM information_unit) AS units;

SELECT is((SELECT count(*)::int FROM made WHERE r->>'status' = 'ok'), 5, 'five instances were composed, three by probe-bulk');
SELECT is(fn_iu_auto_instantiate_rollback_by_actor(NULL)->>'status', 'invalid_input', 'a NULL actor is invalid_input');
CREATE TEMP TABLE dry AS SELECT fn_iu_auto_instantiate_rollback_by_actor('probe-bulk') AS r;
SELECT is((SELECT r->>'status' FROM dry), 'dry_run', 'the actor rollback is a dry run by default');
SELECT results_eq($$ SELECT (r->>'would_delete_instance_collections')::int, (r->>'would_delete_lineage_rows')::int, (r->>'would_delete_log_rows')::int, (r->>'would_delete_memberships')::int FROM dry $$,
  $$ VALUES (3, 3, 3, 6) $$, 'the dry run reports 3 collections, 3 lineage rows, 3 log rows and 6 memberships');
SELECT set_eq($$ SELECT (jsonb_array_elements_text(r->'target_instance_ids'))::uuid FROM dry $$,
  $$ SELECT (r->>'instance_collection_id')::uuid FROM made WHERE n <= 3 $$, 'the dry run lists exactly the actor''s instances');
SELECT bag_eq($$ SELECT (SELECT count(*) FROM iu_piece_collection) AS collections, (SELECT count(*) FROM iu_piece_membership) AS memberships,
  (SELECT count(*) FROM iu_collection_template_instance_lineage) AS lineage, (SELECT count(*) FROM iu_auto_instantiate_event_log) AS log, (SELECT count(*) FROM information_unit) AS units $$,
  $$ SELECT * FROM before $$, 'the dry run changed nothing');

CREATE TEMP TABLE real AS SELECT fn_iu_auto_instantiate_rollback_by_actor('probe-bulk', false) AS r;
SELECT is((SELECT r->>'status' FROM real), 'rolled_back', 'the real run works with every gate closed');
SELECT is((SELECT r->'target_instance_ids' FROM real), (SELECT r->'target_instance_ids' FROM dry), 'the real run targeted exactly the instances the dry run listed');
SELECT results_eq($$ SELECT (r->>'deleted_instance_collections')::int, (r->>'deleted_lineage_rows')::int, (r->>'deleted_log_rows')::int, (r->>'deleted_memberships')::int FROM real $$,
  $$ SELECT (r->>'would_delete_instance_collections')::int, (r->>'would_delete_lineage_rows')::int, (r->>'would_delete_log_rows')::int, (r->>'would_delete_memberships')::int FROM dry $$,
  'the real run deleted exactly what the dry run reported, step by step');
SELECT is((SELECT count(*) FROM iu_piece_collection), (SELECT collections - 3 FROM before), 'three collections are gone');
SELECT is((SELECT count(*) FROM iu_piece_membership), (SELECT memberships - 6 FROM before), 'six memberships are gone');
SELECT is((SELECT count(*)::int FROM iu_auto_instantiate_event_log WHERE triggered_by = 'probe-other'), 2, 'the other actor''s instances are untouched');
SELECT is((SELECT count(*) FROM information_unit), (SELECT units FROM before), 'units the instances reused are kept');
SELECT is((fn_iu_auto_instantiate_rollback_by_actor('probe-bulk', true)->>'would_delete_log_rows')::int, 0, 'afterwards the actor has nothing left to roll back');

SELECT * FROM finish();
ROLLBACK;
