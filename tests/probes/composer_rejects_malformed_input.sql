-- 008: fn_iu_compose answers invalid_input for every kind of bad scalar and every malformed
-- piece shape, naming the offending piece (piece_index, 1-based); the input is checked
-- before the gate, so these answers come with the composer gate closed; none writes anything.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(45);

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
CREATE TEMP TABLE census_before AS SELECT * FROM pg_temp.probe_row_counts();

-- One valid piece, reused by every call that is wrong somewhere else.
CREATE TEMP TABLE good AS
SELECT '[{"role":"title","new_piece":{"canonical_address":"probe/malformed/title","title":"Title","body":"Body","unit_kind":"doc","section_type":"title"}}]'::jsonb AS pieces;

-- The scalars.
SELECT is(fn_iu_compose(NULL, 'doc', 'T', NULL, (SELECT pieces FROM good), 'probe')->>'status', 'invalid_input', 'a NULL collection key is invalid_input');
SELECT is(fn_iu_compose('probe:m', NULL, 'T', NULL, (SELECT pieces FROM good), 'probe')->>'status', 'invalid_input', 'a NULL kind is invalid_input');
SELECT is(fn_iu_compose('probe:m', 'doc', NULL, NULL, (SELECT pieces FROM good), 'probe')->>'status', 'invalid_input', 'a NULL title is invalid_input');
SELECT is(fn_iu_compose('probe:m', 'doc', 'T', NULL, (SELECT pieces FROM good), NULL)->>'status', 'invalid_input', 'a NULL actor is invalid_input');
SELECT is(fn_iu_compose('', 'doc', 'T', NULL, (SELECT pieces FROM good), 'probe')->>'status', 'invalid_input', 'an empty collection key is invalid_input');
SELECT is(fn_iu_compose('probe m', 'doc', 'T', NULL, (SELECT pieces FROM good), 'probe')->>'status', 'invalid_input', 'a collection key with a space is invalid_input');
SELECT is(fn_iu_compose(E'probe:m\x01', 'doc', 'T', NULL, (SELECT pieces FROM good), 'probe')->>'status', 'invalid_input', 'a collection key with a control character is invalid_input');
SELECT is(fn_iu_compose(repeat('k', 257), 'doc', 'T', NULL, (SELECT pieces FROM good), 'probe')->>'status', 'invalid_input', 'a collection key of 257 characters is invalid_input');
SELECT is(fn_iu_compose('probe:m', 'Doc', 'T', NULL, (SELECT pieces FROM good), 'probe')->>'status', 'invalid_input', 'a kind that is not snake_case is invalid_input');
SELECT is(fn_iu_compose('probe:m', repeat('k', 65), 'T', NULL, (SELECT pieces FROM good), 'probe')->>'status', 'invalid_input', 'a kind of 65 characters is invalid_input');
SELECT is(fn_iu_compose('probe:m', 'doc', '   ', NULL, (SELECT pieces FROM good), 'probe')->>'status', 'invalid_input', 'a blank title is invalid_input');
SELECT is(fn_iu_compose('probe:m', 'doc', E'two\nlines', NULL, (SELECT pieces FROM good), 'probe')->>'status', 'invalid_input', 'a title on two lines is invalid_input');
SELECT is(fn_iu_compose('probe:m', 'doc', repeat('t', 1001), NULL, (SELECT pieces FROM good), 'probe')->>'status', 'invalid_input', 'a title of 1001 characters is invalid_input');
SELECT is(fn_iu_compose('probe:m', 'doc', 'T', repeat('d', 10001), (SELECT pieces FROM good), 'probe')->>'status', 'invalid_input', 'a description of 10001 characters is invalid_input');
SELECT is(fn_iu_compose('probe:m', 'doc', 'T', NULL, (SELECT pieces FROM good), '  ')->>'status', 'invalid_input', 'a blank actor is invalid_input');
SELECT is(fn_iu_compose('probe:m', 'doc', 'T', NULL, (SELECT pieces FROM good), E'probe\nactor')->>'status', 'invalid_input', 'an actor on two lines is invalid_input');
SELECT is(fn_iu_compose('probe:m', 'doc', 'T', NULL, (SELECT pieces FROM good), repeat('a', 257))->>'status', 'invalid_input', 'an actor of 257 characters is invalid_input');

