-- iu_lifecycle_log is written by the trigger on an actual change of an existing unit's
-- lifecycle status — never on minting, never on an unchanged status.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(15);

CREATE TEMP TABLE log_before AS SELECT count(*) AS n FROM iu_lifecycle_log;
UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled';
CREATE TEMP TABLE c AS
SELECT fn_iu_compose('probe:lifecycle', 'doc', 'L', NULL, '[{"role":"title","new_piece":{"canonical_address":"probe/lifecycle/u","title":"U","body":"u","unit_kind":"doc","section_type":"title"}}]', 'probe') AS r;
CREATE TEMP TABLE unit AS SELECT id FROM information_unit WHERE canonical_address = 'probe/lifecycle/u';

SELECT is((SELECT count(*) FROM iu_lifecycle_log), (SELECT n FROM log_before), 'minting a unit writes nothing to the lifecycle log');
SELECT is((SELECT lifecycle_status FROM information_unit WHERE id = (SELECT id FROM unit)), 'active', 'a minted unit starts active');

SELECT is(fn_iu_set_lifecycle_status(NULL, 'archived', 'probe')->>'status', 'invalid_input', 'a NULL unit is invalid_input');
SELECT is(fn_iu_set_lifecycle_status((SELECT id FROM unit), 'archived', NULL)->>'status', 'invalid_input', 'a NULL actor is invalid_input');
SELECT is(fn_iu_set_lifecycle_status((SELECT id FROM unit), 'gone', 'probe')->>'status', 'invalid_status', 'an unknown status is invalid_status');
SELECT is(fn_iu_set_lifecycle_status('00000000-0000-0000-0000-0000000000aa', 'archived', 'probe')->>'status', 'unit_not_found', 'an unknown unit is unit_not_found');
SELECT is(fn_iu_set_lifecycle_status((SELECT id FROM unit), 'active', 'probe')->>'status', 'unchanged', 'the same status is unchanged');
SELECT is((SELECT count(*) FROM iu_lifecycle_log), (SELECT n FROM log_before), 'refusals and unchanged statuses write nothing to the log');

SELECT is(fn_iu_set_lifecycle_status((SELECT id FROM unit), 'deprecated', 'probe-curator', 'replaced')->>'status', 'ok', 'a real change is ok');
SELECT results_eq(
  $$ SELECT from_status, to_status, reason, changed_by FROM iu_lifecycle_log WHERE iu_id = (SELECT id FROM unit) $$,
  $$ VALUES ('active'::text, 'deprecated'::text, 'replaced'::text, 'probe-curator'::text) $$,
  'the trigger logged the change with its reason and actor');
SELECT is((SELECT count(*)::int FROM event_outbox WHERE aggregate_id = (SELECT id FROM unit) AND event_type = 'iu.unit.lifecycle_changed'), 1,
  'the change wrote one iu.unit.lifecycle_changed event');

UPDATE information_unit SET lifecycle_status = 'archived' WHERE id = (SELECT id FROM unit);
SELECT is((SELECT count(*)::int FROM iu_lifecycle_log WHERE iu_id = (SELECT id FROM unit)), 2, 'a direct UPDATE of the status is logged by the trigger too');
SELECT is((SELECT changed_by FROM iu_lifecycle_log WHERE iu_id = (SELECT id FROM unit) AND to_status = 'archived'), current_user::text,
  'a direct UPDATE is logged as the role that made it');
UPDATE information_unit SET title = 'U2' WHERE id = (SELECT id FROM unit);
SELECT is((SELECT count(*)::int FROM iu_lifecycle_log WHERE iu_id = (SELECT id FROM unit)), 2, 'an update that does not change the status writes nothing');
SELECT throws_ok($$ INSERT INTO iu_lifecycle_log (iu_id, from_status, to_status, changed_by) SELECT id, 'active', 'active', 'x' FROM unit $$,
  '23514', NULL, 'a log row that is not a change is refused');

SELECT * FROM finish();
ROLLBACK;
