-- Rollback of 009_event_delivery: drops the backlog view, the deliverer, its gate and the
-- routes. Refuses, unless SET iu_core.force_rollback_009 = true, while
--   * delivered events exist (their delivery stamps would outlive the routes that explain
--     them; the force clears the stamps), or
--   * event_route holds routes other than the five this migration seeded: a later
--     migration's (or an operator's) routes are rows this rollback does not own.
-- One DO block: a refusal drops nothing, however psql runs this file.
-- Refuses, forced or not, while a later migration is still applied: roll back newest first.
DO $rollback$
DECLARE
  v_later text;
  v_delivered bigint;
  v_foreign   bigint;
BEGIN
  -- Out of order while a later migration is applied: the ledger lists one or, under plain
  -- psql, 010's objects exist. It builds on this one, so the force setting does not apply.
  IF to_regclass('iu_core_meta.migration_ledger') IS NOT NULL THEN
    SELECT max(l.version) INTO v_later FROM iu_core_meta.migration_ledger l WHERE l.version > '009'
       AND coalesce(to_jsonb(l) ->> 'project', 'iu-core') = 'iu-core';
  END IF;
  IF v_later IS NULL AND to_regclass('public.iu_compensation_log') IS NOT NULL THEN
    v_later := '010';
  END IF;
  IF v_later IS NOT NULL THEN
    RAISE EXCEPTION 'REFUSED: rollback 009 is out of order: migration % is still applied', v_later
      USING ERRCODE = 'object_not_in_prerequisite_state',
            HINT = 'Roll back the later migrations first, newest first; the force setting does not apply to this.';
  END IF;
  -- Out of order: while 012's dot_command_catalog still lists fn_iu_deliver_outbox,
  -- dropping it would leave a dangling regprocedure there (not a dependency PostgreSQL
  -- tracks). The force setting is about data and does not apply: roll back 012 first.
  IF to_regclass('public.dot_command_catalog') IS NOT NULL THEN
    IF EXISTS (SELECT 1 FROM dot_command_catalog k WHERE k.function_sig = to_regprocedure('fn_iu_deliver_outbox(text,integer)')) THEN
      RAISE EXCEPTION 'REFUSED: rollback 009 is out of order: dot_command_catalog (012) still lists fn_iu_deliver_outbox'
        USING ERRCODE = 'object_not_in_prerequisite_state',
              HINT = 'Roll back the later migrations first (012 and after); the force setting does not apply to this.';
    END IF;
  END IF;
  SELECT count(*) INTO v_delivered FROM event_outbox WHERE delivered_at IS NOT NULL;
  SELECT count(*) INTO v_foreign FROM event_route r
   WHERE (r.event_type, r.route_target) NOT IN (('iu.unit.minted', 'search_indexer'),
                                                ('iu.unit.lifecycle_changed', 'search_indexer'),
                                                ('iu.unit.lifecycle_changed', 'audit_trail'),
                                                ('iu.collection.composed', 'audit_trail'),
                                                ('iu.vector_sync.recorded', 'audit_trail'));
  IF (v_delivered > 0 OR v_foreign > 0)
     AND coalesce(current_setting('iu_core.force_rollback_009', true), '') <> 'true' THEN
    RAISE EXCEPTION 'REFUSED: rollback 009 would drop event_route holding % routes it did not seed, while % delivered events reference the routes', v_foreign, v_delivered
      USING ERRCODE = 'object_not_in_prerequisite_state',
            HINT = 'Roll back the migrations that added routes first, or SET iu_core.force_rollback_009 = true (which also clears the delivery stamps).';
  END IF;
  UPDATE event_outbox SET delivered_at = NULL, delivered_by = NULL WHERE delivered_at IS NOT NULL;
  DROP VIEW v_iu_outbox_backlog;
  DROP FUNCTION fn_iu_deliver_outbox(text, integer);
  DELETE FROM dot_config WHERE key = 'iu_core.delivery_enabled';
  DROP TABLE event_route;
END
$rollback$;
