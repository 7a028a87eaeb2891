-- 012 (+031, 032, 034): dot_command_catalog lists every write function an operator may run,
-- exactly the public write functions, each with the gate it needs (NULL for bookkeeping and
-- undo); every function_sig resolves to a live function; v_iu_dot_command_catalog says
-- what is runnable now; a gated command really answers <gate>_gate_closed while its gate is
-- closed; the operator role may execute exactly the catalog. IU Core's own functions
-- (fn_iu_*, _iu_*) only: a host application's functions in public are not ours (issue 14).
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(26);

CREATE TEMP TABLE expected (command_name text, sig regprocedure, required_gate text);
INSERT INTO expected VALUES
  ('compose',                            'fn_iu_compose(text,text,text,text,jsonb,text)',                                  'iu_core.composer_enabled'),
  ('set_lifecycle_status',               'fn_iu_set_lifecycle_status(uuid,text,text,text)',                                NULL),
  ('record_vector_sync',                 'fn_iu_record_vector_sync(uuid,text,text,text)',                                  'iu_core.vector_sync_enabled'),
  ('deliver_outbox',                     'fn_iu_deliver_outbox(text,integer)',                                             'iu_core.delivery_enabled'),
  ('compensate_composition',             'fn_iu_compensate_composition(uuid,text,boolean)',                                NULL),
  ('retention_sweep',                    'fn_iu_retention_sweep(text,boolean,integer)',                                    'iu_core.retention_enabled'),
  ('mark_as_template',                   'fn_iu_collection_mark_as_template(uuid,text,text,text)',                         NULL),
  ('record_template_instance',           'fn_iu_collection_record_template_instance(uuid,uuid,text,text)',                 NULL),
  ('register_template_version',          'fn_iu_collection_register_template_version(uuid,text,text,integer,uuid,text)',   NULL),
  ('auto_instantiate_from_event',        'fn_iu_auto_instantiate_from_event(uuid,text,uuid,text,text,text,text)',          'iu_core.composer_enabled'),
  ('auto_instantiate_bulk',              'fn_iu_auto_instantiate_bulk(uuid[],text,uuid,text[],text,text,text)',            'iu_core.composer_enabled'),
  ('auto_instantiate_rollback_by_actor', 'fn_iu_auto_instantiate_rollback_by_actor(text,boolean)',                         NULL);

SELECT has_table('dot_command_catalog', 'the DOT catalog table exists');
SELECT has_view('v_iu_dot_command_catalog', 'the DOT catalog view exists');
SELECT set_eq($$ SELECT command_name, function_sig::oid AS fn, required_gate FROM dot_command_catalog $$,
  $$ SELECT command_name, sig::oid, required_gate FROM expected $$,
  'the catalog holds the twelve governed commands, each with its function and its gate');
SELECT set_eq($$ SELECT function_sig::oid FROM dot_command_catalog $$,
  $$ SELECT p.oid FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace AND p.provolatile = 'v'
       AND p.prorettype <> 'trigger'::regtype AND p.proname LIKE 'fn\_iu\_%'
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e') $$,
  'the catalog lists exactly IU Core''s public write functions (fn_iu_*): none missing, none extra');
SELECT is_empty($$ SELECT command_name FROM dot_command_catalog k WHERE NOT EXISTS (SELECT 1 FROM pg_proc p WHERE p.oid = k.function_sig) $$,
  'every function_sig resolves to a function that exists');
SELECT is_empty($$ SELECT command_name FROM v_iu_dot_command_catalog v JOIN dot_command_catalog k USING (command_name)
                   WHERE to_regprocedure(v.function_signature) IS DISTINCT FROM k.function_sig $$,
  'every signature the view shows resolves back to the same function');
SELECT is_empty($$ SELECT command_name FROM dot_command_catalog WHERE required_gate IS NOT NULL
                     AND required_gate NOT IN (SELECT gate FROM v_iu_gate_status) $$,
  'every required gate is a gate row of dot_config');
SELECT is_empty($$ SELECT command_name FROM dot_command_catalog WHERE NOT is_write $$, 'every catalog command is a write');
SELECT is_empty($$ SELECT k.command_name FROM dot_command_catalog k JOIN pg_proc p ON p.oid = k.function_sig
                   WHERE p.prorettype <> 'jsonb'::regtype OR NOT ('p_actor' = ANY (p.proargnames)) OR NOT p.prosecdef $$,
  'every catalog command is SECURITY DEFINER, takes p_actor and returns jsonb');
SELECT matches((SELECT description FROM dot_command_catalog WHERE command_name = 'auto_instantiate_from_event'), 'iu_core\.auto_instantiate_enabled',
  'the orchestrator''s entry names its second gate, iu_core.auto_instantiate_enabled, which live mode also needs');

