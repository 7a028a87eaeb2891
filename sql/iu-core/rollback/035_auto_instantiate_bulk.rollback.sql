-- Rollback of 035_auto_instantiate_bulk: removes its catalog entry, its grant and the
-- function. It owns no table, so there is no data to refuse over. One DO block.
-- Refuses, forced or not, while a later migration is still applied: roll back newest first.
DO $rollback$
DECLARE
  v_later text;
BEGIN
  -- Out of order while a later migration is applied: the ledger lists one or, under plain
  -- psql, 036's objects exist. It builds on this one, so the force setting does not apply.
  IF to_regclass('iu_core_meta.migration_ledger') IS NOT NULL THEN
    SELECT max(l.version) INTO v_later FROM iu_core_meta.migration_ledger l WHERE l.version > '035'
       AND coalesce(to_jsonb(l) ->> 'project', 'iu-core') = 'iu-core';
  END IF;
  IF v_later IS NULL AND EXISTS (SELECT 1 FROM dot_config c WHERE c.key = 'iu_core.schema_public_create_was_public') THEN
    v_later := '036';
  END IF;
  IF v_later IS NOT NULL THEN
    RAISE EXCEPTION 'REFUSED: rollback 035 is out of order: migration % is still applied', v_later
      USING ERRCODE = 'object_not_in_prerequisite_state',
            HINT = 'Roll back the later migrations first, newest first; the force setting does not apply to this.';
  END IF;
  DELETE FROM dot_command_catalog WHERE command_name = 'auto_instantiate_bulk';
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'iu_core_operator') THEN
    REVOKE EXECUTE ON FUNCTION fn_iu_auto_instantiate_bulk(uuid[], text, uuid, text[], text, text, text) FROM iu_core_operator;
  END IF;
  DROP FUNCTION fn_iu_auto_instantiate_bulk(uuid[], text, uuid, text[], text, text, text);
END
$rollback$;
