-- Rollback of 034_least_privilege_roles: revokes what 034 granted in this database, removes
-- its row-level security and its two catalog entries, then drops each role only when
-- nothing else in the cluster depends on it: no grant or ownership in any database
-- (pg_shdepend) and no member role (pg_auth_members). A role that is kept is named in a
-- NOTICE. No table is dropped, so there is no data to refuse over. One DO block.
-- Refuses, forced or not, while a later migration is still applied: roll back newest first.
DO $rollback$
DECLARE
  v_later text;
  r      record;
  v_role text;
  v_deps bigint;
BEGIN
  -- Out of order while a later migration is applied: the ledger lists one or, under plain
  -- psql, 035's objects exist. It builds on this one, so the force setting does not apply.
  IF to_regclass('iu_core_meta.migration_ledger') IS NOT NULL THEN
    SELECT max(l.version) INTO v_later FROM iu_core_meta.migration_ledger l WHERE l.version > '034'
       AND coalesce(to_jsonb(l) ->> 'project', 'iu-core') = 'iu-core';
  END IF;
  IF v_later IS NULL AND to_regprocedure('public.fn_iu_auto_instantiate_bulk(uuid[],text,uuid,text[],text,text,text)') IS NOT NULL THEN
    v_later := '035';
  END IF;
  IF v_later IS NOT NULL THEN
    RAISE EXCEPTION 'REFUSED: rollback 034 is out of order: migration % is still applied', v_later
      USING ERRCODE = 'object_not_in_prerequisite_state',
            HINT = 'Roll back the later migrations first, newest first; the force setting does not apply to this.';
  END IF;
  DROP POLICY dot_config_operator_toggles_gates ON dot_config;
  DROP POLICY dot_config_visible ON dot_config;
  ALTER TABLE dot_config DISABLE ROW LEVEL SECURITY;
  REVOKE UPDATE (value) ON dot_config FROM iu_core_operator;

  -- Only commands whose function still exists: a function dropped by hand took its grants with it.
  FOR r IN SELECT k.function_sig FROM dot_command_catalog k WHERE EXISTS (SELECT 1 FROM pg_proc p WHERE p.oid = k.function_sig) LOOP
    EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM iu_core_operator', r.function_sig);
  END LOOP;
  FOR r IN SELECT c.relname, c.relkind FROM pg_class c
            WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm')
  LOOP
    EXECUTE format('REVOKE ALL ON public.%I FROM iu_core_operator, iu_core_reader', r.relname);
  END LOOP;
  DELETE FROM dot_command_catalog WHERE command_name IN ('auto_instantiate_from_event', 'auto_instantiate_rollback_by_actor');

  -- The operator's membership in the reader role is 034's own; it goes first.
  IF pg_has_role('iu_core_operator', 'iu_core_reader', 'MEMBER') THEN
    REVOKE iu_core_reader FROM iu_core_operator;
  END IF;
  FOREACH v_role IN ARRAY ARRAY['iu_core_operator', 'iu_core_reader'] LOOP
    SELECT (SELECT count(*) FROM pg_shdepend d
             WHERE d.refclassid = 'pg_authid'::regclass AND d.refobjid = a.oid)
         + (SELECT count(*) FROM pg_auth_members m WHERE m.roleid = a.oid OR m.member = a.oid)
      INTO v_deps
      FROM pg_roles a WHERE a.rolname = v_role;
    IF v_deps = 0 THEN
      EXECUTE format('DROP ROLE %I', v_role);
    ELSIF v_deps > 0 THEN
      RAISE NOTICE 'kept role %: % grant(s), ownership(s) or membership(s) elsewhere in the cluster still depend on it', v_role, v_deps;
    END IF;
  END LOOP;
END
$rollback$;
