-- 008 with 004/005: composition never writes iu_lifecycle_log or iu_vector_sync_point, and
-- never changes a unit it reuses — not even with the vector-sync gate open, not when it
-- reuses units that have a lifecycle history and sync points, not when it mints new units
-- beside them, and not when it is refused. Only the new pieces add rows to information_unit.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(16);

UPDATE dot_config SET value = 'true' WHERE key IN ('iu_core.composer_enabled', 'iu_core.vector_sync_enabled');
CREATE TEMP TABLE seed AS
SELECT fn_iu_compose('probe:untouched/seed', 'doc', 'Seed', NULL, '[
  {"role":"title","new_piece":{"canonical_address":"probe/untouched/1","title":"One","body":"1","unit_kind":"doc","section_type":"title"}},
  {"role":"intro","new_piece":{"canonical_address":"probe/untouched/2","title":"Two","body":"2","unit_kind":"doc","section_type":"section"}},
  {"role":"body","new_piece":{"canonical_address":"probe/untouched/3","title":"Three","body":"3","unit_kind":"doc","section_type":"section"}}]', 'probe') AS r;
CREATE TEMP TABLE units AS SELECT id, canonical_address FROM information_unit WHERE canonical_address LIKE 'probe/untouched/%';
-- A lifecycle history and sync points on the units that will be reused.
CREATE TEMP TABLE history AS
SELECT fn_iu_set_lifecycle_status((SELECT id FROM units WHERE canonical_address = 'probe/untouched/1'), 'deprecated', 'probe', 'old') AS r
UNION ALL SELECT fn_iu_set_lifecycle_status((SELECT id FROM units WHERE canonical_address = 'probe/untouched/2'), 'draft', 'probe');
CREATE TEMP TABLE syncs AS
SELECT fn_iu_record_vector_sync(u.id, 'iu_core_iu_chunks', i.content_digest, 'probe-syncer') AS r FROM units u JOIN information_unit i ON i.id = u.id
UNION ALL SELECT fn_iu_record_vector_sync((SELECT id FROM units WHERE canonical_address = 'probe/untouched/1'), 'production_documents', repeat('e', 64), 'probe-syncer');

-- Full snapshots, not counts.
CREATE TEMP TABLE lifecycle_before AS SELECT * FROM iu_lifecycle_log;
CREATE TEMP TABLE sync_before AS SELECT * FROM iu_vector_sync_point;
CREATE TEMP TABLE units_before AS SELECT * FROM information_unit;
CREATE TEMP TABLE sync_status_before AS SELECT iu_id, vector_store, in_sync FROM v_iu_vector_sync_status;
CREATE TEMP TABLE mark AS SELECT max(id) AS id FROM event_outbox;

CREATE TEMP TABLE compositions AS
SELECT 'reuse' AS name, fn_iu_compose('probe:untouched/reuse', 'doc', 'Reuse', NULL,
  (SELECT jsonb_agg(jsonb_build_object('role', m.role, 'iu_id', m.iu_id) ORDER BY m.ordinal) FROM iu_piece_membership m
    WHERE m.collection_id = (SELECT (r->>'collection_id')::uuid FROM seed)), 'probe') AS r
UNION ALL
SELECT 'reuse_and_mint', fn_iu_compose('probe:untouched/mixed', 'file', 'Mixed', NULL,
  jsonb_build_array(
    jsonb_build_object('role', 'title', 'iu_id', (SELECT id FROM units WHERE canonical_address = 'probe/untouched/1')),
    jsonb_build_object('role', 'intro', 'iu_id', (SELECT id FROM units WHERE canonical_address = 'probe/untouched/2')),
    '{"role":"extra","new_piece":{"canonical_address":"probe/untouched/new-a","title":"A","body":"a","unit_kind":"doc","section_type":"section"}}'::jsonb,
    '{"role":"extra","new_piece":{"canonical_address":"probe/untouched/new-b","title":"B","body":"b","unit_kind":"doc","section_type":"section"}}'::jsonb),
  'probe')
