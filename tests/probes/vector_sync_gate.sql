-- 005: fn_iu_record_vector_sync is behind iu_core.vector_sync_enabled. Input is checked
-- first (invalid_input), then the gate (vector_sync_gate_closed), then the unit
-- (unit_not_found); ok records or updates one sync point per unit and store, says whether
-- the synced digest is stale, and writes an iu.vector_sync.recorded event. Refusals write nothing.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(33);

UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled';
CREATE TEMP TABLE seed AS
SELECT fn_iu_compose('probe:sync/seed', 'doc', 'S', NULL, '[
  {"role":"title","new_piece":{"canonical_address":"probe/sync/u","title":"U","body":"u","unit_kind":"doc","section_type":"title"}},
  {"role":"body","new_piece":{"canonical_address":"probe/sync/v","title":"V","body":"v","unit_kind":"doc","section_type":"section"}}]', 'probe') AS r;
UPDATE dot_config SET value = 'false' WHERE key = 'iu_core.composer_enabled';
CREATE TEMP TABLE unit AS SELECT id, content_digest FROM information_unit WHERE canonical_address = 'probe/sync/u';
CREATE TEMP TABLE before AS SELECT (SELECT count(*) FROM iu_vector_sync_point) AS points, (SELECT count(*) FROM event_outbox) AS events;

-- Gate closed.
SELECT is(fn_iu_record_vector_sync((SELECT id FROM unit), 'iu_core_iu_chunks', (SELECT content_digest FROM unit), 'probe')->>'status',
  'vector_sync_gate_closed', 'a valid sync with the gate closed is vector_sync_gate_closed');
SELECT is(fn_iu_record_vector_sync('00000000-0000-4000-8000-0000000000aa', 'iu_core_iu_chunks', repeat('a', 64), 'probe')->>'status',
  'vector_sync_gate_closed', 'the gate is checked before the unit: an unknown unit with the gate closed is vector_sync_gate_closed');
SELECT is(fn_iu_record_vector_sync((SELECT id FROM unit), 'Bad Store', repeat('a', 64), 'probe')->>'status',
  'invalid_input', 'input is checked before the gate: a bad store with the gate closed is invalid_input');

-- invalid_input, each kind.
SELECT is(fn_iu_record_vector_sync(NULL, 'iu_core_iu_chunks', repeat('a', 64), 'probe')->>'status', 'invalid_input', 'a NULL unit is invalid_input');
SELECT is(fn_iu_record_vector_sync((SELECT id FROM unit), NULL, repeat('a', 64), 'probe')->>'status', 'invalid_input', 'a NULL store is invalid_input');
SELECT is(fn_iu_record_vector_sync((SELECT id FROM unit), 'iu-chunks', repeat('a', 64), 'probe')->>'status', 'invalid_input', 'a store name that is not snake_case is invalid_input');
SELECT is(fn_iu_record_vector_sync((SELECT id FROM unit), repeat('s', 65), repeat('a', 64), 'probe')->>'status', 'invalid_input', 'a store name of 65 characters is invalid_input');
SELECT is(fn_iu_record_vector_sync((SELECT id FROM unit), 'iu_core_iu_chunks', NULL, 'probe')->>'status', 'invalid_input', 'a NULL digest is invalid_input');
SELECT is(fn_iu_record_vector_sync((SELECT id FROM unit), 'iu_core_iu_chunks', repeat('a', 63), 'probe')->>'status', 'invalid_input', 'a digest of 63 characters is invalid_input');
SELECT is(fn_iu_record_vector_sync((SELECT id FROM unit), 'iu_core_iu_chunks', repeat('A', 64), 'probe')->>'status', 'invalid_input', 'a digest in upper-case hex is invalid_input');
SELECT is(fn_iu_record_vector_sync((SELECT id FROM unit), 'iu_core_iu_chunks', repeat('g', 64), 'probe')->>'status', 'invalid_input', 'a digest that is not hex is invalid_input');
SELECT is(fn_iu_record_vector_sync((SELECT id FROM unit), 'iu_core_iu_chunks', repeat('a', 64), NULL)->>'status', 'invalid_input', 'a NULL actor is invalid_input');
SELECT is(fn_iu_record_vector_sync((SELECT id FROM unit), 'iu_core_iu_chunks', repeat('a', 64), ' ')->>'status', 'invalid_input', 'a blank actor is invalid_input');
SELECT is(fn_iu_record_vector_sync((SELECT id FROM unit), 'iu_core_iu_chunks', repeat('a', 64), E'probe\tsyncer')->>'status', 'invalid_input', 'an actor with a control character is invalid_input');
SELECT is(fn_iu_record_vector_sync((SELECT id FROM unit), 'iu_core_iu_chunks', repeat('a', 64), repeat('a', 257))->>'status', 'invalid_input', 'an actor of 257 characters is invalid_input');
SELECT results_eq($$ SELECT (SELECT count(*) FROM iu_vector_sync_point), (SELECT count(*) FROM event_outbox) $$, $$ SELECT points, events FROM before $$,
  'with the gate closed and on invalid input nothing was recorded and no event written');

-- Gate open.
UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.vector_sync_enabled';
SELECT is(fn_iu_record_vector_sync('00000000-0000-4000-8000-0000000000aa', 'iu_core_iu_chunks', repeat('a', 64), 'probe')->>'status',
  'unit_not_found', 'with the gate open an unknown unit is unit_not_found');
