-- Rollback of 002_event_outbox: drops the event writer, the outbox and the registry.
-- Refuses while event_outbox holds events or the registry still holds types (later
-- migrations remove their own types in their own rollbacks), unless
-- SET iu_core.force_rollback_002 = true. One DO block: a refusal drops nothing.
-- Refuses, forced or not, while a later migration is still applied: roll back newest first.
DO $rollback$
DECLARE
  v_later text;
  v_events bigint;
  v_types  bigint;
BEGIN
  -- Out of order while a later migration is applied: the ledger lists one or, under plain
  -- psql, 003's objects exist. It builds on this one, so the force setting does not apply.
  IF to_regclass('iu_core_meta.migration_ledger') IS NOT NULL THEN
    SELECT max(l.version) INTO v_later FROM iu_core_meta.migration_ledger l WHERE l.version > '002'
       AND coalesce(to_jsonb(l) ->> 'project', 'iu-core') = 'iu-core';
  END IF;
  IF v_later IS NULL AND to_regclass('public.information_unit') IS NOT NULL THEN
    v_later := '003';
  END IF;
  IF v_later IS NOT NULL THEN
    RAISE EXCEPTION 'REFUSED: rollback 002 is out of order: migration % is still applied', v_later
      USING ERRCODE = 'object_not_in_prerequisite_state',
            HINT = 'Roll back the later migrations first, newest first; the force setting does not apply to this.';
  END IF;
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
