-- 033: idempotent on md5(event:template:suffix); an instance reuses its template's units
-- in the same roles and order, so its digest matches across kinds and versions; the
-- orchestrator never touches units, the lifecycle log or vector sync points.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(15);

UPDATE dot_config SET value = 'true' WHERE key IN ('iu_core.composer_enabled', 'iu_core.vector_sync_enabled');
CREATE TEMP TABLE wf AS SELECT fn_iu_compose('probe:idem/wf', 'workflow', 'WF', NULL, '[
  {"role":"title","new_piece":{"canonical_address":"probe/idem/wf-t","title":"t","body":"t","unit_kind":"doc","section_type":"title"}},
  {"role":"step","new_piece":{"canonical_address":"probe/idem/wf-1","title":"1","body":"1","unit_kind":"doc","section_type":"section"}},
  {"role":"step","new_piece":{"canonical_address":"probe/idem/wf-2","title":"2","body":"2","unit_kind":"doc","section_type":"section"}}]', 'probe') AS r;
CREATE TEMP TABLE file AS SELECT fn_iu_compose('probe:idem/file', 'file', 'File', NULL, '[
  {"role":"title","new_piece":{"canonical_address":"probe/idem/f-t","title":"t","body":"t","unit_kind":"doc","section_type":"title"}},
  {"role":"section","new_piece":{"canonical_address":"probe/idem/f-1","title":"1","body":"1","unit_kind":"doc","section_type":"section"}}]', 'probe') AS r;
CREATE TEMP TABLE id AS SELECT (SELECT (r->>'collection_id')::uuid FROM wf) AS wf, (SELECT (r->>'collection_id')::uuid FROM file) AS file;
CREATE TEMP TABLE marks AS SELECT fn_iu_collection_mark_as_template(wf, 'wf', NULL, 'probe') AS a, fn_iu_collection_mark_as_template(file, 'file', NULL, 'probe') AS b FROM id;
CREATE TEMP TABLE lc AS SELECT fn_iu_set_lifecycle_status((SELECT id FROM information_unit WHERE canonical_address = 'probe/idem/wf-2'), 'deprecated', 'probe') AS r;
CREATE TEMP TABLE vs AS SELECT fn_iu_record_vector_sync(u.id, 'iu_core_iu_chunks', u.content_digest, 'probe') AS r FROM information_unit u WHERE canonical_address LIKE 'probe/idem/%';
UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.auto_instantiate_enabled';
UPDATE dot_config SET value = 'false' WHERE key = 'iu_core.vector_sync_enabled';
CREATE TEMP TABLE before AS SELECT (SELECT count(*) FROM information_unit) AS units, (SELECT count(*) FROM iu_lifecycle_log) AS lifecycle,
                                   (SELECT count(*) FROM iu_vector_sync_point) AS sync, (SELECT count(*) FROM iu_piece_collection) AS collections;

CREATE TEMP TABLE calls AS
SELECT 1 AS n, fn_iu_auto_instantiate_from_event('22222222-2222-4222-8222-222222222222', 'template.published', (SELECT wf FROM id), 'idem-wf', 'live', 'probe') AS r;
INSERT INTO calls SELECT 2, fn_iu_auto_instantiate_from_event('22222222-2222-4222-8222-222222222222', 'template.published', (SELECT wf FROM id), 'idem-wf', 'live', 'probe');
INSERT INTO calls SELECT 3, fn_iu_auto_instantiate_from_event('22222222-2222-4222-8222-222222222222', 'other.type', (SELECT wf FROM id), 'idem-wf', 'dry_run', 'someone-else');
INSERT INTO calls SELECT 4, fn_iu_auto_instantiate_from_event('33333333-3333-4333-8333-333333333333', 'template.published', (SELECT file FROM id), 'idem-file', 'live', 'probe');

SELECT is((SELECT r->>'status' FROM calls WHERE n = 1), 'ok', 'the first call composes');
SELECT is((SELECT r->>'status' FROM calls WHERE n = 2), 'idempotent_replay', 'C8: the same event, template and suffix again is idempotent_replay');
SELECT is((SELECT r->>'instance_collection_id' FROM calls WHERE n = 2), (SELECT r->>'instance_collection_id' FROM calls WHERE n = 1), 'the replay returns the existing instance');
SELECT is((SELECT r->>'status' FROM calls WHERE n = 3), 'idempotent_replay', 'the key ignores event type, mode and actor: the same triple replays');
SELECT is((SELECT count(*)::int FROM iu_piece_collection WHERE collection_key = 'tpl-inst:auto:idem-wf'), 1, 'replays composed nothing');
SELECT is((SELECT count(*)::int FROM iu_auto_instantiate_event_log WHERE idempotency_key = (SELECT r->>'idempotency_key' FROM calls WHERE n = 1)), 1, 'one log row per idempotency key');
SELECT throws_ok($$ INSERT INTO iu_auto_instantiate_event_log (instance_collection_id, template_collection_id, event_id, event_type, idempotency_key, emit_mode, triggered_by)
                    SELECT (r->>'instance_collection_id')::uuid, (SELECT wf FROM id), gen_random_uuid(), 'x', 'k', 'later', 'probe' FROM calls WHERE n = 1 $$,
  '23514', NULL, 'the log accepts only dry_run or live');

SELECT is((SELECT (r->>'digest_matches_template')::boolean FROM calls WHERE n = 1), true, 'a workflow instance matches its template''s digest');
SELECT is((SELECT (r->>'digest_matches_template')::boolean FROM calls WHERE n = 4), true, 'a file instance matches its template''s digest');
SELECT is((SELECT (r->>'pieces_attached')::int FROM calls WHERE n = 1), 3, 'the workflow instance has its template''s three pieces');
SELECT results_eq(
  $$ SELECT role, iu_id FROM iu_piece_membership WHERE collection_id = (SELECT (r->>'instance_collection_id')::uuid FROM calls WHERE n = 1) AND active ORDER BY ordinal $$,
  $$ SELECT role, iu_id FROM iu_piece_membership WHERE collection_id = (SELECT wf FROM id) AND active ORDER BY ordinal $$,
  'the instance reuses the template''s very units in the same roles and order');
SELECT is((SELECT bool_and(digest_matches_template) FROM v_iu_auto_instantiate_event_log WHERE triggered_by = 'probe'), true, 'v_iu_auto_instantiate_event_log shows every instance matching');

SELECT is((SELECT count(*) FROM information_unit), (SELECT units FROM before), 'the orchestrator minted no unit');
SELECT is((SELECT count(*) FROM iu_lifecycle_log), (SELECT lifecycle FROM before), 'the orchestrator left iu_lifecycle_log unchanged');
SELECT is((SELECT count(*) FROM iu_vector_sync_point), (SELECT sync FROM before), 'the orchestrator left iu_vector_sync_point unchanged');

SELECT * FROM finish();
ROLLBACK;
