-- 033: fn_iu_auto_instantiate_from_event's checks, in the seed's order and with the seed's
-- statuses; every refusal writes nothing.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(20);

UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled';
CREATE TEMP TABLE tpl AS SELECT fn_iu_compose('probe:auto/tpl', 'workflow', 'Tpl', NULL, '[
  {"role":"title","new_piece":{"canonical_address":"probe/auto/t","title":"t","body":"t","unit_kind":"doc","section_type":"title"}},
  {"role":"step","new_piece":{"canonical_address":"probe/auto/s","title":"s","body":"s","unit_kind":"doc","section_type":"section"}}]', 'probe') AS r;
CREATE TEMP TABLE plain AS SELECT fn_iu_compose('probe:auto/plain', 'doc', 'Plain', NULL,
  jsonb_build_array(jsonb_build_object('role', 'title', 'iu_id', (SELECT id FROM information_unit WHERE canonical_address = 'probe/auto/t'))), 'probe') AS r;
CREATE TEMP TABLE marked AS SELECT fn_iu_collection_mark_as_template((SELECT (r->>'collection_id')::uuid FROM tpl), 'tpl', NULL, 'probe') AS r;
-- A marked template whose only piece was deactivated.
CREATE TEMP TABLE hollow AS SELECT fn_iu_compose('probe:auto/hollow', 'doc', 'Hollow', NULL,
  jsonb_build_array(jsonb_build_object('role', 'title', 'iu_id', (SELECT id FROM information_unit WHERE canonical_address = 'probe/auto/s'))), 'probe') AS r;
UPDATE iu_piece_membership SET active = false WHERE collection_id = (SELECT (r->>'collection_id')::uuid FROM hollow);
CREATE TEMP TABLE hollow_marked AS SELECT fn_iu_collection_mark_as_template((SELECT (r->>'collection_id')::uuid FROM hollow), 'hollow', NULL, 'probe') AS r;
UPDATE dot_config SET value = 'false' WHERE key = 'iu_core.composer_enabled';
CREATE TEMP TABLE id AS SELECT (SELECT (r->>'collection_id')::uuid FROM tpl) AS tpl, (SELECT (r->>'collection_id')::uuid FROM plain) AS plain,
                               (SELECT (r->>'collection_id')::uuid FROM hollow) AS hollow;
CREATE TEMP TABLE before AS SELECT (SELECT count(*) FROM iu_piece_collection) AS collections, (SELECT count(*) FROM iu_auto_instantiate_event_log) AS log,
                                   (SELECT count(*) FROM event_outbox) AS events;

