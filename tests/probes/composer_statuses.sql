-- fn_iu_compose: every refusal is a status that writes nothing; success mints and reuses
-- units, attaches the pieces in order and writes its events.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(33);

CREATE TEMP TABLE counts_before AS
SELECT (SELECT count(*) FROM information_unit) AS units, (SELECT count(*) FROM iu_piece_collection) AS collections,
       (SELECT count(*) FROM iu_piece_membership) AS memberships, (SELECT count(*) FROM event_outbox) AS events;

CREATE TEMP TABLE piece AS
SELECT '{"role":"title","new_piece":{"canonical_address":"probe/composer/title","title":"Title","body":"Body","unit_kind":"doc","section_type":"title"}}'::jsonb AS p;

-- Refusals with the gate closed still validate input first.
SELECT is(fn_iu_compose(NULL, 'doc', 'T', NULL, (SELECT jsonb_build_array(p) FROM piece), 'probe')->>'status', 'invalid_input', 'a NULL collection key is invalid_input');
SELECT is(fn_iu_compose('probe:k', 'doc', 'T', NULL, (SELECT jsonb_build_array(p) FROM piece), NULL)->>'status', 'invalid_input', 'a NULL actor is invalid_input');
SELECT is(fn_iu_compose('probe:k', 'doc', 'T', NULL, (SELECT jsonb_build_array(p) FROM piece), '   ')->>'status', 'invalid_input', 'a blank actor is invalid_input');
SELECT is(fn_iu_compose('probe k', 'doc', 'T', NULL, (SELECT jsonb_build_array(p) FROM piece), 'probe')->>'status', 'invalid_input', 'a key with whitespace is invalid_input');
SELECT is(fn_iu_compose('', 'doc', 'T', NULL, (SELECT jsonb_build_array(p) FROM piece), 'probe')->>'status', 'invalid_input', 'an empty key is invalid_input');
SELECT is(fn_iu_compose(repeat('k', 257), 'doc', 'T', NULL, (SELECT jsonb_build_array(p) FROM piece), 'probe')->>'status', 'invalid_input', 'a key over 256 characters is invalid_input');
SELECT is(fn_iu_compose('probe:k', 'Doc Kind', 'T', NULL, (SELECT jsonb_build_array(p) FROM piece), 'probe')->>'status', 'invalid_input', 'a kind that is not snake_case is invalid_input');
SELECT is(fn_iu_compose('probe:k', 'doc', '  ', NULL, (SELECT jsonb_build_array(p) FROM piece), 'probe')->>'status', 'invalid_input', 'a blank title is invalid_input');
SELECT is(fn_iu_compose('probe:k', 'doc', 'T', NULL, '{"role":"x"}', 'probe')->>'status', 'invalid_input', 'pieces that are not an array are invalid_input');
SELECT is(fn_iu_compose('probe:k', 'doc', 'T', NULL, NULL, 'probe')->>'status', 'invalid_input', 'NULL pieces are invalid_input');
SELECT is(fn_iu_compose('probe:k', 'doc', 'T', NULL, '[]', 'probe')->>'status', 'empty_piece_list', 'an empty piece list is empty_piece_list');
SELECT is(fn_iu_compose('probe:k', 'doc', 'T', NULL, '["a string"]', 'probe')->>'status', 'invalid_input', 'a piece that is not an object is invalid_input');
SELECT is(fn_iu_compose('probe:k', 'doc', 'T', NULL, '[{"iu_id":"00000000-0000-0000-0000-000000000000"}]', 'probe')->>'status', 'invalid_input', 'a piece without a role is invalid_input');
SELECT is(fn_iu_compose('probe:k', 'doc', 'T', NULL, '[{"role":"a"}]', 'probe')->>'status', 'invalid_input', 'a piece with neither iu_id nor new_piece is invalid_input');
SELECT is(fn_iu_compose('probe:k', 'doc', 'T', NULL, (SELECT jsonb_build_array(p || '{"iu_id":"00000000-0000-0000-0000-000000000000"}') FROM piece), 'probe')->>'status', 'invalid_input', 'a piece with both iu_id and new_piece is invalid_input');
SELECT is(fn_iu_compose('probe:k', 'doc', 'T', NULL, '[{"role":"a","iu_id":"not-a-uuid"}]', 'probe')->>'status', 'invalid_input', 'an iu_id that is not a uuid is invalid_input');
SELECT is(fn_iu_compose('probe:k', 'doc', 'T', NULL, '[{"role":"a","iu_id":42}]', 'probe')->>'status', 'invalid_input', 'an iu_id that is not a string is invalid_input');
SELECT is(fn_iu_compose('probe:k', 'doc', 'T', NULL, '[{"role":"a","new_piece":{"canonical_address":"x/1","title":"t"}}]', 'probe')->>'status', 'invalid_input', 'a new_piece missing fields is invalid_input');
SELECT is(fn_iu_compose('probe:k', 'doc', 'T', NULL, '[{"role":"a","iu_id":"00000000-0000-0000-0000-000000000000","extra":1}]', 'probe')->>'status', 'invalid_input', 'a piece with an unknown key is invalid_input');
SELECT is((fn_iu_compose('probe:k', 'doc', 'T', NULL, '[{"role":"a","iu_id":"00000000-0000-0000-0000-000000000001"},{"role":"b","iu_id":"00000000-0000-0000-0000-000000000001"}]', 'probe'))->>'status', 'duplicate_piece', 'the same unit twice is duplicate_piece');
SELECT is(fn_iu_compose('probe:k', 'doc', 'T', NULL, (SELECT jsonb_build_array(p) FROM piece), 'probe')->>'status', 'composer_gate_closed', 'a valid composition with the gate closed is composer_gate_closed');

UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled';
SELECT is(fn_iu_compose('probe:k', 'doc', 'T', NULL, '[{"role":"a","iu_id":"00000000-0000-0000-0000-0000000000aa"}]', 'probe')->>'status', 'unknown_unit', 'a unit that does not exist is unknown_unit');
SELECT is(fn_iu_compose('probe:k', 'doc', 'T', NULL, '[{"role":"a","iu_id":"00000000-0000-0000-0000-0000000000aa"}]', 'probe')->>'iu_id', '00000000-0000-0000-0000-0000000000aa', 'unknown_unit names the unit');
SELECT bag_eq(
  $$ SELECT (SELECT count(*) FROM information_unit) AS units, (SELECT count(*) FROM iu_piece_collection) AS collections,
            (SELECT count(*) FROM iu_piece_membership) AS memberships, (SELECT count(*) FROM event_outbox) AS events $$,
  $$ SELECT units, collections, memberships, events FROM counts_before $$,
  'no refusal wrote anything');

CREATE TEMP TABLE first_compose AS
SELECT fn_iu_compose('probe:first', 'doc', 'First', 'd',
  (SELECT jsonb_build_array(p, '{"role":"body","new_piece":{"canonical_address":"probe/composer/body","title":"B","body":"b","unit_kind":"doc","section_type":"section"}}'::jsonb) FROM piece),
  'probe-actor') AS r;
SELECT is((SELECT r->>'status' FROM first_compose), 'ok', 'a valid composition with the gate open is ok');
SELECT is((SELECT (r->>'units_minted')::int FROM first_compose), 2, 'both new pieces were minted');
SELECT is((SELECT count(*)::int FROM iu_piece_membership m WHERE m.collection_id = (SELECT (r->>'collection_id')::uuid FROM first_compose)), 2, 'two memberships were attached');
SELECT results_eq(
  $$ SELECT m.role, m.ordinal, m.minted_here FROM iu_piece_membership m WHERE m.collection_id = (SELECT (r->>'collection_id')::uuid FROM first_compose) ORDER BY m.ordinal $$,
  $$ VALUES ('title'::text, 1, true), ('body'::text, 2, true) $$,
  'pieces are attached in the order given, with roles, marked as minted here');
SELECT is((SELECT created_by FROM information_unit WHERE canonical_address = 'probe/composer/title'), 'probe-actor', 'minted units record the actor');
SELECT is((SELECT count(*)::int FROM event_outbox WHERE aggregate_id = (SELECT (r->>'collection_id')::uuid FROM first_compose) AND event_type = 'iu.collection.composed' AND domain = 'iu'), 1, 'composition writes one iu.collection.composed event');
SELECT is((SELECT count(*)::int FROM event_outbox WHERE event_type = 'iu.unit.minted' AND payload->>'collection_id' = (SELECT r->>'collection_id' FROM first_compose)), 2, 'each minted unit writes an iu.unit.minted event');

SELECT is(fn_iu_compose('probe:first', 'doc', 'Again', NULL,
  (SELECT jsonb_build_array(jsonb_build_object('role', 'title', 'iu_id', id)) FROM information_unit WHERE canonical_address = 'probe/composer/title'), 'probe')->>'status',
  'collection_key_collision', 'a key that is taken is collection_key_collision');
SELECT is(fn_iu_compose('probe:second', 'doc', 'Second', NULL, (SELECT jsonb_build_array(p) FROM piece), 'probe')->>'status',
  'canonical_address_collision', 'minting an address that exists is canonical_address_collision');

SELECT * FROM finish();
ROLLBACK;
