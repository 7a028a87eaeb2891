-- 033: every status of fn_iu_auto_instantiate_from_event, checked in the seed's order —
-- input, mode, gates (live gate, then composer), template, idempotency, pieces, instance key —
-- each refusal writing nothing: invalid_input, invalid_emit_mode, live_gate_closed,
-- composer_gate_closed, template_collection_not_found, template_not_marked,
-- template_has_no_active_pieces, instance_collection_key_collision, compose_refused,
-- idempotent_replay; and ok in dry_run (composer gate only) and live (both gates).
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(42);

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

UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled';
CREATE TEMP TABLE tpl AS SELECT fn_iu_compose('probe:auto/tpl', 'workflow', 'Tpl', NULL, '[
  {"role":"title","new_piece":{"canonical_address":"probe/auto/t","title":"t","body":"t","unit_kind":"doc","section_type":"title"}},
  {"role":"step","new_piece":{"canonical_address":"probe/auto/s","title":"s","body":"s","unit_kind":"doc","section_type":"section"}}]', 'probe') AS r;
CREATE TEMP TABLE plain AS SELECT fn_iu_compose('probe:auto/plain', 'doc', 'Plain', NULL,
  jsonb_build_array(jsonb_build_object('role', 'title', 'iu_id', (SELECT id FROM information_unit WHERE canonical_address = 'probe/auto/t'))), 'probe') AS r;
CREATE TEMP TABLE cleared AS SELECT fn_iu_compose('probe:auto/cleared', 'doc', 'Cleared', NULL,
  jsonb_build_array(jsonb_build_object('role', 'title', 'iu_id', (SELECT id FROM information_unit WHERE canonical_address = 'probe/auto/s'))), 'probe') AS r;
CREATE TEMP TABLE hollow AS SELECT fn_iu_compose('probe:auto/hollow', 'doc', 'Hollow', NULL,
  jsonb_build_array(jsonb_build_object('role', 'title', 'iu_id', (SELECT id FROM information_unit WHERE canonical_address = 'probe/auto/s'))), 'probe') AS r;
CREATE TEMP TABLE odd AS SELECT fn_iu_compose('probe:auto/odd', 'doc', 'Odd', NULL,
  jsonb_build_array(jsonb_build_object('role', 'title', 'iu_id', (SELECT id FROM information_unit WHERE canonical_address = 'probe/auto/t'))), 'probe') AS r;
UPDATE dot_config SET value = 'false' WHERE key = 'iu_core.composer_enabled';
CREATE TEMP TABLE id AS SELECT (SELECT (r->>'collection_id')::uuid FROM tpl) AS tpl, (SELECT (r->>'collection_id')::uuid FROM plain) AS plain,
  (SELECT (r->>'collection_id')::uuid FROM cleared) AS cleared, (SELECT (r->>'collection_id')::uuid FROM hollow) AS hollow,
  (SELECT (r->>'collection_id')::uuid FROM odd) AS odd;
CREATE TEMP TABLE marks AS SELECT fn_iu_collection_mark_as_template(x, 'tpl', NULL, 'probe') AS r
  FROM (SELECT tpl AS x FROM id UNION ALL SELECT cleared FROM id UNION ALL SELECT hollow FROM id UNION ALL SELECT odd FROM id) ids;
-- A template marked and then cleared; one whose every piece was deactivated; one whose
-- title (allowed by the table) the composer refuses to copy.
UPDATE iu_collection_template_registry SET is_template = false WHERE collection_id = (SELECT cleared FROM id);
UPDATE iu_piece_membership SET active = false WHERE collection_id = (SELECT hollow FROM id);
UPDATE iu_piece_collection SET title = E'Odd\ttitle' WHERE id = (SELECT odd FROM id);
CREATE TEMP TABLE census_before AS SELECT * FROM pg_temp.probe_row_counts();

