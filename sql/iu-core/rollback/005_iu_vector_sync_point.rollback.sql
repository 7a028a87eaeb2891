-- Rollback of 005_iu_vector_sync_point. Refuses while sync points or events of its type
-- remain, unless SET iu_core.force_rollback_005 = true. One DO block: a refusal drops nothing.
-- Refuses, forced or not, while a later migration is still applied: roll back newest first.
DO $rollback$
DECLARE
  v_later text;
  v_rows   bigint;
  v_events bigint;
BEGIN
  -- Out of order while a later migration is applied: the ledger lists one or, under plain
  -- psql, 006's objects exist. It builds on this one, so the force setting does not apply.
  IF to_regclass('iu_core_meta.migration_ledger') IS NOT NULL THEN
    SELECT max(l.version) INTO v_later FROM iu_core_meta.migration_ledger l WHERE l.version > '005'
       AND coalesce(to_jsonb(l) ->> 'project', 'iu-core') = 'iu-core';
  END IF;
  IF v_later IS NULL AND to_regclass('public.iu_piece_collection') IS NOT NULL THEN
    v_later := '006';
  END IF;
  IF v_later IS NOT NULL THEN
    RAISE EXCEPTION 'REFUSED: rollback 005 is out of order: migration % is still applied', v_later
      USING ERRCODE = 'object_not_in_prerequisite_state',
            HINT = 'Roll back the later migrations first, newest first; the force setting does not apply to this.';
  END IF;
  -- Out of order: while 012's dot_command_catalog still lists fn_iu_record_vector_sync,
  -- dropping it would leave a dangling regprocedure there (not a dependency PostgreSQL
  -- tracks). The force setting is about data and does not apply: roll back 012 first.
  IF to_regclass('public.dot_command_catalog') IS NOT NULL THEN
    IF EXISTS (SELECT 1 FROM dot_command_catalog k WHERE k.function_sig = to_regprocedure('fn_iu_record_vector_sync(uuid,text,text,text)')) THEN
      RAISE EXCEPTION 'REFUSED: rollback 005 is out of order: dot_command_catalog (012) still lists fn_iu_record_vector_sync'
        USING ERRCODE = 'object_not_in_prerequisite_state',
              HINT = 'Roll back the later migrations first (012 and after); the force setting does not apply to this.';
    END IF;
  END IF;
  SELECT count(*) INTO v_rows FROM iu_vector_sync_point;
  SELECT count(*) INTO v_events FROM event_outbox WHERE event_type = 'iu.vector_sync.recorded';
  IF (v_rows > 0 OR v_events > 0)
     AND coalesce(current_setting('iu_core.force_rollback_005', true), '') <> 'true' THEN
    RAISE EXCEPTION 'REFUSED: rollback 005 would drop iu_vector_sync_point holding % rows and % iu.vector_sync.recorded events', v_rows, v_events
      USING ERRCODE = 'object_not_in_prerequisite_state',
            HINT = 'SET iu_core.force_rollback_005 = true to drop the sync history anyway.';
  END IF;
  DROP VIEW v_iu_vector_sync_status;
  DROP FUNCTION fn_iu_record_vector_sync(uuid, text, text, text);
  DELETE FROM event_outbox WHERE event_type = 'iu.vector_sync.recorded';
  DELETE FROM event_type_registry WHERE event_type = 'iu.vector_sync.recorded';
  DELETE FROM dot_config WHERE key = 'iu_core.vector_sync_enabled';
  DROP TABLE iu_vector_sync_point;
END
$rollback$;
