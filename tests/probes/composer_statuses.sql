-- 008: every status of fn_iu_compose beyond malformed input — empty_piece_list,
-- duplicate_piece, composer_gate_closed, collection_key_collision, unknown_unit,
-- canonical_address_collision and ok — in the order the function checks them; every refusal
-- writes nothing; ok mints new pieces, reuses existing units, attaches them in order and
-- returns what it did.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(37);

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
CREATE TEMP TABLE census_closed AS SELECT * FROM pg_temp.probe_row_counts();

CREATE TEMP TABLE piece AS SELECT
  '{"role":"title","new_piece":{"canonical_address":"probe/composer/title","title":"Title","body":"Body","unit_kind":"doc","section_type":"title"}}'::jsonb AS title,
  '{"role":"body","new_piece":{"canonical_address":"probe/composer/body","title":"Body","body":"Text","unit_kind":"doc","section_type":"section"}}'::jsonb AS body;

-- With the gate closed: the list-level statuses come first, then the gate.
SELECT is(fn_iu_compose('probe:k', 'doc', 'T', NULL, '[]', 'probe')->>'status', 'empty_piece_list', 'an empty piece list is empty_piece_list');
SELECT is(fn_iu_compose('probe:k', 'doc', 'T', NULL,
  '[{"role":"a","iu_id":"00000000-0000-4000-8000-000000000001"},{"role":"b","iu_id":"00000000-0000-4000-8000-000000000001"}]', 'probe')->>'status',
  'duplicate_piece', 'the same unit twice in one collection is duplicate_piece');
SELECT is(fn_iu_compose('probe:k', 'doc', 'T', NULL,
  '[{"role":"a","iu_id":"00000000-0000-4000-8000-00000000000A"},{"role":"b","iu_id":"00000000-0000-4000-8000-00000000000a"}]', 'probe')->>'status',
  'duplicate_piece', 'the same unit written in upper and lower case is still duplicate_piece');
SELECT is(fn_iu_compose('probe:k', 'doc', 'T', NULL,
  (SELECT jsonb_build_array(title, jsonb_set(body, '{new_piece,canonical_address}', '"probe/composer/title"')) FROM piece), 'probe')->>'status',
  'duplicate_piece', 'two new pieces sharing a canonical address are duplicate_piece');
SELECT results_eq($$ SELECT r->>'status', (r->>'piece_index')::int, r->>'iu_id' FROM (SELECT fn_iu_compose('probe:k', 'doc', 'T', NULL,
  '[{"role":"a","iu_id":"00000000-0000-4000-8000-000000000001"},{"role":"b","iu_id":"00000000-0000-4000-8000-000000000002"},{"role":"c","iu_id":"00000000-0000-4000-8000-000000000001"}]', 'probe') AS r) x $$,
  $$ VALUES ('duplicate_piece'::text, 3, '00000000-0000-4000-8000-000000000001'::text) $$,
  'duplicate_piece names the later of the two pieces and the unit they share');
SELECT is(fn_iu_compose('probe:k', 'doc', 'T', NULL, (SELECT jsonb_build_array(title, body) FROM piece), 'probe')->>'status',
  'composer_gate_closed', 'a valid composition with the gate closed is composer_gate_closed');
SELECT is(fn_iu_compose('probe:k', 'doc', 'T', NULL, '[{"role":"a","iu_id":"00000000-0000-4000-8000-0000000000aa"}]', 'probe')->>'status',
  'composer_gate_closed', 'the gate is checked before the database: an unknown unit with the gate closed is composer_gate_closed');
SELECT bag_eq($$ SELECT * FROM pg_temp.probe_row_counts() $$, $$ SELECT * FROM census_closed $$,
  'no call with the gate closed wrote a row to any product table');

UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled';

-- ok: two new pieces.
CREATE TEMP TABLE first_compose AS
SELECT fn_iu_compose('probe:composer/first', 'doc', 'First', 'the first', (SELECT jsonb_build_array(title, body) FROM piece), 'probe-actor') AS r;
CREATE TEMP TABLE first_id AS SELECT (r->>'collection_id')::uuid AS id FROM first_compose;
SELECT is((SELECT r->>'status' FROM first_compose), 'ok', 'a valid composition with the gate open is ok');
SELECT results_eq(
  $$ SELECT r->>'collection_key', r->>'kind', (r->>'pieces_attached')::int, (r->>'units_minted')::int, (r->>'units_reused')::int FROM first_compose $$,
  $$ VALUES ('probe:composer/first'::text, 'doc'::text, 2, 2, 0) $$,
  'ok returns the collection key, the kind, two pieces attached, two units minted and none reused');
SELECT set_eq(
  $$ SELECT (jsonb_array_elements_text(r->'minted_unit_ids'))::uuid FROM first_compose $$,
  $$ SELECT id FROM information_unit WHERE canonical_address IN ('probe/composer/title', 'probe/composer/body') $$,
  'minted_unit_ids are exactly the units now at the new addresses');