-- The piece list.
SELECT is(fn_iu_compose('probe:m', 'doc', 'T', NULL, NULL, 'probe')->>'status', 'invalid_input', 'a NULL piece list is invalid_input');
SELECT is(fn_iu_compose('probe:m', 'doc', 'T', NULL, '{"role":"title"}', 'probe')->>'status', 'invalid_input', 'a piece list that is an object, not an array, is invalid_input');
SELECT is(fn_iu_compose('probe:m', 'doc', 'T', NULL, '"pieces"', 'probe')->>'status', 'invalid_input', 'a piece list that is a string is invalid_input');
SELECT matches(fn_iu_compose('probe:m', 'doc', 'T', NULL,
                 (SELECT jsonb_agg(jsonb_build_object('role', 'p', 'iu_id', gen_random_uuid())) FROM generate_series(1, 1001)), 'probe')->>'reason',
  '^at most 1000 pieces; got 1001$', 'a list of 1001 pieces is invalid_input: at most 1000 pieces');

-- Each malformed piece shape, and the index of the piece at fault.
CREATE TEMP TABLE shapes (n int, label text, piece jsonb);
INSERT INTO shapes VALUES
  (1,  'a piece that is a string',                      '"title"'),
  (2,  'a piece with an unknown key',                   '{"role":"a","iu_id":"00000000-0000-4000-8000-000000000001","weight":1}'),
  (3,  'a piece without a role',                        '{"iu_id":"00000000-0000-4000-8000-000000000001"}'),
  (4,  'a role that is not a string',                   '{"role":7,"iu_id":"00000000-0000-4000-8000-000000000001"}'),
  (5,  'a role that is not snake_case',                 '{"role":"Intro Text","iu_id":"00000000-0000-4000-8000-000000000001"}'),
  (6,  'a role of 65 characters',                       jsonb_build_object('role', repeat('r', 65), 'iu_id', '00000000-0000-4000-8000-000000000001')),
  (7,  'a piece with neither iu_id nor new_piece',      '{"role":"a"}'),
  (8,  'a piece with both iu_id and new_piece',         '{"role":"a","iu_id":"00000000-0000-4000-8000-000000000001","new_piece":{"canonical_address":"probe/m/x","title":"x","body":"x","unit_kind":"doc","section_type":"s"}}'),
  (9,  'an iu_id that is a number',                     '{"role":"a","iu_id":42}'),
  (10, 'an iu_id that is not a uuid',                   '{"role":"a","iu_id":"not-a-uuid"}'),
  (11, 'a new_piece that is a string',                  '{"role":"a","new_piece":"probe/m/x"}'),
  (12, 'a new_piece with an unknown key',               '{"role":"a","new_piece":{"canonical_address":"probe/m/x","title":"x","body":"x","unit_kind":"doc","section_type":"s","lang":"en"}}'),
  (13, 'a new_piece without a body',                    '{"role":"a","new_piece":{"canonical_address":"probe/m/x","title":"x","unit_kind":"doc","section_type":"s"}}'),
  (14, 'a new_piece whose body is a number',            '{"role":"a","new_piece":{"canonical_address":"probe/m/x","title":"x","body":1,"unit_kind":"doc","section_type":"s"}}'),
  (15, 'a new_piece whose address has a space',         '{"role":"a","new_piece":{"canonical_address":"probe/m x","title":"x","body":"x","unit_kind":"doc","section_type":"s"}}'),
  (16, 'a new_piece with a blank title',                '{"role":"a","new_piece":{"canonical_address":"probe/m/x","title":" ","body":"x","unit_kind":"doc","section_type":"s"}}'),
  (17, 'a new_piece whose unit_kind is not snake_case', '{"role":"a","new_piece":{"canonical_address":"probe/m/x","title":"x","body":"x","unit_kind":"Doc","section_type":"s"}}'),
  (18, 'a new_piece whose section_type is not snake_case', '{"role":"a","new_piece":{"canonical_address":"probe/m/x","title":"x","body":"x","unit_kind":"doc","section_type":"s-1"}}'),
  (19, 'a new_piece whose address is 513 characters',   jsonb_build_object('role', 'a', 'new_piece', jsonb_build_object('canonical_address', repeat('x', 513), 'title', 'x', 'body', 'x', 'unit_kind', 'doc', 'section_type', 's')));
