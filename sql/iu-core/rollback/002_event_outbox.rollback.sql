-- Rollback of 002_event_outbox: drops the event writer, the outbox and the registry.
-- Refuses while event_outbox holds events or the registry still holds types (later
-- migrations remove their own types in their own rollbacks), unless
-- SET iu_core.force_rollback_002 = true. One DO block: a refusal drops nothing.
DO $rollback$
DECLARE
  v_events bigint;
  v_types  bigint;
BEGIN
  SELECT count(*) INTO v_events FROM event_outbox;
  SELECT count(*) INTO v_types FROM event_type_registry;
  IF (v_events > 0 OR v_types > 0)
     AND coalesce(current_setting('iu_core.force_rollback_002', true), '') <> 'true' THEN
    RAISE EXCEPTION 'REFUSED: rollback 002 would drop event_outbox holding % rows and event_type_registry holding % rows', v_events, v_types
      USING ERRCODE = 'object_not_in_prerequisite_state',
            HINT = 'Deliver and archive the events first, or SET iu_core.force_rollback_002 = true.';
  END IF;
  DROP FUNCTION _iu_emit_event(text, text, text, uuid, jsonb, text);
  DROP TABLE event_outbox;
  DROP TABLE event_type_registry;
END
$rollback$;
