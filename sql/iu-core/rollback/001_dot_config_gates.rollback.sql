-- Rollback of 001_dot_config_gates: drops the gate reader, the view, the stamping trigger
-- and dot_config. Refuses while dot_config holds any row (every later migration removes its
-- own rows in its own rollback), unless SET iu_core.force_rollback_001 = true.
-- One DO block: a refusal drops nothing, however psql runs this file.
-- Refuses, forced or not, while a later migration is still applied: roll back newest first.
DO $rollback$
DECLARE
  v_later text;
  v_rows bigint;
BEGIN
  -- Out of order while a later migration is applied: the ledger lists one or, under plain
  -- psql, 002's objects exist. It builds on this one, so the force setting does not apply.
  IF to_regclass('iu_core_meta.migration_ledger') IS NOT NULL THEN
    SELECT max(l.version) INTO v_later FROM iu_core_meta.migration_ledger l WHERE l.version > '001'
       AND coalesce(to_jsonb(l) ->> 'project', 'iu-core') = 'iu-core';
  END IF;
  IF v_later IS NULL AND to_regclass('public.event_outbox') IS NOT NULL THEN
    v_later := '002';
  END IF;
  IF v_later IS NOT NULL THEN
    RAISE EXCEPTION 'REFUSED: rollback 001 is out of order: migration % is still applied', v_later
      USING ERRCODE = 'object_not_in_prerequisite_state',
            HINT = 'Roll back the later migrations first, newest first; the force setting does not apply to this.';
  END IF;
  SELECT count(*) INTO v_rows FROM dot_config;
  IF v_rows > 0 AND coalesce(current_setting('iu_core.force_rollback_001', true), '') <> 'true' THEN
    RAISE EXCEPTION 'REFUSED: rollback 001 would drop dot_config holding % rows', v_rows
      USING ERRCODE = 'object_not_in_prerequisite_state',
            HINT = 'Roll back the later migrations first, or SET iu_core.force_rollback_001 = true.';
  END IF;
  DROP VIEW v_iu_gate_status;
  DROP FUNCTION fn_iu_gate_enabled(text);
  DROP TRIGGER dot_config_stamp ON dot_config;
  DROP TABLE dot_config;
  DROP FUNCTION _iu_dot_config_stamp();
END
$rollback$;
