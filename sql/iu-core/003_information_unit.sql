-- 003_information_unit.sql
-- Adds:     information_unit (one governed piece of text with a stable canonical address),
--           its content digest kept by a trigger, and the event type iu.unit.minted.
--           Units are minted through the composer (008); there is no other writer.
-- Requires: 002 (event_type_registry).
-- Rollback: refuses while information_unit holds rows, unless
--           SET iu_core.force_rollback_003 = true.
-- Delta:    table +1, view 0, function +1, trigger +1, config 0, event_type +1, route 0

CREATE TABLE information_unit (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  canonical_address text NOT NULL UNIQUE
                    CHECK (canonical_address ~ '^[^[:space:]]+$' AND length(canonical_address) <= 512),
  title             text NOT NULL CHECK (btrim(title) <> '' AND length(title) <= 1000),
  body              text NOT NULL,
  unit_kind         text NOT NULL CHECK (unit_kind ~ '^[a-z][a-z0-9_]*$' AND length(unit_kind) <= 64),
  section_type      text NOT NULL CHECK (section_type ~ '^[a-z][a-z0-9_]*$' AND length(section_type) <= 64),
  lifecycle_status  text NOT NULL DEFAULT 'active'
                    CHECK (lifecycle_status IN ('draft', 'active', 'deprecated', 'archived')),
  content_digest    text NOT NULL CHECK (content_digest ~ '^[0-9a-f]{64}$'),
  created_at        timestamptz NOT NULL DEFAULT now(),
  created_by        text NOT NULL CHECK (btrim(created_by) <> ''),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  updated_by        text NOT NULL CHECK (btrim(updated_by) <> '')
);

COMMENT ON TABLE information_unit IS
  'Information units: governed text (a section, a title, an intro) at a stable canonical address. Composition reuses units by id; content_digest is sha256 of title and body.';

-- The digest follows the text; nobody can store a digest that does not match it.
CREATE FUNCTION _iu_unit_content_digest() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
  NEW.content_digest := encode(sha256(convert_to(NEW.title || E'\n' || NEW.body, 'UTF8')), 'hex');
  RETURN NEW;
END
$$;

REVOKE ALL ON FUNCTION _iu_unit_content_digest() FROM PUBLIC;

CREATE TRIGGER information_unit_content_digest
  BEFORE INSERT OR UPDATE OF title, body, content_digest ON information_unit
  FOR EACH ROW EXECUTE FUNCTION _iu_unit_content_digest();

INSERT INTO event_type_registry (event_type, event_stream, delivery_lane, description) VALUES
  ('iu.unit.minted', 'create', 'immediate', 'A new information unit was minted by a composition.');