SELECT results_eq(
  $$ SELECT collection_key, kind, title, description, created_by, updated_by FROM iu_piece_collection WHERE id = (SELECT id FROM first_id) $$,
  $$ VALUES ('probe:composer/first'::text, 'doc'::text, 'First'::text, 'the first'::text, 'probe-actor'::text, 'probe-actor'::text) $$,
  'the collection row has the key, kind, title, description and actor given');
SELECT results_eq(
  $$ SELECT m.role, m.ordinal, m.active, m.minted_here, u.canonical_address FROM iu_piece_membership m JOIN information_unit u ON u.id = m.iu_id
      WHERE m.collection_id = (SELECT id FROM first_id) ORDER BY m.ordinal $$,
  $$ VALUES ('title'::text, 1, true, true, 'probe/composer/title'::text), ('body'::text, 2, true, true, 'probe/composer/body'::text) $$,
  'the pieces are attached in the order given, with their roles, active and marked minted here');
SELECT results_eq(
  $$ SELECT title, body, unit_kind, section_type, lifecycle_status, created_by FROM information_unit WHERE canonical_address = 'probe/composer/title' $$,
  $$ VALUES ('Title'::text, 'Body'::text, 'doc'::text, 'title'::text, 'active'::text, 'probe-actor'::text) $$,
  'a minted unit carries the new piece''s text, kind, section type, status active and the actor');
SELECT is((SELECT content_digest FROM information_unit WHERE canonical_address = 'probe/composer/title'),
          encode(sha256(convert_to('Title' || E'\n' || 'Body', 'UTF8')), 'hex'),
  'a minted unit''s content digest is sha256 of its title and body');
SELECT is((SELECT r->>'manifest_digest' FROM first_compose), (SELECT manifest_digest FROM iu_piece_collection WHERE id = (SELECT id FROM first_id)),
  'ok returns the manifest digest it stored');
SELECT is((SELECT r->>'manifest_digest' FROM first_compose), fn_iu_manifest_digest((SELECT id FROM first_id)),
  'the stored manifest digest is the digest of the attached pieces');

-- ok: pure reuse mints nothing.
CREATE TEMP TABLE units_before_reuse AS SELECT count(*) AS n FROM information_unit;
CREATE TEMP TABLE reuse AS
SELECT fn_iu_compose('probe:composer/reuse', 'doc', 'Reuse', NULL,
  (SELECT jsonb_agg(jsonb_build_object('role', m.role, 'iu_id', m.iu_id) ORDER BY m.ordinal DESC)
     FROM iu_piece_membership m WHERE m.collection_id = (SELECT id FROM first_id)), 'probe') AS r;
SELECT results_eq($$ SELECT r->>'status', (r->>'units_minted')::int, (r->>'units_reused')::int, (r->>'pieces_attached')::int, r->'minted_unit_ids' FROM reuse $$,
  $$ VALUES ('ok'::text, 0, 2, 2, '[]'::jsonb) $$, 'reusing existing units is ok, mints nothing and reports two reused');
SELECT is((SELECT count(*) FROM information_unit), (SELECT n FROM units_before_reuse), 'a pure reuse leaves information_unit as it was');
SELECT is_empty($$ SELECT 1 FROM iu_piece_membership WHERE collection_id = (SELECT (r->>'collection_id')::uuid FROM reuse) AND minted_here $$,
  'reused pieces are not marked minted here');
SELECT results_eq(
  $$ SELECT role FROM iu_piece_membership WHERE collection_id = (SELECT (r->>'collection_id')::uuid FROM reuse) ORDER BY ordinal $$,
  $$ VALUES ('body'::text), ('title'::text) $$,
  'reused pieces keep the order the caller gave, not the order of the other collection');

-- ok: a mix of reuse and a new piece.
CREATE TEMP TABLE mixed AS
SELECT fn_iu_compose('probe:composer/mixed', 'file', 'Mixed', NULL,
  jsonb_build_array(
    jsonb_build_object('role', 'title', 'iu_id', (SELECT id FROM information_unit WHERE canonical_address = 'probe/composer/title')),
    '{"role":"appendix","new_piece":{"canonical_address":"probe/composer/appendix","title":"A","body":"a","unit_kind":"doc","section_type":"section"}}'::jsonb),
  'probe') AS r;
SELECT results_eq($$ SELECT r->>'status', (r->>'units_minted')::int, (r->>'units_reused')::int, (r->>'pieces_attached')::int FROM mixed $$,
  $$ VALUES ('ok'::text, 1, 1, 2) $$, 'a reused and a new piece together are ok, minting one unit and reusing one');
SELECT is((SELECT description FROM iu_piece_collection WHERE collection_key = 'probe:composer/mixed'), NULL, 'no description is stored as NULL');
SELECT results_eq(
  $$ SELECT ordinal, minted_here FROM iu_piece_membership WHERE collection_id = (SELECT (r->>'collection_id')::uuid FROM mixed) ORDER BY ordinal $$,
  $$ VALUES (1, false), (2, true) $$, 'only the new piece is marked minted here');

