-- Rollback of 001_dot_config_gates: drops the gate reader, the view, the stamping trigger
-- and dot_config. Refuses while dot_config holds any row (every later migration removes its
-- own rows in its own rollback), unless SET iu_core.force_rollback_001 = true.
-- One DO block: a refusal drops nothing, however psql runs this file.
DO $rollback$
DECLARE
  v_rows bigint;
BEGIN
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
