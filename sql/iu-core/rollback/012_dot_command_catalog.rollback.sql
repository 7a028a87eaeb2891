-- Rollback of 012_dot_command_catalog. Refuses while commands other than the six it
-- registered remain (later migrations remove theirs), unless
-- SET iu_core.force_rollback_012 = true. One DO block: a refusal drops nothing.
DO $rollback$
DECLARE
  v_others bigint;
BEGIN
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
