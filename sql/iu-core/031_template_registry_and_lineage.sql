-- 031_template_registry_and_lineage.sql
-- Adds:     iu_collection_template_registry (sidecar on iu_piece_collection.id: which
--           collections are templates), fn_iu_collection_mark_as_template(),
--           iu_collection_template_instance_lineage (instance → template, with both digests),
--           fn_iu_collection_record_template_instance(), v_iu_template_observability, and the
--           event types iu.template.marked and iu.template.instance_recorded. Bookkeeping:
--           not gated (the runbook marks and records with every gate closed), operator-only.
-- Requires: 002 (events), 006 (collections), 007 (digest), 012 (DOT catalog).
-- Rollback: refuses while the registry or the lineage holds rows or events of its types
--           remain, unless SET iu_core.force_rollback_031 = true.
-- Delta:    table +2, view +1, function +2, trigger 0, config 0, event_type +2, route 0

CREATE TABLE iu_collection_template_registry (
  collection_id  uuid PRIMARY KEY REFERENCES iu_piece_collection (id),
  is_template    boolean NOT NULL DEFAULT true,
  template_label text NOT NULL CHECK (btrim(template_label) <> '' AND length(template_label) <= 200),
  note           text CHECK (length(note) <= 10000),
  marked_at      timestamptz NOT NULL DEFAULT now(),
  marked_by      text NOT NULL,
  updated_at     timestamptz NOT NULL DEFAULT now(),
  updated_by     text NOT NULL
);

COMMENT ON TABLE iu_collection_template_registry IS
  'Sidecar keyed on iu_piece_collection.id: collections marked as templates (is_template), with a label and note.';

CREATE TABLE iu_collection_template_instance_lineage (
  -- An instance's lineage goes with the instance collection.
  instance_collection_id          uuid PRIMARY KEY REFERENCES iu_piece_collection (id) ON DELETE CASCADE,
  template_collection_id          uuid NOT NULL REFERENCES iu_piece_collection (id),
  template_digest_at_instantiation text NOT NULL CHECK (template_digest_at_instantiation ~ '^[0-9a-f]{16}$'),
  instance_digest                 text NOT NULL CHECK (instance_digest ~ '^[0-9a-f]{16}$'),
  note                            text CHECK (length(note) <= 10000),
  recorded_at                     timestamptz NOT NULL DEFAULT now(),
  recorded_by                     text NOT NULL,
  CONSTRAINT lineage_instance_is_not_its_template CHECK (instance_collection_id <> template_collection_id)
);

CREATE INDEX iu_template_lineage_template_idx ON iu_collection_template_instance_lineage (template_collection_id);
CREATE INDEX iu_template_lineage_recorded_by_idx ON iu_collection_template_instance_lineage (recorded_by);

COMMENT ON TABLE iu_collection_template_instance_lineage IS
  'Which template each instance collection was made from, with the template''s digest at instantiation and the instance''s digest.';

INSERT INTO event_type_registry (event_type, event_stream, delivery_lane, description) VALUES
  ('iu.template.marked',            'update', 'immediate', 'A collection was marked as a template.'),
  ('iu.template.instance_recorded', 'create', 'immediate', 'An instance''s lineage to its template was recorded.');

CREATE FUNCTION fn_iu_collection_mark_as_template(
  p_collection_id uuid,
  p_label         text,
  p_note          text,
  p_actor         text
) RETURNS jsonb
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER
  SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
  v_key      text;
  v_existing iu_collection_template_registry%ROWTYPE;
BEGIN
  IF p_collection_id IS NULL OR p_label IS NULL OR btrim(p_label) = '' OR length(p_label) > 200
     OR length(p_note) > 10000
     OR p_actor IS NULL OR btrim(p_actor) = '' OR p_actor ~ '[[:cntrl:]]' OR length(p_actor) > 256 THEN
    RETURN jsonb_build_object('status', 'invalid_input', 'reason', 'p_collection_id, p_label (max 200) and p_actor are required');
  END IF;
  SELECT c.collection_key INTO v_key FROM iu_piece_collection c WHERE c.id = p_collection_id;
  IF NOT FOUND THEN
    RETURN jsonb_build_object('status', 'collection_not_found', 'collection_id', p_collection_id);
  END IF;
  SELECT * INTO v_existing FROM iu_collection_template_registry r WHERE r.collection_id = p_collection_id FOR UPDATE;
  IF FOUND AND v_existing.is_template THEN
    RETURN jsonb_build_object('status', 'already_marked', 'collection_id', p_collection_id, 'template_label', v_existing.template_label);
  END IF;
  INSERT INTO iu_collection_template_registry AS r (collection_id, is_template, template_label, note, marked_by, updated_by)
  VALUES (p_collection_id, true, p_label, p_note, p_actor, p_actor)
  ON CONFLICT (collection_id) DO UPDATE
     SET is_template = true, template_label = EXCLUDED.template_label, note = EXCLUDED.note,
         updated_at = now(), updated_by = EXCLUDED.updated_by;
  PERFORM _iu_emit_event('iu', 'iu.template.marked', 'iu_piece_collection', p_collection_id,
                         jsonb_build_object('collection_key', v_key, 'template_label', p_label), p_actor);
  RETURN jsonb_build_object('status', 'ok', 'collection_id', p_collection_id, 'collection_key', v_key, 'template_label', p_label);
