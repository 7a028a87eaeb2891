-- 032: fn_iu_collection_register_template_version — ungated bookkeeping — answers ok,
-- already_registered, version_conflict, previous_not_registered, previous_not_in_family,
-- invalid_input, collection_not_found or template_not_marked; registering a newer version
-- supersedes the family's current one in the same call, an older one is registered
-- superseded; a family never has two current versions. v_iu_template_version_chain shows
-- family_chain_length and digest_drift_from_previous (NULL for v1, true where the piece
-- graph changed); v_iu_template_observability shows each template's version status.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(39);

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
CREATE TEMP TABLE v1 AS SELECT fn_iu_compose('probe:fam/v1', 'workflow', 'v1', NULL, '[
  {"role":"title","new_piece":{"canonical_address":"probe/fam/t","title":"t","body":"t","unit_kind":"doc","section_type":"title"}},
  {"role":"step","new_piece":{"canonical_address":"probe/fam/s1","title":"s1","body":"s1","unit_kind":"doc","section_type":"section"}}]', 'probe') AS r;
-- v2 reuses v1's title and adds a new step: its piece graph changed.
CREATE TEMP TABLE v2 AS SELECT fn_iu_compose('probe:fam/v2', 'workflow', 'v2', NULL,
  jsonb_build_array(jsonb_build_object('role', 'title', 'iu_id', (SELECT id FROM information_unit WHERE canonical_address = 'probe/fam/t')),
                    '{"role":"step","new_piece":{"canonical_address":"probe/fam/s2","title":"s2","body":"s2","unit_kind":"doc","section_type":"section"}}'::jsonb), 'probe') AS r;
-- v3 has exactly v2's graph.
CREATE TEMP TABLE v3 AS SELECT fn_iu_compose('probe:fam/v3', 'workflow', 'v3', NULL,
  (SELECT jsonb_agg(jsonb_build_object('role', role, 'iu_id', iu_id) ORDER BY ordinal) FROM iu_piece_membership WHERE collection_id = (SELECT (r->>'collection_id')::uuid FROM v2)), 'probe') AS r;
CREATE TEMP TABLE o1 AS SELECT fn_iu_compose('probe:other/v1', 'file', 'o1', NULL,
  '[{"role":"title","new_piece":{"canonical_address":"probe/other/t","title":"t","body":"t","unit_kind":"doc","section_type":"title"}}]', 'probe') AS r;
CREATE TEMP TABLE o2 AS SELECT fn_iu_compose('probe:other/v2', 'file', 'o2', NULL,
  '[{"role":"title","new_piece":{"canonical_address":"probe/other/t2","title":"t","body":"t","unit_kind":"doc","section_type":"title"}}]', 'probe') AS r;
CREATE TEMP TABLE loose AS SELECT fn_iu_compose('probe:loose', 'file', 'loose', NULL,
  '[{"role":"title","new_piece":{"canonical_address":"probe/loose/t","title":"t","body":"t","unit_kind":"doc","section_type":"title"}}]', 'probe') AS r;
UPDATE dot_config SET value = 'false' WHERE key = 'iu_core.composer_enabled';
CREATE TEMP TABLE id AS SELECT (SELECT (r->>'collection_id')::uuid FROM v1) AS v1, (SELECT (r->>'collection_id')::uuid FROM v2) AS v2,
  (SELECT (r->>'collection_id')::uuid FROM v3) AS v3, (SELECT (r->>'collection_id')::uuid FROM o1) AS o1,
  (SELECT (r->>'collection_id')::uuid FROM o2) AS o2, (SELECT (r->>'collection_id')::uuid FROM loose) AS loose;

SELECT is(fn_iu_collection_register_template_version((SELECT v1 FROM id), 'probe:fam', 'v1', 1, NULL, 'probe')->>'status', 'template_not_marked',
  'an unmarked collection cannot be registered as a version: template_not_marked');
CREATE TEMP TABLE marks AS SELECT fn_iu_collection_mark_as_template(x, 'fam', NULL, 'probe') AS r
  FROM (SELECT v1 AS x FROM id UNION ALL SELECT v2 FROM id UNION ALL SELECT v3 FROM id UNION ALL SELECT o1 FROM id UNION ALL SELECT o2 FROM id UNION ALL SELECT loose FROM id) ids;
