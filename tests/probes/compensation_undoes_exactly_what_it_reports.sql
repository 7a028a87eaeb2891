-- fn_iu_compensate_composition: the dry run changes nothing and reports what a real run
-- would remove; the real run removes exactly that, keeps units that something else uses,
-- refuses a collection that other records reference, and leaves an audit row and event.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(20);

UPDATE dot_config SET value = 'true' WHERE key IN ('iu_core.composer_enabled', 'iu_core.vector_sync_enabled');
CREATE TEMP TABLE target AS
SELECT fn_iu_compose('probe:comp/target', 'doc', 'T', NULL, '[
  {"role":"title","new_piece":{"canonical_address":"probe/comp/free","title":"F","body":"f","unit_kind":"doc","section_type":"title"}},
  {"role":"shared","new_piece":{"canonical_address":"probe/comp/shared","title":"S","body":"s","unit_kind":"doc","section_type":"section"}},
  {"role":"history","new_piece":{"canonical_address":"probe/comp/history","title":"H","body":"h","unit_kind":"doc","section_type":"section"}},
  {"role":"synced","new_piece":{"canonical_address":"probe/comp/synced","title":"Y","body":"y","unit_kind":"doc","section_type":"section"}}]', 'probe') AS r;
CREATE TEMP TABLE ids AS
SELECT canonical_address, id FROM information_unit WHERE canonical_address LIKE 'probe/comp/%';
-- Something else uses three of the four minted units.
CREATE TEMP TABLE other AS
SELECT fn_iu_compose('probe:comp/other', 'doc', 'O', NULL,
  jsonb_build_array(jsonb_build_object('role', 'borrowed', 'iu_id', (SELECT id FROM ids WHERE canonical_address = 'probe/comp/shared'))), 'probe') AS r;
CREATE TEMP TABLE lc AS SELECT fn_iu_set_lifecycle_status((SELECT id FROM ids WHERE canonical_address = 'probe/comp/history'), 'deprecated', 'probe') AS r;
CREATE TEMP TABLE vs AS SELECT fn_iu_record_vector_sync((SELECT id FROM ids WHERE canonical_address = 'probe/comp/synced'), 'qdrant', repeat('c', 64), 'probe') AS r;
CREATE TEMP TABLE census_before AS
SELECT (SELECT count(*) FROM information_unit) AS units, (SELECT count(*) FROM iu_piece_collection) AS collections,
       (SELECT count(*) FROM iu_piece_membership) AS memberships, (SELECT count(*) FROM iu_compensation_log) AS log,
       (SELECT count(*) FROM event_outbox) AS events;

SELECT is(fn_iu_compensate_composition(NULL, 'probe')->>'status', 'invalid_input', 'a NULL collection is invalid_input');
SELECT is(fn_iu_compensate_composition((SELECT (r->>'collection_id')::uuid FROM target), ' ')->>'status', 'invalid_input', 'a blank actor is invalid_input');
SELECT is(fn_iu_compensate_composition('00000000-0000-0000-0000-0000000000aa', 'probe')->>'status', 'collection_not_found', 'an unknown collection is collection_not_found');

CREATE TEMP TABLE dry AS SELECT fn_iu_compensate_composition((SELECT (r->>'collection_id')::uuid FROM target), 'probe') AS r;
SELECT is((SELECT r->>'status' FROM dry), 'dry_run', 'compensation is a dry run by default');
SELECT is((SELECT (r->>'would_delete_memberships')::int FROM dry), 4, 'the dry run counts the four memberships');
SELECT is((SELECT r->'would_delete_unit_ids' FROM dry), (SELECT jsonb_agg(id) FROM ids WHERE canonical_address = 'probe/comp/free'),
  'the dry run would delete only the minted unit that nothing else uses');
SELECT set_eq($$ SELECT u->>'reason' FROM dry, jsonb_array_elements(r->'units_kept') u $$,
  ARRAY['used_by_another_collection', 'has_lifecycle_history', 'synced_to_a_vector_store'],
  'the dry run names why each other minted unit is kept');
