-- 007: the manifest digest is keyed on the piece graph (the ordered role:unit pairs of the
-- active pieces), not on text. Two collections of the same units in the same roles and order
-- have the same digest, equal to fn_iu_manifest_digest and fn_iu_piece_graph_digest; one new
-- piece, a different role, a different unit or a different order each change it; a malformed
-- graph has no digest (NULL); fn_iu_collection_active_pieces hands a graph to the composer.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(32);

UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled';
CREATE TEMP TABLE base AS
SELECT fn_iu_compose('probe:digest/base', 'doc', 'Base', NULL, jsonb_build_array(
  jsonb_build_object('role', 'title', 'new_piece', jsonb_build_object('canonical_address', 'probe/digest/a', 'title', 'A', 'body', 'a', 'unit_kind', 'doc', 'section_type', 'title')),
  jsonb_build_object('role', 'section', 'new_piece', jsonb_build_object('canonical_address', 'probe/digest/b', 'title', 'B', 'body', 'b', 'unit_kind', 'doc', 'section_type', 'section')),
  jsonb_build_object('role', 'section', 'new_piece', jsonb_build_object('canonical_address', 'probe/digest/c', 'title', 'C', 'body', 'c', 'unit_kind', 'doc', 'section_type', 'section')),
  jsonb_build_object('role', 'spare', 'new_piece', jsonb_build_object('canonical_address', 'probe/digest/spare', 'title', 'S', 'body', 's', 'unit_kind', 'doc', 'section_type', 'section'))), 'probe') AS r;
-- The graph of the first three pieces; the spare is used to swap one unit for another.
CREATE TEMP TABLE u AS
SELECT m.ordinal, m.role, m.iu_id FROM iu_piece_membership m
 WHERE m.collection_id = (SELECT (r->>'collection_id')::uuid FROM base) AND m.ordinal <= 3;
CREATE TEMP TABLE spare AS SELECT id FROM information_unit WHERE canonical_address = 'probe/digest/spare';

CREATE TEMP TABLE variants AS
SELECT 'three' AS name, fn_iu_compose('probe:digest/three', 'doc', 'Three', NULL,
         (SELECT jsonb_agg(jsonb_build_object('role', role, 'iu_id', iu_id) ORDER BY ordinal) FROM u), 'probe') AS r
UNION ALL
SELECT 'same', fn_iu_compose('probe:digest/same', 'file', 'Another title, another kind', 'another description',
         (SELECT jsonb_agg(jsonb_build_object('role', role, 'iu_id', iu_id) ORDER BY ordinal) FROM u), 'probe-other-actor')
UNION ALL
SELECT 'reordered', fn_iu_compose('probe:digest/reordered', 'doc', 'Three', NULL,
         (SELECT jsonb_agg(jsonb_build_object('role', role, 'iu_id', iu_id) ORDER BY CASE ordinal WHEN 2 THEN 3 WHEN 3 THEN 2 ELSE 1 END) FROM u), 'probe')
UNION ALL
SELECT 'role_changed', fn_iu_compose('probe:digest/role', 'doc', 'Three', NULL,
         (SELECT jsonb_agg(jsonb_build_object('role', CASE WHEN ordinal = 3 THEN 'appendix' ELSE role END, 'iu_id', iu_id) ORDER BY ordinal) FROM u), 'probe')
UNION ALL
SELECT 'unit_swapped', fn_iu_compose('probe:digest/unit', 'doc', 'Three', NULL,
         (SELECT jsonb_agg(jsonb_build_object('role', role, 'iu_id', CASE WHEN ordinal = 3 THEN (SELECT id FROM spare) ELSE iu_id END) ORDER BY ordinal) FROM u), 'probe')
UNION ALL
SELECT 'one_more', fn_iu_compose('probe:digest/more', 'doc', 'Three', NULL,
         (SELECT jsonb_agg(jsonb_build_object('role', role, 'iu_id', iu_id) ORDER BY ordinal) FROM u)
           || jsonb_build_array(jsonb_build_object('role', 'section', 'new_piece', jsonb_build_object('canonical_address', 'probe/digest/d', 'title', 'D', 'body', 'd', 'unit_kind', 'doc', 'section_type', 'section'))), 'probe')
