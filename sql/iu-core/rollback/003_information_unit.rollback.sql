-- Rollback of 003_information_unit: removes its event type, the digest trigger and
-- information_unit. Refuses while units exist or events of its type remain in the outbox,
-- unless SET iu_core.force_rollback_003 = true (which deletes those events too).
-- One DO block: a refusal drops nothing.
DO $rollback$
DECLARE
  v_units  bigint;
  v_events bigint;
  v_force  boolean := coalesce(current_setting('iu_core.force_rollback_003', true), '') = 'true';
BEGIN
  SELECT count(*) INTO v_units FROM information_unit;
  SELECT count(*) INTO v_events FROM event_outbox WHERE event_type = 'iu.unit.minted';
  IF (v_units > 0 OR v_events > 0) AND NOT v_force THEN
    RAISE EXCEPTION 'REFUSED: rollback 003 would drop information_unit holding % rows and % iu.unit.minted events', v_units, v_events
      USING ERRCODE = 'object_not_in_prerequisite_state',
            HINT = 'Remove the units and their events first, or SET iu_core.force_rollback_003 = true.';
  END IF;
  DELETE FROM event_outbox WHERE event_type = 'iu.unit.minted';
  DELETE FROM event_type_registry WHERE event_type = 'iu.unit.minted';
  DROP TRIGGER information_unit_content_digest ON information_unit;
  DROP TABLE information_unit;
  DROP FUNCTION _iu_unit_content_digest();
END
$rollback$;