SELECT bag_eq(
  $$ SELECT (SELECT count(*) FROM information_unit) AS units, (SELECT count(*) FROM iu_piece_collection) AS collections,
            (SELECT count(*) FROM iu_piece_membership) AS memberships, (SELECT count(*) FROM iu_compensation_log) AS log,
            (SELECT count(*) FROM event_outbox) AS events $$,
  $$ SELECT * FROM census_before $$,
  'the dry run changed nothing');

CREATE TEMP TABLE real AS SELECT fn_iu_compensate_composition((SELECT (r->>'collection_id')::uuid FROM target), 'probe-undo', false) AS r;
SELECT is((SELECT r->>'status' FROM real), 'compensated', 'the real run is compensated');
SELECT is((SELECT r->'deleted_unit_ids' FROM real), (SELECT r->'would_delete_unit_ids' FROM dry), 'the real run deleted exactly the units the dry run listed');
SELECT is((SELECT (r->>'deleted_memberships')::int FROM real), (SELECT (r->>'would_delete_memberships')::int FROM dry), 'the real run deleted exactly the memberships the dry run counted');
SELECT is((SELECT count(*)::int FROM iu_piece_collection WHERE collection_key = 'probe:comp/target'), 0, 'the collection is gone');
SELECT is((SELECT count(*) FROM information_unit), (SELECT units - 1 FROM census_before), 'exactly one unit is gone');
SELECT is((SELECT count(*) FROM iu_piece_membership), (SELECT memberships - 4 FROM census_before), 'exactly four memberships are gone');
SELECT is((SELECT count(*)::int FROM information_unit WHERE canonical_address IN ('probe/comp/shared', 'probe/comp/history', 'probe/comp/synced')), 3, 'the kept units are still there');
SELECT results_eq($$ SELECT collection_key, memberships_deleted, compensated_by FROM iu_compensation_log WHERE collection_key = 'probe:comp/target' $$,
  $$ VALUES ('probe:comp/target'::text, 4, 'probe-undo'::text) $$, 'the compensation is recorded in iu_compensation_log');
SELECT is((SELECT count(*)::int FROM event_outbox WHERE event_type = 'iu.collection.compensated' AND aggregate_id = (SELECT (r->>'collection_id')::uuid FROM target)), 1,
  'the compensation wrote one iu.collection.compensated event');
SELECT is(fn_iu_compensate_composition((SELECT (r->>'collection_id')::uuid FROM target), 'probe', false)->>'status', 'collection_not_found', 'compensating twice finds nothing');

-- A collection that lineage references is in use: compensation refuses it.
CREATE TEMP TABLE tpl AS SELECT fn_iu_compose('probe:comp/tpl', 'doc', 'Tpl', NULL, '[{"role":"a","new_piece":{"canonical_address":"probe/comp/tpl","title":"t","body":"t","unit_kind":"doc","section_type":"title"}}]', 'probe') AS r;
CREATE TEMP TABLE inst AS SELECT fn_iu_compose('probe:comp/inst', 'doc', 'Inst', NULL, jsonb_build_array(jsonb_build_object('role', 'a', 'iu_id', (SELECT id FROM information_unit WHERE canonical_address = 'probe/comp/tpl'))), 'probe') AS r;
CREATE TEMP TABLE marked AS SELECT fn_iu_collection_mark_as_template((SELECT (r->>'collection_id')::uuid FROM tpl), 'tpl', NULL, 'probe') AS r;
CREATE TEMP TABLE lineage AS SELECT fn_iu_collection_record_template_instance((SELECT (r->>'collection_id')::uuid FROM tpl), (SELECT (r->>'collection_id')::uuid FROM inst), 'probe') AS r;
SELECT is(fn_iu_compensate_composition((SELECT (r->>'collection_id')::uuid FROM tpl), 'probe', false)->>'status', 'collection_in_use', 'a template referenced by lineage is collection_in_use');
SELECT ok(fn_iu_compensate_composition((SELECT (r->>'collection_id')::uuid FROM tpl), 'probe', false)->'referenced_by' @> '[{"table":"iu_collection_template_registry"}]',
  'collection_in_use names the tables that reference it');

SELECT * FROM finish();
ROLLBACK;