SELECT is(fn_iu_auto_instantiate_from_event(NULL, 'template.published', (SELECT tpl FROM id), 's', 'live', 'probe')->>'status', 'invalid_input', 'C1: a NULL event id is invalid_input');
SELECT is(fn_iu_auto_instantiate_from_event(gen_random_uuid(), '', (SELECT tpl FROM id), 's', 'live', 'probe')->>'status', 'invalid_input', 'an empty event type is invalid_input');
SELECT is(fn_iu_auto_instantiate_from_event(gen_random_uuid(), 't', NULL, 's', 'live', 'probe')->>'status', 'invalid_input', 'a NULL template is invalid_input');
SELECT is(fn_iu_auto_instantiate_from_event(gen_random_uuid(), 't', (SELECT tpl FROM id), 'has space', 'live', 'probe')->>'status', 'invalid_input', 'a suffix with whitespace is invalid_input');
SELECT is(fn_iu_auto_instantiate_from_event(gen_random_uuid(), 't', (SELECT tpl FROM id), 's', 'live', NULL)->>'status', 'invalid_input', 'a NULL actor is invalid_input');
SELECT is(fn_iu_auto_instantiate_from_event(NULL, 't', (SELECT tpl FROM id), 's', 'shadow', 'probe')->>'status', 'invalid_input', 'input is checked before the mode');
SELECT is(fn_iu_auto_instantiate_from_event(gen_random_uuid(), 't', (SELECT tpl FROM id), 's', 'shadow', 'probe')->>'status', 'invalid_emit_mode', 'C2: mode shadow is invalid_emit_mode');
SELECT is(fn_iu_auto_instantiate_from_event(gen_random_uuid(), 't', (SELECT tpl FROM id), 's', 'live', 'probe')->>'status', 'live_gate_closed', 'live with both gates closed is live_gate_closed');
UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled';
SELECT is(fn_iu_auto_instantiate_from_event(gen_random_uuid(), 't', (SELECT tpl FROM id), 's', 'live', 'probe')->>'status', 'live_gate_closed', 'C3: live needs the auto-instantiate gate even with the composer open');
UPDATE dot_config SET value = 'false' WHERE key = 'iu_core.composer_enabled';
UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.auto_instantiate_enabled';
SELECT is(fn_iu_auto_instantiate_from_event(gen_random_uuid(), 't', (SELECT tpl FROM id), 's', 'live', 'probe')->>'status', 'composer_gate_closed', 'live needs the composer gate too');
UPDATE dot_config SET value = 'false' WHERE key = 'iu_core.auto_instantiate_enabled';
SELECT is(fn_iu_auto_instantiate_from_event(gen_random_uuid(), 't', (SELECT tpl FROM id), 's', 'dry_run', 'probe')->>'status', 'composer_gate_closed', 'C4: dry_run with the composer gate closed is composer_gate_closed');
UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled';
SELECT is(fn_iu_auto_instantiate_from_event(gen_random_uuid(), 't', '00000000-0000-0000-0000-000000000000', 's', 'dry_run', 'probe')->>'status', 'template_collection_not_found', 'C6: the zero UUID is template_collection_not_found');
SELECT is(fn_iu_auto_instantiate_from_event(gen_random_uuid(), 't', (SELECT plain FROM id), 's', 'dry_run', 'probe')->>'status', 'template_not_marked', 'C5: an unmarked collection is template_not_marked');
SELECT is(fn_iu_auto_instantiate_from_event(gen_random_uuid(), 't', (SELECT hollow FROM id), 'hollow-1', 'dry_run', 'probe')->>'status', 'template_has_no_active_pieces', 'a template without active pieces is template_has_no_active_pieces');
SELECT bag_eq($$ SELECT (SELECT count(*) FROM iu_piece_collection) AS collections, (SELECT count(*) FROM iu_auto_instantiate_event_log) AS log, (SELECT count(*) FROM event_outbox) AS events $$,
  $$ SELECT * FROM before $$, 'no refusal wrote anything');

-- The instance key tpl-inst:auto:<suffix> is taken by another collection: a collision.
CREATE TEMP TABLE squatter AS SELECT fn_iu_compose('tpl-inst:auto:taken', 'doc', 'Squatter', NULL,
  jsonb_build_array(jsonb_build_object('role', 'title', 'iu_id', (SELECT id FROM information_unit WHERE canonical_address = 'probe/auto/t'))), 'probe') AS r;
SELECT is(fn_iu_auto_instantiate_from_event(gen_random_uuid(), 't', (SELECT tpl FROM id), 'taken', 'dry_run', 'probe')->>'status', 'instance_collection_key_collision', 'a taken instance key is instance_collection_key_collision');

CREATE TEMP TABLE ok AS SELECT fn_iu_auto_instantiate_from_event('11111111-1111-4111-8111-111111111111', 'template.published', (SELECT tpl FROM id), 'fresh', 'dry_run', 'probe-actor', 'a note') AS r;
SELECT is((SELECT r->>'status' FROM ok), 'ok', 'C7: a valid dry_run is ok and composes for real');
SELECT is((SELECT r->>'instance_collection_key' FROM ok), 'tpl-inst:auto:fresh', 'the instance key is tpl-inst:auto:<suffix>');
SELECT results_eq($$ SELECT event_type, emit_mode, triggered_by, note, idempotency_key FROM iu_auto_instantiate_event_log WHERE instance_collection_id = (SELECT (r->>'instance_collection_id')::uuid FROM ok) $$,
  $$ VALUES ('template.published'::text, 'dry_run'::text, 'probe-actor'::text, 'a note'::text,
             md5('11111111-1111-4111-8111-111111111111' || ':' || (SELECT tpl FROM id)::text || ':' || 'fresh')) $$,
  'the log row records the free-text event type, the dry_run tag, the actor, the note and md5(event:template:suffix)');
SELECT is((SELECT count(*)::int FROM event_outbox WHERE event_type = 'iu.template.instance_auto_composed' AND aggregate_id = (SELECT (r->>'instance_collection_id')::uuid FROM ok)), 1,
  'the orchestrator wrote one iu.template.instance_auto_composed event');

SELECT * FROM finish();
ROLLBACK;
