-- 034_least_privilege_roles.sql
-- Adds:     least privilege. The cluster roles iu_core_reader and iu_core_operator (NOLOGIN,
--           created only where absent, so applying this on a cluster that has them is safe),
--           and in this database:
--             iu_core_reader   SELECT on every product view;
--             iu_core_operator everything the reader has, SELECT on the product tables (the
--                              runbook reads them to find ids), UPDATE (value) on the gate
--                              rows of dot_config only (row-level security), and EXECUTE on
--                              every command in dot_command_catalog.
--           The orchestrator and the actor rollback of 033 join the DOT catalog here (the
--           seeds' carry-forward), so operators can run the runbook's recipes. Objects stay
--           owned by the migrating role: neither role owns anything.
-- Requires: 001 (dot_config), 012 (DOT catalog), 033 (the orchestrator).
-- Rollback: refuses nothing (no table). Revokes what this migration granted here, and drops
--           a role only when nothing else in the cluster (another database's grants, a
--           member role) still depends on it.
-- Delta:    table 0, view 0, function 0, trigger 0, config 0, event_type 0, route 0

DO $roles$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'iu_core_reader') THEN
    CREATE ROLE iu_core_reader NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'iu_core_operator') THEN
    CREATE ROLE iu_core_operator NOLOGIN;
  END IF;
  IF NOT pg_has_role('iu_core_operator', 'iu_core_reader', 'MEMBER') THEN
    GRANT iu_core_reader TO iu_core_operator;
  END IF;
END
$roles$;

COMMENT ON ROLE iu_core_reader IS 'IU Core: reads the product views; writes nothing.';
COMMENT ON ROLE iu_core_operator IS 'IU Core: runs the governed operator commands (dot_command_catalog) and toggles gates.';

INSERT INTO dot_command_catalog (command_name, function_sig, required_gate, is_write, description) VALUES
  ('auto_instantiate_from_event', 'fn_iu_auto_instantiate_from_event(uuid,text,uuid,text,text,text,text)'::regprocedure,
   'iu_core.composer_enabled', true, 'Compose an instance of a template for an event (live mode also needs iu_core.auto_instantiate_enabled).'),
  ('auto_instantiate_rollback_by_actor', 'fn_iu_auto_instantiate_rollback_by_actor(text,boolean)'::regprocedure,
   NULL, true, 'Remove everything one actor auto-instantiated (dry run by default).');

-- Grants follow the catalog: every product view to the reader, every product table (read
-- only) and every governed command to the operator. Names come from the catalog and are
-- quoted with format('%I'); a signature from regprocedure output is already quoted.
DO $grants$
DECLARE
  r record;
BEGIN
  FOR r IN SELECT c.relname FROM pg_class c
            WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('v', 'm')
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
  LOOP
    EXECUTE format('GRANT SELECT ON public.%I TO iu_core_reader', r.relname);
  END LOOP;
  FOR r IN SELECT c.relname FROM pg_class c
            WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
  LOOP
    EXECUTE format('GRANT SELECT ON public.%I TO iu_core_operator', r.relname);
  END LOOP;
  FOR r IN SELECT k.function_sig FROM dot_command_catalog k LOOP
    EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO iu_core_operator', r.function_sig);
  END LOOP;
END
$grants$;

-- Gates: operators may change the value of gate rows and nothing else.
GRANT UPDATE (value) ON dot_config TO iu_core_operator;
ALTER TABLE dot_config ENABLE ROW LEVEL SECURITY;
CREATE POLICY dot_config_visible ON dot_config FOR SELECT TO iu_core_operator USING (true);
CREATE POLICY dot_config_operator_toggles_gates ON dot_config FOR UPDATE TO iu_core_operator
  USING (key LIKE 'iu\_core.%\_enabled') WITH CHECK (key LIKE 'iu\_core.%\_enabled');
