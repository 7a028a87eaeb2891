-- Rollback of 037_gates_closed_at_commit: drops the constraint trigger and its function,
-- after which only the CLI keeps gates closed at COMMIT. No data to refuse over.
-- Refuses, forced or not, while a later migration is still applied: roll back newest first.
-- One DO block: a refusal changes nothing.
DO $rollback$
DECLARE
  v_later text;
BEGIN
  -- Out of order while a later migration is applied: the ledger lists one or, under plain
  -- psql, 038's setting on fn_iu_compose exists. The force setting does not apply.
  IF to_regclass('iu_core_meta.migration_ledger') IS NOT NULL THEN
    SELECT max(l.version) INTO v_later FROM iu_core_meta.migration_ledger l WHERE l.version > '037'
       AND coalesce(to_jsonb(l) ->> 'project', 'iu-core') = 'iu-core';
  END IF;
  IF v_later IS NULL AND EXISTS (SELECT 1 FROM pg_proc p WHERE p.oid = to_regprocedure('public.fn_iu_compose(text,text,text,text,jsonb,text)')
                                                         AND 'enable_seqscan=off' = ANY (p.proconfig)) THEN
    v_later := '038';
  END IF;
  IF v_later IS NOT NULL THEN
    RAISE EXCEPTION 'REFUSED: rollback 037 is out of order: migration % is still applied', v_later
      USING ERRCODE = 'object_not_in_prerequisite_state',
            HINT = 'Roll back the later migrations first, newest first; the force setting does not apply to this.';
  END IF;
  DROP TRIGGER dot_config_gates_closed_at_commit ON dot_config;
  DROP FUNCTION _iu_dot_config_gates_closed_at_commit();
END
$rollback$;
