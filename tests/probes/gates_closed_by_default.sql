-- Every gate of the product exists and reads 'false' at rest; a gate can only be 'true' or
-- 'false'; a missing gate reads as closed; opening one is stamped with who and when.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(12);

SELECT set_eq(
  $$ SELECT key FROM dot_config WHERE key LIKE 'iu\_core.%\_enabled' $$,
  ARRAY['iu_core.composer_enabled', 'iu_core.delivery_enabled', 'iu_core.retention_enabled',
        'iu_core.vector_sync_enabled', 'iu_core.auto_instantiate_enabled'],
  'the product has exactly five gates: composer, delivery, retention, vector sync, auto-instantiate');
SELECT is_empty(
  $$ SELECT key FROM dot_config WHERE key LIKE 'iu\_core.%\_enabled' AND value <> 'false' $$,
  'every gate reads false at rest');
SELECT is((SELECT bool_or(enabled) FROM v_iu_gate_status), false, 'v_iu_gate_status shows every gate closed');
SELECT is(fn_iu_composer_enabled(), false, 'fn_iu_composer_enabled() reads the closed composer gate');
SELECT is(fn_iu_gate_enabled('iu_core.no_such_gate_enabled'), false, 'a gate that does not exist reads as closed');
SELECT is(fn_iu_gate_enabled(NULL), false, 'a NULL gate name reads as closed');
SELECT throws_ok(
  $$ UPDATE dot_config SET value = 'yes' WHERE key = 'iu_core.composer_enabled' $$,
  '23514', NULL,
  'a gate refuses any value but true or false');
SELECT throws_ok(
  $$ INSERT INTO dot_config (key, value, description) VALUES ('iu_core.sneaky_enabled', 'TRUE', 'x') $$,
  '23514', NULL,
  'a new gate is held to the same rule');

UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled';
SELECT is(fn_iu_composer_enabled(), true, 'opening the gate inside the transaction is seen by the reader function');
SELECT is((SELECT updated_by FROM dot_config WHERE key = 'iu_core.composer_enabled'), current_user::text,
  'the change is stamped with the role that made it');
SELECT ok((SELECT updated_at FROM dot_config WHERE key = 'iu_core.composer_enabled') = now(),
  'the change is stamped with the transaction time');
SELECT is((SELECT created_by FROM dot_config WHERE key = 'iu_core.composer_enabled'),
          (SELECT created_by FROM dot_config WHERE key = 'iu_core.delivery_enabled'),
  'an update cannot rewrite who created the row');

SELECT * FROM finish();
ROLLBACK;
