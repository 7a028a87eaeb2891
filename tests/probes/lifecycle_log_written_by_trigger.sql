-- 004: iu_lifecycle_log is written by the trigger on an actual change of an existing unit's
-- lifecycle_status — never on minting (by the composer or by a plain INSERT), never on an
-- unchanged status, never on an update of other columns; the log is append-only and refuses
-- rows written by hand. fn_iu_set_lifecycle_status answers ok, unchanged, invalid_input,
-- invalid_status or unit_not_found; only ok writes.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(38);

CREATE TEMP TABLE log_before AS SELECT count(*) AS n FROM iu_lifecycle_log;
CREATE TEMP TABLE events_before AS SELECT count(*) AS n FROM event_outbox;
UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled';
CREATE TEMP TABLE c AS
SELECT fn_iu_compose('probe:lifecycle', 'doc', 'L', NULL, '[
  {"role":"title","new_piece":{"canonical_address":"probe/lifecycle/u","title":"U","body":"u","unit_kind":"doc","section_type":"title"}},
  {"role":"other","new_piece":{"canonical_address":"probe/lifecycle/v","title":"V","body":"v","unit_kind":"doc","section_type":"section"}}]', 'probe') AS r;
UPDATE dot_config SET value = 'false' WHERE key = 'iu_core.composer_enabled';
CREATE TEMP TABLE unit AS SELECT id FROM information_unit WHERE canonical_address = 'probe/lifecycle/u';
CREATE TEMP TABLE unit_v AS SELECT id FROM information_unit WHERE canonical_address = 'probe/lifecycle/v';
CREATE TEMP TABLE events_after_compose AS SELECT count(*) AS n FROM event_outbox;

-- Minting is not a transition.
SELECT is((SELECT r->>'status' FROM c), 'ok', 'the probe composed two new units');
SELECT is((SELECT count(*) FROM iu_lifecycle_log), (SELECT n FROM log_before), 'minting units through the composer writes nothing to the lifecycle log');
SELECT is((SELECT lifecycle_status FROM information_unit WHERE id = (SELECT id FROM unit)), 'active', 'a minted unit starts active');
INSERT INTO information_unit (canonical_address, title, body, unit_kind, section_type, lifecycle_status, content_digest, created_by, updated_by)
VALUES ('probe/lifecycle/direct', 'D', 'd', 'doc', 'section', 'draft', repeat('0', 64), 'probe', 'probe');
SELECT is((SELECT count(*) FROM iu_lifecycle_log), (SELECT n FROM log_before), 'inserting a unit directly, even as draft, writes nothing to the lifecycle log');

-- Refusals and unchanged: no log row, no event.
SELECT is(fn_iu_set_lifecycle_status(NULL, 'archived', 'probe')->>'status', 'invalid_input', 'a NULL unit is invalid_input');
SELECT is(fn_iu_set_lifecycle_status((SELECT id FROM unit), NULL, 'probe')->>'status', 'invalid_input', 'a NULL status is invalid_input');
SELECT is(fn_iu_set_lifecycle_status((SELECT id FROM unit), 'archived', NULL)->>'status', 'invalid_input', 'a NULL actor is invalid_input');
SELECT is(fn_iu_set_lifecycle_status((SELECT id FROM unit), 'archived', '  ')->>'status', 'invalid_input', 'a blank actor is invalid_input');
SELECT is(fn_iu_set_lifecycle_status((SELECT id FROM unit), 'archived', E'probe\ncurator')->>'status', 'invalid_input', 'an actor on two lines is invalid_input');
SELECT is(fn_iu_set_lifecycle_status((SELECT id FROM unit), 'archived', 'probe', repeat('r', 2001))->>'status', 'invalid_input', 'a reason of 2001 characters is invalid_input');
SELECT is(fn_iu_set_lifecycle_status((SELECT id FROM unit), 'gone', 'probe')->>'status', 'invalid_status', 'a status outside draft, active, deprecated, archived is invalid_status');
SELECT is(fn_iu_set_lifecycle_status((SELECT id FROM unit), 'Active', 'probe')->>'status', 'invalid_status', 'statuses are case-sensitive: Active is invalid_status');
SELECT is(fn_iu_set_lifecycle_status('00000000-0000-4000-8000-0000000000aa', 'gone', 'probe')->>'status', 'invalid_status',
  'the status is checked before the unit is looked up');