SELECT is(fn_iu_record_vector_sync((SELECT id FROM unit), 'Bad Store', repeat('a', 64), 'probe')->>'status',
  'invalid_input', 'with the gate open bad input is still invalid_input');
SELECT results_eq($$ SELECT (SELECT count(*) FROM iu_vector_sync_point), (SELECT count(*) FROM event_outbox) $$, $$ SELECT points, events FROM before $$,
  'unit_not_found and invalid_input with the gate open wrote nothing');

CREATE TEMP TABLE sync1 AS SELECT fn_iu_record_vector_sync((SELECT id FROM unit), 'iu_core_iu_chunks', (SELECT content_digest FROM unit), 'probe-syncer') AS r;
SELECT results_eq($$ SELECT r->>'status', (r->>'stale')::boolean, r->>'vector_store', (r->>'iu_id')::uuid FROM sync1 $$,
  $$ SELECT 'ok'::text, false, 'iu_core_iu_chunks'::text, (SELECT id FROM unit) $$,
  'a sync of the unit''s current content digest is ok and not stale');
SELECT results_eq($$ SELECT synced_digest, synced_by, synced_at FROM iu_vector_sync_point WHERE iu_id = (SELECT id FROM unit) AND vector_store = 'iu_core_iu_chunks' $$,
  $$ SELECT content_digest, 'probe-syncer'::text, now() FROM unit $$, 'the sync point records the digest, the actor and the time');
SELECT results_eq($$ SELECT event_type, domain, aggregate_id, payload->>'vector_store', payload->>'synced_digest', created_by FROM event_outbox WHERE id = (SELECT max(id) FROM event_outbox) $$,
  $$ SELECT 'iu.vector_sync.recorded'::text, 'iu'::text, id, 'iu_core_iu_chunks'::text, content_digest, 'probe-syncer'::text FROM unit $$,
  'the sync wrote an iu.vector_sync.recorded event about the unit, with the store and the digest');
SELECT is((SELECT in_sync FROM v_iu_vector_sync_status WHERE iu_id = (SELECT id FROM unit) AND vector_store = 'iu_core_iu_chunks'), true,
  'v_iu_vector_sync_status shows the unit in sync');

CREATE TEMP TABLE sync2 AS SELECT fn_iu_record_vector_sync((SELECT id FROM unit), 'iu_core_iu_chunks', repeat('a', 64), 'probe-later') AS r;
SELECT results_eq($$ SELECT r->>'status', (r->>'stale')::boolean FROM sync2 $$, $$ VALUES ('ok'::text, true) $$,
  'a sync of a digest other than the unit''s content is ok and stale');
SELECT results_eq($$ SELECT count(*)::int, min(synced_digest), min(synced_by) FROM iu_vector_sync_point WHERE iu_id = (SELECT id FROM unit) AND vector_store = 'iu_core_iu_chunks' $$,
  $$ VALUES (1, repeat('a', 64), 'probe-later'::text) $$, 'there is one sync point per unit and store, updated in place with the new digest and actor');
SELECT is((SELECT in_sync FROM v_iu_vector_sync_status WHERE iu_id = (SELECT id FROM unit) AND vector_store = 'iu_core_iu_chunks'), false,
  'v_iu_vector_sync_status shows the unit out of sync');

CREATE TEMP TABLE sync3 AS SELECT fn_iu_record_vector_sync((SELECT id FROM unit), 'production_documents', (SELECT content_digest FROM unit), 'probe') AS r;
SELECT is((SELECT count(*)::int FROM iu_vector_sync_point WHERE iu_id = (SELECT id FROM unit)), 2, 'another store gets its own sync point');
SELECT is((SELECT count(*) FROM event_outbox), (SELECT events + 3 FROM before), 'each of the three syncs wrote exactly one event');

-- The unit's text changes: the sync that matched becomes stale.
UPDATE information_unit SET body = 'u changed', updated_by = 'probe' WHERE id = (SELECT id FROM unit);
SELECT is((SELECT in_sync FROM v_iu_vector_sync_status WHERE iu_id = (SELECT id FROM unit) AND vector_store = 'production_documents'), false,
  'after the unit''s text changes, its earlier in-sync point reads out of sync');
SELECT is((fn_iu_record_vector_sync((SELECT id FROM unit), 'production_documents', (SELECT content_digest FROM unit), 'probe')->>'stale')::boolean, true,
  'syncing the old digest now reports stale');
SELECT is((fn_iu_record_vector_sync((SELECT id FROM unit), 'production_documents', (SELECT content_digest FROM information_unit WHERE id = (SELECT id FROM unit)), 'probe')->>'stale')::boolean, false,
  'syncing the new digest reports not stale');

UPDATE dot_config SET value = 'false' WHERE key = 'iu_core.vector_sync_enabled';
SELECT is(fn_iu_record_vector_sync((SELECT id FROM unit), 'iu_core_iu_chunks', repeat('b', 64), 'probe')->>'status', 'vector_sync_gate_closed',
  'closing the gate inside the transaction refuses the next sync');
SELECT is((SELECT synced_digest FROM iu_vector_sync_point WHERE iu_id = (SELECT id FROM unit) AND vector_store = 'iu_core_iu_chunks'), repeat('a', 64),
  'the refused sync changed nothing');

SELECT * FROM finish();
ROLLBACK;
