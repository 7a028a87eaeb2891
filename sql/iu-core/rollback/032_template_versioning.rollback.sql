-- Rollback of 032_template_versioning: restores 031's v_iu_template_observability, drops
-- the version chain view, the registration function, its event type and the version table.
-- Refuses while versions are registered or events of its type remain, unless
-- SET iu_core.force_rollback_032 = true. One DO block: a refusal drops nothing.
-- Refuses, forced or not, while a later migration is still applied: roll back newest first.
DO $rollback$
DECLARE
  v_later text;
  v_rows   bigint;
  v_events bigint;
BEGIN
  -- Out of order while a later migration is applied: the ledger lists one or, under plain
  -- psql, 033's objects exist. It builds on this one, so the force setting does not apply.
  IF to_regclass('iu_core_meta.migration_ledger') IS NOT NULL THEN
    SELECT max(l.version) INTO v_later FROM iu_core_meta.migration_ledger l WHERE l.version > '032'
       AND coalesce(to_jsonb(l) ->> 'project', 'iu-core') = 'iu-core';
  END IF;
  IF v_later IS NULL AND to_regclass('public.iu_auto_instantiate_event_log') IS NOT NULL THEN
    v_later := '033';
  END IF;
  IF v_later IS NOT NULL THEN
    RAISE EXCEPTION 'REFUSED: rollback 032 is out of order: migration % is still applied', v_later
      USING ERRCODE = 'object_not_in_prerequisite_state',
            HINT = 'Roll back the later migrations first, newest first; the force setting does not apply to this.';
  END IF;
  SELECT count(*) INTO v_rows FROM iu_collection_template_version;
  SELECT count(*) INTO v_events FROM event_outbox WHERE event_type = 'iu.template.version_registered';
  IF (v_rows > 0 OR v_events > 0)
     AND coalesce(current_setting('iu_core.force_rollback_032', true), '') <> 'true' THEN
    RAISE EXCEPTION 'REFUSED: rollback 032 would drop iu_collection_template_version holding % rows and % iu.template.version_registered events', v_rows, v_events
      USING ERRCODE = 'object_not_in_prerequisite_state',
            HINT = 'SET iu_core.force_rollback_032 = true to drop the version families anyway.';
  END IF;
  DELETE FROM dot_command_catalog WHERE command_name = 'register_template_version';
  -- 031's form of the view has fewer columns: it must be dropped and created again.
  DROP VIEW v_iu_template_observability;
  CREATE VIEW v_iu_template_observability AS
    SELECT t.collection_id,
           c.collection_key,
           t.template_label,
           count(l.instance_collection_id) AS instance_count,
           count(*) FILTER (WHERE i.manifest_digest = c.manifest_digest) AS digest_matches,
           count(*) FILTER (WHERE i.manifest_digest <> c.manifest_digest) AS digest_diverges
      FROM iu_collection_template_registry t
      JOIN iu_piece_collection c ON c.id = t.collection_id
      LEFT JOIN iu_collection_template_instance_lineage l ON l.template_collection_id = t.collection_id
      LEFT JOIN iu_piece_collection i ON i.id = l.instance_collection_id
     WHERE t.is_template
     GROUP BY t.collection_id, c.collection_key, t.template_label;
  COMMENT ON VIEW v_iu_template_observability IS 'Per template: its instances and how many of them match its manifest digest now.';
  DROP VIEW v_iu_template_version_chain;
  DROP FUNCTION fn_iu_collection_register_template_version(uuid, text, text, integer, uuid, text);
  DELETE FROM event_outbox WHERE event_type = 'iu.template.version_registered';
  DELETE FROM event_type_registry WHERE event_type = 'iu.template.version_registered';
  DROP TABLE iu_collection_template_version;
END
$rollback$;
