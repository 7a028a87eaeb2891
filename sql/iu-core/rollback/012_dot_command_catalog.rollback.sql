-- Rollback of 012_dot_command_catalog. Refuses while commands other than the six it
-- registered remain (later migrations remove theirs), unless
-- SET iu_core.force_rollback_012 = true. One DO block: a refusal drops nothing.
-- Refuses, forced or not, while a later migration is still applied: roll back newest first.
DO $rollback$
DECLARE
  v_later text;
  v_others bigint;
BEGIN
  -- Out of order while a later migration is applied: the ledger lists one or, under plain
  -- psql, 031's objects exist. It builds on this one, so the force setting does not apply.
  IF to_regclass('iu_core_meta.migration_ledger') IS NOT NULL THEN
    SELECT max(l.version) INTO v_later FROM iu_core_meta.migration_ledger l WHERE l.version > '012'
       AND coalesce(to_jsonb(l) ->> 'project', 'iu-core') = 'iu-core';
  END IF;
  IF v_later IS NULL AND to_regclass('public.iu_collection_template_registry') IS NOT NULL THEN
    v_later := '031';
  END IF;
  IF v_later IS NOT NULL THEN
    RAISE EXCEPTION 'REFUSED: rollback 012 is out of order: migration % is still applied', v_later
      USING ERRCODE = 'object_not_in_prerequisite_state',
            HINT = 'Roll back the later migrations first, newest first; the force setting does not apply to this.';
  END IF;
  SELECT count(*) INTO v_others FROM dot_command_catalog
   WHERE command_name NOT IN ('compose', 'set_lifecycle_status', 'record_vector_sync', 'deliver_outbox',
                              'compensate_composition', 'retention_sweep');
  IF v_others > 0 AND coalesce(current_setting('iu_core.force_rollback_012', true), '') <> 'true' THEN
    RAISE EXCEPTION 'REFUSED: rollback 012 would drop dot_command_catalog holding % commands registered later', v_others
      USING ERRCODE = 'object_not_in_prerequisite_state',
            HINT = 'Roll back the later migrations first, or SET iu_core.force_rollback_012 = true.';
  END IF;
  DROP VIEW v_iu_dot_command_catalog;
  DROP TABLE dot_command_catalog;
END
$rollback$;