-- Each bad piece is placed second, after a good one: the answer must name piece 2.
CREATE TEMP TABLE shape_answers AS
SELECT s.n, s.label, fn_iu_compose('probe:m', 'doc', 'T', NULL, (SELECT pieces FROM good) || jsonb_build_array(s.piece), 'probe') AS r
  FROM shapes s;

SELECT is((SELECT r->>'status' FROM shape_answers WHERE n = 1), 'invalid_input', 'a piece that is a string is invalid_input');
SELECT is((SELECT r->>'status' FROM shape_answers WHERE n = 2), 'invalid_input', 'a piece with an unknown key is invalid_input');
SELECT is((SELECT r->>'status' FROM shape_answers WHERE n = 3), 'invalid_input', 'a piece without a role is invalid_input');
SELECT is((SELECT r->>'status' FROM shape_answers WHERE n = 4), 'invalid_input', 'a role that is not a string is invalid_input');
SELECT is((SELECT r->>'status' FROM shape_answers WHERE n = 5), 'invalid_input', 'a role that is not snake_case is invalid_input');
SELECT is((SELECT r->>'status' FROM shape_answers WHERE n = 6), 'invalid_input', 'a role of 65 characters is invalid_input');
SELECT is((SELECT r->>'status' FROM shape_answers WHERE n = 7), 'invalid_input', 'a piece with neither iu_id nor new_piece is invalid_input');
SELECT is((SELECT r->>'status' FROM shape_answers WHERE n = 8), 'invalid_input', 'a piece with both iu_id and new_piece is invalid_input');
SELECT is((SELECT r->>'status' FROM shape_answers WHERE n = 9), 'invalid_input', 'an iu_id that is a number is invalid_input');
SELECT is((SELECT r->>'status' FROM shape_answers WHERE n = 10), 'invalid_input', 'an iu_id that is not a uuid is invalid_input');
SELECT is((SELECT r->>'status' FROM shape_answers WHERE n = 11), 'invalid_input', 'a new_piece that is not an object is invalid_input');
SELECT is((SELECT r->>'status' FROM shape_answers WHERE n = 12), 'invalid_input', 'a new_piece with an unknown key is invalid_input');
SELECT is((SELECT r->>'status' FROM shape_answers WHERE n = 13), 'invalid_input', 'a new_piece missing a field is invalid_input');
SELECT is((SELECT r->>'status' FROM shape_answers WHERE n = 14), 'invalid_input', 'a new_piece field that is not a string is invalid_input');
SELECT is((SELECT r->>'status' FROM shape_answers WHERE n = 15), 'invalid_input', 'a new_piece address with whitespace is invalid_input');
SELECT is((SELECT r->>'status' FROM shape_answers WHERE n = 16), 'invalid_input', 'a new_piece with a blank title is invalid_input');
SELECT is((SELECT r->>'status' FROM shape_answers WHERE n = 17), 'invalid_input', 'a new_piece unit_kind that is not snake_case is invalid_input');
SELECT is((SELECT r->>'status' FROM shape_answers WHERE n = 18), 'invalid_input', 'a new_piece section_type that is not snake_case is invalid_input');
SELECT is((SELECT r->>'status' FROM shape_answers WHERE n = 19), 'invalid_input', 'a new_piece address over 512 characters is invalid_input');
SELECT is_empty($$ SELECT label FROM shape_answers WHERE (r->>'piece_index') IS DISTINCT FROM '2' $$,
  'every malformed piece answer names piece_index 2, the piece at fault');
SELECT is_empty($$ SELECT label FROM shape_answers WHERE coalesce(r->>'reason', '') = '' $$,
  'every malformed piece answer gives a reason');

-- Validation comes before the gate (closed here): a valid call is composer_gate_closed.
SELECT is(fn_iu_compose('probe:m', 'doc', 'T', NULL, (SELECT pieces FROM good), 'probe')->>'status', 'composer_gate_closed',
  'the same call with valid input reaches the closed gate, so the answers above came from validation');
SELECT is(fn_iu_gate_enabled('iu_core.composer_enabled'), false, 'the composer gate was closed throughout');
SELECT bag_eq($$ SELECT * FROM pg_temp.probe_row_counts() $$, $$ SELECT * FROM census_before $$,
  'no refused call wrote a row to any product table');

SELECT * FROM finish();
ROLLBACK;