CREATE TEMP TABLE census_before AS SELECT * FROM pg_temp.probe_row_counts();

-- invalid_input, collection_not_found.
SELECT is(fn_iu_collection_register_template_version(NULL, 'probe:fam', 'v1', 1, NULL, 'probe')->>'status', 'invalid_input', 'a NULL collection is invalid_input');
SELECT is(fn_iu_collection_register_template_version((SELECT v1 FROM id), NULL, 'v1', 1, NULL, 'probe')->>'status', 'invalid_input', 'a NULL family is invalid_input');
SELECT is(fn_iu_collection_register_template_version((SELECT v1 FROM id), 'probe:fam', NULL, 1, NULL, 'probe')->>'status', 'invalid_input', 'a NULL label is invalid_input');
SELECT is(fn_iu_collection_register_template_version((SELECT v1 FROM id), 'probe:fam', 'v1', NULL, NULL, 'probe')->>'status', 'invalid_input', 'a NULL seq is invalid_input');
SELECT is(fn_iu_collection_register_template_version((SELECT v1 FROM id), 'probe:fam', 'v1', 1, NULL, ' ')->>'status', 'invalid_input', 'a blank actor is invalid_input');
SELECT is(fn_iu_collection_register_template_version((SELECT v1 FROM id), 'probe fam', 'v1', 1, NULL, 'probe')->>'status', 'invalid_input', 'a family with whitespace is invalid_input');
SELECT is(fn_iu_collection_register_template_version((SELECT v1 FROM id), repeat('f', 201), 'v1', 1, NULL, 'probe')->>'status', 'invalid_input', 'a family of 201 characters is invalid_input');
SELECT is(fn_iu_collection_register_template_version((SELECT v1 FROM id), 'probe:fam', 'v 1', 1, NULL, 'probe')->>'status', 'invalid_input', 'a label with whitespace is invalid_input');
SELECT is(fn_iu_collection_register_template_version((SELECT v1 FROM id), 'probe:fam', repeat('l', 65), 1, NULL, 'probe')->>'status', 'invalid_input', 'a label of 65 characters is invalid_input');
SELECT is(fn_iu_collection_register_template_version((SELECT v1 FROM id), 'probe:fam', 'v1', 0, NULL, 'probe')->>'status', 'invalid_input', 'a seq below 1 is invalid_input');
SELECT is(fn_iu_collection_register_template_version((SELECT v1 FROM id), 'probe:fam', 'v1', 1, (SELECT v1 FROM id), 'probe')->>'status', 'invalid_input', 'a version that is its own previous is invalid_input');
SELECT is(fn_iu_collection_register_template_version('00000000-0000-4000-8000-0000000000aa', 'probe:fam', 'v1', 1, NULL, 'probe')->>'status', 'collection_not_found', 'an unknown collection is collection_not_found');
SELECT is(fn_iu_collection_register_template_version((SELECT v2 FROM id), 'probe:fam', 'v2', 2, '00000000-0000-4000-8000-0000000000aa', 'probe')->>'status', 'previous_not_registered',
  'a previous version that is not registered is previous_not_registered');
SELECT bag_eq($$ SELECT * FROM pg_temp.probe_row_counts() $$, $$ SELECT * FROM census_before $$, 'no refusal wrote anything');

-- v1, then v2 superseding it in the same call.
CREATE TEMP TABLE r1 AS SELECT fn_iu_collection_register_template_version((SELECT v1 FROM id), 'probe:fam', 'v1', 1, NULL, 'probe-curator') AS r;
SELECT results_eq($$ SELECT r->>'status', r->>'version_status', r->'superseded_collection_id' FROM r1 $$,
  $$ VALUES ('ok'::text, 'current'::text, 'null'::jsonb) $$, 'the first version of a family is ok, current, and supersedes nothing');
