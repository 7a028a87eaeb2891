-- 031: marking templates and recording lineage are bookkeeping (ungated, operator-only),
-- with a status for every refusal; lineage records both digests and writes an iu event;
-- v_iu_template_observability counts instances and digest matches.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(21);

UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled';
CREATE TEMP TABLE tpl AS SELECT fn_iu_compose('probe:tpl/a', 'workflow', 'A', NULL, '[
  {"role":"title","new_piece":{"canonical_address":"probe/tpl/a1","title":"1","body":"1","unit_kind":"doc","section_type":"title"}},
  {"role":"step","new_piece":{"canonical_address":"probe/tpl/a2","title":"2","body":"2","unit_kind":"doc","section_type":"section"}}]', 'probe') AS r;
CREATE TEMP TABLE same AS SELECT fn_iu_compose('probe:tpl/instance-same', 'workflow', 'I', NULL,
  (SELECT jsonb_agg(jsonb_build_object('role', role, 'iu_id', iu_id) ORDER BY ordinal) FROM iu_piece_membership WHERE collection_id = (SELECT (r->>'collection_id')::uuid FROM tpl)), 'probe') AS r;
CREATE TEMP TABLE diff AS SELECT fn_iu_compose('probe:tpl/instance-diff', 'workflow', 'J', NULL,
  (SELECT jsonb_agg(jsonb_build_object('role', role, 'iu_id', iu_id) ORDER BY ordinal DESC) FROM iu_piece_membership WHERE collection_id = (SELECT (r->>'collection_id')::uuid FROM tpl)), 'probe') AS r;
UPDATE dot_config SET value = 'false' WHERE key = 'iu_core.composer_enabled';
CREATE TEMP TABLE id AS SELECT (SELECT (r->>'collection_id')::uuid FROM tpl) AS tpl, (SELECT (r->>'collection_id')::uuid FROM same) AS same,
                               (SELECT (r->>'collection_id')::uuid FROM diff) AS diff;

SELECT is(fn_iu_collection_mark_as_template(NULL, 'x', NULL, 'probe')->>'status', 'invalid_input', 'marking a NULL collection is invalid_input');
SELECT is(fn_iu_collection_mark_as_template((SELECT tpl FROM id), '', NULL, 'probe')->>'status', 'invalid_input', 'marking with an empty label is invalid_input');
SELECT is(fn_iu_collection_mark_as_template('00000000-0000-0000-0000-0000000000aa', 'x', NULL, 'probe')->>'status', 'collection_not_found', 'marking an unknown collection is collection_not_found');
SELECT is(fn_iu_collection_record_template_instance((SELECT tpl FROM id), (SELECT same FROM id), 'probe')->>'status', 'template_not_marked', 'recording lineage to an unmarked template is template_not_marked');
SELECT is(fn_iu_collection_mark_as_template((SELECT tpl FROM id), 'Template A', 'a note', 'probe-curator')->>'status', 'ok', 'marking works with every gate closed');
SELECT results_eq($$ SELECT is_template, template_label, note, marked_by FROM iu_collection_template_registry WHERE collection_id = (SELECT tpl FROM id) $$,
  $$ VALUES (true, 'Template A'::text, 'a note'::text, 'probe-curator'::text) $$, 'the registry records the template, label, note and actor');
SELECT is(fn_iu_collection_mark_as_template((SELECT tpl FROM id), 'Template A', NULL, 'probe')->>'status', 'already_marked', 'marking twice is already_marked');
SELECT is((SELECT count(*)::int FROM event_outbox WHERE event_type = 'iu.template.marked' AND aggregate_id = (SELECT tpl FROM id)), 1, 'marking wrote one iu.template.marked event');

SELECT is(fn_iu_collection_record_template_instance(NULL, (SELECT same FROM id), 'probe')->>'status', 'invalid_input', 'a NULL template is invalid_input');
SELECT is(fn_iu_collection_record_template_instance((SELECT tpl FROM id), (SELECT tpl FROM id), 'probe')->>'status', 'invalid_input', 'a template as its own instance is invalid_input');
SELECT is(fn_iu_collection_record_template_instance('00000000-0000-0000-0000-0000000000aa', (SELECT same FROM id), 'probe')->>'status', 'template_collection_not_found', 'an unknown template is template_collection_not_found');
SELECT is(fn_iu_collection_record_template_instance((SELECT tpl FROM id), '00000000-0000-0000-0000-0000000000aa', 'probe')->>'status', 'instance_collection_not_found', 'an unknown instance is instance_collection_not_found');

CREATE TEMP TABLE l1 AS SELECT fn_iu_collection_record_template_instance((SELECT tpl FROM id), (SELECT same FROM id), 'probe-recorder', 'same graph') AS r;
SELECT is((SELECT r->>'status' FROM l1), 'ok', 'recording the lineage of an instance works with every gate closed');
SELECT is((SELECT (r->>'digest_matches_template')::boolean FROM l1), true, 'an instance of the same graph matches its template''s digest');
SELECT is((SELECT (r->>'digest_matches_template')::boolean FROM (SELECT fn_iu_collection_record_template_instance((SELECT tpl FROM id), (SELECT diff FROM id), 'probe') AS r) x), false,
  'an instance of a reordered graph does not');
SELECT results_eq(
  $$ SELECT template_collection_id, template_digest_at_instantiation, instance_digest, recorded_by FROM iu_collection_template_instance_lineage WHERE instance_collection_id = (SELECT same FROM id) $$,
  $$ SELECT (SELECT tpl FROM id), (SELECT manifest_digest FROM iu_piece_collection WHERE id = (SELECT tpl FROM id)),
            (SELECT manifest_digest FROM iu_piece_collection WHERE id = (SELECT same FROM id)), 'probe-recorder'::text $$,
  'the lineage row records the template, both digests and the actor');
SELECT is(fn_iu_collection_record_template_instance((SELECT tpl FROM id), (SELECT same FROM id), 'probe')->>'status', 'already_recorded', 'recording the same lineage twice is already_recorded');
SELECT is(fn_iu_collection_record_template_instance((SELECT diff FROM id), (SELECT same FROM id), 'probe')->>'status', 'template_not_marked', 'an instance is not a template until marked');
SELECT is((SELECT count(*)::int FROM event_outbox WHERE event_type = 'iu.template.instance_recorded' AND domain = 'iu' AND aggregate_id IN ((SELECT same FROM id), (SELECT diff FROM id))), 2,
  'each recorded lineage wrote an iu event');
SELECT results_eq($$ SELECT instance_count, digest_matches, digest_diverges FROM v_iu_template_observability WHERE collection_id = (SELECT tpl FROM id) $$,
  $$ VALUES (2::bigint, 1::bigint, 1::bigint) $$, 'v_iu_template_observability counts 2 instances: 1 match, 1 divergence');
SELECT is((SELECT template_without_version FROM v_iu_template_observability WHERE collection_id = (SELECT tpl FROM id)), true,
  'a marked template outside any version family shows template_without_version');

SELECT * FROM finish();
ROLLBACK;
