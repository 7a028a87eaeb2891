-- Rollback of 008_composer: drops the composer, its gate and its event type. Collections
-- and units stay (they belong to 003/006). Refuses while composition events remain, unless
-- SET iu_core.force_rollback_008 = true. One DO block: a refusal drops nothing.
DO $rollback$
DECLARE
  v_events bigint;
BEGIN
  SELECT count(*) INTO v_events FROM event_outbox WHERE event_type = 'iu.collection.composed';
  IF v_events > 0 AND coalesce(current_setting('iu_core.force_rollback_008', true), '') <> 'true' THEN
    RAISE EXCEPTION 'REFUSED: rollback 008 would drop the event type of % iu.collection.composed events', v_events
      USING ERRCODE = 'object_not_in_prerequisite_state',
            HINT = 'SET iu_core.force_rollback_008 = true to delete those events with it.';
  END IF;
  DROP FUNCTION fn_iu_compose(text, text, text, text, jsonb, text);
  DROP FUNCTION fn_iu_composer_enabled();
  DELETE FROM event_outbox WHERE event_type = 'iu.collection.composed';
  DELETE FROM event_type_registry WHERE event_type = 'iu.collection.composed';
  DELETE FROM dot_config WHERE key = 'iu_core.composer_enabled';
END
$rollback$;
