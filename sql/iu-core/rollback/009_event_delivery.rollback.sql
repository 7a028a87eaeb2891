-- Rollback of 009_event_delivery: drops the backlog view, the deliverer, its gate and the
-- routes. Refuses while delivered events exist (their delivery stamps would outlive the
-- routes that explain them), unless SET iu_core.force_rollback_009 = true, which clears
-- the stamps. One DO block: a refusal drops nothing.
DO $rollback$
DECLARE
  v_delivered bigint;
BEGIN
  SELECT count(*) INTO v_delivered FROM event_outbox WHERE delivered_at IS NOT NULL;
  IF v_delivered > 0 AND coalesce(current_setting('iu_core.force_rollback_009', true), '') <> 'true' THEN
    RAISE EXCEPTION 'REFUSED: rollback 009 would drop event_route while % delivered events reference its routes', v_delivered
      USING ERRCODE = 'object_not_in_prerequisite_state',
            HINT = 'SET iu_core.force_rollback_009 = true to clear their delivery stamps.';
  END IF;
  UPDATE event_outbox SET delivered_at = NULL, delivered_by = NULL WHERE delivered_at IS NOT NULL;
  DROP VIEW v_iu_outbox_backlog;
  DROP FUNCTION fn_iu_deliver_outbox(text, integer);
  DELETE FROM dot_config WHERE key = 'iu_core.delivery_enabled';
  DROP TABLE event_route;
END
$rollback$;
