-- 001 and every gated surface: the product has exactly five gates, each reads 'false' at
-- rest; fn_iu_gate_enabled is true only for a row that reads exactly 'true' (a missing key
-- is closed); a gate row holds only 'true' or 'false'; opening one inside the transaction
-- is seen at once and stamped with who and when, and the creation stamp cannot be rewritten.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(32);

-- At rest.
SELECT set_eq(
  $$ SELECT key FROM dot_config WHERE key LIKE 'iu\_core.%\_enabled' $$,
  ARRAY['iu_core.composer_enabled', 'iu_core.delivery_enabled', 'iu_core.retention_enabled',
        'iu_core.vector_sync_enabled', 'iu_core.auto_instantiate_enabled'],
  'the product has exactly five gates: composer, delivery, retention, vector sync and auto-instantiate');
SELECT is_empty(
  $$ SELECT key FROM dot_config WHERE key LIKE 'iu\_core.%\_enabled' AND value IS DISTINCT FROM 'false' $$,
  'every iu_core.*_enabled gate reads the string false at rest');
SELECT set_eq(
  $$ SELECT gate, enabled FROM v_iu_gate_status $$,
  $$ VALUES ('iu_core.composer_enabled', false), ('iu_core.delivery_enabled', false), ('iu_core.retention_enabled', false),
            ('iu_core.vector_sync_enabled', false), ('iu_core.auto_instantiate_enabled', false) $$,
  'v_iu_gate_status lists the five gates, every one closed');
SELECT is_empty(
  $$ SELECT g FROM unnest(ARRAY['iu_core.composer_enabled', 'iu_core.delivery_enabled', 'iu_core.retention_enabled',
                                 'iu_core.vector_sync_enabled', 'iu_core.auto_instantiate_enabled']) g
      WHERE fn_iu_gate_enabled(g) $$,
  'fn_iu_gate_enabled reads every gate as closed at rest');
SELECT is(fn_iu_composer_enabled(), false, 'fn_iu_composer_enabled() reads the closed composer gate');
SELECT is_empty($$ SELECT key FROM v_iu_gate_status g JOIN dot_config c ON c.key = g.gate WHERE c.key NOT LIKE 'iu\_core.%\_enabled' $$,
  'v_iu_gate_status shows gates only, not other settings');

-- A missing key is closed; only the exact string 'true' opens.
SELECT is(fn_iu_gate_enabled('iu_core.no_such_gate_enabled'), false, 'a gate that does not exist reads as closed');
SELECT is(fn_iu_gate_enabled(NULL), false, 'a NULL gate name reads as closed');
SELECT is(fn_iu_gate_enabled(''), false, 'an empty gate name reads as closed');
INSERT INTO dot_config (key, value, description) VALUES
  ('probe.flag_true', 'true', 'probe: a non-gate setting reading true'),
  ('probe.flag_upper', 'TRUE', 'probe: a non-gate setting reading TRUE'),
  ('probe.flag_yes', 'yes', 'probe: a non-gate setting reading yes');
SELECT is(fn_iu_gate_enabled('probe.flag_true'), true, 'fn_iu_gate_enabled is true for a row that reads exactly true');
SELECT is(fn_iu_gate_enabled('probe.flag_upper'), false, 'TRUE in capitals does not open anything');
SELECT is(fn_iu_gate_enabled('probe.flag_yes'), false, 'yes does not open anything');

-- The gate value CHECK.
SELECT throws_ok($$ UPDATE dot_config SET value = 'yes' WHERE key = 'iu_core.composer_enabled' $$, '23514', NULL,
  'a gate refuses the value yes');
SELECT throws_ok($$ UPDATE dot_config SET value = 'TRUE' WHERE key = 'iu_core.delivery_enabled' $$, '23514', NULL,
  'a gate refuses TRUE in capitals');
SELECT throws_ok($$ UPDATE dot_config SET value = '1' WHERE key = 'iu_core.retention_enabled' $$, '23514', NULL,
  'a gate refuses 1');
