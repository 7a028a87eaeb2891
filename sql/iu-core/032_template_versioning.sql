-- 032_template_versioning.sql
-- Adds:     iu_collection_template_version (sidecar on iu_piece_collection.id: family,
--           version label and seq, previous version, status current/superseded),
--           fn_iu_collection_register_template_version() — registering a newer version
--           supersedes the family's current one in the same call — v_iu_template_version_chain,
--           the event type iu.template.version_registered; and replaces
--           v_iu_template_observability with version status and template_without_version.
--           Bookkeeping: not gated, operator-only.
-- Requires: 031 (template registry and lineage), 012 (DOT catalog).
-- Rollback: refuses while versions are registered or events of its type remain, unless
--           SET iu_core.force_rollback_032 = true; restores 031's v_iu_template_observability.
-- Delta:    table +1, view +1, function +1, trigger 0, config 0, event_type +1, route 0

CREATE TABLE iu_collection_template_version (
  collection_id          uuid PRIMARY KEY REFERENCES iu_piece_collection (id),
  template_family        text NOT NULL CHECK (template_family ~ '^[^[:space:][:cntrl:]]+$' AND length(template_family) <= 200),
  version_label          text NOT NULL CHECK (version_label ~ '^[^[:space:][:cntrl:]]+$' AND length(version_label) <= 64),
  -- Versions of one template family.
  -- squawk-ignore prefer-bigint-over-int
  version_seq            integer NOT NULL CHECK (version_seq > 0),
  previous_collection_id uuid REFERENCES iu_piece_collection (id),
  status                 text NOT NULL CHECK (status IN ('current', 'superseded')),
  registered_at          timestamptz NOT NULL DEFAULT now(),
  registered_by          text NOT NULL,
  superseded_at          timestamptz,
  superseded_by          text,
  CONSTRAINT template_version_seq_unique UNIQUE (template_family, version_seq),
  CONSTRAINT template_version_label_unique UNIQUE (template_family, version_label),
  CONSTRAINT template_version_not_its_own_previous CHECK (previous_collection_id <> collection_id)
);

-- At most one current version per family.
CREATE UNIQUE INDEX iu_template_version_one_current ON iu_collection_template_version (template_family) WHERE status = 'current';

COMMENT ON TABLE iu_collection_template_version IS
  'Sidecar keyed on iu_piece_collection.id: template version families. Registering a higher version_seq supersedes the family''s current version.';

INSERT INTO event_type_registry (event_type, event_stream, delivery_lane, description) VALUES
  ('iu.template.version_registered', 'update', 'immediate', 'A template collection was registered as a version of its family.');

CREATE FUNCTION fn_iu_collection_register_template_version(
  p_collection_id uuid,
  p_family        text,
  p_label         text,
  p_seq           integer,
  p_prev_id       uuid,
  p_actor         text
) RETURNS jsonb
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER
  SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
  v_existing   iu_collection_template_version%ROWTYPE;
  v_current    iu_collection_template_version%ROWTYPE;
  v_prev       iu_collection_template_version%ROWTYPE;
  v_status     text;
  v_superseded uuid;
