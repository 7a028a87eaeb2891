-- 034: a reader reads views and writes nothing; an operator runs the governed commands and
-- toggles gates but cannot write tables or change other settings; neither owns anything;
-- a planted function or table earlier in the caller's search_path changes nothing.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(26);

SELECT ok(EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'iu_core_reader' AND NOT rolcanlogin), 'iu_core_reader exists and cannot log in');
SELECT ok(EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'iu_core_operator' AND NOT rolcanlogin), 'iu_core_operator exists and cannot log in');
SELECT is_empty($$ SELECT c.relname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname IN ('iu_core_reader', 'iu_core_operator')
                   UNION ALL SELECT p.proname FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE r.rolname IN ('iu_core_reader', 'iu_core_operator') $$,
  'neither role owns a table, view or function');

SELECT is_empty($$ SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('v', 'm')
                     AND c.relname LIKE 'v\_iu\_%'
                     AND NOT has_table_privilege('iu_core_reader', c.oid, 'SELECT') $$,
  'the reader may select from every product view');
-- 041: in a database shared with a host application, neither role may hold anything on the
-- host's relations (034 had granted SELECT on every relation of public).
SELECT is_empty($$ SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    CROSS JOIN LATERAL aclexplode(c.relacl) a
                   WHERE a.grantee IN ('iu_core_reader'::regrole, 'iu_core_operator'::regrole)
                     AND NOT (n.nspname = 'public'
                              AND (c.relname LIKE 'iu\_%' OR c.relname LIKE 'v\_iu\_%'
                                   OR c.relname IN ('dot_command_catalog', 'dot_config', 'event_outbox', 'event_route',
                                                    'event_type_registry', 'information_unit'))) $$,
  'neither IU Core role holds any privilege on a relation that is not IU Core''s');
SELECT is_empty($$ SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
                     AND has_table_privilege('iu_core_reader', c.oid, 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE') $$,
  'the reader has no privilege on any product table');
SELECT is_empty($$ SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
                     AND has_table_privilege('iu_core_operator', c.oid, 'INSERT, DELETE, TRUNCATE, REFERENCES, TRIGGER') $$,
  'the operator may not insert into, delete from or truncate any product table');
SELECT is_empty($$ SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
                     AND c.relname <> 'dot_config' AND has_table_privilege('iu_core_operator', c.oid, 'UPDATE') $$,
  'the operator may update no product table but dot_config');

SET LOCAL ROLE iu_core_reader;
SELECT lives_ok($$ SELECT * FROM v_iu_gate_status $$, 'the reader reads the gate view');
SELECT lives_ok($$ SELECT * FROM v_iu_collection_digest $$, 'the reader reads a view that calls the digest function');
SELECT throws_ok($$ UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled' $$, '42501', NULL, 'the reader cannot open a gate');
SELECT throws_ok($$ SELECT fn_iu_compose('probe:r', 'doc', 'T', NULL, '[]', 'reader') $$, '42501', NULL, 'the reader cannot call a write function');
SELECT throws_ok($$ INSERT INTO event_outbox (domain, event_type, aggregate_type, aggregate_id, created_by) VALUES ('iu', 'iu.unit.minted', 'x', gen_random_uuid(), 'r') $$, '42501', NULL, 'the reader cannot write a product table');
SELECT throws_ok($$ SELECT count(*) FROM information_unit $$, '42501', NULL, 'the reader reads views, not tables');
RESET ROLE;

SET LOCAL ROLE iu_core_operator;
UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled';
SELECT is((SELECT value FROM dot_config WHERE key = 'iu_core.composer_enabled'), 'true', 'the operator can open a gate inside its transaction');
SELECT is(fn_iu_compose('probe:operator', 'doc', 'T', NULL, '[{"role":"title","new_piece":{"canonical_address":"probe/operator/t","title":"t","body":"t","unit_kind":"doc","section_type":"title"}}]', 'operator')->>'status',
  'ok', 'the operator can compose with the gate open');
UPDATE dot_config SET value = '1' WHERE key = 'iu_core.retention_delivered_event_days';
SELECT is((SELECT value FROM dot_config WHERE key = 'iu_core.retention_delivered_event_days'), '90', 'the operator cannot change a setting that is not a gate');
SELECT throws_ok($$ UPDATE dot_config SET description = 'x' WHERE key = 'iu_core.composer_enabled' $$, '42501', NULL, 'the operator can change only a gate''s value');
SELECT throws_ok($$ DELETE FROM iu_piece_collection $$, '42501', NULL, 'the operator cannot write product tables directly');
SELECT lives_ok($$ SELECT triggered_by, count(*) FROM iu_auto_instantiate_event_log GROUP BY triggered_by $$, 'the operator can run the runbook''s observability queries');
SELECT throws_ok($$ SELECT _iu_emit_event('iu', 'iu.unit.minted', 'information_unit', gen_random_uuid(), '{}', 'operator') $$, '42501', NULL,
  'the operator cannot write events directly through the private writer');
SELECT is(fn_iu_collection_mark_as_template((SELECT id FROM iu_piece_collection WHERE collection_key = 'probe:operator'), 'op', NULL, 'operator')->>'status', 'ok',
  'the operator can mark a template (bookkeeping)');
SELECT is(fn_iu_auto_instantiate_from_event(gen_random_uuid(), 'template.published', (SELECT id FROM iu_piece_collection WHERE collection_key = 'probe:operator'),
  'operator-1', 'dry_run', 'operator')->>'status', 'ok', 'the operator can run the runbook''s dry_run recipe with the composer gate open');
SELECT is((fn_iu_auto_instantiate_rollback_by_actor('operator')->>'would_delete_log_rows')::int, 1, 'the operator can run the actor rollback''s dry run');
UPDATE dot_config SET value = 'false' WHERE key = 'iu_core.composer_enabled';
RESET ROLE;

-- A search_path hijack: a schema of the caller's, first in its path, with a gate reader
-- that always says "open" and a fake dot_config. The SECURITY DEFINER composer ignores it.
CREATE SCHEMA probe_hijack;
CREATE FUNCTION probe_hijack.fn_iu_gate_enabled(p_key text) RETURNS boolean LANGUAGE sql AS $$ SELECT true $$;
CREATE FUNCTION probe_hijack.fn_iu_composer_enabled() RETURNS boolean LANGUAGE sql AS $$ SELECT true $$;
CREATE TABLE probe_hijack.dot_config (key text, value text);
INSERT INTO probe_hijack.dot_config VALUES ('iu_core.composer_enabled', 'true');
SET LOCAL search_path = probe_hijack, public;
SELECT is(fn_iu_compose('probe:hijack', 'doc', 'T', NULL, '[{"role":"title","new_piece":{"canonical_address":"probe/hijack/t","title":"t","body":"t","unit_kind":"doc","section_type":"title"}}]', 'hijacker')->>'status',
  'composer_gate_closed', 'planted functions and tables earlier in the search_path do not open the gate');
SELECT is(public.fn_iu_gate_enabled('iu_core.composer_enabled'), false, 'the real gate reader still reads the real, closed gate');
RESET search_path;

SELECT * FROM finish();
ROLLBACK;
