-- 035: the set-based entry point keeps every per-call guarantee: the batch checks in the
-- orchestrator's order, one status per item, idempotency on md5(event:template:suffix), and
-- exactly the rows and events the per-call path writes for the same instances.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(22);

UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled';
CREATE TEMP TABLE tpl AS SELECT fn_iu_compose('probe:bulk/tpl', 'workflow', 'Bulk template', NULL, '[
  {"role":"title","new_piece":{"canonical_address":"probe/bulk/t","title":"t","body":"t","unit_kind":"doc","section_type":"title"}},
  {"role":"step","new_piece":{"canonical_address":"probe/bulk/s","title":"s","body":"s","unit_kind":"doc","section_type":"section"}}]', 'probe') AS r;
CREATE TEMP TABLE plain AS SELECT fn_iu_compose('probe:bulk/plain', 'doc', 'Plain', NULL,
  jsonb_build_array(jsonb_build_object('role', 'title', 'iu_id', (SELECT id FROM information_unit WHERE canonical_address = 'probe/bulk/t'))), 'probe') AS r;
CREATE TEMP TABLE squatter AS SELECT fn_iu_compose('tpl-inst:auto:bulk-taken', 'doc', 'Squatter', NULL,
  jsonb_build_array(jsonb_build_object('role', 'title', 'iu_id', (SELECT id FROM information_unit WHERE canonical_address = 'probe/bulk/t'))), 'probe') AS r;
CREATE TEMP TABLE marked AS SELECT fn_iu_collection_mark_as_template((SELECT (r->>'collection_id')::uuid FROM tpl), 'bulk', NULL, 'probe') AS r;
UPDATE dot_config SET value = 'false' WHERE key = 'iu_core.composer_enabled';
CREATE TEMP TABLE id AS SELECT (SELECT (r->>'collection_id')::uuid FROM tpl) AS tpl, (SELECT (r->>'collection_id')::uuid FROM plain) AS plain;
CREATE TEMP TABLE ev AS SELECT ARRAY['10000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000002',
                                     '10000000-0000-4000-8000-000000000001', NULL, '10000000-0000-4000-8000-000000000005']::uuid[] AS ids,
                               ARRAY['bulk-a', 'bulk-b', 'bulk-a', 'bulk-d', 'bulk-taken'] AS suffixes;

-- The batch checks, in the orchestrator's order.
SELECT is(fn_iu_auto_instantiate_bulk(NULL, 't', (SELECT tpl FROM id), ARRAY['x'], 'live', 'probe')->>'status', 'invalid_input', 'NULL event ids are invalid_input');
SELECT is(fn_iu_auto_instantiate_bulk(ARRAY[gen_random_uuid()], 't', (SELECT tpl FROM id), ARRAY['x', 'y'], 'live', 'probe')->>'status', 'invalid_input', 'lists of different lengths are invalid_input');
SELECT is(fn_iu_auto_instantiate_bulk(ARRAY[gen_random_uuid()], 't', (SELECT tpl FROM id), ARRAY['x'], 'shadow', 'probe')->>'status', 'invalid_emit_mode', 'an unknown mode is invalid_emit_mode');
SELECT is(fn_iu_auto_instantiate_bulk(ARRAY[gen_random_uuid()], 't', (SELECT tpl FROM id), ARRAY['x'], 'live', 'probe')->>'status', 'live_gate_closed', 'live needs the auto-instantiate gate');
SELECT is(fn_iu_auto_instantiate_bulk(ARRAY[gen_random_uuid()], 't', (SELECT tpl FROM id), ARRAY['x'], 'dry_run', 'probe')->>'status', 'composer_gate_closed', 'every mode needs the composer gate');
UPDATE dot_config SET value = 'true' WHERE key IN ('iu_core.composer_enabled', 'iu_core.auto_instantiate_enabled');
SELECT is(fn_iu_auto_instantiate_bulk(ARRAY[gen_random_uuid()], 't', '00000000-0000-0000-0000-000000000000', ARRAY['x'], 'live', 'probe')->>'status', 'template_collection_not_found', 'an unknown template is template_collection_not_found');
SELECT is(fn_iu_auto_instantiate_bulk(ARRAY[gen_random_uuid()], 't', (SELECT plain FROM id), ARRAY['x'], 'live', 'probe')->>'status', 'template_not_marked', 'an unmarked collection is template_not_marked');
SELECT is(fn_iu_auto_instantiate_bulk(ARRAY[gen_random_uuid()], 'x', (SELECT tpl FROM id), ARRAY['x'], 'live', repeat('a', 257))->>'status', 'invalid_input', 'an actor over 256 characters is invalid_input');

-- One status per item.
CREATE TEMP TABLE b1 AS SELECT fn_iu_auto_instantiate_bulk((SELECT ids FROM ev), 'template.published', (SELECT tpl FROM id), (SELECT suffixes FROM ev), 'live', 'probe-bulk', 'n') AS r;
SELECT is((SELECT r->>'status' FROM b1), 'ok', 'a batch that passes the checks is ok');
SELECT is((SELECT r->'statuses' FROM b1), '{"ok": 2, "invalid_input": 1, "idempotent_replay": 1, "instance_collection_key_collision": 1}'::jsonb,
  'items get their own statuses: two composed, a repeated key replays, a NULL event is invalid, a taken instance key collides');
