-- Rollback of 011_retention: drops the sweep, the candidates view, its event type, the
-- policy constraint, the gate and the policy setting. Refuses while
-- sweep events remain (they are the record of what retention removed), unless
-- SET iu_core.force_rollback_011 = true. One DO block: a refusal drops nothing.
DO $rollback$
DECLARE
  v_events bigint;
BEGIN
  SELECT count(*) INTO v_events FROM event_outbox WHERE event_type = 'iu.retention.swept';
  IF v_events > 0 AND coalesce(current_setting('iu_core.force_rollback_011', true), '') <> 'true' THEN
    RAISE EXCEPTION 'REFUSED: rollback 011 would drop the event type of % iu.retention.swept events', v_events
      USING ERRCODE = 'object_not_in_prerequisite_state',
            HINT = 'SET iu_core.force_rollback_011 = true to delete them with it.';
  END IF;
  DROP FUNCTION fn_iu_retention_sweep(text, boolean, integer);
  DROP VIEW v_iu_retention_candidates;
  DELETE FROM event_outbox WHERE event_type = 'iu.retention.swept';
  DELETE FROM event_type_registry WHERE event_type = 'iu.retention.swept';
  ALTER TABLE dot_config DROP CONSTRAINT dot_config_retention_days_is_a_count;
  DELETE FROM dot_config WHERE key IN ('iu_core.retention_enabled', 'iu_core.retention_delivered_event_days');
END
$rollback$;