-- 1. Input.
SELECT is(fn_iu_auto_instantiate_from_event(NULL, 'template.published', (SELECT tpl FROM id), 's', 'live', 'probe')->>'status', 'invalid_input', 'C1: a NULL event id is invalid_input');
SELECT is(fn_iu_auto_instantiate_from_event(gen_random_uuid(), NULL, (SELECT tpl FROM id), 's', 'live', 'probe')->>'status', 'invalid_input', 'a NULL event type is invalid_input');
SELECT is(fn_iu_auto_instantiate_from_event(gen_random_uuid(), ' ', (SELECT tpl FROM id), 's', 'live', 'probe')->>'status', 'invalid_input', 'a blank event type is invalid_input');
SELECT is(fn_iu_auto_instantiate_from_event(gen_random_uuid(), E'template\npublished', (SELECT tpl FROM id), 's', 'live', 'probe')->>'status', 'invalid_input', 'an event type with a control character is invalid_input');
SELECT is(fn_iu_auto_instantiate_from_event(gen_random_uuid(), repeat('e', 201), (SELECT tpl FROM id), 's', 'live', 'probe')->>'status', 'invalid_input', 'an event type of 201 characters is invalid_input');
SELECT is(fn_iu_auto_instantiate_from_event(gen_random_uuid(), 't', NULL, 's', 'live', 'probe')->>'status', 'invalid_input', 'a NULL template is invalid_input');
SELECT is(fn_iu_auto_instantiate_from_event(gen_random_uuid(), 't', (SELECT tpl FROM id), NULL, 'live', 'probe')->>'status', 'invalid_input', 'a NULL suffix is invalid_input');
SELECT is(fn_iu_auto_instantiate_from_event(gen_random_uuid(), 't', (SELECT tpl FROM id), 'has space', 'live', 'probe')->>'status', 'invalid_input', 'a suffix with whitespace is invalid_input');
SELECT is(fn_iu_auto_instantiate_from_event(gen_random_uuid(), 't', (SELECT tpl FROM id), repeat('x', 201), 'live', 'probe')->>'status', 'invalid_input', 'a suffix of 201 characters is invalid_input');
SELECT is(fn_iu_auto_instantiate_from_event(gen_random_uuid(), 't', (SELECT tpl FROM id), 's', NULL, 'probe')->>'status', 'invalid_input', 'a NULL emit mode is invalid_input');
SELECT is(fn_iu_auto_instantiate_from_event(gen_random_uuid(), 't', (SELECT tpl FROM id), 's', 'live', NULL)->>'status', 'invalid_input', 'a NULL actor is invalid_input');
SELECT is(fn_iu_auto_instantiate_from_event(gen_random_uuid(), 't', (SELECT tpl FROM id), 's', 'live', ' ')->>'status', 'invalid_input', 'a blank actor is invalid_input');
SELECT is(fn_iu_auto_instantiate_from_event(gen_random_uuid(), 't', (SELECT tpl FROM id), 's', 'live', 'probe', repeat('n', 10001))->>'status', 'invalid_input', 'a note of 10001 characters is invalid_input');
SELECT is(fn_iu_auto_instantiate_from_event(NULL, 't', (SELECT tpl FROM id), 's', 'shadow', 'probe')->>'status', 'invalid_input', 'input is checked before the mode');

-- 2. Mode, before the gates (both closed here).
SELECT results_eq($$ SELECT r->>'status', r->>'emit_mode' FROM (SELECT fn_iu_auto_instantiate_from_event(gen_random_uuid(), 't', (SELECT tpl FROM id), 's', 'shadow', 'probe') AS r) x $$,
  $$ VALUES ('invalid_emit_mode'::text, 'shadow'::text) $$, 'C2: mode shadow is invalid_emit_mode, naming the mode, though both gates are closed');
SELECT is(fn_iu_auto_instantiate_from_event(gen_random_uuid(), 't', (SELECT tpl FROM id), 's', 'LIVE', 'probe')->>'status', 'invalid_emit_mode', 'modes are case-sensitive: LIVE is invalid_emit_mode');

-- 3. Gates: the live gate, then the composer gate.
SELECT is(fn_iu_auto_instantiate_from_event(gen_random_uuid(), 't', (SELECT tpl FROM id), 's', 'live', 'probe')->>'status', 'live_gate_closed', 'live with both gates closed is live_gate_closed, checked before the composer gate');
SELECT is(fn_iu_auto_instantiate_from_event(gen_random_uuid(), 't', (SELECT tpl FROM id), 's', 'dry_run', 'probe')->>'status', 'composer_gate_closed', 'C4: dry_run with the composer gate closed is composer_gate_closed');
SELECT is(fn_iu_auto_instantiate_from_event(gen_random_uuid(), 't', '00000000-0000-0000-0000-000000000000', 's', 'dry_run', 'probe')->>'status', 'composer_gate_closed',
  'the gates are checked before the template: an unknown template with the composer closed is composer_gate_closed');
UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.auto_instantiate_enabled';
SELECT is(fn_iu_auto_instantiate_from_event(gen_random_uuid(), 't', (SELECT tpl FROM id), 's', 'live', 'probe')->>'status', 'composer_gate_closed', 'live with only the auto-instantiate gate open is composer_gate_closed');
UPDATE dot_config SET value = 'false' WHERE key = 'iu_core.auto_instantiate_enabled';
UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled';
SELECT is(fn_iu_auto_instantiate_from_event(gen_random_uuid(), 't', (SELECT tpl FROM id), 's', 'live', 'probe')->>'status', 'live_gate_closed', 'C3: live with only the composer gate open is live_gate_closed');

-- 4. Template, 5. pieces (composer open, dry_run).
SELECT results_eq($$ SELECT r->>'status', r->>'template_collection_id' FROM (SELECT fn_iu_auto_instantiate_from_event(gen_random_uuid(), 't', '00000000-0000-0000-0000-000000000000', 's', 'dry_run', 'probe') AS r) x $$,
  $$ VALUES ('template_collection_not_found'::text, '00000000-0000-0000-0000-000000000000'::text) $$, 'C6: the zero UUID is template_collection_not_found, naming it');
SELECT is(fn_iu_auto_instantiate_from_event(gen_random_uuid(), 't', (SELECT plain FROM id), 's', 'dry_run', 'probe')->>'status', 'template_not_marked', 'C5: a collection never marked is template_not_marked');
SELECT is(fn_iu_auto_instantiate_from_event(gen_random_uuid(), 't', (SELECT cleared FROM id), 's', 'dry_run', 'probe')->>'status', 'template_not_marked', 'a template whose is_template was cleared is template_not_marked');
SELECT is(fn_iu_auto_instantiate_from_event(gen_random_uuid(), 't', (SELECT hollow FROM id), 'hollow-1', 'dry_run', 'probe')->>'status', 'template_has_no_active_pieces',
  'a marked template without active pieces is template_has_no_active_pieces');
SELECT bag_eq($$ SELECT * FROM pg_temp.probe_row_counts() $$, $$ SELECT * FROM census_before $$, 'no refusal so far wrote a row anywhere');

-- 6. The instance key, and a composition the composer refuses.
CREATE TEMP TABLE squatter AS SELECT fn_iu_compose('tpl-inst:auto:taken', 'doc', 'Squatter', NULL,
  jsonb_build_array(jsonb_build_object('role', 'title', 'iu_id', (SELECT id FROM information_unit WHERE canonical_address = 'probe/auto/t'))), 'probe') AS r;
CREATE TEMP TABLE census_squat AS SELECT * FROM pg_temp.probe_row_counts();
SELECT is(fn_iu_auto_instantiate_from_event(gen_random_uuid(), 't', (SELECT hollow FROM id), 'taken', 'dry_run', 'probe')->>'status', 'template_has_no_active_pieces',
  'pieces are checked before the instance key: a hollow template with a taken key is template_has_no_active_pieces');
SELECT results_eq($$ SELECT r->>'status', r->>'instance_collection_key', (r->>'collection_id')::uuid
                      FROM (SELECT fn_iu_auto_instantiate_from_event(gen_random_uuid(), 't', (SELECT tpl FROM id), 'taken', 'dry_run', 'probe') AS r) x $$,
  $$ SELECT 'instance_collection_key_collision'::text, 'tpl-inst:auto:taken'::text, (r->>'collection_id')::uuid FROM squatter $$,
  'a taken instance key is instance_collection_key_collision, naming the key and the collection holding it');
SELECT results_eq($$ SELECT r->>'status', r->'compose'->>'status' FROM (SELECT fn_iu_auto_instantiate_from_event(gen_random_uuid(), 't', (SELECT odd FROM id), 'odd-1', 'dry_run', 'probe') AS r) x $$,
  $$ VALUES ('compose_refused'::text, 'invalid_input'::text) $$, 'when the composer refuses the instance the answer is compose_refused, carrying the composer''s answer');
SELECT bag_eq($$ SELECT * FROM pg_temp.probe_row_counts() $$, $$ SELECT * FROM census_squat $$, 'the collision and compose_refused wrote nothing');

-- ok, dry_run and live.
CREATE TEMP TABLE ok_dry AS SELECT fn_iu_auto_instantiate_from_event('11111111-1111-4111-8111-111111111111', 'template.published', (SELECT tpl FROM id), 'fresh', 'dry_run', 'probe-actor', 'a note') AS r;
SELECT results_eq($$ SELECT r->>'status', r->>'emit_mode', r->>'instance_collection_key', (r->>'pieces_attached')::int, (r->>'digest_matches_template')::boolean FROM ok_dry $$,
  $$ VALUES ('ok'::text, 'dry_run'::text, 'tpl-inst:auto:fresh'::text, 2, true) $$,
  'C7: dry_run with only the composer gate open is ok: instance tpl-inst:auto:fresh, two pieces, digest matching the template');
