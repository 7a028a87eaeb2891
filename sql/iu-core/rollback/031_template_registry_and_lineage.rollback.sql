-- Rollback of 031_template_registry_and_lineage. Refuses while templates are marked,
-- lineage is recorded or events of its types remain, unless
-- SET iu_core.force_rollback_031 = true. One DO block: a refusal drops nothing.
-- Refuses, forced or not, while a later migration is still applied: roll back newest first.
DO $rollback$
DECLARE
  v_later text;
  v_registry bigint;
  v_lineage  bigint;
  v_events   bigint;
BEGIN
  -- Out of order while a later migration is applied: the ledger lists one or, under plain
  -- psql, 032's objects exist. It builds on this one, so the force setting does not apply.
  IF to_regclass('iu_core_meta.migration_ledger') IS NOT NULL THEN
    SELECT max(l.version) INTO v_later FROM iu_core_meta.migration_ledger l WHERE l.version > '031'
       AND coalesce(to_jsonb(l) ->> 'project', 'iu-core') = 'iu-core';
  END IF;
  IF v_later IS NULL AND to_regclass('public.iu_collection_template_version') IS NOT NULL THEN
    v_later := '032';
  END IF;
  IF v_later IS NOT NULL THEN
    RAISE EXCEPTION 'REFUSED: rollback 031 is out of order: migration % is still applied', v_later
      USING ERRCODE = 'object_not_in_prerequisite_state',
            HINT = 'Roll back the later migrations first, newest first; the force setting does not apply to this.';
  END IF;
  SELECT count(*) INTO v_registry FROM iu_collection_template_registry;
  SELECT count(*) INTO v_lineage FROM iu_collection_template_instance_lineage;
  SELECT count(*) INTO v_events FROM event_outbox WHERE event_type IN ('iu.template.marked', 'iu.template.instance_recorded');
  IF (v_registry > 0 OR v_lineage > 0 OR v_events > 0)
     AND coalesce(current_setting('iu_core.force_rollback_031', true), '') <> 'true' THEN
    RAISE EXCEPTION 'REFUSED: rollback 031 would drop iu_collection_template_registry holding % rows, iu_collection_template_instance_lineage holding % rows and % template events', v_registry, v_lineage, v_events
      USING ERRCODE = 'object_not_in_prerequisite_state',
            HINT = 'SET iu_core.force_rollback_031 = true to drop the template bookkeeping anyway.';
  END IF;
  DELETE FROM dot_command_catalog WHERE command_name IN ('mark_as_template', 'record_template_instance');
  DROP VIEW v_iu_template_observability;
  DROP FUNCTION fn_iu_collection_record_template_instance(uuid, uuid, text, text);
  DROP FUNCTION fn_iu_collection_mark_as_template(uuid, text, text, text);
  DELETE FROM event_outbox WHERE event_type IN ('iu.template.marked', 'iu.template.instance_recorded');
  DELETE FROM event_type_registry WHERE event_type IN ('iu.template.marked', 'iu.template.instance_recorded');
  DROP TABLE iu_collection_template_instance_lineage;
  DROP TABLE iu_collection_template_registry;
END
$rollback$;
