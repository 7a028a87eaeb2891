-- 033: auto-instantiation is idempotent on md5(event_id || ':' || template_id || ':' || suffix)
-- and names its instance tpl-inst:auto:<suffix>; an instance reuses its template's very
-- units in the same roles and order, so its manifest digest equals the template's across
-- kinds (workflow, file) and versions (v1, v2 of a family whose graph changed); the views
-- agree; and the orchestrator leaves information_unit, iu_lifecycle_log and
-- iu_vector_sync_point exactly as they were.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(29);

UPDATE dot_config SET value = 'true' WHERE key IN ('iu_core.composer_enabled', 'iu_core.vector_sync_enabled');
CREATE TEMP TABLE src AS
SELECT 'wf_v1' AS name, fn_iu_compose('probe:idem/wf/v1', 'workflow', 'Onboarding v1', NULL, '[
  {"role":"title","new_piece":{"canonical_address":"probe/idem/wf-title","title":"t","body":"t","unit_kind":"doc","section_type":"title"}},
  {"role":"step","new_piece":{"canonical_address":"probe/idem/wf-1","title":"1","body":"1","unit_kind":"doc","section_type":"section"}},
  {"role":"step","new_piece":{"canonical_address":"probe/idem/wf-2","title":"2","body":"2","unit_kind":"doc","section_type":"section"}}]', 'probe') AS r
UNION ALL
SELECT 'file_v1', fn_iu_compose('probe:idem/file/v1', 'file', 'Status report v1', NULL, '[
  {"role":"title","new_piece":{"canonical_address":"probe/idem/f-title","title":"t","body":"t","unit_kind":"doc","section_type":"title"}},
  {"role":"section","new_piece":{"canonical_address":"probe/idem/f-1","title":"1","body":"1","unit_kind":"doc","section_type":"section"}}]', 'probe');
-- v2 of the workflow: same title, steps swapped and one new step; v2 of the file: v1's pieces plus a new intro.
INSERT INTO src
SELECT 'wf_v2', fn_iu_compose('probe:idem/wf/v2', 'workflow', 'Onboarding v2', NULL,
  jsonb_build_array(
    jsonb_build_object('role', 'title', 'iu_id', (SELECT id FROM information_unit WHERE canonical_address = 'probe/idem/wf-title')),
    jsonb_build_object('role', 'step', 'iu_id', (SELECT id FROM information_unit WHERE canonical_address = 'probe/idem/wf-2')),
    jsonb_build_object('role', 'step', 'iu_id', (SELECT id FROM information_unit WHERE canonical_address = 'probe/idem/wf-1')),
    '{"role":"step","new_piece":{"canonical_address":"probe/idem/wf-3","title":"3","body":"3","unit_kind":"doc","section_type":"section"}}'::jsonb), 'probe')
UNION ALL
SELECT 'file_v2', fn_iu_compose('probe:idem/file/v2', 'file', 'Status report v2', NULL,
  (SELECT jsonb_agg(jsonb_build_object('role', m.role, 'iu_id', m.iu_id) ORDER BY m.ordinal) FROM iu_piece_membership m JOIN src s ON (s.r->>'collection_id')::uuid = m.collection_id WHERE s.name = 'file_v1')
  || '[{"role":"intro","new_piece":{"canonical_address":"probe/idem/f-exec-summary","title":"Executive summary","body":"e","unit_kind":"doc","section_type":"section"}}]'::jsonb, 'probe');
CREATE TEMP TABLE t AS SELECT name, (r->>'collection_id')::uuid AS id, r->>'manifest_digest' AS digest FROM src;
CREATE TEMP TABLE setup AS
SELECT fn_iu_collection_mark_as_template(id, name, NULL, 'probe') AS r FROM t
UNION ALL SELECT fn_iu_collection_register_template_version((SELECT id FROM t WHERE name = 'wf_v1'), 'probe:idem/wf', 'v1', 1, NULL, 'probe')
UNION ALL SELECT fn_iu_collection_register_template_version((SELECT id FROM t WHERE name = 'file_v1'), 'probe:idem/file', 'v1', 1, NULL, 'probe');
INSERT INTO setup
SELECT fn_iu_collection_register_template_version((SELECT id FROM t WHERE name = 'wf_v2'), 'probe:idem/wf', 'v2', 2, (SELECT id FROM t WHERE name = 'wf_v1'), 'probe')
UNION ALL SELECT fn_iu_collection_register_template_version((SELECT id FROM t WHERE name = 'file_v2'), 'probe:idem/file', 'v2', 2, (SELECT id FROM t WHERE name = 'file_v1'), 'probe');
-- Lifecycle history and sync points on the template units, which the instances will reuse.
INSERT INTO setup SELECT fn_iu_set_lifecycle_status((SELECT id FROM information_unit WHERE canonical_address = 'probe/idem/wf-2'), 'deprecated', 'probe');
INSERT INTO setup SELECT fn_iu_record_vector_sync(u.id, 'iu_core_iu_chunks', u.content_digest, 'probe') FROM information_unit u WHERE canonical_address LIKE 'probe/idem/%';
UPDATE dot_config SET value = 'false' WHERE key = 'iu_core.vector_sync_enabled';
UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.auto_instantiate_enabled';
CREATE TEMP TABLE units_before AS SELECT * FROM information_unit;
CREATE TEMP TABLE lifecycle_before AS SELECT * FROM iu_lifecycle_log;
CREATE TEMP TABLE sync_before AS SELECT * FROM iu_vector_sync_point;

