-- Rollback of 010_compensation. Refuses while the compensation log or events of its type
-- remain (they are audit history), unless SET iu_core.force_rollback_010 = true.
-- One DO block: a refusal drops nothing.
DO $rollback$
DECLARE
  v_rows   bigint;
  v_events bigint;
BEGIN
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
