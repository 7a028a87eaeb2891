-- 036: the SECURITY DEFINER readers are granted to the roles that need them, not to PUBLIC,
-- and nobody but its owner may create in schema public, which every SECURITY DEFINER body
-- resolves its names through; the state before 036 is recorded for its rollback.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(9);

CREATE TEMP TABLE readers (sig text) ;
INSERT INTO readers VALUES ('fn_iu_gate_enabled(text)'), ('fn_iu_manifest_digest(uuid)'), ('fn_iu_composer_enabled()');

SELECT is_empty($$ SELECT r.sig FROM readers r, pg_proc p, aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
                    WHERE p.oid = r.sig::regprocedure AND a.grantee = 0 AND a.privilege_type = 'EXECUTE' $$,
  'PUBLIC may execute none of fn_iu_gate_enabled, fn_iu_manifest_digest and fn_iu_composer_enabled');
SELECT is_empty($$ SELECT r.sig FROM readers r WHERE NOT has_function_privilege('iu_core_reader', r.sig, 'EXECUTE') $$,
  'iu_core_reader may execute all three');
SELECT is_empty($$ SELECT r.sig FROM readers r WHERE NOT has_function_privilege('iu_core_operator', r.sig, 'EXECUTE') $$,
  'iu_core_operator may execute all three');
SELECT is_empty($$ SELECT 1 FROM pg_namespace n, aclexplode(coalesce(n.nspacl, acldefault('n', n.nspowner))) a
                    WHERE n.nspname = 'public' AND a.grantee = 0 AND a.privilege_type = 'CREATE' $$,
  'PUBLIC may not CREATE in schema public');
SELECT ok(NOT has_schema_privilege('iu_core_operator', 'public', 'CREATE') AND NOT has_schema_privilege('iu_core_reader', 'public', 'CREATE'),
  'neither product role may CREATE in schema public');
SELECT ok((SELECT value IN ('true', 'false') FROM dot_config WHERE key = 'iu_core.schema_public_create_was_public'),
  'whether PUBLIC could CREATE there before 036 is recorded as true or false, for the rollback');

-- Observed: the reader role reads the views that call the readers; a role with no grant
-- cannot call a reader nor create a function in public.
CREATE ROLE probe_outsider NOLOGIN;
SET LOCAL ROLE iu_core_reader;
SELECT lives_ok($$ SELECT count(*) FROM v_iu_collection_digest $$, 'iu_core_reader reads v_iu_collection_digest, which calls fn_iu_manifest_digest');
RESET ROLE;
SET LOCAL ROLE probe_outsider;
SELECT throws_ok($$ SELECT fn_iu_manifest_digest(gen_random_uuid()) $$, '42501', NULL, 'a role with no grant cannot call fn_iu_manifest_digest');
SELECT throws_ok($$ CREATE FUNCTION public.fn_iu_gate_enabled(p_key varchar) RETURNS boolean LANGUAGE sql AS 'SELECT true' $$, '42501', NULL,
  'nor plant a function in schema public');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