CREATE TEMP TABLE calls (n int, event_id uuid, template text, suffix text, mode text, actor text, event_type text, r jsonb);
INSERT INTO calls (n, event_id, template, suffix, mode, actor, event_type) VALUES
  (1, '22222222-2222-4222-8222-000000000001', 'wf_v1',   'idem-wf-v1',   'live',    'probe',         'template.published'),
  (2, '22222222-2222-4222-8222-000000000002', 'wf_v2',   'idem-wf-v2',   'live',    'probe',         'template.published'),
  (3, '22222222-2222-4222-8222-000000000003', 'file_v1', 'idem-file-v1', 'dry_run', 'probe',         'template.published'),
  (4, '22222222-2222-4222-8222-000000000004', 'file_v2', 'idem-file-v2', 'live',    'probe',         'iu.template.instance_auto_composed'),
  -- The same event, template and suffix as call 1, with another type, mode and actor.
  (5, '22222222-2222-4222-8222-000000000001', 'wf_v1',   'idem-wf-v1',   'dry_run', 'someone-else',  'other.type'),
  -- The same event and template with another suffix: another key, another instance.
  (6, '22222222-2222-4222-8222-000000000001', 'wf_v1',   'idem-wf-v1-b', 'live',    'probe',         'template.published'),
  -- The same event and suffix with another template: another key, but the instance key is taken.
  (7, '22222222-2222-4222-8222-000000000001', 'wf_v2',   'idem-wf-v1',   'live',    'probe',         'template.published');
-- One call per statement, in order, so that each sees the ones before it.
UPDATE calls c SET r = fn_iu_auto_instantiate_from_event(c.event_id, c.event_type, t.id, c.suffix, c.mode, c.actor) FROM t WHERE t.name = c.template AND c.n = 1;
UPDATE calls c SET r = fn_iu_auto_instantiate_from_event(c.event_id, c.event_type, t.id, c.suffix, c.mode, c.actor) FROM t WHERE t.name = c.template AND c.n = 2;
UPDATE calls c SET r = fn_iu_auto_instantiate_from_event(c.event_id, c.event_type, t.id, c.suffix, c.mode, c.actor) FROM t WHERE t.name = c.template AND c.n = 3;
UPDATE calls c SET r = fn_iu_auto_instantiate_from_event(c.event_id, c.event_type, t.id, c.suffix, c.mode, c.actor) FROM t WHERE t.name = c.template AND c.n = 4;
UPDATE calls c SET r = fn_iu_auto_instantiate_from_event(c.event_id, c.event_type, t.id, c.suffix, c.mode, c.actor) FROM t WHERE t.name = c.template AND c.n = 5;
UPDATE calls c SET r = fn_iu_auto_instantiate_from_event(c.event_id, c.event_type, t.id, c.suffix, c.mode, c.actor) FROM t WHERE t.name = c.template AND c.n = 6;
UPDATE calls c SET r = fn_iu_auto_instantiate_from_event(c.event_id, c.event_type, t.id, c.suffix, c.mode, c.actor) FROM t WHERE t.name = c.template AND c.n = 7;
CREATE TEMP TABLE ok AS
SELECT c.n, c.template, c.suffix, c.mode, t.id AS template_id, t.digest AS template_digest, (c.r->>'instance_collection_id')::uuid AS instance_id, c.r
  FROM calls c JOIN t ON t.name = c.template WHERE c.r->>'status' = 'ok';

SELECT is((SELECT count(*)::int FROM setup WHERE r->>'status' = 'ok'), 4 + 4 + 1 + (SELECT count(*)::int FROM information_unit WHERE canonical_address LIKE 'probe/idem/%'),
  'the setup marked four templates, registered two families of two versions, and gave the units a history and sync points');
SELECT results_eq($$ SELECT n, r->>'status' FROM calls ORDER BY n $$,
  $$ VALUES (1, 'ok'::text), (2, 'ok'::text), (3, 'ok'::text), (4, 'ok'::text), (5, 'idempotent_replay'::text), (6, 'ok'::text), (7, 'instance_collection_key_collision'::text) $$,
  'four first calls compose, the same triple replays, another suffix composes, another template with a taken suffix collides');