UNION ALL
SELECT 'one_more_reused', fn_iu_compose('probe:digest/more-reused', 'doc', 'Three', NULL,
         (SELECT jsonb_agg(jsonb_build_object('role', role, 'iu_id', iu_id) ORDER BY ordinal) FROM u)
           || jsonb_build_array(jsonb_build_object('role', 'spare', 'iu_id', (SELECT id FROM spare))), 'probe');
CREATE TEMP TABLE d AS SELECT name, r->>'manifest_digest' AS digest, (r->>'collection_id')::uuid AS id FROM variants;

SELECT is_empty($$ SELECT name FROM d WHERE digest IS NULL OR digest !~ '^[0-9a-f]{16}$' $$, 'every composition got a manifest digest of 16 hex characters');
SELECT is((SELECT digest FROM d WHERE name = 'same'), (SELECT digest FROM d WHERE name = 'three'),
  'two collections of the same units in the same roles and order have the same digest, whatever their key, kind, title, description and actor');
SELECT is(fn_iu_manifest_digest((SELECT id FROM d WHERE name = 'same')), fn_iu_manifest_digest((SELECT id FROM d WHERE name = 'three')),
  'fn_iu_manifest_digest agrees for the two collections');
SELECT is(fn_iu_manifest_digest((SELECT id FROM d WHERE name = 'three')), (SELECT digest FROM d WHERE name = 'three'),
  'the stored digest equals fn_iu_manifest_digest of the collection');
SELECT is(fn_iu_piece_graph_digest((SELECT array_agg(role ORDER BY ordinal) FROM u), (SELECT array_agg(iu_id ORDER BY ordinal) FROM u)),
          (SELECT digest FROM d WHERE name = 'three'),
  'and equals fn_iu_piece_graph_digest over the ordered roles and unit ids');
SELECT is(fn_iu_piece_graph_digest((SELECT array_agg(role ORDER BY ordinal) FROM u), (SELECT array_agg(iu_id ORDER BY ordinal) FROM u)),
          left(md5((SELECT string_agg(role || ':' || iu_id::text, ',' ORDER BY ordinal) FROM u)), 16),
  'the digest is the first 16 hex characters of md5 over role:iu_id pairs joined by commas');
SELECT isnt((SELECT digest FROM d WHERE name = 'reordered'), (SELECT digest FROM d WHERE name = 'three'), 'a different order of the same pieces changes the digest');
SELECT isnt((SELECT digest FROM d WHERE name = 'role_changed'), (SELECT digest FROM d WHERE name = 'three'), 'a different role for the same unit changes the digest');
SELECT isnt((SELECT digest FROM d WHERE name = 'unit_swapped'), (SELECT digest FROM d WHERE name = 'three'), 'a different unit in the same role changes the digest');
SELECT isnt((SELECT digest FROM d WHERE name = 'one_more'), (SELECT digest FROM d WHERE name = 'three'), 'one new minted piece changes the digest');
SELECT isnt((SELECT digest FROM d WHERE name = 'one_more_reused'), (SELECT digest FROM d WHERE name = 'three'), 'one more reused piece changes the digest');
SELECT is((SELECT count(DISTINCT digest)::int FROM d WHERE name <> 'same'), 6, 'the six different graphs have six different digests');
SELECT is((SELECT digest FROM d WHERE name = 'one_more_reused'), (SELECT r->>'manifest_digest' FROM base),
  'a collection built by reuse in the same roles and order as one built by minting has its digest');

-- The function itself.
SELECT is(fn_iu_piece_graph_digest(ARRAY['a', 'b'], ARRAY['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002']::uuid[]),
          left(md5('a:00000000-0000-4000-8000-000000000001,b:00000000-0000-4000-8000-000000000002'), 16),
  'fn_iu_piece_graph_digest of two literal pairs is left(md5(''a:id1,b:id2''), 16)');
SELECT isnt(fn_iu_piece_graph_digest(ARRAY['a', 'b'], ARRAY['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002']::uuid[]),
            fn_iu_piece_graph_digest(ARRAY['b', 'a'], ARRAY['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002']::uuid[]),
  'swapping the roles of two units changes fn_iu_piece_graph_digest');
