-- Rollback of 010_compensation. Refuses while the compensation log or events of its type
-- remain (they are audit history), unless SET iu_core.force_rollback_010 = true.
-- One DO block: a refusal drops nothing.
-- Refuses, forced or not, while a later migration is still applied: roll back newest first.
DO $rollback$
DECLARE
  v_later text;
  v_rows   bigint;
  v_events bigint;
BEGIN
  -- Out of order while a later migration is applied: the ledger lists one or, under plain
  -- psql, 011's objects exist. It builds on this one, so the force setting does not apply.
  IF to_regclass('iu_core_meta.migration_ledger') IS NOT NULL THEN
    SELECT max(l.version) INTO v_later FROM iu_core_meta.migration_ledger l WHERE l.version > '010'
       AND coalesce(to_jsonb(l) ->> 'project', 'iu-core') = 'iu-core';
  END IF;
  IF v_later IS NULL AND to_regprocedure('public.fn_iu_retention_sweep(text,boolean,integer)') IS NOT NULL THEN
    v_later := '011';
  END IF;
  IF v_later IS NOT NULL THEN
    RAISE EXCEPTION 'REFUSED: rollback 010 is out of order: migration % is still applied', v_later
      USING ERRCODE = 'object_not_in_prerequisite_state',
            HINT = 'Roll back the later migrations first, newest first; the force setting does not apply to this.';
  END IF;
  -- Out of order: while 012's dot_command_catalog still lists fn_iu_compensate_composition,
  -- dropping it would leave a dangling regprocedure there (not a dependency PostgreSQL
  -- tracks). The force setting is about data and does not apply: roll back 012 first.
  IF to_regclass('public.dot_command_catalog') IS NOT NULL THEN
    IF EXISTS (SELECT 1 FROM dot_command_catalog k WHERE k.function_sig = to_regprocedure('fn_iu_compensate_composition(uuid,text,boolean)')) THEN
      RAISE EXCEPTION 'REFUSED: rollback 010 is out of order: dot_command_catalog (012) still lists fn_iu_compensate_composition'
        USING ERRCODE = 'object_not_in_prerequisite_state',
              HINT = 'Roll back the later migrations first (012 and after); the force setting does not apply to this.';
    END IF;
  END IF;
  SELECT count(*) INTO v_rows FROM iu_compensation_log;
  SELECT count(*) INTO v_events FROM event_outbox WHERE event_type = 'iu.collection.compensated';
  IF (v_rows > 0 OR v_events > 0)
     AND coalesce(current_setting('iu_core.force_rollback_010', true), '') <> 'true' THEN
    RAISE EXCEPTION 'REFUSED: rollback 010 would drop iu_compensation_log holding % rows and % iu.collection.compensated events', v_rows, v_events
      USING ERRCODE = 'object_not_in_prerequisite_state',
            HINT = 'SET iu_core.force_rollback_010 = true to drop the compensation history anyway.';
  END IF;
  DROP FUNCTION fn_iu_compensate_composition(uuid, text, boolean);
  DELETE FROM event_outbox WHERE event_type = 'iu.collection.compensated';
  DELETE FROM event_type_registry WHERE event_type = 'iu.collection.compensated';
  DROP TABLE iu_compensation_log;
END
$rollback$;