SELECT results_eq($$ SELECT r->>'status', r->>'version_status' FROM (SELECT fn_iu_collection_register_template_version((SELECT v1 FROM id), 'probe:fam', 'v1', 1, NULL, 'probe') AS r) x $$,
  $$ VALUES ('already_registered'::text, 'current'::text) $$, 'registering the same version again is already_registered, with its status');
CREATE TEMP TABLE census_v1 AS SELECT * FROM pg_temp.probe_row_counts();
SELECT is(fn_iu_collection_register_template_version((SELECT v1 FROM id), 'probe:fam', 'v1b', 1, NULL, 'probe')->>'status', 'version_conflict',
  'registering a registered collection as another version is version_conflict');
SELECT is(fn_iu_collection_register_template_version((SELECT v2 FROM id), 'probe:fam', 'v1', 2, (SELECT v1 FROM id), 'probe')->>'status', 'version_conflict',
  'a label the family already has is version_conflict');
SELECT is(fn_iu_collection_register_template_version((SELECT v2 FROM id), 'probe:fam', 'v2', 1, NULL, 'probe')->>'status', 'version_conflict',
  'a seq the family already has is version_conflict');
SELECT is(fn_iu_collection_register_template_version((SELECT o1 FROM id), 'probe:other', 'v1', 1, (SELECT v1 FROM id), 'probe')->>'status', 'previous_not_in_family',
  'a previous version from another family is previous_not_in_family');
SELECT bag_eq($$ SELECT * FROM pg_temp.probe_row_counts() $$, $$ SELECT * FROM census_v1 $$, 'already_registered and the conflicts wrote nothing');

CREATE TEMP TABLE r2 AS SELECT fn_iu_collection_register_template_version((SELECT v2 FROM id), 'probe:fam', 'v2', 2, (SELECT v1 FROM id), 'probe-curator-2') AS r;
SELECT results_eq($$ SELECT r->>'status', r->>'version_status', (r->>'superseded_collection_id')::uuid FROM r2 $$,
  $$ SELECT 'ok'::text, 'current'::text, v1 FROM id $$, 'registering v2 is ok, current, and names v1 as superseded');
SELECT results_eq($$ SELECT version_label, status, superseded_by, superseded_at FROM iu_collection_template_version WHERE template_family = 'probe:fam' ORDER BY version_seq $$,
  $$ VALUES ('v1'::text, 'superseded'::text, 'probe-curator-2'::text, now()), ('v2'::text, 'current'::text, NULL::text, NULL::timestamptz) $$,
  'in the same call v1 became superseded, stamped with the actor and time, and v2 is current');
SELECT throws_ok($$ UPDATE iu_collection_template_version SET status = 'current' WHERE collection_id = (SELECT v1 FROM id) $$,
  '23505', NULL, 'a family can never have two current versions');
CREATE TEMP TABLE r3 AS SELECT fn_iu_collection_register_template_version((SELECT v3 FROM id), 'probe:fam', 'v3', 3, (SELECT v2 FROM id), 'probe-curator') AS r;
SELECT is((SELECT (r->>'superseded_collection_id')::uuid FROM r3), (SELECT v2 FROM id), 'registering v3 supersedes v2');
SELECT is((SELECT count(*)::int FROM iu_collection_template_version WHERE template_family = 'probe:fam' AND status = 'current'), 1, 'the family has exactly one current version');

-- Another family: an older version registered after a newer one.
CREATE TEMP TABLE ro2 AS SELECT fn_iu_collection_register_template_version((SELECT o2 FROM id), 'probe:other', 'v2', 2, NULL, 'probe-curator') AS r;
SELECT is(fn_iu_collection_register_template_version((SELECT o1 FROM id), 'probe:other', 'v1', 1, (SELECT o2 FROM id), 'probe')->>'status', 'previous_not_in_family',
  'a previous version that is not earlier than the new one is previous_not_in_family');
CREATE TEMP TABLE ro1 AS SELECT fn_iu_collection_register_template_version((SELECT o1 FROM id), 'probe:other', 'v1', 1, NULL, 'probe-curator') AS r;
SELECT results_eq($$ SELECT r->>'status', r->>'version_status', r->'superseded_collection_id' FROM ro1 $$,
  $$ VALUES ('ok'::text, 'superseded'::text, 'null'::jsonb) $$, 'an older version registered after a newer one is ok but superseded, and supersedes nothing');
