-- 004: iu_lifecycle_log is evidence. Only the information_unit_lifecycle_log trigger writes
-- it: a well-formed row written by hand is refused, no row can be updated or deleted, and
-- the trigger path (fn_iu_set_lifecycle_status or a direct status UPDATE) still logs.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(14);

UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled';
CREATE TEMP TABLE c AS
SELECT fn_iu_compose('probe:append-only', 'doc', 'Append only', NULL,
  '[{"role":"title","new_piece":{"canonical_address":"probe/append-only/u","title":"U","body":"u","unit_kind":"doc","section_type":"title"}}]', 'probe') AS r;
UPDATE dot_config SET value = 'false' WHERE key = 'iu_core.composer_enabled';
CREATE TEMP TABLE unit AS SELECT id FROM information_unit WHERE canonical_address = 'probe/append-only/u';

SELECT is((SELECT r->>'status' FROM c), 'ok', 'the probe''s unit was composed');
SELECT is_empty($$ SELECT 1 FROM iu_lifecycle_log WHERE iu_id = (SELECT id FROM unit) $$,
  'minting the unit wrote nothing to the lifecycle log');

-- A well-formed row, written by hand: refused by the append-only trigger, not by a CHECK.
SELECT throws_ok(
  $$ INSERT INTO iu_lifecycle_log (iu_id, from_status, to_status, reason, changed_by)
     SELECT id, 'active', 'archived', 'forged', 'probe-forger' FROM unit $$,
  '42501', NULL,
  'a well-formed lifecycle row inserted by hand is refused');
SELECT is_empty($$ SELECT 1 FROM iu_lifecycle_log WHERE iu_id = (SELECT id FROM unit) $$,
  'the refused insert left no row behind');

-- The trigger path still writes.
SELECT is(fn_iu_set_lifecycle_status((SELECT id FROM unit), 'deprecated', 'probe-curator', 'replaced by v2')->>'status', 'ok',
  'fn_iu_set_lifecycle_status changes the status with every gate closed');
UPDATE information_unit SET lifecycle_status = 'archived', updated_by = 'probe-owner' WHERE id = (SELECT id FROM unit);
SELECT results_eq(
  $$ SELECT from_status, to_status, reason FROM iu_lifecycle_log WHERE iu_id = (SELECT id FROM unit) ORDER BY id $$,
  $$ VALUES ('active'::text, 'deprecated'::text, 'replaced by v2'::text), ('deprecated'::text, 'archived'::text, NULL::text) $$,
  'the trigger logged both changes, through the function and through a direct UPDATE, in order');
SELECT is((SELECT changed_by FROM iu_lifecycle_log WHERE iu_id = (SELECT id FROM unit) AND to_status = 'deprecated'), 'probe-curator',
  'the change through the function is logged with the actor it was given');

-- Nothing logged can be changed or removed row by row.
SELECT throws_ok($$ UPDATE iu_lifecycle_log SET reason = 'rewritten' WHERE iu_id = (SELECT id FROM unit) $$, '42501', NULL,
  'a logged change cannot be rewritten');
SELECT throws_ok($$ UPDATE iu_lifecycle_log SET changed_by = 'someone else' WHERE iu_id = (SELECT id FROM unit) $$, '42501', NULL,
  'the actor of a logged change cannot be rewritten');
SELECT throws_ok($$ DELETE FROM iu_lifecycle_log WHERE iu_id = (SELECT id FROM unit) $$, '42501', NULL,
  'a logged change cannot be deleted');
SELECT is((SELECT count(*)::int FROM iu_lifecycle_log WHERE iu_id = (SELECT id FROM unit) AND reason IS DISTINCT FROM 'rewritten'), 2,
  'both logged changes are still there, unchanged');

-- The statuses a log row can name are the unit's statuses.
SELECT throws_ok(
  $$ INSERT INTO iu_lifecycle_log (iu_id, from_status, to_status, changed_by) SELECT id, 'active', 'deleted', 'probe' FROM unit $$,
  '23514', NULL,
  'a log row naming a status a unit cannot have is refused by its CHECK');

-- A unit with a history cannot be deleted out from under it.
SELECT throws_ok($$ DELETE FROM information_unit WHERE id = (SELECT id FROM unit) $$, '23503', NULL,
  'a unit with lifecycle history cannot be deleted');

-- The trigger that keeps the log append-only is on the table.
SELECT has_trigger('iu_lifecycle_log', 'iu_lifecycle_log_append_only', 'iu_lifecycle_log carries its append-only trigger');

SELECT * FROM finish();
ROLLBACK;
