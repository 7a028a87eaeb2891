-- The function rules of docs/sql-conventions.md, read from pg_proc: every write function is
-- SECURITY DEFINER with search_path pinned to pg_catalog, public, pg_temp; no VOLATILE
-- function (writes, triggers, the private event writer) is executable by PUBLIC; read
-- functions are STABLE or IMMUTABLE. Then the same, observed: a role with no grants cannot
-- run a write function but can read a gate through the SECURITY DEFINER reader.
-- IU Core's own functions only (fn_iu_*, _iu_*): in a host application's database the
-- host's functions in public are not ours to judge (issue 14; `iu-core conformance --all`
-- audits them).
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(37);

CREATE TEMP TABLE product_functions AS
SELECT p.oid, p.oid::regprocedure::text AS sig, p.proname, p.prosecdef, p.provolatile, p.proconfig, p.prorettype, p.proacl, p.proowner
  FROM pg_proc p
 WHERE p.pronamespace = 'public'::regnamespace
   AND (p.proname LIKE 'fn\_iu\_%' OR p.proname LIKE '\_iu\_%')
   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e');

-- The documented signatures exist.
SELECT has_function('fn_iu_gate_enabled', ARRAY['text'], 'fn_iu_gate_enabled(text) exists');
SELECT has_function('fn_iu_composer_enabled', ARRAY[]::text[], 'fn_iu_composer_enabled() exists');
SELECT has_function('fn_iu_piece_graph_digest', ARRAY['text[]', 'uuid[]'], 'fn_iu_piece_graph_digest(text[], uuid[]) exists');
SELECT has_function('fn_iu_manifest_digest', ARRAY['uuid'], 'fn_iu_manifest_digest(uuid) exists');
SELECT has_function('fn_iu_collection_active_pieces', ARRAY['uuid'], 'fn_iu_collection_active_pieces(uuid) exists');
SELECT has_function('fn_iu_compose', ARRAY['text', 'text', 'text', 'text', 'jsonb', 'text'], 'fn_iu_compose(text, text, text, text, jsonb, text) exists');
SELECT has_function('fn_iu_set_lifecycle_status', ARRAY['uuid', 'text', 'text', 'text'], 'fn_iu_set_lifecycle_status(uuid, text, text, text) exists');
SELECT has_function('fn_iu_record_vector_sync', ARRAY['uuid', 'text', 'text', 'text'], 'fn_iu_record_vector_sync(uuid, text, text, text) exists');
SELECT has_function('fn_iu_deliver_outbox', ARRAY['text', 'integer'], 'fn_iu_deliver_outbox(text, integer) exists');
SELECT has_function('fn_iu_compensate_composition', ARRAY['uuid', 'text', 'boolean'], 'fn_iu_compensate_composition(uuid, text, boolean) exists');
SELECT has_function('fn_iu_retention_sweep', ARRAY['text', 'boolean', 'integer'], 'fn_iu_retention_sweep(text, boolean, integer) exists');
SELECT has_function('fn_iu_collection_mark_as_template', ARRAY['uuid', 'text', 'text', 'text'], 'fn_iu_collection_mark_as_template(uuid, text, text, text) exists');
SELECT has_function('fn_iu_collection_record_template_instance', ARRAY['uuid', 'uuid', 'text', 'text'], 'fn_iu_collection_record_template_instance(uuid, uuid, text, text) exists');
SELECT has_function('fn_iu_collection_register_template_version', ARRAY['uuid', 'text', 'text', 'integer', 'uuid', 'text'],
  'fn_iu_collection_register_template_version(uuid, text, text, integer, uuid, text) exists');
SELECT has_function('fn_iu_auto_instantiate_from_event', ARRAY['uuid', 'text', 'uuid', 'text', 'text', 'text', 'text'],
  'fn_iu_auto_instantiate_from_event(uuid, text, uuid, text, text, text, text) exists');
SELECT has_function('fn_iu_auto_instantiate_rollback_by_actor', ARRAY['text', 'boolean'], 'fn_iu_auto_instantiate_rollback_by_actor(text, boolean) exists');

-- The rules, from the catalog.
SELECT is_empty($$ SELECT sig FROM product_functions WHERE provolatile = 'v' AND prorettype <> 'trigger'::regtype AND NOT prosecdef $$,
  'every write (VOLATILE, non-trigger) function is SECURITY DEFINER');
SELECT is_empty($$ SELECT sig FROM product_functions WHERE prosecdef
                     AND (SELECT array_agg(s) FROM unnest(proconfig) s WHERE s LIKE 'search\_path=%') IS DISTINCT FROM ARRAY['search_path=pg_catalog, public, pg_temp'] $$,
  'every SECURITY DEFINER function pins search_path to exactly pg_catalog, public, pg_temp');
SELECT set_eq($$ SELECT sig, s FROM product_functions, unnest(proconfig) s WHERE s NOT LIKE 'search\_path=%' $$,
  $$ VALUES ('fn_iu_manifest_digest(uuid)', 'enable_seqscan=off'), ('fn_iu_collection_active_pieces(uuid)', 'enable_seqscan=off'),
            ('fn_iu_manifest_digest(uuid)', 'enable_bitmapscan=off'), ('fn_iu_collection_active_pieces(uuid)', 'enable_bitmapscan=off'),
            ('fn_iu_compose(text,text,text,text,jsonb,text)', 'enable_seqscan=off'),
            ('fn_iu_auto_instantiate_from_event(uuid,text,uuid,text,text,text,text)', 'enable_seqscan=off'),
            ('fn_iu_collection_record_template_instance(uuid,uuid,text,text)', 'enable_seqscan=off'),
            ('fn_iu_auto_instantiate_bulk(uuid[],text,uuid,text[],text,text,text)', 'enable_seqscan=off') $$,
  'the only other settings any function pins are enable_seqscan=off (the active-pieces lookups, since 038 the per-call path, since 042 the bulk lookups) and enable_bitmapscan=off (the lookups)');