SELECT is((SELECT (r->'first'->'idempotent_replay'->>'instance_collection_id') FROM b1), (SELECT (r->'first'->'ok'->>'instance_collection_id') FROM b1),
  'the repeated key answers with the first occurrence''s instance');
SELECT is((SELECT (r->>'digest_matches_template')::boolean FROM b1), true, 'the instances match their template''s digest');

-- The same rows the per-call path writes.
SELECT results_eq(
  $$ SELECT collection_key, kind, title, manifest_digest, created_by FROM iu_piece_collection WHERE collection_key IN ('tpl-inst:auto:bulk-a', 'tpl-inst:auto:bulk-b') ORDER BY 1 $$,
  $$ SELECT 'tpl-inst:auto:' || s, 'workflow'::text, 'Bulk template'::text, (SELECT manifest_digest FROM iu_piece_collection WHERE id = (SELECT tpl FROM id)), 'probe-bulk'::text
       FROM unnest(ARRAY['bulk-a', 'bulk-b']) s ORDER BY 1 $$,
  'each instance is a collection keyed tpl-inst:auto:<suffix>, of the template''s kind and title, with its digest');
SELECT results_eq(
  $$ SELECT m.role, m.iu_id, m.ordinal FROM iu_piece_membership m JOIN iu_piece_collection c ON c.id = m.collection_id WHERE c.collection_key = 'tpl-inst:auto:bulk-a' ORDER BY m.ordinal $$,
  $$ SELECT role, iu_id, ordinal FROM iu_piece_membership WHERE collection_id = (SELECT tpl FROM id) AND active ORDER BY ordinal $$,
  'an instance reuses the template''s very units in the same roles and order');
SELECT results_eq(
  $$ SELECT l.event_id, l.idempotency_key, l.emit_mode, l.triggered_by, l.note FROM iu_auto_instantiate_event_log l
       JOIN iu_piece_collection c ON c.id = l.instance_collection_id WHERE c.collection_key = 'tpl-inst:auto:bulk-a' $$,
  $$ VALUES ('10000000-0000-4000-8000-000000000001'::uuid, md5('10000000-0000-4000-8000-000000000001:' || (SELECT tpl FROM id)::text || ':bulk-a'), 'live'::text, 'probe-bulk'::text, 'n'::text) $$,
  'the log row carries the event, md5(event:template:suffix), the mode, the actor and the note');
SELECT is((SELECT count(*)::int FROM iu_collection_template_instance_lineage WHERE recorded_by = 'probe-bulk' AND template_collection_id = (SELECT tpl FROM id)), 2, 'each instance has its lineage row');
SELECT set_eq($$ SELECT event_type, count(*)::int FROM event_outbox WHERE created_by = 'probe-bulk' GROUP BY 1 $$,
  $$ VALUES ('iu.collection.composed', 2), ('iu.template.instance_recorded', 2), ('iu.template.instance_auto_composed', 2) $$,
  'each instance wrote the three iu events the per-call path writes');

-- Idempotency across the two entry points, both ways.
SELECT is(fn_iu_auto_instantiate_from_event('10000000-0000-4000-8000-000000000002', 'x', (SELECT tpl FROM id), 'bulk-b', 'live', 'other')->>'status', 'idempotent_replay',
  'a per-call retry of a bulk item replays');
CREATE TEMP TABLE single AS SELECT fn_iu_auto_instantiate_from_event('10000000-0000-4000-8000-000000000009', 'x', (SELECT tpl FROM id), 'bulk-single', 'live', 'probe-single') AS r;
CREATE TEMP TABLE b2 AS SELECT fn_iu_auto_instantiate_bulk(ARRAY['10000000-0000-4000-8000-000000000009', '10000000-0000-4000-8000-000000000001']::uuid[], 'x', (SELECT tpl FROM id),
  ARRAY['bulk-single', 'bulk-a'], 'live', 'probe-bulk') AS r;
SELECT is((SELECT r->'statuses' FROM b2), '{"idempotent_replay": 2}'::jsonb, 'a bulk retry of per-call and bulk items replays both');
SELECT is((SELECT r->'first'->'idempotent_replay'->>'instance_collection_id' FROM b2), (SELECT r->>'instance_collection_id' FROM single), 'and answers with the existing instance');

-- As an operator: it is a governed command.
SELECT is((SELECT required_gate FROM dot_command_catalog WHERE command_name = 'auto_instantiate_bulk'), 'iu_core.composer_enabled', 'the DOT catalog lists the bulk entry point with its gate');
SELECT ok(has_function_privilege('iu_core_operator', 'fn_iu_auto_instantiate_bulk(uuid[],text,uuid,text[],text,text,text)', 'EXECUTE'), 'the operator role may run it');

SELECT * FROM finish();
ROLLBACK;