BEGIN
  IF p_collection_id IS NULL OR p_family IS NULL OR p_label IS NULL OR p_seq IS NULL
     OR p_actor IS NULL OR btrim(p_actor) = '' OR p_actor ~ '[[:cntrl:]]' OR length(p_actor) > 256 THEN
    RETURN jsonb_build_object('status', 'invalid_input', 'reason', 'p_collection_id, p_family, p_label, p_seq and p_actor are required');
  END IF;
  IF p_family !~ '^[^[:space:][:cntrl:]]+$' OR length(p_family) > 200
     OR p_label !~ '^[^[:space:][:cntrl:]]+$' OR length(p_label) > 64 OR p_seq < 1 THEN
    RETURN jsonb_build_object('status', 'invalid_input', 'reason', 'family (max 200) and label (max 64) without whitespace; seq >= 1');
  END IF;
  IF p_prev_id = p_collection_id THEN
    RETURN jsonb_build_object('status', 'invalid_input', 'reason', 'a version cannot be its own previous version');
  END IF;
  IF NOT EXISTS (SELECT 1 FROM iu_piece_collection c WHERE c.id = p_collection_id) THEN
    RETURN jsonb_build_object('status', 'collection_not_found', 'collection_id', p_collection_id);
  END IF;
  IF NOT EXISTS (SELECT 1 FROM iu_collection_template_registry r WHERE r.collection_id = p_collection_id AND r.is_template) THEN
    RETURN jsonb_build_object('status', 'template_not_marked', 'collection_id', p_collection_id);
  END IF;

  -- The family's current row is locked first, so two registrations in one family queue up.
  SELECT * INTO v_current FROM iu_collection_template_version v
   WHERE v.template_family = p_family AND v.status = 'current' FOR UPDATE;

  SELECT * INTO v_existing FROM iu_collection_template_version v WHERE v.collection_id = p_collection_id;
  IF FOUND THEN
    IF v_existing.template_family = p_family AND v_existing.version_label = p_label AND v_existing.version_seq = p_seq
       AND v_existing.previous_collection_id IS NOT DISTINCT FROM p_prev_id THEN
      RETURN jsonb_build_object('status', 'already_registered', 'collection_id', p_collection_id, 'version_status', v_existing.status);
    END IF;
    RETURN jsonb_build_object('status', 'version_conflict', 'reason', 'this collection is already registered as another version',
                              'template_family', v_existing.template_family, 'version_label', v_existing.version_label);
  END IF;
  IF EXISTS (SELECT 1 FROM iu_collection_template_version v
              WHERE v.template_family = p_family AND (v.version_seq = p_seq OR v.version_label = p_label)) THEN
    RETURN jsonb_build_object('status', 'version_conflict', 'reason', 'the family already has this version_seq or version_label');
  END IF;
  IF p_prev_id IS NOT NULL THEN
    SELECT * INTO v_prev FROM iu_collection_template_version v WHERE v.collection_id = p_prev_id;
    IF NOT FOUND THEN
      RETURN jsonb_build_object('status', 'previous_not_registered', 'previous_collection_id', p_prev_id);
    END IF;
    IF v_prev.template_family <> p_family OR v_prev.version_seq >= p_seq THEN
      RETURN jsonb_build_object('status', 'previous_not_in_family', 'reason', 'the previous version must be an earlier version of the same family');
    END IF;
  END IF;

  -- Newer than the current one: it becomes current and supersedes it in this same call.
  IF v_current.collection_id IS NULL OR p_seq > v_current.version_seq THEN
    v_status := 'current';
    IF v_current.collection_id IS NOT NULL THEN
      UPDATE iu_collection_template_version
         SET status = 'superseded', superseded_at = now(), superseded_by = p_actor
       WHERE collection_id = v_current.collection_id;
      v_superseded := v_current.collection_id;
    END IF;
  ELSE
    v_status := 'superseded';
  END IF;
  INSERT INTO iu_collection_template_version
         (collection_id, template_family, version_label, version_seq, previous_collection_id, status, registered_by,
          superseded_at, superseded_by)
  VALUES (p_collection_id, p_family, p_label, p_seq, p_prev_id, v_status, p_actor,
          CASE WHEN v_status = 'superseded' THEN now() END, CASE WHEN v_status = 'superseded' THEN p_actor END);
  PERFORM _iu_emit_event('iu', 'iu.template.version_registered', 'iu_piece_collection', p_collection_id,
                         jsonb_build_object('template_family', p_family, 'version_label', p_label, 'version_seq', p_seq,
                                            'version_status', v_status, 'superseded_collection_id', v_superseded), p_actor);
  RETURN jsonb_build_object('status', 'ok', 'collection_id', p_collection_id, 'template_family', p_family,
    'version_label', p_label, 'version_seq', p_seq, 'version_status', v_status, 'superseded_collection_id', v_superseded);
END
$$;

REVOKE ALL ON FUNCTION fn_iu_collection_register_template_version(uuid, text, text, integer, uuid, text) FROM PUBLIC;

COMMENT ON FUNCTION fn_iu_collection_register_template_version(uuid, text, text, integer, uuid, text) IS
  'Registers a template as a version of its family; a newer seq supersedes the current version in the same call. Bookkeeping (ungated). Statuses: ok, already_registered, version_conflict, previous_not_registered, previous_not_in_family, invalid_input, collection_not_found, template_not_marked.';

CREATE VIEW v_iu_template_version_chain AS
  SELECT v.template_family,
         v.collection_id,
         c.collection_key,
         v.version_label,
         v.version_seq,
         v.status,
         v.previous_collection_id,
         c.manifest_digest,
         count(*) OVER (PARTITION BY v.template_family) AS family_chain_length,
         CASE WHEN p.id IS NULL THEN NULL ELSE p.manifest_digest <> c.manifest_digest END AS digest_drift_from_previous
    FROM iu_collection_template_version v
    JOIN iu_piece_collection c ON c.id = v.collection_id
    LEFT JOIN iu_piece_collection p ON p.id = v.previous_collection_id;

COMMENT ON VIEW v_iu_template_version_chain IS
  'Template families version by version: status, chain length, and whether the piece graph drifted from the previous version.';

-- 031's columns first, unchanged, so CREATE OR REPLACE can extend the view.
CREATE OR REPLACE VIEW v_iu_template_observability AS
  SELECT t.collection_id,
         c.collection_key,
         t.template_label,
         count(l.instance_collection_id) AS instance_count,
         count(*) FILTER (WHERE i.manifest_digest = c.manifest_digest) AS digest_matches,
         count(*) FILTER (WHERE i.manifest_digest <> c.manifest_digest) AS digest_diverges,
         v.template_family,
         v.version_label,
         v.status AS version_status,
         v.collection_id IS NULL AS template_without_version
    FROM iu_collection_template_registry t
    JOIN iu_piece_collection c ON c.id = t.collection_id
    LEFT JOIN iu_collection_template_version v ON v.collection_id = t.collection_id
    LEFT JOIN iu_collection_template_instance_lineage l ON l.template_collection_id = t.collection_id
    LEFT JOIN iu_piece_collection i ON i.id = l.instance_collection_id
   WHERE t.is_template
   GROUP BY t.collection_id, c.collection_key, t.template_label, v.template_family, v.version_label, v.status, v.collection_id;

COMMENT ON VIEW v_iu_template_observability IS
  'Per template: its instances, digest matches and diverges, its version status, and template_without_version for marked templates outside any version family.';

INSERT INTO dot_command_catalog (command_name, function_sig, required_gate, is_write, description) VALUES
  ('register_template_version', 'fn_iu_collection_register_template_version(uuid,text,text,integer,uuid,text)'::regprocedure, NULL, true,
   'Register a template as a version of its family (supersedes the current version when newer).');
