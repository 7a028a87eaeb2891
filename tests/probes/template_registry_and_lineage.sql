-- 031 (with 032's view): marking templates and recording lineage are bookkeeping — ungated,
-- run here with every gate closed — with a status for every refusal, each writing nothing.
-- fn_iu_collection_mark_as_template: ok, already_marked, invalid_input, collection_not_found.
-- fn_iu_collection_record_template_instance: ok (both digests, digest_matches_template),
-- already_recorded, lineage_conflict, invalid_input, template_collection_not_found,
-- template_not_marked, instance_collection_not_found. v_iu_template_observability counts
-- instances, digest matches and divergences per template.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(40);

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
CREATE TEMP TABLE tpl AS SELECT fn_iu_compose('probe:tpl/a', 'workflow', 'A', NULL, '[
  {"role":"title","new_piece":{"canonical_address":"probe/tpl/a1","title":"1","body":"1","unit_kind":"doc","section_type":"title"}},
  {"role":"step","new_piece":{"canonical_address":"probe/tpl/a2","title":"2","body":"2","unit_kind":"doc","section_type":"section"}}]', 'probe') AS r;
CREATE TEMP TABLE tpl_b AS SELECT fn_iu_compose('probe:tpl/b', 'workflow', 'B', NULL, '[
  {"role":"title","new_piece":{"canonical_address":"probe/tpl/b1","title":"1","body":"1","unit_kind":"doc","section_type":"title"}}]', 'probe') AS r;
CREATE TEMP TABLE same AS SELECT fn_iu_compose('probe:tpl/instance-same', 'workflow', 'I', NULL,
  (SELECT jsonb_agg(jsonb_build_object('role', role, 'iu_id', iu_id) ORDER BY ordinal) FROM iu_piece_membership WHERE collection_id = (SELECT (r->>'collection_id')::uuid FROM tpl)), 'probe') AS r;
CREATE TEMP TABLE diff AS SELECT fn_iu_compose('probe:tpl/instance-diff', 'workflow', 'J', NULL,
  (SELECT jsonb_agg(jsonb_build_object('role', role, 'iu_id', iu_id) ORDER BY ordinal DESC) FROM iu_piece_membership WHERE collection_id = (SELECT (r->>'collection_id')::uuid FROM tpl)), 'probe') AS r;
UPDATE dot_config SET value = 'false' WHERE key = 'iu_core.composer_enabled';
CREATE TEMP TABLE id AS SELECT (SELECT (r->>'collection_id')::uuid FROM tpl) AS tpl, (SELECT (r->>'collection_id')::uuid FROM tpl_b) AS tpl_b,
                               (SELECT (r->>'collection_id')::uuid FROM same) AS same, (SELECT (r->>'collection_id')::uuid FROM diff) AS diff;
CREATE TEMP TABLE census_before AS SELECT * FROM pg_temp.probe_row_counts();

SELECT is_empty($$ SELECT gate FROM v_iu_gate_status WHERE enabled $$, 'every gate is closed for the bookkeeping calls below');

-- Marking: refusals.
SELECT is(fn_iu_collection_mark_as_template(NULL, 'x', NULL, 'probe')->>'status', 'invalid_input', 'marking a NULL collection is invalid_input');
SELECT is(fn_iu_collection_mark_as_template((SELECT tpl FROM id), NULL, NULL, 'probe')->>'status', 'invalid_input', 'marking with a NULL label is invalid_input');
SELECT is(fn_iu_collection_mark_as_template((SELECT tpl FROM id), '  ', NULL, 'probe')->>'status', 'invalid_input', 'marking with a blank label is invalid_input');
SELECT is(fn_iu_collection_mark_as_template((SELECT tpl FROM id), repeat('l', 201), NULL, 'probe')->>'status', 'invalid_input', 'a label of 201 characters is invalid_input');
SELECT is(fn_iu_collection_mark_as_template((SELECT tpl FROM id), 'x', repeat('n', 10001), 'probe')->>'status', 'invalid_input', 'a note of 10001 characters is invalid_input');
SELECT is(fn_iu_collection_mark_as_template((SELECT tpl FROM id), 'x', NULL, NULL)->>'status', 'invalid_input', 'marking without an actor is invalid_input');
SELECT is(fn_iu_collection_mark_as_template((SELECT tpl FROM id), 'x', NULL, E'a\nb')->>'status', 'invalid_input', 'an actor on two lines is invalid_input');
SELECT is(fn_iu_collection_mark_as_template('00000000-0000-4000-8000-0000000000aa', 'x', NULL, 'probe')->>'status', 'collection_not_found', 'marking an unknown collection is collection_not_found');

-- Lineage: refusals before anything is marked.
SELECT is(fn_iu_collection_record_template_instance(NULL, (SELECT same FROM id), 'probe')->>'status', 'invalid_input', 'a NULL template is invalid_input');
SELECT is(fn_iu_collection_record_template_instance((SELECT tpl FROM id), NULL, 'probe')->>'status', 'invalid_input', 'a NULL instance is invalid_input');
SELECT is(fn_iu_collection_record_template_instance((SELECT tpl FROM id), (SELECT same FROM id), ' ')->>'status', 'invalid_input', 'a blank actor is invalid_input');
SELECT is(fn_iu_collection_record_template_instance((SELECT tpl FROM id), (SELECT same FROM id), 'probe', repeat('n', 10001))->>'status', 'invalid_input', 'a note of 10001 characters is invalid_input');
SELECT is(fn_iu_collection_record_template_instance((SELECT tpl FROM id), (SELECT tpl FROM id), 'probe')->>'status', 'invalid_input', 'a collection as its own instance is invalid_input');
SELECT is(fn_iu_collection_record_template_instance('00000000-0000-4000-8000-0000000000aa', (SELECT same FROM id), 'probe')->>'status', 'template_collection_not_found', 'an unknown template is template_collection_not_found');
SELECT is(fn_iu_collection_record_template_instance((SELECT tpl FROM id), (SELECT same FROM id), 'probe')->>'status', 'template_not_marked', 'lineage to an unmarked collection is template_not_marked');
SELECT bag_eq($$ SELECT * FROM pg_temp.probe_row_counts() $$, $$ SELECT * FROM census_before $$, 'no refusal wrote a row anywhere');

-- Marking: ok, already_marked, re-marking after an unmark.
CREATE TEMP TABLE m1 AS SELECT fn_iu_collection_mark_as_template((SELECT tpl FROM id), 'Template A', 'a note', 'probe-curator') AS r;
SELECT results_eq($$ SELECT r->>'status', r->>'collection_key', r->>'template_label' FROM m1 $$,
  $$ VALUES ('ok'::text, 'probe:tpl/a'::text, 'Template A'::text) $$, 'marking works with every gate closed and returns the key and label');
SELECT results_eq($$ SELECT is_template, template_label, note, marked_by, updated_by FROM iu_collection_template_registry WHERE collection_id = (SELECT tpl FROM id) $$,
  $$ VALUES (true, 'Template A'::text, 'a note'::text, 'probe-curator'::text, 'probe-curator'::text) $$, 'the registry records the template, its label, note and actor');
SELECT results_eq($$ SELECT r->>'status', r->>'template_label' FROM (SELECT fn_iu_collection_mark_as_template((SELECT tpl FROM id), 'Another label', NULL, 'probe') AS r) x $$,
  $$ VALUES ('already_marked'::text, 'Template A'::text) $$, 'marking again is already_marked and reports the label it keeps');
SELECT is((SELECT template_label FROM iu_collection_template_registry WHERE collection_id = (SELECT tpl FROM id)), 'Template A', 'already_marked changed nothing');
CREATE TEMP TABLE mb AS SELECT fn_iu_collection_mark_as_template((SELECT tpl_b FROM id), 'Template B', NULL, 'probe-curator') AS r;
UPDATE iu_collection_template_registry SET is_template = false WHERE collection_id = (SELECT tpl_b FROM id);
SELECT is(fn_iu_collection_record_template_instance((SELECT tpl_b FROM id), (SELECT diff FROM id), 'probe')->>'status', 'template_not_marked',
  'a registry row with is_template false is not a template');
SELECT is(fn_iu_collection_mark_as_template((SELECT tpl_b FROM id), 'Template B again', NULL, 'probe-curator-2')->>'status', 'ok',
  'a collection whose is_template was cleared can be marked again');
SELECT results_eq($$ SELECT is_template, template_label, updated_by FROM iu_collection_template_registry WHERE collection_id = (SELECT tpl_b FROM id) $$,
  $$ VALUES (true, 'Template B again'::text, 'probe-curator-2'::text) $$, 're-marking sets is_template, the new label and the actor');

-- Lineage: ok, already_recorded, lineage_conflict.
CREATE TEMP TABLE l1 AS SELECT fn_iu_collection_record_template_instance((SELECT tpl FROM id), (SELECT same FROM id), 'probe-recorder', 'same graph') AS r;
SELECT is((SELECT r->>'status' FROM l1), 'ok', 'recording an instance of a marked template works with every gate closed');
SELECT results_eq($$ SELECT r->>'template_digest', r->>'instance_digest', (r->>'digest_matches_template')::boolean FROM l1 $$,
  $$ SELECT (SELECT manifest_digest FROM iu_piece_collection WHERE id = (SELECT tpl FROM id)), (SELECT manifest_digest FROM iu_piece_collection WHERE id = (SELECT same FROM id)), true $$,
  'an instance of the same graph reports both digests, equal, and digest_matches_template true');
SELECT results_eq(
  $$ SELECT template_collection_id, template_digest_at_instantiation, instance_digest, note, recorded_by FROM iu_collection_template_instance_lineage WHERE instance_collection_id = (SELECT same FROM id) $$,
  $$ SELECT (SELECT tpl FROM id), (SELECT manifest_digest FROM iu_piece_collection WHERE id = (SELECT tpl FROM id)),
            (SELECT manifest_digest FROM iu_piece_collection WHERE id = (SELECT same FROM id)), 'same graph'::text, 'probe-recorder'::text $$,
  'the lineage row records the template, both digests, the note and the actor');
CREATE TEMP TABLE l2 AS SELECT fn_iu_collection_record_template_instance((SELECT tpl FROM id), (SELECT diff FROM id), 'probe') AS r;
SELECT results_eq($$ SELECT r->>'status', (r->>'digest_matches_template')::boolean FROM l2 $$, $$ VALUES ('ok'::text, false) $$,
  'an instance of a reordered graph is recorded with digest_matches_template false');
CREATE TEMP TABLE census_lineage AS SELECT * FROM pg_temp.probe_row_counts();
SELECT results_eq($$ SELECT r->>'status', (r->>'template_collection_id')::uuid FROM (SELECT fn_iu_collection_record_template_instance((SELECT tpl FROM id), (SELECT same FROM id), 'probe') AS r) x $$,
  $$ SELECT 'already_recorded'::text, tpl FROM id $$, 'recording the same lineage twice is already_recorded');
SELECT results_eq($$ SELECT r->>'status', (r->>'template_collection_id')::uuid FROM (SELECT fn_iu_collection_record_template_instance((SELECT tpl_b FROM id), (SELECT same FROM id), 'probe') AS r) x $$,
  $$ SELECT 'lineage_conflict'::text, tpl FROM id $$, 'an instance already recorded under another template is lineage_conflict, naming the template it has');
SELECT is(fn_iu_collection_record_template_instance((SELECT same FROM id), (SELECT diff FROM id), 'probe')->>'status', 'template_not_marked', 'an instance is not a template until it is marked');
SELECT is(fn_iu_collection_record_template_instance((SELECT tpl FROM id), '00000000-0000-4000-8000-0000000000aa', 'probe')->>'status', 'instance_collection_not_found',
  'an unknown instance of a marked template is instance_collection_not_found');
SELECT bag_eq($$ SELECT * FROM pg_temp.probe_row_counts() $$, $$ SELECT * FROM census_lineage $$, 'already_recorded, lineage_conflict and the other refusals wrote nothing');
SELECT throws_ok($$ INSERT INTO iu_collection_template_instance_lineage (instance_collection_id, template_collection_id, template_digest_at_instantiation, instance_digest, recorded_by)
                    SELECT tpl, tpl, repeat('a', 16), repeat('a', 16), 'x' FROM id $$,
  '23514', NULL, 'the lineage table itself refuses an instance that is its own template');

-- Observability.
SELECT results_eq($$ SELECT collection_key, template_label, instance_count, digest_matches, digest_diverges FROM v_iu_template_observability WHERE collection_id = (SELECT tpl FROM id) $$,
  $$ VALUES ('probe:tpl/a'::text, 'Template A'::text, 2::bigint, 1::bigint, 1::bigint) $$,
  'v_iu_template_observability counts two instances: one matching, one diverging');
SELECT results_eq($$ SELECT instance_count, digest_matches, digest_diverges, template_without_version FROM v_iu_template_observability WHERE collection_id = (SELECT tpl_b FROM id) $$,
  $$ VALUES (0::bigint, 0::bigint, 0::bigint, true) $$, 'a template without instances shows zeros, and without a version shows template_without_version');
SELECT is_empty($$ SELECT 1 FROM v_iu_template_observability WHERE collection_id IN (SELECT same FROM id UNION ALL SELECT diff FROM id) $$,
  'collections that were never marked do not appear as templates');
UPDATE iu_collection_template_registry SET is_template = false WHERE collection_id = (SELECT tpl_b FROM id);
SELECT is_empty($$ SELECT 1 FROM v_iu_template_observability WHERE collection_id = (SELECT tpl_b FROM id) $$, 'a template whose is_template is cleared leaves the view');
-- The instance's graph changes: the view follows the instance's current digest.
UPDATE iu_piece_collection SET manifest_digest = (SELECT manifest_digest FROM iu_piece_collection WHERE id = (SELECT tpl FROM id)) WHERE id = (SELECT diff FROM id);
SELECT results_eq($$ SELECT digest_matches, digest_diverges FROM v_iu_template_observability WHERE collection_id = (SELECT tpl FROM id) $$,
  $$ VALUES (2::bigint, 0::bigint) $$, 'the view compares the digests as they are now, not as recorded');
SELECT is((SELECT count(*)::int FROM event_outbox WHERE event_type IN ('iu.template.marked', 'iu.template.instance_recorded')
             AND aggregate_id IN (SELECT tpl FROM id UNION ALL SELECT tpl_b FROM id UNION ALL SELECT same FROM id UNION ALL SELECT diff FROM id)), 5,
  'three markings and two recorded lineages wrote five iu events, refusals none');

SELECT * FROM finish();
ROLLBACK;