UNION ALL
SELECT 'refused', fn_iu_compose('probe:untouched/refused', 'doc', 'Refused', NULL,
  jsonb_build_array(
    jsonb_build_object('role', 'title', 'iu_id', (SELECT id FROM units WHERE canonical_address = 'probe/untouched/3')),
    '{"role":"dup","new_piece":{"canonical_address":"probe/untouched/1","title":"X","body":"x","unit_kind":"doc","section_type":"section"}}'::jsonb),
  'probe');

SELECT is((SELECT count(*)::int FROM syncs WHERE r->>'status' = 'ok'), 4, 'the setup recorded four sync points with the vector-sync gate open');
SELECT is((SELECT count(*)::int FROM history WHERE r->>'status' = 'ok'), 2, 'the setup gave two of the units a lifecycle history');
SELECT results_eq($$ SELECT name, r->>'status' FROM compositions ORDER BY name $$,
  $$ VALUES ('refused'::text, 'canonical_address_collision'::text), ('reuse'::text, 'ok'::text), ('reuse_and_mint'::text, 'ok'::text) $$,
  'a pure reuse and a reuse with two new pieces are ok; a composition minting an existing address is refused');
SELECT bag_eq($$ SELECT * FROM iu_lifecycle_log $$, $$ SELECT * FROM lifecycle_before $$,
  'composition left every row of iu_lifecycle_log exactly as it was');
SELECT bag_eq($$ SELECT * FROM iu_vector_sync_point $$, $$ SELECT * FROM sync_before $$,
  'composition left every row of iu_vector_sync_point exactly as it was, with the vector-sync gate open');
SELECT bag_eq($$ SELECT * FROM information_unit WHERE id IN (SELECT id FROM units_before) $$, $$ SELECT * FROM units_before $$,
  'composition changed no column of any unit that existed before, including the ones it reused');
SELECT set_eq($$ SELECT canonical_address FROM information_unit WHERE id NOT IN (SELECT id FROM units_before) $$,
  ARRAY['probe/untouched/new-a', 'probe/untouched/new-b'],
  'the only new units are the two new pieces');
SELECT is_empty($$ SELECT 1 FROM iu_lifecycle_log l JOIN information_unit u ON u.id = l.iu_id WHERE u.canonical_address LIKE 'probe/untouched/new-%' $$,
  'the new units have no lifecycle log row');
SELECT is_empty($$ SELECT 1 FROM iu_vector_sync_point s JOIN information_unit u ON u.id = s.iu_id WHERE u.canonical_address LIKE 'probe/untouched/new-%' $$,
  'the new units have no sync point');
SELECT results_eq($$ SELECT lifecycle_status FROM information_unit WHERE canonical_address IN ('probe/untouched/1', 'probe/untouched/2') ORDER BY canonical_address $$,
  $$ VALUES ('deprecated'::text), ('draft'::text) $$, 'reused units keep their lifecycle status');
SELECT bag_eq($$ SELECT iu_id, vector_store, in_sync FROM v_iu_vector_sync_status $$, $$ SELECT * FROM sync_status_before $$,
  'v_iu_vector_sync_status reads the same before and after composition');
SELECT is_empty($$ SELECT event_type FROM event_outbox WHERE id > (SELECT id FROM mark) AND event_type IN ('iu.unit.lifecycle_changed', 'iu.vector_sync.recorded') $$,
  'composition wrote no lifecycle or vector-sync event');
SELECT set_eq($$ SELECT event_type FROM event_outbox WHERE id > (SELECT id FROM mark) $$, ARRAY['iu.collection.composed', 'iu.unit.minted'],
  'composition wrote only composed and minted events');
SELECT is((SELECT count(*)::int FROM event_outbox WHERE id > (SELECT id FROM mark) AND event_type = 'iu.unit.minted'), 2,
  'one minted event per new piece, none for reused units or the refused call');
SELECT is_empty($$ SELECT 1 FROM iu_piece_collection WHERE collection_key = 'probe:untouched/refused' $$, 'the refused composition left no collection');
SELECT is_empty($$ SELECT 1 FROM iu_piece_membership m JOIN iu_piece_collection c ON c.id = m.collection_id
                   WHERE c.collection_key = 'probe:untouched/seed' AND m.iu_id IN (SELECT id FROM information_unit WHERE canonical_address LIKE 'probe/untouched/new-%') $$,
  'the seed collection gained no piece from the later compositions');

SELECT * FROM finish();
ROLLBACK;
