-- The manifest digest is keyed on the piece graph (ordered role:unit pairs), not on text:
-- same units, roles and order give the same digest; any change of unit, role or order
-- changes it; one function computes it and the stored digest is that function's.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(12);

UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled';
CREATE TEMP TABLE base AS
SELECT fn_iu_compose('probe:digest/base', 'doc', 'Base', NULL, jsonb_build_array(
  jsonb_build_object('role', 'title', 'new_piece', jsonb_build_object('canonical_address', 'probe/digest/a', 'title', 'A', 'body', 'a', 'unit_kind', 'doc', 'section_type', 'title')),
  jsonb_build_object('role', 'section', 'new_piece', jsonb_build_object('canonical_address', 'probe/digest/b', 'title', 'B', 'body', 'b', 'unit_kind', 'doc', 'section_type', 'section')),
  jsonb_build_object('role', 'section', 'new_piece', jsonb_build_object('canonical_address', 'probe/digest/c', 'title', 'C', 'body', 'c', 'unit_kind', 'doc', 'section_type', 'section'))), 'probe') AS r;
CREATE TEMP TABLE u AS
SELECT m.ordinal, m.role, m.iu_id FROM iu_piece_membership m WHERE m.collection_id = (SELECT (r->>'collection_id')::uuid FROM base);

CREATE TEMP TABLE variants AS
SELECT 'same' AS name, fn_iu_compose('probe:digest/same', 'file', 'Another title, another kind', 'x',
         (SELECT jsonb_agg(jsonb_build_object('role', role, 'iu_id', iu_id) ORDER BY ordinal) FROM u), 'probe') AS r
UNION ALL
SELECT 'reordered', fn_iu_compose('probe:digest/reordered', 'doc', 'Base', NULL,
         (SELECT jsonb_agg(jsonb_build_object('role', role, 'iu_id', iu_id) ORDER BY ordinal DESC) FROM u), 'probe')
UNION ALL
SELECT 'role_changed', fn_iu_compose('probe:digest/role', 'doc', 'Base', NULL,
         (SELECT jsonb_agg(jsonb_build_object('role', CASE WHEN ordinal = 3 THEN 'appendix' ELSE role END, 'iu_id', iu_id) ORDER BY ordinal) FROM u), 'probe')
UNION ALL
SELECT 'one_more', fn_iu_compose('probe:digest/more', 'doc', 'Base', NULL,
         (SELECT jsonb_agg(jsonb_build_object('role', role, 'iu_id', iu_id) ORDER BY ordinal) FROM u)
           || jsonb_build_array(jsonb_build_object('role', 'section', 'new_piece', jsonb_build_object('canonical_address', 'probe/digest/d', 'title', 'D', 'body', 'd', 'unit_kind', 'doc', 'section_type', 'section'))), 'probe');

SELECT ok((SELECT r->>'manifest_digest' FROM base) ~ '^[0-9a-f]{16}$', 'a manifest digest is 16 hex characters');
SELECT is((SELECT r->>'manifest_digest' FROM variants WHERE name = 'same'), (SELECT r->>'manifest_digest' FROM base),
  'the same units in the same roles and order give the same digest, whatever the title and kind');
SELECT isnt((SELECT r->>'manifest_digest' FROM variants WHERE name = 'reordered'), (SELECT r->>'manifest_digest' FROM base), 'a different order changes the digest');
SELECT isnt((SELECT r->>'manifest_digest' FROM variants WHERE name = 'role_changed'), (SELECT r->>'manifest_digest' FROM base), 'a different role changes the digest');
SELECT isnt((SELECT r->>'manifest_digest' FROM variants WHERE name = 'one_more'), (SELECT r->>'manifest_digest' FROM base), 'one new piece changes the digest');
SELECT is(fn_iu_manifest_digest((SELECT (r->>'collection_id')::uuid FROM base)), (SELECT r->>'manifest_digest' FROM base),
  'the stored digest is what fn_iu_manifest_digest computes from the active pieces');
SELECT is(fn_iu_piece_graph_digest((SELECT array_agg(role ORDER BY ordinal) FROM u), (SELECT array_agg(iu_id ORDER BY ordinal) FROM u)),
          (SELECT r->>'manifest_digest' FROM base),
  'fn_iu_manifest_digest is fn_iu_piece_graph_digest over the ordered pairs');
SELECT is(fn_iu_piece_graph_digest((SELECT array_agg(role ORDER BY ordinal) FROM u), (SELECT array_agg(iu_id ORDER BY ordinal) FROM u)),
          left(md5((SELECT string_agg(role || ':' || iu_id::text, ',' ORDER BY ordinal) FROM u)), 16),
  'the digest is the first 16 hex characters of md5 over role:iu_id pairs joined by commas');

UPDATE information_unit SET body = 'rewritten body', updated_by = 'probe' WHERE canonical_address = 'probe/digest/a';
SELECT is(fn_iu_manifest_digest((SELECT (r->>'collection_id')::uuid FROM base)), (SELECT r->>'manifest_digest' FROM base),
  'rewriting a unit''s text does not change the digest: it is keyed on the graph, not on text');
SELECT isnt((SELECT content_digest FROM information_unit WHERE canonical_address = 'probe/digest/a'),
            encode(sha256(convert_to('A' || E'\n' || 'a', 'UTF8')), 'hex'),
  'the unit''s own content digest follows its text');

UPDATE iu_piece_membership SET active = false WHERE collection_id = (SELECT (r->>'collection_id')::uuid FROM base) AND ordinal = 3;
SELECT isnt(fn_iu_manifest_digest((SELECT (r->>'collection_id')::uuid FROM base)), (SELECT r->>'manifest_digest' FROM base),
  'deactivating a piece changes the live digest');
SELECT is((SELECT digest_current FROM v_iu_collection_digest WHERE collection_key = 'probe:digest/base'), false,
  'v_iu_collection_digest shows the stored digest is no longer current');

SELECT * FROM finish();
ROLLBACK;
