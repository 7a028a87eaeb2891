-- Rollback of 038_plans_flat_in_n: the three functions stop pinning enable_seqscan. No
-- table, so nothing to refuse. One DO block: all three or none.
-- Refuses, forced or not, while a later migration is still applied: roll back newest first.
DO $rollback$
DECLARE
  v_later text;
BEGIN
  -- Out of order while a later migration is applied: the ledger lists one or, under plain
  -- psql, 039's body of fn_iu_compose (it names itself) is in place. The force setting does
  -- not apply.
  IF to_regclass('iu_core_meta.migration_ledger') IS NOT NULL THEN
    SELECT max(l.version) INTO v_later FROM iu_core_meta.migration_ledger l WHERE l.version > '038'
       AND coalesce(to_jsonb(l) ->> 'project', 'iu-core') = 'iu-core';
  END IF;
  IF v_later IS NULL AND EXISTS (SELECT 1 FROM pg_proc p WHERE p.oid = to_regprocedure('public.fn_iu_compose(text,text,text,text,jsonb,text)')
                                                         AND strpos(p.prosrc, 'per-call cost (039)') > 0) THEN
    v_later := '039';
  END IF;
  IF v_later IS NOT NULL THEN
    RAISE EXCEPTION 'REFUSED: rollback 038 is out of order: migration % is still applied', v_later
      USING ERRCODE = 'object_not_in_prerequisite_state',
            HINT = 'Roll back the later migrations first, newest first; the force setting does not apply to this.';
  END IF;
  ALTER FUNCTION fn_iu_auto_instantiate_from_event(uuid, text, uuid, text, text, text, text) RESET enable_seqscan;
  ALTER FUNCTION fn_iu_compose(text, text, text, text, jsonb, text) RESET enable_seqscan;
  ALTER FUNCTION fn_iu_collection_record_template_instance(uuid, uuid, text, text) RESET enable_seqscan;
END
$rollback$;