-- The statuses that need the database, each writing nothing.
CREATE TEMP TABLE census_open AS SELECT * FROM pg_temp.probe_row_counts();
CREATE TEMP TABLE refusals AS
SELECT 'key' AS name, fn_iu_compose('probe:composer/first', 'doc', 'Again', NULL,
         '[{"role":"x","new_piece":{"canonical_address":"probe/composer/fresh","title":"F","body":"f","unit_kind":"doc","section_type":"s"}}]', 'probe') AS r
UNION ALL
SELECT 'key_before_unit', fn_iu_compose('probe:composer/first', 'doc', 'Again', NULL, '[{"role":"a","iu_id":"00000000-0000-4000-8000-0000000000aa"}]', 'probe')
UNION ALL
SELECT 'unit', fn_iu_compose('probe:composer/new', 'doc', 'New', NULL,
         '[{"role":"a","iu_id":"00000000-0000-4000-8000-0000000000aa"},{"role":"b","new_piece":{"canonical_address":"probe/composer/fresh","title":"F","body":"f","unit_kind":"doc","section_type":"s"}}]', 'probe')
UNION ALL
SELECT 'unit_before_address', fn_iu_compose('probe:composer/new', 'doc', 'New', NULL,
         (SELECT jsonb_build_array('{"role":"a","iu_id":"00000000-0000-4000-8000-0000000000aa"}'::jsonb, title) FROM piece), 'probe')
UNION ALL
SELECT 'address', fn_iu_compose('probe:composer/new', 'doc', 'New', NULL,
         (SELECT jsonb_build_array('{"role":"x","new_piece":{"canonical_address":"probe/composer/fresh","title":"F","body":"f","unit_kind":"doc","section_type":"s"}}'::jsonb, body) FROM piece), 'probe');

SELECT is((SELECT r->>'status' FROM refusals WHERE name = 'key'), 'collection_key_collision', 'a collection key that is taken is collection_key_collision');
SELECT is((SELECT (r->>'collection_id')::uuid FROM refusals WHERE name = 'key'), (SELECT id FROM first_id),
  'collection_key_collision names the collection that holds the key');
SELECT is((SELECT r->>'status' FROM refusals WHERE name = 'key_before_unit'), 'collection_key_collision',
  'the key is checked before the units: a taken key with an unknown unit is collection_key_collision');
SELECT is((SELECT r->>'status' FROM refusals WHERE name = 'unit'), 'unknown_unit', 'a unit that does not exist is unknown_unit');
SELECT results_eq($$ SELECT r->>'iu_id', (r->>'piece_index')::int FROM refusals WHERE name = 'unit' $$,
  $$ VALUES ('00000000-0000-4000-8000-0000000000aa'::text, 1) $$, 'unknown_unit names the missing unit and its piece');
SELECT is((SELECT r->>'status' FROM refusals WHERE name = 'unit_before_address'), 'unknown_unit',
  'units are checked before addresses: an unknown unit with a taken address is unknown_unit');
SELECT is((SELECT r->>'status' FROM refusals WHERE name = 'address'), 'canonical_address_collision',
  'minting at an address that exists is canonical_address_collision');
SELECT results_eq($$ SELECT r->>'canonical_address', (r->>'piece_index')::int FROM refusals WHERE name = 'address' $$,
  $$ VALUES ('probe/composer/body'::text, 2) $$, 'canonical_address_collision names the address that is taken and its piece');
SELECT bag_eq($$ SELECT * FROM pg_temp.probe_row_counts() $$, $$ SELECT * FROM census_open $$,
  'no refusal with the gate open wrote a row to any product table (not even the new piece listed beside the bad one)');
SELECT is_empty($$ SELECT 1 FROM information_unit WHERE canonical_address = 'probe/composer/fresh' $$,
  'the valid new piece of a refused call was not minted');

-- Boundaries: the limits are inclusive.
SELECT is(fn_iu_compose(repeat('k', 256), repeat('k', 64), repeat('t', 1000), repeat('d', 10000),
  ('[{"role":"title","iu_id":"' || (SELECT id FROM information_unit WHERE canonical_address = 'probe/composer/title')::text || '"}]')::jsonb, repeat('a', 256))->>'status',
  'ok', 'a key of 256, a kind of 64, a title of 1000, a description of 10000 and an actor of 256 characters are accepted');
SELECT is(fn_iu_compose('probe:composer/nodesc', 'doc', 'No description', '',
  ('[{"role":"title","iu_id":"' || (SELECT id FROM information_unit WHERE canonical_address = 'probe/composer/body')::text || '"}]')::jsonb, 'probe')->>'status',
  'ok', 'the description is optional (here empty)');
SELECT is(fn_iu_compose('probe:composer/upper', 'doc', 'Upper-case id', NULL,
  ('[{"role":"title","iu_id":"' || upper((SELECT id FROM information_unit WHERE canonical_address = 'probe/composer/body')::text) || '"}]')::jsonb, 'probe')->>'status',
  'ok', 'an iu_id in upper case is the same uuid and is accepted');

SELECT * FROM finish();
ROLLBACK;