SELECT is_empty($$ SELECT sig FROM product_functions WHERE NOT EXISTS (SELECT 1 FROM unnest(proconfig) s WHERE s = 'search_path=pg_catalog, public, pg_temp') $$,
  'every product function, triggers and readers included, pins the same search_path');
SELECT is_empty($$ SELECT sig FROM product_functions f WHERE f.provolatile = 'v'
                     AND EXISTS (SELECT 1 FROM aclexplode(coalesce(f.proacl, acldefault('f', f.proowner))) a WHERE a.grantee = 0 AND a.privilege_type = 'EXECUTE') $$,
  'no VOLATILE function is executable by PUBLIC');
SELECT set_eq($$ SELECT sig FROM product_functions WHERE prorettype = 'trigger'::regtype $$,
  ARRAY['_iu_dot_config_stamp()', '_iu_unit_content_digest()', '_iu_unit_lifecycle_log()', '_iu_lifecycle_log_append_only()',
        '_iu_dot_config_gates_closed_at_commit()'],
  'the five trigger functions are private _iu_ ones (and so fall under the PUBLIC rule above)');
SELECT set_eq($$ SELECT proname FROM product_functions WHERE provolatile <> 'v' $$,
  ARRAY['fn_iu_gate_enabled', 'fn_iu_composer_enabled', 'fn_iu_piece_graph_digest', 'fn_iu_manifest_digest', 'fn_iu_collection_active_pieces'],
  'the only non-VOLATILE functions are the five readers');
SELECT is((SELECT prosecdef FROM product_functions WHERE proname = 'fn_iu_collection_active_pieces'), false,
  'fn_iu_collection_active_pieces runs with the caller''s rights');
SELECT is((SELECT provolatile::text FROM product_functions WHERE proname = 'fn_iu_piece_graph_digest'), 'i', 'fn_iu_piece_graph_digest is IMMUTABLE');
SELECT is_empty($$ SELECT sig FROM product_functions WHERE proname LIKE 'fn\_iu\_%' AND provolatile = 'v' AND prorettype <> 'jsonb'::regtype $$,
  'every public write function returns jsonb');

-- Observed with a role that has no grant at all.
CREATE ROLE probe_nobody NOLOGIN;
SELECT is_empty($$ SELECT sig FROM product_functions WHERE provolatile = 'v' AND has_function_privilege('probe_nobody', oid, 'EXECUTE') $$,
  'a role with no grants may execute no write, trigger or private function');
SELECT set_eq($$ SELECT sig FROM product_functions WHERE provolatile <> 'v' AND has_function_privilege('probe_nobody', oid, 'EXECUTE') $$,
  ARRAY['fn_iu_piece_graph_digest(text[],uuid[])', 'fn_iu_collection_active_pieces(uuid)'],
  'of the read functions only the pure digest and the caller-rights pieces lookup stay executable by everyone');
SELECT is_empty($$ SELECT sig FROM product_functions WHERE prosecdef
                     AND EXISTS (SELECT 1 FROM aclexplode(coalesce(proacl, acldefault('f', proowner))) a WHERE a.grantee = 0 AND a.privilege_type = 'EXECUTE') $$,
  'no SECURITY DEFINER function, reader or writer, is executable by PUBLIC');
SELECT is_empty($$ SELECT sig FROM product_functions WHERE sig IN ('fn_iu_gate_enabled(text)', 'fn_iu_manifest_digest(uuid)', 'fn_iu_composer_enabled()')
                     AND NOT (has_function_privilege('iu_core_reader', oid, 'EXECUTE') AND has_function_privilege('iu_core_operator', oid, 'EXECUTE')) $$,
  'the gate and digest readers are executable by iu_core_reader and iu_core_operator');
SET LOCAL ROLE probe_nobody;
SELECT throws_ok($$ SELECT fn_iu_compose('probe:nobody', 'doc', 'T', NULL, '[]', 'nobody') $$, '42501', NULL,
  'calling fn_iu_compose without a grant is refused with insufficient_privilege');
SELECT throws_ok($$ SELECT _iu_emit_event('iu', 'iu.unit.minted', 'information_unit', gen_random_uuid(), '{}', 'nobody') $$, '42501', NULL,
  'calling the private event writer without a grant is refused');
SELECT throws_ok($$ SELECT value FROM dot_config $$, '42501', NULL, 'the role cannot read dot_config directly');
SELECT throws_ok($$ SELECT fn_iu_gate_enabled('iu_core.composer_enabled') $$, '42501', NULL,
  'nor may it call the gate reader, which reads dot_config with its owner''s rights');
RESET ROLE;
SET LOCAL ROLE iu_core_reader;
SELECT throws_ok($$ SELECT value FROM dot_config $$, '42501', NULL, 'the reader role cannot read dot_config directly either');
SELECT is(fn_iu_gate_enabled('iu_core.composer_enabled'), false, 'yet it reads the gate through the SECURITY DEFINER reader');
SELECT is((SELECT count(*)::int FROM v_iu_dot_command_catalog WHERE runnable_now IS NOT NULL), (SELECT count(*)::int FROM v_iu_dot_command_catalog),
  'and reads v_iu_dot_command_catalog, whose runnable_now calls the gate reader');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