SELECT results_eq($$ SELECT event_type, emit_mode, triggered_by, note FROM iu_auto_instantiate_event_log WHERE instance_collection_id = (SELECT (r->>'instance_collection_id')::uuid FROM ok_dry) $$,
  $$ VALUES ('template.published'::text, 'dry_run'::text, 'probe-actor'::text, 'a note'::text) $$, 'the dry_run composed for real and its log row is tagged dry_run');
SELECT is_empty($$ SELECT 1 FROM event_type_registry WHERE event_type = 'template.published' $$, 'p_event_type is free text: template.published is not a registered event type');
UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.auto_instantiate_enabled';
CREATE TEMP TABLE ok_live AS SELECT fn_iu_auto_instantiate_from_event('22222222-2222-4222-8222-222222222222', 'template.published', (SELECT tpl FROM id), 'live-1', 'live', 'probe-actor') AS r;
SELECT results_eq($$ SELECT r->>'status', r->>'emit_mode', (r->>'pieces_attached')::int, (r->>'digest_matches_template')::boolean FROM ok_live $$,
  $$ VALUES ('ok'::text, 'live'::text, 2, true) $$, 'C9: live with both gates open is ok, two pieces, digest matching');
SELECT is((SELECT emit_mode FROM iu_auto_instantiate_event_log WHERE instance_collection_id = (SELECT (r->>'instance_collection_id')::uuid FROM ok_live)), 'live', 'its log row is tagged live');

-- idempotent_replay, and where it sits in the order.
CREATE TEMP TABLE census_ok AS SELECT * FROM pg_temp.probe_row_counts();
CREATE TEMP TABLE replay AS SELECT fn_iu_auto_instantiate_from_event('11111111-1111-4111-8111-111111111111', 'template.published', (SELECT tpl FROM id), 'fresh', 'live', 'probe-actor') AS r;
SELECT results_eq($$ SELECT r->>'status', r->>'instance_collection_id', r->>'idempotency_key' FROM replay $$,
  $$ SELECT 'idempotent_replay'::text, r->>'instance_collection_id', r->>'idempotency_key' FROM ok_dry $$,
  'C8: the same event, template and suffix again is idempotent_replay, returning the existing instance and key');
SELECT bag_eq($$ SELECT * FROM pg_temp.probe_row_counts() $$, $$ SELECT * FROM census_ok $$, 'the replay composed nothing and wrote nothing');
SELECT is(fn_iu_auto_instantiate_from_event('33333333-3333-4333-8333-333333333333', 't', (SELECT tpl FROM id), 'fresh', 'dry_run', 'probe-actor')->>'status',
  'instance_collection_key_collision', 'the same suffix for another event is not a replay: its instance key is taken, a collision');
UPDATE iu_piece_membership SET active = false WHERE collection_id = (SELECT tpl FROM id);
SELECT is(fn_iu_auto_instantiate_from_event('11111111-1111-4111-8111-111111111111', 't', (SELECT tpl FROM id), 'fresh', 'dry_run', 'probe-actor')->>'status',
  'idempotent_replay', 'idempotency is checked before the pieces: with the template''s pieces deactivated the replay still answers idempotent_replay');
UPDATE iu_collection_template_registry SET is_template = false WHERE collection_id = (SELECT tpl FROM id);
SELECT is(fn_iu_auto_instantiate_from_event('11111111-1111-4111-8111-111111111111', 't', (SELECT tpl FROM id), 'fresh', 'dry_run', 'probe-actor')->>'status',
  'template_not_marked', 'the template is checked before idempotency: once unmarked the replay answers template_not_marked');
UPDATE dot_config SET value = 'false' WHERE key = 'iu_core.composer_enabled';
SELECT is(fn_iu_auto_instantiate_from_event('11111111-1111-4111-8111-111111111111', 't', (SELECT tpl FROM id), 'fresh', 'dry_run', 'probe-actor')->>'status',
  'composer_gate_closed', 'the gates are checked before idempotency: with the composer closed the replay answers composer_gate_closed');
SELECT bag_eq($$ SELECT * FROM pg_temp.probe_row_counts() $$, $$ SELECT * FROM census_ok $$, 'the later refusals wrote nothing');

SELECT * FROM finish();
ROLLBACK;