SELECT is(fn_iu_set_lifecycle_status('00000000-0000-4000-8000-0000000000aa', 'archived', 'probe')->>'status', 'unit_not_found', 'an unknown unit is unit_not_found');
SELECT results_eq($$ SELECT r->>'status', r->>'lifecycle_status' FROM (SELECT fn_iu_set_lifecycle_status((SELECT id FROM unit), 'active', 'probe') AS r) x $$,
  $$ VALUES ('unchanged'::text, 'active'::text) $$, 'setting the status a unit already has is unchanged, and names that status');
SELECT is((SELECT count(*) FROM iu_lifecycle_log), (SELECT n FROM log_before), 'refusals and unchanged statuses write nothing to the lifecycle log');
SELECT is((SELECT count(*) FROM event_outbox), (SELECT n FROM events_after_compose), 'refusals and unchanged statuses write no event');
SELECT results_eq($$ SELECT lifecycle_status, updated_by FROM information_unit WHERE id = (SELECT id FROM unit) $$,
  $$ VALUES ('active'::text, 'probe'::text) $$, 'refusals and unchanged statuses leave the unit as it was');

-- A real change through the function.
CREATE TEMP TABLE change1 AS SELECT fn_iu_set_lifecycle_status((SELECT id FROM unit), 'deprecated', 'probe-curator', 'replaced') AS r;
SELECT results_eq($$ SELECT r->>'status', r->>'from', r->>'to' FROM change1 $$,
  $$ VALUES ('ok'::text, 'active'::text, 'deprecated'::text) $$, 'a real change is ok and reports from and to');
SELECT results_eq(
  $$ SELECT from_status, to_status, reason, changed_by FROM iu_lifecycle_log WHERE iu_id = (SELECT id FROM unit) $$,
  $$ VALUES ('active'::text, 'deprecated'::text, 'replaced'::text, 'probe-curator'::text) $$,
  'the trigger logged the change with its reason and the actor given to the function');
SELECT results_eq($$ SELECT lifecycle_status, updated_by FROM information_unit WHERE id = (SELECT id FROM unit) $$,
  $$ VALUES ('deprecated'::text, 'probe-curator'::text) $$, 'the unit now has the new status, stamped with the actor');
SELECT results_eq(
  $$ SELECT event_type, domain, aggregate_id, payload->>'from', payload->>'to', created_by FROM event_outbox WHERE id = (SELECT max(id) FROM event_outbox) $$,
  $$ SELECT 'iu.unit.lifecycle_changed'::text, 'iu'::text, (SELECT id FROM unit), 'active'::text, 'deprecated'::text, 'probe-curator'::text $$,
  'the change wrote one iu.unit.lifecycle_changed event about the unit, with from, to and the actor');
SELECT is((SELECT count(*) FROM event_outbox), (SELECT n + 1 FROM events_after_compose), 'exactly one event was written for the change');
SELECT is_empty($$ SELECT 1 FROM iu_lifecycle_log WHERE iu_id = (SELECT id FROM unit_v) $$, 'the other unit of the same collection has no log row');

