-- Rollback of 004_iu_lifecycle_log: drops the status call, the event type, both triggers,
-- the log and the trigger functions. Refuses while the log holds rows or events of its type
-- remain, unless SET iu_core.force_rollback_004 = true (the log is audit history).
-- One DO block: a refusal drops nothing, however psql runs this file.
-- Refuses, forced or not, while a later migration is still applied: roll back newest first.
DO $rollback$
DECLARE
  v_later text;
  v_rows   bigint;
  v_events bigint;
BEGIN
  -- Out of order while a later migration is applied: the ledger lists one or, under plain
  -- psql, 005's objects exist. It builds on this one, so the force setting does not apply.
  IF to_regclass('iu_core_meta.migration_ledger') IS NOT NULL THEN
    SELECT max(l.version) INTO v_later FROM iu_core_meta.migration_ledger l WHERE l.version > '004'
       AND coalesce(to_jsonb(l) ->> 'project', 'iu-core') = 'iu-core';
  END IF;
  IF v_later IS NULL AND to_regclass('public.iu_vector_sync_point') IS NOT NULL THEN
    v_later := '005';
  END IF;
  IF v_later IS NOT NULL THEN
    RAISE EXCEPTION 'REFUSED: rollback 004 is out of order: migration % is still applied', v_later
      USING ERRCODE = 'object_not_in_prerequisite_state',
            HINT = 'Roll back the later migrations first, newest first; the force setting does not apply to this.';
  END IF;
  -- Out of order: while 012's dot_command_catalog still lists fn_iu_set_lifecycle_status,
  -- dropping it would leave a dangling regprocedure there (not a dependency PostgreSQL
  -- tracks). The force setting is about data and does not apply: roll back 012 first.
  IF to_regclass('public.dot_command_catalog') IS NOT NULL THEN
    IF EXISTS (SELECT 1 FROM dot_command_catalog k WHERE k.function_sig = to_regprocedure('fn_iu_set_lifecycle_status(uuid,text,text,text)')) THEN
      RAISE EXCEPTION 'REFUSED: rollback 004 is out of order: dot_command_catalog (012) still lists fn_iu_set_lifecycle_status'
        USING ERRCODE = 'object_not_in_prerequisite_state',
              HINT = 'Roll back the later migrations first (012 and after); the force setting does not apply to this.';
    END IF;
  END IF;
  SELECT count(*) INTO v_rows FROM iu_lifecycle_log;
  SELECT count(*) INTO v_events FROM event_outbox WHERE event_type = 'iu.unit.lifecycle_changed';
  IF (v_rows > 0 OR v_events > 0)
     AND coalesce(current_setting('iu_core.force_rollback_004', true), '') <> 'true' THEN
    RAISE EXCEPTION 'REFUSED: rollback 004 would drop iu_lifecycle_log holding % rows and % iu.unit.lifecycle_changed events', v_rows, v_events
      USING ERRCODE = 'object_not_in_prerequisite_state',
            HINT = 'The lifecycle log is audit history; SET iu_core.force_rollback_004 = true only if you mean to lose it.';
  END IF;
  DROP FUNCTION fn_iu_set_lifecycle_status(uuid, text, text, text);
  DELETE FROM event_outbox WHERE event_type = 'iu.unit.lifecycle_changed';
  DELETE FROM event_type_registry WHERE event_type = 'iu.unit.lifecycle_changed';
  DROP TRIGGER information_unit_lifecycle_log ON information_unit;
  DROP TRIGGER iu_lifecycle_log_append_only ON iu_lifecycle_log;
  DROP TABLE iu_lifecycle_log;
  DROP FUNCTION _iu_lifecycle_log_append_only();
  DROP FUNCTION _iu_unit_lifecycle_log();
END
$rollback$;