SELECT results_eq($$ SELECT version_label, status FROM iu_collection_template_version WHERE template_family = 'probe:other' ORDER BY version_seq $$,
  $$ VALUES ('v1'::text, 'superseded'::text), ('v2'::text, 'current'::text) $$, 'the newer version stays current');

-- The chain view.
SELECT results_eq(
  $$ SELECT version_label, version_seq, status, family_chain_length, digest_drift_from_previous FROM v_iu_template_version_chain WHERE template_family = 'probe:fam' ORDER BY version_seq $$,
  $$ VALUES ('v1'::text, 1, 'superseded'::text, 3::bigint, NULL::boolean), ('v2'::text, 2, 'superseded'::text, 3::bigint, true), ('v3'::text, 3, 'current'::text, 3::bigint, false) $$,
  'the chain has length 3; v1 has no previous (NULL), v2 drifted from v1 (new piece), v3 did not drift from v2 (same graph)');
SELECT results_eq(
  $$ SELECT collection_key, previous_collection_id, manifest_digest FROM v_iu_template_version_chain WHERE template_family = 'probe:fam' ORDER BY version_seq $$,
  $$ SELECT c.collection_key, v.previous_collection_id, c.manifest_digest FROM iu_collection_template_version v JOIN iu_piece_collection c ON c.id = v.collection_id
      WHERE v.template_family = 'probe:fam' ORDER BY v.version_seq $$,
  'the chain view shows each version''s key, previous version and manifest digest');
SELECT is((SELECT max(family_chain_length)::int FROM v_iu_template_version_chain WHERE template_family = 'probe:other'), 2, 'another family counts its own chain: length 2');
SELECT is((SELECT digest_drift_from_previous FROM v_iu_template_version_chain WHERE collection_id = (SELECT o1 FROM id)), NULL,
  'a version registered without a previous version shows no drift (NULL)');

-- The observability view.
SELECT results_eq($$ SELECT collection_key, template_family, version_label, version_status, template_without_version FROM v_iu_template_observability
                      WHERE collection_id IN (SELECT v1 FROM id UNION ALL SELECT v3 FROM id UNION ALL SELECT loose FROM id) ORDER BY collection_key $$,
  $$ VALUES ('probe:fam/v1'::text, 'probe:fam'::text, 'v1'::text, 'superseded'::text, false),
            ('probe:fam/v3'::text, 'probe:fam'::text, 'v3'::text, 'current'::text, false),
            ('probe:loose'::text, NULL::text, NULL::text, NULL::text, true) $$,
  'v_iu_template_observability shows each template''s family, label and version status, and template_without_version for the unversioned one');
SELECT is((SELECT count(*)::int FROM v_iu_template_observability WHERE collection_id IN (SELECT v1 FROM id UNION ALL SELECT v2 FROM id UNION ALL SELECT v3 FROM id)), 3,
  'versioning adds no row to the observability view: one row per template');

-- Events.
SELECT is((SELECT count(*)::int FROM event_outbox WHERE event_type = 'iu.template.version_registered'
             AND aggregate_id IN (SELECT v1 FROM id UNION ALL SELECT v2 FROM id UNION ALL SELECT v3 FROM id UNION ALL SELECT o1 FROM id UNION ALL SELECT o2 FROM id)), 5,
  'each of the five registrations wrote one iu event, and no refusal wrote any');
SELECT results_eq($$ SELECT payload->>'version_status', payload->>'superseded_collection_id', created_by FROM event_outbox
                      WHERE event_type = 'iu.template.version_registered' AND aggregate_id = (SELECT v2 FROM id) $$,
  $$ SELECT 'current'::text, v1::text, 'probe-curator-2'::text FROM id $$, 'the event of v2 says it is current and superseded v1');
SELECT is_empty($$ SELECT gate FROM v_iu_gate_status WHERE enabled $$, 'all of this ran with every gate closed');

SELECT * FROM finish();
ROLLBACK;
