-- Rollback of 035_auto_instantiate_bulk: removes its catalog entry, its grant and the
-- function. It owns no table, so there is nothing to refuse. One DO block.
DO $rollback$
BEGIN
  DELETE FROM dot_command_catalog WHERE command_name = 'auto_instantiate_bulk';
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'iu_core_operator') THEN
    REVOKE EXECUTE ON FUNCTION fn_iu_auto_instantiate_bulk(uuid[], text, uuid, text[], text, text, text) FROM iu_core_operator;
  END IF;
  DROP FUNCTION fn_iu_auto_instantiate_bulk(uuid[], text, uuid, text[], text, text, text);
END
$rollback$;