-- Idempotency.
SELECT is_empty($$ SELECT n FROM ok o JOIN calls c USING (n)
                   WHERE o.r->>'idempotency_key' IS DISTINCT FROM md5(c.event_id::text || ':' || o.template_id::text || ':' || c.suffix) $$,
  'every idempotency key is md5(event_id || '':'' || template_id || '':'' || suffix)');
SELECT is_empty($$ SELECT n FROM ok o JOIN iu_auto_instantiate_event_log l ON l.instance_collection_id = o.instance_id WHERE l.idempotency_key <> o.r->>'idempotency_key' $$,
  'the log row of each instance holds that key');
SELECT is((SELECT count(DISTINCT r->>'idempotency_key')::int FROM ok), 5, 'five different triples gave five different keys');
SELECT is_empty($$ SELECT n FROM ok o JOIN iu_piece_collection c ON c.id = o.instance_id
                   WHERE o.r->>'instance_collection_key' <> 'tpl-inst:auto:' || o.suffix OR c.collection_key <> 'tpl-inst:auto:' || o.suffix $$,
  'every instance is named tpl-inst:auto:<suffix>');
SELECT results_eq($$ SELECT (r->>'instance_collection_id')::uuid, r->>'idempotency_key' FROM calls WHERE n = 5 $$,
  $$ SELECT instance_id, r->>'idempotency_key' FROM ok WHERE n = 1 $$,
  'C8: the replay returns the first call''s instance and key: the key ignores event type, mode and actor');
SELECT is((SELECT count(*)::int FROM iu_piece_collection WHERE collection_key = 'tpl-inst:auto:idem-wf-v1'), 1, 'the replay composed no second instance');
SELECT results_eq($$ SELECT event_type, emit_mode, triggered_by FROM iu_auto_instantiate_event_log WHERE instance_collection_id = (SELECT instance_id FROM ok WHERE n = 1) $$,
  $$ VALUES ('template.published'::text, 'live'::text, 'probe'::text) $$, 'the replay did not rewrite the first call''s log row');
SELECT is((SELECT count(*)::int FROM iu_auto_instantiate_event_log WHERE triggered_by = 'someone-else'), 0, 'the replaying actor has no log row');
SELECT is((SELECT (r->>'collection_id')::uuid FROM calls WHERE n = 7), (SELECT instance_id FROM ok WHERE n = 1),
  'the collision names the instance that holds the key');
SELECT throws_ok($$ INSERT INTO iu_auto_instantiate_event_log (instance_collection_id, template_collection_id, event_id, event_type, idempotency_key, emit_mode, triggered_by)
                    SELECT o2.instance_id, o2.template_id, gen_random_uuid(), 'x', o1.r->>'idempotency_key', 'live', 'probe' FROM ok o1, ok o2 WHERE o1.n = 1 AND o2.n = 2 $$,
  '23505', NULL, 'the log refuses a second row with the same idempotency key');
SELECT throws_ok($$ UPDATE iu_auto_instantiate_event_log SET emit_mode = 'shadow' WHERE instance_collection_id = (SELECT instance_id FROM ok WHERE n = 1) $$,
  '23514', NULL, 'the log accepts only the modes dry_run and live');

-- Digests across kinds and versions.
SELECT is_empty($$ SELECT n FROM ok WHERE (r->>'digest_matches_template')::boolean IS NOT TRUE $$,
  'every instance — workflow and file, v1 and v2, dry_run and live — reports digest_matches_template true');
SELECT is_empty($$ SELECT n FROM ok o JOIN iu_piece_collection c ON c.id = o.instance_id
                   WHERE o.r->>'template_digest' <> o.template_digest OR o.r->>'instance_digest' <> c.manifest_digest
                      OR c.manifest_digest <> o.template_digest OR fn_iu_manifest_digest(o.instance_id) <> o.template_digest $$,
  'each instance''s stored and live digest equals its template''s, and the answer reports both');
SELECT is_empty($$ SELECT o.n FROM ok o WHERE EXISTS (
                     (SELECT role, iu_id, ordinal FROM iu_piece_membership WHERE collection_id = o.template_id AND active
                      EXCEPT SELECT role, iu_id, ordinal FROM iu_piece_membership WHERE collection_id = o.instance_id)
                     UNION ALL
                     (SELECT role, iu_id, ordinal FROM iu_piece_membership WHERE collection_id = o.instance_id
                      EXCEPT SELECT role, iu_id, ordinal FROM iu_piece_membership WHERE collection_id = o.template_id AND active)) $$,
  'each instance is made of its template''s very units, in the same roles and positions');
