-- 032: registering v(n+1) supersedes v(n) in the same call; the chain view shows the
-- family's length and the digest drift from the previous version.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(18);

UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled';
CREATE TEMP TABLE v1 AS SELECT fn_iu_compose('probe:fam/v1', 'workflow', 'v1', NULL, '[
  {"role":"title","new_piece":{"canonical_address":"probe/fam/t","title":"t","body":"t","unit_kind":"doc","section_type":"title"}},
  {"role":"step","new_piece":{"canonical_address":"probe/fam/s1","title":"s1","body":"s1","unit_kind":"doc","section_type":"section"}}]', 'probe') AS r;
CREATE TEMP TABLE v2 AS SELECT fn_iu_compose('probe:fam/v2', 'workflow', 'v2', NULL,
  jsonb_build_array(jsonb_build_object('role', 'title', 'iu_id', (SELECT id FROM information_unit WHERE canonical_address = 'probe/fam/t')),
                    '{"role":"step","new_piece":{"canonical_address":"probe/fam/s2","title":"s2","body":"s2","unit_kind":"doc","section_type":"section"}}'::jsonb), 'probe') AS r;
CREATE TEMP TABLE v3 AS SELECT fn_iu_compose('probe:fam/v3', 'workflow', 'v3', NULL,
  (SELECT jsonb_agg(jsonb_build_object('role', role, 'iu_id', iu_id) ORDER BY ordinal) FROM iu_piece_membership WHERE collection_id = (SELECT (r->>'collection_id')::uuid FROM v2)), 'probe') AS r;
UPDATE dot_config SET value = 'false' WHERE key = 'iu_core.composer_enabled';
CREATE TEMP TABLE id AS SELECT (SELECT (r->>'collection_id')::uuid FROM v1) AS v1, (SELECT (r->>'collection_id')::uuid FROM v2) AS v2, (SELECT (r->>'collection_id')::uuid FROM v3) AS v3;

SELECT is(fn_iu_collection_register_template_version((SELECT v1 FROM id), 'probe:fam', 'v1', 1, NULL, 'probe')->>'status', 'template_not_marked', 'an unmarked collection cannot be registered');
CREATE TEMP TABLE marks AS SELECT fn_iu_collection_mark_as_template(x, 'fam', NULL, 'probe') AS r FROM (SELECT v1 AS x FROM id UNION ALL SELECT v2 FROM id UNION ALL SELECT v3 FROM id) ids;
SELECT is(fn_iu_collection_register_template_version(NULL, 'probe:fam', 'v1', 1, NULL, 'probe')->>'status', 'invalid_input', 'a NULL collection is invalid_input');
SELECT is(fn_iu_collection_register_template_version((SELECT v1 FROM id), 'probe fam', 'v1', 1, NULL, 'probe')->>'status', 'invalid_input', 'a family with whitespace is invalid_input');
SELECT is(fn_iu_collection_register_template_version((SELECT v1 FROM id), 'probe:fam', 'v1', 0, NULL, 'probe')->>'status', 'invalid_input', 'a seq below 1 is invalid_input');
SELECT is(fn_iu_collection_register_template_version('00000000-0000-0000-0000-0000000000aa', 'probe:fam', 'v1', 1, NULL, 'probe')->>'status', 'collection_not_found', 'an unknown collection is collection_not_found');

CREATE TEMP TABLE r1 AS SELECT fn_iu_collection_register_template_version((SELECT v1 FROM id), 'probe:fam', 'v1', 1, NULL, 'probe-curator') AS r;
SELECT is((SELECT r->>'version_status' FROM r1), 'current', 'the first version of a family is current');
SELECT is(fn_iu_collection_register_template_version((SELECT v1 FROM id), 'probe:fam', 'v1', 1, NULL, 'probe')->>'status', 'already_registered', 'registering the same version twice is already_registered');
SELECT is(fn_iu_collection_register_template_version((SELECT v2 FROM id), 'probe:fam', 'v1', 2, (SELECT v1 FROM id), 'probe')->>'status', 'version_conflict', 'a label the family already has is version_conflict');
SELECT is(fn_iu_collection_register_template_version((SELECT v2 FROM id), 'probe:fam', 'v2', 2, '00000000-0000-0000-0000-0000000000aa', 'probe')->>'status', 'previous_not_registered', 'an unregistered previous version is previous_not_registered');

CREATE TEMP TABLE r2 AS SELECT fn_iu_collection_register_template_version((SELECT v2 FROM id), 'probe:fam', 'v2', 2, (SELECT v1 FROM id), 'probe-curator') AS r;
SELECT is((SELECT r->>'status' FROM r2), 'ok', 'registering v2 is ok');
SELECT is((SELECT (r->>'superseded_collection_id')::uuid FROM r2), (SELECT v1 FROM id), 'registering v2 supersedes v1 in the same call');
SELECT results_eq($$ SELECT version_label, status FROM iu_collection_template_version WHERE template_family = 'probe:fam' ORDER BY version_seq $$,
  $$ VALUES ('v1'::text, 'superseded'::text), ('v2'::text, 'current'::text) $$, 'v1 is superseded and v2 is current');
SELECT throws_ok($$ UPDATE iu_collection_template_version SET status = 'current' WHERE collection_id = (SELECT v1 FROM id) $$,
  '23505', NULL, 'a family can never have two current versions');
SELECT is(fn_iu_collection_register_template_version((SELECT v3 FROM id), 'probe:other', 'v1', 1, (SELECT v2 FROM id), 'probe')->>'status', 'previous_not_in_family', 'a previous version from another family is previous_not_in_family');

CREATE TEMP TABLE r3 AS SELECT fn_iu_collection_register_template_version((SELECT v3 FROM id), 'probe:fam', 'v3', 3, (SELECT v2 FROM id), 'probe') AS r;
SELECT results_eq(
  $$ SELECT version_label, family_chain_length, digest_drift_from_previous FROM v_iu_template_version_chain WHERE template_family = 'probe:fam' ORDER BY version_seq $$,
  $$ VALUES ('v1'::text, 3::bigint, NULL::boolean), ('v2'::text, 3::bigint, true), ('v3'::text, 3::bigint, false) $$,
  'the chain has length 3; v2 drifted from v1 (new piece), v3 did not drift from v2 (same graph)');
SELECT is((SELECT count(*)::int FROM iu_collection_template_version WHERE template_family = 'probe:fam' AND status = 'current'), 1, 'exactly one version is current');
SELECT results_eq($$ SELECT version_status, template_without_version FROM v_iu_template_observability WHERE collection_id = (SELECT v3 FROM id) $$,
  $$ VALUES ('current'::text, false) $$, 'the observability view shows the version status of each template');
SELECT is((SELECT count(*)::int FROM event_outbox WHERE event_type = 'iu.template.version_registered' AND aggregate_id IN (SELECT v1 FROM id UNION ALL SELECT v2 FROM id UNION ALL SELECT v3 FROM id)), 3,
  'each registration wrote one iu event');

SELECT * FROM finish();
ROLLBACK;
