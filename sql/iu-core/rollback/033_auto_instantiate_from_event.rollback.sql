-- Rollback of 033_auto_instantiate_from_event: drops the two views, then the two functions,
-- deletes the event type row (with the outbox events of that type) and the gate row, then
-- drops the log table. Refuses while the log holds rows, as the seed specifies, unless the
-- session has SET iu_core.force_rollback_033 = true:
--   psql -c "SET iu_core.force_rollback_033=true;" -f sql/iu-core/rollback/033_auto_instantiate_from_event.rollback.sql
-- The guard runs first and everything is one DO block: a refusal removes nothing at all.
DO $rollback$
DECLARE
  v_rows bigint;
BEGIN
  SELECT count(*) INTO v_rows FROM iu_auto_instantiate_event_log;
  IF v_rows > 0 AND coalesce(current_setting('iu_core.force_rollback_033', true), '') <> 'true' THEN
    RAISE EXCEPTION 'REFUSED: rollback 033 would drop iu_auto_instantiate_event_log holding % rows', v_rows
      USING ERRCODE = 'object_not_in_prerequisite_state',
            HINT = 'Remove them with fn_iu_auto_instantiate_rollback_by_actor, or SET iu_core.force_rollback_033 = true.';
  END IF;
  -- 034 registers the orchestrator as a governed command; an entry whose function is gone
  -- would point at nothing (and break 034's own rollback), so it goes with the function.
  DELETE FROM dot_command_catalog
   WHERE function_sig IN ('fn_iu_auto_instantiate_from_event(uuid,text,uuid,text,text,text,text)'::regprocedure,
                          'fn_iu_auto_instantiate_rollback_by_actor(text,boolean)'::regprocedure);
  DROP VIEW v_iu_auto_instantiate_event_summary;
  DROP VIEW v_iu_auto_instantiate_event_log;
  DROP FUNCTION fn_iu_auto_instantiate_rollback_by_actor(text, boolean);
  DROP FUNCTION fn_iu_auto_instantiate_from_event(uuid, text, uuid, text, text, text, text);
  DELETE FROM event_outbox WHERE event_type = 'iu.template.instance_auto_composed';
  DELETE FROM event_type_registry WHERE event_type = 'iu.template.instance_auto_composed';
  DELETE FROM dot_config WHERE key = 'iu_core.auto_instantiate_enabled';
  DROP TABLE iu_auto_instantiate_event_log;
END
$rollback$;