SELECT is_empty($$ SELECT n FROM ok o WHERE (o.r->>'pieces_attached')::int <> (SELECT count(*) FROM iu_piece_membership WHERE collection_id = o.template_id AND active) $$,
  'pieces_attached is the template''s number of active pieces');
SELECT is_empty($$ SELECT 1 FROM iu_piece_membership m JOIN ok o ON o.instance_id = m.collection_id WHERE m.minted_here $$, 'an instance mints nothing: no piece is minted here');
SELECT is_empty($$ SELECT n FROM ok o JOIN iu_piece_collection i ON i.id = o.instance_id JOIN iu_piece_collection tc ON tc.id = o.template_id
                   WHERE i.kind <> tc.kind OR i.title <> tc.title $$, 'an instance has its template''s kind and title');
SELECT isnt((SELECT instance_digest FROM v_iu_auto_instantiate_event_log WHERE instance_collection_key = 'tpl-inst:auto:idem-wf-v1'),
            (SELECT instance_digest FROM v_iu_auto_instantiate_event_log WHERE instance_collection_key = 'tpl-inst:auto:idem-wf-v2'),
  'instances of v1 and v2 of the workflow family differ, as their templates do, while each matches its own');
SELECT results_eq($$ SELECT template_family, digest_drift_from_previous FROM v_iu_template_version_chain WHERE collection_id IN (SELECT id FROM t WHERE name LIKE '%v2') ORDER BY 1 $$,
  $$ VALUES ('probe:idem/file'::text, true), ('probe:idem/wf'::text, true) $$, 'both families drifted from v1 to v2');

-- The views agree.
SELECT is_empty($$ SELECT 1 FROM v_iu_auto_instantiate_event_log v JOIN ok o ON o.instance_id = v.instance_collection_id
                   WHERE NOT v.digest_matches_template OR v.template_collection_key <> (SELECT collection_key FROM iu_piece_collection WHERE id = o.template_id)
                      OR v.emit_mode <> o.mode $$,
  'v_iu_auto_instantiate_event_log shows each instance with its template, its mode and a matching digest');
SELECT set_eq($$ SELECT template_collection_key, emit_mode, instance_count, instances_last_hour FROM v_iu_auto_instantiate_event_summary WHERE template_collection_key LIKE 'probe:idem/%' $$,
  $$ VALUES ('probe:idem/wf/v1', 'live', 2::bigint, 2::bigint), ('probe:idem/wf/v2', 'live', 1::bigint, 1::bigint),
            ('probe:idem/file/v1', 'dry_run', 1::bigint, 1::bigint), ('probe:idem/file/v2', 'live', 1::bigint, 1::bigint) $$,
  'v_iu_auto_instantiate_event_summary counts the instances per template and mode');
SELECT set_eq($$ SELECT collection_key, instance_count, digest_matches, digest_diverges, version_label FROM v_iu_template_observability WHERE collection_key LIKE 'probe:idem/%' $$,
  $$ VALUES ('probe:idem/wf/v1', 2::bigint, 2::bigint, 0::bigint, 'v1'), ('probe:idem/wf/v2', 1::bigint, 1::bigint, 0::bigint, 'v2'),
            ('probe:idem/file/v1', 1::bigint, 1::bigint, 0::bigint, 'v1'), ('probe:idem/file/v2', 1::bigint, 1::bigint, 0::bigint, 'v2') $$,
  'v_iu_template_observability: every instance matches, none diverges, across kinds and versions');
SELECT is_empty($$ SELECT 1 FROM ok o JOIN iu_collection_template_instance_lineage l ON l.instance_collection_id = o.instance_id
                   WHERE l.template_collection_id <> o.template_id OR l.template_digest_at_instantiation <> o.template_digest OR l.recorded_by <> 'probe' $$,
  'each instance has a lineage row to its template, with the template''s digest and the actor');
SELECT is((SELECT count(*)::int FROM iu_collection_template_instance_lineage WHERE instance_collection_id IN (SELECT instance_id FROM ok)), 5, 'five instances, five lineage rows');

-- The orchestrator touched no unit, no lifecycle log and no sync point.
SELECT bag_eq($$ SELECT * FROM information_unit $$, $$ SELECT * FROM units_before $$, 'information_unit is exactly as it was before the orchestrator ran');
SELECT bag_eq($$ SELECT * FROM iu_lifecycle_log $$, $$ SELECT * FROM lifecycle_before $$, 'iu_lifecycle_log is exactly as it was');
SELECT bag_eq($$ SELECT * FROM iu_vector_sync_point $$, $$ SELECT * FROM sync_before $$, 'iu_vector_sync_point is exactly as it was');

SELECT * FROM finish();
ROLLBACK;