-- Runnable now.
SELECT set_eq($$ SELECT command_name, runnable_now FROM v_iu_dot_command_catalog $$,
  $$ SELECT command_name, required_gate IS NULL FROM expected $$,
  'with every gate closed exactly the ungated bookkeeping and undo commands are runnable');
UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled';
SELECT set_eq($$ SELECT command_name FROM v_iu_dot_command_catalog WHERE runnable_now AND required_gate IS NOT NULL $$,
  ARRAY['compose', 'auto_instantiate_from_event', 'auto_instantiate_bulk'], 'opening the composer gate makes exactly the three composer commands runnable');
UPDATE dot_config SET value = 'false' WHERE key = 'iu_core.composer_enabled';

-- The gates the catalog names are the gates the functions check.
SELECT is(fn_iu_compose('probe:catalog', 'doc', 'T', NULL,
  '[{"role":"a","new_piece":{"canonical_address":"probe/catalog/a","title":"a","body":"a","unit_kind":"doc","section_type":"s"}}]', 'probe')->>'status',
  'composer_gate_closed', 'compose answers composer_gate_closed while the gate the catalog names is closed');
SELECT is(fn_iu_record_vector_sync('00000000-0000-4000-8000-0000000000aa', 'qdrant', repeat('a', 64), 'probe')->>'status',
  'vector_sync_gate_closed', 'record_vector_sync answers vector_sync_gate_closed while its gate is closed');
SELECT is(fn_iu_deliver_outbox('probe')->>'status', 'delivery_gate_closed', 'deliver_outbox answers delivery_gate_closed while its gate is closed');
SELECT is(fn_iu_retention_sweep('probe', false)->>'status', 'retention_gate_closed', 'retention_sweep answers retention_gate_closed while its gate is closed');
SELECT is(fn_iu_auto_instantiate_from_event(gen_random_uuid(), 'probe.event', '00000000-0000-4000-8000-0000000000aa', 's', 'dry_run', 'probe')->>'status',
  'composer_gate_closed', 'auto_instantiate_from_event answers composer_gate_closed while the composer gate is closed');
SELECT is(fn_iu_compensate_composition('00000000-0000-4000-8000-0000000000aa', 'probe')->>'status', 'collection_not_found',
  'compensate_composition, ungated, runs with every gate closed');

-- The catalog's own guards.
SELECT throws_ok($$ INSERT INTO dot_command_catalog (command_name, function_sig, required_gate, is_write, description)
                    VALUES ('probe_ghost', 'fn_iu_no_such_function(text)', NULL, true, 'probe') $$,
  '42883', NULL, 'a signature that does not resolve is refused');
SELECT throws_ok($$ INSERT INTO dot_command_catalog (command_name, function_sig, required_gate, is_write, description)
                    VALUES ('probe_bad_gate', 'fn_iu_manifest_digest(uuid)', 'iu_core.retention_delivered_event_days', false, 'probe') $$,
  '23514', NULL, 'a required gate that is not a gate key is refused');
SELECT throws_ok($$ INSERT INTO dot_command_catalog (command_name, function_sig, required_gate, is_write, description)
                    VALUES ('probe_missing_gate', 'fn_iu_manifest_digest(uuid)', 'iu_core.no_such_enabled', false, 'probe') $$,
  '23503', NULL, 'a required gate that does not exist in dot_config is refused');
SELECT throws_ok($$ INSERT INTO dot_command_catalog (command_name, function_sig, required_gate, is_write, description)
                    VALUES ('compose_again', 'fn_iu_compose(text,text,text,text,jsonb,text)', NULL, true, 'probe') $$,
  '23505', NULL, 'a function can be listed only once');
SELECT throws_ok($$ INSERT INTO dot_command_catalog (command_name, function_sig, required_gate, is_write, description)
                    VALUES ('Probe Command', 'fn_iu_manifest_digest(uuid)', NULL, false, 'probe') $$,
  '23514', NULL, 'a command name must be snake_case');

-- 034: grants follow the catalog.
SELECT is_empty($$ SELECT command_name FROM dot_command_catalog WHERE NOT has_function_privilege('iu_core_operator', function_sig, 'EXECUTE') $$,
  'the operator role may execute every catalog command');
SELECT is_empty($$ SELECT p.oid::regprocedure FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace AND p.provolatile = 'v'
                     AND (p.proname LIKE 'fn\_iu\_%' OR p.proname LIKE '\_iu\_%')
                     AND p.oid NOT IN (SELECT function_sig FROM dot_command_catalog)
                     AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
                     AND has_function_privilege('iu_core_operator', p.oid, 'EXECUTE') $$,
  'the operator role may execute no other IU Core write or trigger function, _iu_emit_event included');
SELECT is_empty($$ SELECT command_name FROM dot_command_catalog WHERE has_function_privilege('iu_core_reader', function_sig, 'EXECUTE') $$,
  'the reader role may execute no catalog command');

SELECT * FROM finish();
ROLLBACK;
