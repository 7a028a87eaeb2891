-- 037: a gate left open at COMMIT is refused by the database itself, for every client. The
-- check is a deferred constraint trigger: here SET CONSTRAINTS … IMMEDIATE runs it where a
-- COMMIT would (the probe never commits). A gate opened and closed again in one transaction
-- passes; a gate still open is refused with a message naming it; only a superuser or the
-- owner of dot_config may keep one open on purpose (SET LOCAL iu_core.keep_gates_open).
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(11);

SELECT has_trigger('dot_config', 'dot_config_gates_closed_at_commit', 'dot_config has the trigger dot_config_gates_closed_at_commit');
SELECT results_eq($$ SELECT t.tgconstraint <> 0, t.tgdeferrable, t.tginitdeferred FROM pg_trigger t
                      WHERE t.tgrelid = 'dot_config'::regclass AND t.tgname = 'dot_config_gates_closed_at_commit' $$,
  $$ VALUES (true, true, true) $$, 'it is a constraint trigger, DEFERRABLE INITIALLY DEFERRED: it runs at COMMIT');

-- Opened and closed again before the check: passes.
UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled';
UPDATE dot_config SET value = 'false' WHERE key = 'iu_core.composer_enabled';
SELECT lives_ok($$ SET CONSTRAINTS dot_config_gates_closed_at_commit IMMEDIATE $$,
  'a gate opened and closed again in the same transaction passes the check');

-- Still open when the check runs: refused.
SELECT throws_ok($$ UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.delivery_enabled' $$, '23000',
  'REFUSED: gate iu_core.delivery_enabled is open at COMMIT; every gate must be closed before COMMIT',
  'a gate still open when the check runs is refused, naming the gate');
SELECT throws_ok($$ INSERT INTO dot_config (key, value, description) VALUES ('iu_core.probe_enabled', 'true', 'probe') $$, '23000', NULL,
  'so is a new gate row inserted open');
SELECT is((SELECT value FROM dot_config WHERE key = 'iu_core.delivery_enabled'), 'false', 'the refused statement changed nothing');
SELECT lives_ok($$ UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.schema_public_create_was_public' $$,
  'a setting that is not a gate may read true');

-- The operator may toggle gates, but not keep one open, even with the setting.
DO $set$ BEGIN PERFORM set_config('iu_core.keep_gates_open', 'true', true); END $set$;
SET LOCAL ROLE iu_core_operator;
SELECT throws_ok($$ UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled' $$, '23000', NULL,
  'iu_core_operator cannot keep a gate open, even with iu_core.keep_gates_open = true');
RESET ROLE;

-- The authorised path: the probe runs as a superuser (or the owner of dot_config).
SELECT lives_ok($$ UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled' $$,
  'a superuser or the owner with iu_core.keep_gates_open = true may keep a gate open on purpose');
DO $set$ BEGIN PERFORM set_config('iu_core.keep_gates_open', 'yes', true); END $set$;
SELECT throws_ok($$ UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.retention_enabled' $$, '23000', NULL,
  'the setting must read exactly true');
DO $set$ BEGIN PERFORM set_config('iu_core.keep_gates_open', '', true); END $set$;
UPDATE dot_config SET value = 'false' WHERE key = 'iu_core.composer_enabled';
SET CONSTRAINTS dot_config_gates_closed_at_commit DEFERRED;
SELECT is_empty($$ SELECT key FROM dot_config WHERE key LIKE 'iu\_core.%\_enabled' AND value <> 'false' $$, 'every gate is closed again');

SELECT * FROM finish();
ROLLBACK;