-- Without a reason; and the function's actor does not leak into later direct updates.
SELECT is(fn_iu_set_lifecycle_status((SELECT id FROM unit), 'archived', 'probe-curator')->>'status', 'ok', 'a change without a reason is ok');
SELECT is((SELECT reason FROM iu_lifecycle_log WHERE iu_id = (SELECT id FROM unit) AND to_status = 'archived'), NULL, 'a change without a reason is logged with a NULL reason');
UPDATE information_unit SET lifecycle_status = 'active' WHERE id = (SELECT id FROM unit);
SELECT results_eq(
  $$ SELECT from_status, to_status, changed_by FROM iu_lifecycle_log WHERE iu_id = (SELECT id FROM unit) ORDER BY id $$,
  $$ VALUES ('active'::text, 'deprecated'::text, 'probe-curator'::text), ('deprecated'::text, 'archived'::text, 'probe-curator'::text),
            ('archived'::text, 'active'::text, current_user::text COLLATE "default") $$,
  'a direct UPDATE of the status is logged by the trigger too, as the role that made it, not the last function actor');
UPDATE information_unit SET lifecycle_status = 'active' WHERE id = (SELECT id FROM unit);
SELECT is((SELECT count(*)::int FROM iu_lifecycle_log WHERE iu_id = (SELECT id FROM unit)), 3, 'an UPDATE that sets the same status writes nothing');
UPDATE information_unit SET title = 'U2', body = 'u2' WHERE id = (SELECT id FROM unit);
SELECT is((SELECT count(*)::int FROM iu_lifecycle_log WHERE iu_id = (SELECT id FROM unit)), 3, 'an UPDATE of other columns writes nothing');
UPDATE information_unit SET lifecycle_status = 'deprecated' WHERE id IN (SELECT id FROM unit UNION ALL SELECT id FROM unit_v);
SELECT is((SELECT count(*)::int FROM iu_lifecycle_log WHERE iu_id IN (SELECT id FROM unit UNION ALL SELECT id FROM unit_v)), 5, 'an UPDATE of two units logs one row per unit');

-- The log's own guards: it is append-only and written by its trigger alone.
SELECT throws_ok($$ INSERT INTO iu_lifecycle_log (iu_id, from_status, to_status, changed_by) SELECT id, 'active', 'active', 'x' FROM unit $$,
  '23514', NULL, 'a log row that is not a change is refused');
SELECT throws_ok($$ INSERT INTO iu_lifecycle_log (iu_id, from_status, to_status, changed_by) VALUES ('00000000-0000-4000-8000-0000000000aa', 'active', 'archived', 'x') $$,
  '23503', NULL, 'a log row for a unit that does not exist is refused');
SELECT throws_ok($$ INSERT INTO iu_lifecycle_log (iu_id, from_status, to_status, changed_by) SELECT id, 'active', 'gone', 'x' FROM unit $$,
  '23514', NULL, 'a log row with a status that does not exist is refused');
SELECT throws_ok($$ INSERT INTO iu_lifecycle_log (iu_id, from_status, to_status, reason, changed_by) SELECT id, 'deprecated', 'active', 'forged', 'x' FROM unit $$,
  '42501', NULL, 'a well-formed row written by hand is refused: only the trigger writes the log');
SELECT throws_ok($$ UPDATE iu_lifecycle_log SET reason = 'rewritten' WHERE iu_id = (SELECT id FROM unit) $$,
  '42501', NULL, 'a log row cannot be rewritten');
SELECT throws_ok($$ DELETE FROM iu_lifecycle_log WHERE iu_id = (SELECT id FROM unit) $$,
  '42501', NULL, 'a log row cannot be deleted');
SELECT results_eq($$ SELECT count(*)::int, count(*) FILTER (WHERE reason = 'replaced')::int FROM iu_lifecycle_log WHERE iu_id = (SELECT id FROM unit) $$,
  $$ VALUES (4, 1) $$, 'the refused writes left the unit''s four log rows as they were');
UPDATE information_unit SET lifecycle_status = 'active' WHERE canonical_address = 'probe/lifecycle/direct';
SELECT throws_ok($$ DELETE FROM information_unit WHERE canonical_address = 'probe/lifecycle/direct' $$,
  '23503', NULL, 'a unit with a lifecycle history (and in no collection) cannot be deleted from under its log');

SELECT * FROM finish();
ROLLBACK;