END
$$;

REVOKE ALL ON FUNCTION fn_iu_collection_mark_as_template(uuid, text, text, text) FROM PUBLIC;

COMMENT ON FUNCTION fn_iu_collection_mark_as_template(uuid, text, text, text) IS
  'Marks a collection as a template. Bookkeeping (ungated). Statuses: ok, already_marked, invalid_input, collection_not_found.';

CREATE FUNCTION fn_iu_collection_record_template_instance(
  p_template_collection_id uuid,
  p_instance_collection_id uuid,
  p_actor                  text,
  p_note                   text DEFAULT NULL
) RETURNS jsonb
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER
  SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
  v_template_digest text;
  v_instance_digest text;
  v_existing        uuid;
BEGIN
  IF p_template_collection_id IS NULL OR p_instance_collection_id IS NULL OR length(p_note) > 10000
     OR p_actor IS NULL OR btrim(p_actor) = '' OR p_actor ~ '[[:cntrl:]]' OR length(p_actor) > 256 THEN
    RETURN jsonb_build_object('status', 'invalid_input', 'reason', 'p_template_collection_id, p_instance_collection_id and p_actor are required');
  END IF;
  IF p_template_collection_id = p_instance_collection_id THEN
    RETURN jsonb_build_object('status', 'invalid_input', 'reason', 'an instance cannot be its own template');
  END IF;
  SELECT c.manifest_digest INTO v_template_digest FROM iu_piece_collection c WHERE c.id = p_template_collection_id;
  IF NOT FOUND THEN
    RETURN jsonb_build_object('status', 'template_collection_not_found', 'template_collection_id', p_template_collection_id);
  END IF;
  IF NOT EXISTS (SELECT 1 FROM iu_collection_template_registry r WHERE r.collection_id = p_template_collection_id AND r.is_template) THEN
    RETURN jsonb_build_object('status', 'template_not_marked', 'template_collection_id', p_template_collection_id);
  END IF;
  SELECT c.manifest_digest INTO v_instance_digest FROM iu_piece_collection c WHERE c.id = p_instance_collection_id;
  IF NOT FOUND THEN
    RETURN jsonb_build_object('status', 'instance_collection_not_found', 'instance_collection_id', p_instance_collection_id);
  END IF;
  INSERT INTO iu_collection_template_instance_lineage
         (instance_collection_id, template_collection_id, template_digest_at_instantiation, instance_digest, note, recorded_by)
  VALUES (p_instance_collection_id, p_template_collection_id, v_template_digest, v_instance_digest, p_note, p_actor)
  ON CONFLICT (instance_collection_id) DO NOTHING;
  IF NOT FOUND THEN
    SELECT l.template_collection_id INTO v_existing FROM iu_collection_template_instance_lineage l
     WHERE l.instance_collection_id = p_instance_collection_id;
    RETURN jsonb_build_object(
      'status', CASE WHEN v_existing = p_template_collection_id THEN 'already_recorded' ELSE 'lineage_conflict' END,
      'instance_collection_id', p_instance_collection_id, 'template_collection_id', v_existing);
  END IF;
  PERFORM _iu_emit_event('iu', 'iu.template.instance_recorded', 'iu_piece_collection', p_instance_collection_id,
                         jsonb_build_object('template_collection_id', p_template_collection_id,
                                            'template_digest', v_template_digest, 'instance_digest', v_instance_digest), p_actor);
  RETURN jsonb_build_object('status', 'ok',
    'instance_collection_id', p_instance_collection_id, 'template_collection_id', p_template_collection_id,
    'template_digest', v_template_digest, 'instance_digest', v_instance_digest,
    'digest_matches_template', v_template_digest = v_instance_digest);
END
$$;

REVOKE ALL ON FUNCTION fn_iu_collection_record_template_instance(uuid, uuid, text, text) FROM PUBLIC;

COMMENT ON FUNCTION fn_iu_collection_record_template_instance(uuid, uuid, text, text) IS
  'Records that an instance collection was made from a marked template. Bookkeeping (ungated). Statuses: ok (digest_matches_template), already_recorded, lineage_conflict, invalid_input, template_collection_not_found, template_not_marked, instance_collection_not_found.';

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

INSERT INTO dot_command_catalog (command_name, function_sig, required_gate, is_write, description) VALUES
  ('mark_as_template',         'fn_iu_collection_mark_as_template(uuid,text,text,text)'::regprocedure,         NULL, true, 'Mark a collection as a template.'),
  ('record_template_instance', 'fn_iu_collection_record_template_instance(uuid,uuid,text,text)'::regprocedure, NULL, true, 'Record an instance''s lineage to its template.');
