-- Rollback of 008_composer: drops the composer, its gate and its event type. Collections
-- and units stay (they belong to 003/006). Refuses while composition events remain, unless
-- SET iu_core.force_rollback_008 = true. One DO block: a refusal drops nothing.
-- Refuses, forced or not, while a later migration is still applied: roll back newest first.
DO $rollback$
DECLARE
  v_later text;
  v_events bigint;
BEGIN
  -- Out of order while a later migration is applied: the ledger lists one or, under plain
  -- psql, 009's objects exist. It builds on this one, so the force setting does not apply.
  IF to_regclass('iu_core_meta.migration_ledger') IS NOT NULL THEN
    SELECT max(l.version) INTO v_later FROM iu_core_meta.migration_ledger l WHERE l.version > '008'
       AND coalesce(to_jsonb(l) ->> 'project', 'iu-core') = 'iu-core';
  END IF;
  IF v_later IS NULL AND to_regclass('public.event_route') IS NOT NULL THEN
    v_later := '009';
  END IF;
  IF v_later IS NOT NULL THEN
    RAISE EXCEPTION 'REFUSED: rollback 008 is out of order: migration % is still applied', v_later
      USING ERRCODE = 'object_not_in_prerequisite_state',
            HINT = 'Roll back the later migrations first, newest first; the force setting does not apply to this.';
  END IF;
  -- Out of order: while 012's dot_command_catalog still lists fn_iu_compose,
  -- dropping it would leave a dangling regprocedure there (not a dependency PostgreSQL
  -- tracks). The force setting is about data and does not apply: roll back 012 first.
  IF to_regclass('public.dot_command_catalog') IS NOT NULL THEN
    IF EXISTS (SELECT 1 FROM dot_command_catalog k WHERE k.function_sig = to_regprocedure('fn_iu_compose(text,text,text,text,jsonb,text)')) THEN
      RAISE EXCEPTION 'REFUSED: rollback 008 is out of order: dot_command_catalog (012) still lists fn_iu_compose'
        USING ERRCODE = 'object_not_in_prerequisite_state',
              HINT = 'Roll back the later migrations first (012 and after); the force setting does not apply to this.';
    END IF;
  END IF;
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
