-- Composition never writes iu_lifecycle_log or iu_vector_sync_point; recording a sync is
-- behind its own gate and tells a stale sync from a current one.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(13);

UPDATE dot_config SET value = 'true' WHERE key IN ('iu_core.composer_enabled', 'iu_core.vector_sync_enabled');
CREATE TEMP TABLE seed AS
SELECT fn_iu_compose('probe:sync/seed', 'doc', 'S', NULL, '[{"role":"title","new_piece":{"canonical_address":"probe/sync/u","title":"U","body":"u","unit_kind":"doc","section_type":"title"}}]', 'probe') AS r;
CREATE TEMP TABLE unit AS SELECT id, content_digest FROM information_unit WHERE canonical_address = 'probe/sync/u';
CREATE TEMP TABLE sync1 AS SELECT fn_iu_record_vector_sync((SELECT id FROM unit), 'iu_core_iu_chunks', (SELECT content_digest FROM unit), 'probe-syncer') AS r;
CREATE TEMP TABLE before AS SELECT (SELECT count(*) FROM iu_lifecycle_log) AS lifecycle, (SELECT count(*) FROM iu_vector_sync_point) AS sync;

CREATE TEMP TABLE reuse AS
SELECT fn_iu_compose('probe:sync/reuse', 'doc', 'R', NULL,
  (SELECT jsonb_build_array(jsonb_build_object('role', 'title', 'iu_id', id),
     '{"role":"extra","new_piece":{"canonical_address":"probe/sync/new","title":"N","body":"n","unit_kind":"doc","section_type":"section"}}'::jsonb) FROM unit),
  'probe') AS r;
SELECT is((SELECT r->>'status' FROM reuse), 'ok', 'a composition reusing a synced unit and minting another is ok');
SELECT is((SELECT count(*) FROM iu_lifecycle_log), (SELECT lifecycle FROM before), 'composition left iu_lifecycle_log untouched');
SELECT is((SELECT count(*) FROM iu_vector_sync_point), (SELECT sync FROM before), 'composition left iu_vector_sync_point untouched');

SELECT is((SELECT r->>'status' FROM sync1), 'ok', 'recording a sync with the gate open is ok');
SELECT is((SELECT (r->>'stale')::boolean FROM sync1), false, 'a sync of the current content is not stale');
SELECT is((SELECT synced_by FROM iu_vector_sync_point WHERE iu_id = (SELECT id FROM unit)), 'probe-syncer', 'the sync point records the actor');
SELECT is(fn_iu_record_vector_sync((SELECT id FROM unit), 'iu_core_iu_chunks', repeat('a', 64), 'probe')->>'stale', 'true', 'a sync of other content is reported stale');
SELECT is((SELECT in_sync FROM v_iu_vector_sync_status WHERE iu_id = (SELECT id FROM unit)), false, 'v_iu_vector_sync_status shows the unit out of sync');
SELECT is((SELECT count(*)::int FROM iu_vector_sync_point WHERE iu_id = (SELECT id FROM unit)), 1, 'one sync point per unit and store, updated in place');
SELECT is(fn_iu_record_vector_sync((SELECT id FROM unit), 'Bad Store', repeat('a', 64), 'probe')->>'status', 'invalid_input', 'a store name that is not snake_case is invalid_input');
SELECT is(fn_iu_record_vector_sync((SELECT id FROM unit), 'iu_core_iu_chunks', 'abc', 'probe')->>'status', 'invalid_input', 'a digest that is not 64 hex characters is invalid_input');
SELECT is(fn_iu_record_vector_sync('00000000-0000-0000-0000-0000000000aa', 'iu_core_iu_chunks', repeat('a', 64), 'probe')->>'status', 'unit_not_found', 'an unknown unit is unit_not_found');
UPDATE dot_config SET value = 'false' WHERE key = 'iu_core.vector_sync_enabled';
SELECT is(fn_iu_record_vector_sync((SELECT id FROM unit), 'iu_core_iu_chunks', repeat('b', 64), 'probe')->>'status', 'vector_sync_gate_closed', 'with its gate closed, recording a sync is vector_sync_gate_closed');

SELECT * FROM finish();
ROLLBACK;
