-- Rollback of 003_information_unit: removes its event type, the digest trigger and
-- information_unit. Refuses while units exist or events of its type remain in the outbox,
-- unless SET iu_core.force_rollback_003 = true (which deletes those events too).
-- One DO block: a refusal drops nothing.
-- Refuses, forced or not, while a later migration is still applied: roll back newest first.
DO $rollback$
DECLARE
  v_later text;
  v_units  bigint;
  v_events bigint;
  v_force  boolean := coalesce(current_setting('iu_core.force_rollback_003', true), '') = 'true';
BEGIN
  -- Out of order while a later migration is applied: the ledger lists one or, under plain
  -- psql, 004's objects exist. It builds on this one, so the force setting does not apply.
  IF to_regclass('iu_core_meta.migration_ledger') IS NOT NULL THEN
    SELECT max(l.version) INTO v_later FROM iu_core_meta.migration_ledger l WHERE l.version > '003'
       AND coalesce(to_jsonb(l) ->> 'project', 'iu-core') = 'iu-core';
  END IF;
  IF v_later IS NULL AND to_regclass('public.iu_lifecycle_log') IS NOT NULL THEN
    v_later := '004';
  END IF;
  IF v_later IS NOT NULL THEN
    RAISE EXCEPTION 'REFUSED: rollback 003 is out of order: migration % is still applied', v_later
      USING ERRCODE = 'object_not_in_prerequisite_state',
            HINT = 'Roll back the later migrations first, newest first; the force setting does not apply to this.';
  END IF;
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