SELECT is(fn_iu_piece_graph_digest('{}', '{}'), left(md5(''), 16), 'the digest of no pieces is left(md5(''''), 16)');
SELECT is(fn_iu_piece_graph_digest(ARRAY['a', 'b'], ARRAY['00000000-0000-4000-8000-000000000001']::uuid[]), NULL,
  'roles and units of different lengths are not a piece graph: NULL, not a digest');
SELECT is(fn_iu_piece_graph_digest(ARRAY['a', NULL], ARRAY['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002']::uuid[]), NULL,
  'a NULL role is not a piece graph: NULL');
SELECT is(fn_iu_piece_graph_digest(ARRAY['a'], ARRAY[NULL]::uuid[]), NULL, 'a NULL unit is not a piece graph: NULL');

-- fn_iu_collection_active_pieces hands a collection's graph to the composer.
SELECT is(fn_iu_collection_active_pieces((SELECT id FROM d WHERE name = 'three')),
  (SELECT jsonb_agg(jsonb_build_object('role', role, 'iu_id', iu_id) ORDER BY ordinal) FROM u),
  'fn_iu_collection_active_pieces lists the active pieces as [{role, iu_id}] in ordinal order');
SELECT is((fn_iu_compose('probe:digest/copy', 'doc', 'Copy', NULL, fn_iu_collection_active_pieces((SELECT id FROM d WHERE name = 'three')), 'probe')->>'manifest_digest'),
  (SELECT digest FROM d WHERE name = 'three'), 'composing from that list gives a collection with the same digest');
SELECT is(fn_iu_collection_active_pieces('00000000-0000-4000-8000-0000000000aa'), '[]'::jsonb, 'an unknown collection has no active pieces: []');

-- Text is not part of it; active pieces are.
CREATE TEMP TABLE base_id AS SELECT (r->>'collection_id')::uuid AS id, r->>'manifest_digest' AS digest FROM base;
CREATE TEMP TABLE content_before AS SELECT content_digest FROM information_unit WHERE canonical_address = 'probe/digest/a';
UPDATE information_unit SET body = 'rewritten body', title = 'A rewritten', updated_by = 'probe' WHERE canonical_address = 'probe/digest/a';
SELECT is(fn_iu_manifest_digest((SELECT id FROM base_id)), (SELECT digest FROM base_id),
  'rewriting a unit''s title and body does not change the manifest digest');
SELECT isnt((SELECT content_digest FROM information_unit WHERE canonical_address = 'probe/digest/a'), (SELECT content_digest FROM content_before),
  'while the unit''s own content digest follows its text');
SELECT results_eq($$ SELECT digest_current, active_pieces FROM v_iu_collection_digest WHERE collection_id = (SELECT id FROM base_id) $$,
  $$ VALUES (true, 4::bigint) $$, 'v_iu_collection_digest shows the stored digest current and four active pieces');

UPDATE iu_piece_membership SET active = false WHERE collection_id = (SELECT id FROM base_id) AND ordinal = 4;
SELECT isnt(fn_iu_manifest_digest((SELECT id FROM base_id)), (SELECT digest FROM base_id), 'deactivating a piece changes the live digest');
SELECT is(fn_iu_manifest_digest((SELECT id FROM base_id)), (SELECT digest FROM d WHERE name = 'three'),
  'the live digest counts only active pieces: without its fourth piece the collection digests like the three-piece one');
SELECT results_eq($$ SELECT manifest_digest, live_digest, digest_current, active_pieces FROM v_iu_collection_digest WHERE collection_id = (SELECT id FROM base_id) $$,
  $$ SELECT (SELECT digest FROM base_id), (SELECT digest FROM d WHERE name = 'three'), false, 3::bigint $$,
  'v_iu_collection_digest shows the stored digest beside the live one, no longer current, with three active pieces');
SELECT is(jsonb_array_length(fn_iu_collection_active_pieces((SELECT id FROM base_id))), 3, 'fn_iu_collection_active_pieces leaves the inactive piece out');
UPDATE iu_piece_membership SET active = false WHERE collection_id = (SELECT id FROM base_id);
SELECT is(fn_iu_manifest_digest((SELECT id FROM base_id)), left(md5(''), 16), 'a collection with no active piece digests as the empty graph');
SELECT is(fn_iu_manifest_digest('00000000-0000-4000-8000-0000000000aa'), left(md5(''), 16), 'an unknown collection digests as the empty graph');
SELECT is(fn_iu_manifest_digest((SELECT id FROM d WHERE name = 'three')), (SELECT digest FROM d WHERE name = 'three'),
  'changing one collection''s pieces leaves another collection of the same units untouched');

SELECT * FROM finish();
ROLLBACK;