SELECT throws_ok($$ UPDATE dot_config SET value = ' true' WHERE key = 'iu_core.vector_sync_enabled' $$, '23514', NULL,
  'a gate refuses true with a leading space');
SELECT throws_ok($$ UPDATE dot_config SET value = '' WHERE key = 'iu_core.auto_instantiate_enabled' $$, '23514', NULL,
  'a gate refuses the empty string');
SELECT throws_ok($$ INSERT INTO dot_config (key, value, description) VALUES ('iu_core.probe_new_enabled', 'on', 'probe gate') $$, '23514', NULL,
  'a new gate row is held to the same rule');
SELECT lives_ok($$ INSERT INTO dot_config (key, value, description) VALUES ('iu_core.probe_note', 'on', 'probe: a setting that is not a gate') $$,
  'a setting whose key is not a gate may hold any value');
SELECT throws_ok($$ INSERT INTO dot_config (key, value, description) VALUES ('Not A Key', 'false', 'probe') $$, '23514', NULL,
  'a key must be dotted snake_case');
SELECT is_empty($$ SELECT key FROM dot_config WHERE key LIKE 'iu\_core.%\_enabled' AND value <> 'false' $$,
  'the refused updates left every gate closed');

-- Opening a gate inside the transaction: seen at once, stamped, creation stamp kept.
CREATE TEMP TABLE stamp_before AS SELECT key, created_at, created_by FROM dot_config WHERE key = 'iu_core.composer_enabled';
UPDATE dot_config SET value = 'true', created_by = 'probe-mallory', created_at = now() - interval '1 year', updated_by = 'probe-mallory'
 WHERE key = 'iu_core.composer_enabled';
SELECT is(fn_iu_composer_enabled(), true, 'opening the composer gate inside the transaction is seen by fn_iu_composer_enabled()');
SELECT is(fn_iu_gate_enabled('iu_core.composer_enabled'), true, 'and by fn_iu_gate_enabled');
SELECT set_eq($$ SELECT gate FROM v_iu_gate_status WHERE enabled $$, ARRAY['iu_core.composer_enabled'],
  'v_iu_gate_status shows exactly the opened gate as enabled');
SELECT is(fn_iu_gate_enabled('iu_core.delivery_enabled'), false, 'opening one gate opens no other');
SELECT is((SELECT updated_by FROM dot_config WHERE key = 'iu_core.composer_enabled'), current_user::text,
  'the change is stamped with the role that made it, whatever the statement claimed');
SELECT is((SELECT updated_at FROM dot_config WHERE key = 'iu_core.composer_enabled'), now(),
  'the change is stamped with the transaction time');
SELECT results_eq(
  $$ SELECT created_at, created_by FROM dot_config WHERE key = 'iu_core.composer_enabled' $$,
  $$ SELECT created_at, created_by FROM stamp_before $$,
  'an update cannot rewrite when or by whom the row was created');
UPDATE dot_config SET value = 'false' WHERE key = 'iu_core.composer_enabled';
SELECT is(fn_iu_composer_enabled(), false, 'closing the gate again is seen at once');

-- An INSERT cannot claim another author or time either.
INSERT INTO dot_config (key, value, description, created_at, created_by, updated_at, updated_by)
VALUES ('probe.stamped', 'x', 'probe: a row claiming another author', now() - interval '1 year', 'probe-mallory', now() - interval '1 year', 'probe-mallory');
SELECT results_eq($$ SELECT created_at, created_by, updated_at, updated_by FROM dot_config WHERE key = 'probe.stamped' $$,
  $$ SELECT now(), current_user::text COLLATE "default", now(), current_user::text COLLATE "default" $$,
  'an inserted row is stamped with the inserting role and the transaction time, whatever it claimed');

-- Each gate is read by its own key.
UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.auto_instantiate_enabled';
SELECT is(fn_iu_gate_enabled('iu_core.auto_instantiate_enabled'), true, 'the auto-instantiate gate opens by its own key');
SELECT is(fn_iu_composer_enabled(), false, 'opening the auto-instantiate gate does not open the composer');

SELECT * FROM finish();
ROLLBACK;
