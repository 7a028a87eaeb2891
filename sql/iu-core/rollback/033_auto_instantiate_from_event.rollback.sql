-- Rollback of 033_auto_instantiate_from_event: drops the two views, then the two functions,
-- deletes the event type row (with the outbox events of that type) and the gate row, then
-- drops the log table. Refuses while the log holds rows or events of its type remain in the
-- outbox (as every rollback that owns an event type does), unless the session has
-- SET iu_core.force_rollback_033 = true:
--   psql -c "SET iu_core.force_rollback_033=true;" -f sql/iu-core/rollback/033_auto_instantiate_from_event.rollback.sql
-- Refuses, forced or not, while a later migration is applied (034, which grants its
-- functions, and 035, whose bulk function writes its log): roll those back first.
-- The guards run first and everything is one DO block: a refusal removes nothing at all.
DO $rollback$
DECLARE
  v_later text;
  v_rows   bigint;
  v_events bigint;
BEGIN
  -- Out of order while a later migration is applied: the ledger lists one or, under plain
  -- psql, 034's objects exist. It builds on this one, so the force setting does not apply.
  IF to_regclass('iu_core_meta.migration_ledger') IS NOT NULL THEN
    SELECT max(l.version) INTO v_later FROM iu_core_meta.migration_ledger l WHERE l.version > '033'
       AND coalesce(to_jsonb(l) ->> 'project', 'iu-core') = 'iu-core';
  END IF;
  IF v_later IS NULL AND EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = 'public.dot_config'::regclass AND p.polname = 'dot_config_operator_toggles_gates') THEN
    v_later := '034';
  END IF;
  IF v_later IS NOT NULL THEN
    RAISE EXCEPTION 'REFUSED: rollback 033 is out of order: migration % is still applied', v_later
      USING ERRCODE = 'object_not_in_prerequisite_state',
            HINT = 'Roll back the later migrations first, newest first; the force setting does not apply to this.';
  END IF;
  SELECT count(*) INTO v_rows FROM iu_auto_instantiate_event_log;
  SELECT count(*) INTO v_events FROM event_outbox WHERE event_type = 'iu.template.instance_auto_composed';
  IF (v_rows > 0 OR v_events > 0) AND coalesce(current_setting('iu_core.force_rollback_033', true), '') <> 'true' THEN
    RAISE EXCEPTION 'REFUSED: rollback 033 would drop iu_auto_instantiate_event_log holding % rows and % iu.template.instance_auto_composed events', v_rows, v_events
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
