-- Rollback of 041_roles_read_product_objects_only: removes its mark, the comment on 034's
-- gate policy.
-- It does not grant the host's relations back to iu_core_reader / iu_core_operator: that was
-- the hole 041 closed (the operator reading a host application's tables), and a rollback
-- must not reopen it. No table, so no data to refuse over.
-- Refuses, forced or not, while a later migration is still applied: roll back newest first.
DO $rollback$
DECLARE
  v_later text;
BEGIN
  -- Out of order while a later migration is applied: the ledger lists one or, under plain
  -- psql, 042's body of fn_iu_auto_instantiate_bulk (it names itself) is in place. The force
  -- setting does not apply.
  IF to_regclass('iu_core_meta.migration_ledger') IS NOT NULL THEN
    SELECT max(l.version) INTO v_later FROM iu_core_meta.migration_ledger l WHERE l.version > '041'
       AND coalesce(to_jsonb(l) ->> 'project', 'iu-core') = 'iu-core';
  END IF;
  IF v_later IS NULL AND EXISTS (SELECT 1 FROM pg_proc p
                                  WHERE p.oid = to_regprocedure('public.fn_iu_auto_instantiate_bulk(uuid[],text,uuid,text[],text,text,text)')
                                    AND strpos(p.prosrc, 'lookups per item (042)') > 0) THEN
    v_later := '042';
  END IF;
  IF v_later IS NOT NULL THEN
    RAISE EXCEPTION 'REFUSED: rollback 041 is out of order: migration % is still applied', v_later
      USING ERRCODE = 'object_not_in_prerequisite_state',
            HINT = 'Roll back the later migrations first, newest first; the force setting does not apply to this.';
  END IF;
  COMMENT ON POLICY dot_config_operator_toggles_gates ON dot_config IS NULL;
END
$rollback$;
