-- Rollback of 036_security_definer_hardening: gives EXECUTE on fn_iu_gate_enabled,
-- fn_iu_manifest_digest and fn_iu_composer_enabled back to PUBLIC (and takes the role grants
-- 036 made), gives CREATE on schema public back to PUBLIC only if the config row says PUBLIC
-- had it before 036, and removes that row.
-- It does NOT reinstate 035's body of fn_iu_auto_instantiate_bulk: that body let a caller's
-- temp table run code as the function's owner. 036's body behaves exactly as 035's, so
-- leaving it keeps 035's contract without the hole; 035's own rollback drops the function.
-- Refuses, forced or not, while a later migration is still applied: roll back newest first.
-- There is no data to refuse over. One DO block: a refusal changes nothing.
DO $rollback$
DECLARE
  v_later text;
  v_role  text;
BEGIN
  -- Out of order while a later migration is applied: the ledger lists one or, under plain
  -- psql, 037's objects exist. It builds on this one, so the force setting does not apply.
  IF to_regclass('iu_core_meta.migration_ledger') IS NOT NULL THEN
    SELECT max(l.version) INTO v_later FROM iu_core_meta.migration_ledger l WHERE l.version > '036'
       AND coalesce(to_jsonb(l) ->> 'project', 'iu-core') = 'iu-core';
  END IF;
  IF v_later IS NULL AND EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = 'public.dot_config'::regclass AND t.tgname = 'dot_config_gates_closed_at_commit') THEN
    v_later := '037';
  END IF;
  IF v_later IS NOT NULL THEN
    RAISE EXCEPTION 'REFUSED: rollback 036 is out of order: migration % is still applied', v_later
      USING ERRCODE = 'object_not_in_prerequisite_state',
            HINT = 'Roll back the later migrations first, newest first; the force setting does not apply to this.';
  END IF;
  IF EXISTS (SELECT 1 FROM dot_config c WHERE c.key = 'iu_core.schema_public_create_was_public' AND c.value = 'true') THEN
    GRANT CREATE ON SCHEMA public TO PUBLIC;
  END IF;
  DELETE FROM dot_config WHERE key = 'iu_core.schema_public_create_was_public';
  FOREACH v_role IN ARRAY ARRAY['iu_core_reader', 'iu_core_operator'] LOOP
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_role) THEN
      EXECUTE format('REVOKE EXECUTE ON FUNCTION fn_iu_gate_enabled(text), fn_iu_manifest_digest(uuid), fn_iu_composer_enabled() FROM %I', v_role);
    END IF;
  END LOOP;
  GRANT EXECUTE ON FUNCTION fn_iu_gate_enabled(text), fn_iu_manifest_digest(uuid), fn_iu_composer_enabled() TO PUBLIC;
END
$rollback$;
