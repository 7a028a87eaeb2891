-- The governed command catalog lists every write function with its gate; every write is
-- SECURITY DEFINER with a pinned search_path and is not executable by PUBLIC.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(8);

CREATE TEMP TABLE product_functions AS
SELECT p.oid, p.proname, p.prosecdef, p.provolatile, p.proconfig, p.prorettype, p.proacl, p.proowner
  FROM pg_proc p
 WHERE p.pronamespace = 'public'::regnamespace
   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e');

SELECT set_eq(
  $$ SELECT function_sig::oid FROM dot_command_catalog $$,
  $$ SELECT oid FROM product_functions WHERE provolatile = 'v' AND prorettype <> 'trigger'::regtype AND proname NOT LIKE '\_%' $$,
  'the DOT catalog lists exactly the public write functions');
SELECT is_empty($$ SELECT command_name FROM dot_command_catalog WHERE NOT is_write $$, 'every catalog command is a write');
SELECT set_eq(
  $$ SELECT command_name, required_gate FROM dot_command_catalog WHERE required_gate IS NOT NULL $$,
  $$ VALUES ('compose', 'iu_core.composer_enabled'), ('record_vector_sync', 'iu_core.vector_sync_enabled'),
            ('deliver_outbox', 'iu_core.delivery_enabled'), ('retention_sweep', 'iu_core.retention_enabled'),
            ('auto_instantiate_from_event', 'iu_core.composer_enabled') $$,
  'gated commands name their gates');
SELECT is_empty($$ SELECT command_name FROM v_iu_dot_command_catalog WHERE required_gate IS NOT NULL AND runnable_now $$,
  'with every gate closed, no gated command is runnable');
SELECT is_empty($$ SELECT proname FROM product_functions WHERE provolatile = 'v' AND prorettype <> 'trigger'::regtype AND NOT prosecdef $$,
  'every write function is SECURITY DEFINER');
SELECT is_empty($$ SELECT proname FROM product_functions WHERE prosecdef AND NOT EXISTS (SELECT 1 FROM unnest(proconfig) s WHERE s LIKE 'search\_path=%') $$,
  'every SECURITY DEFINER function pins its search_path');
SELECT is_empty($$ SELECT proname FROM product_functions WHERE prosecdef AND NOT EXISTS (SELECT 1 FROM unnest(proconfig) s WHERE s LIKE '%pg\_temp') $$,
  'every pinned search_path puts pg_temp last');
SELECT is_empty(
  $$ SELECT proname FROM product_functions f WHERE f.provolatile = 'v'
       AND EXISTS (SELECT 1 FROM aclexplode(coalesce(f.proacl, acldefault('f', f.proowner))) a WHERE a.grantee = 0 AND a.privilege_type = 'EXECUTE') $$,
  'no write function is executable by PUBLIC');

SELECT * FROM finish();
ROLLBACK;
