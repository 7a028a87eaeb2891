-- 001_dot_config_gates.sql
-- Adds:     dot_config (key/value settings, among them every gate iu_core.<name>_enabled,
--           which can only read 'true' or 'false'), who/when stamped by a trigger on every
--           insert and update, fn_iu_gate_enabled(key) to read a gate (a missing gate is
--           closed), and v_iu_gate_status. Gates themselves arrive with the surfaces they
--           guard (008 composer, 005 vector sync, 009 delivery, 011 retention).
-- Requires: nothing (first migration).
-- Rollback: refuses while dot_config holds any row, unless
--           SET iu_core.force_rollback_001 = true.
-- Delta:    table +1, view +1, function +2, trigger +1, config 0, event_type 0, route 0

CREATE TABLE dot_config (
  key         text PRIMARY KEY
              CHECK (key ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$'),
  value       text NOT NULL,
  description text NOT NULL CHECK (btrim(description) <> ''),
  created_at  timestamptz NOT NULL DEFAULT now(),
  created_by  text NOT NULL DEFAULT current_user,
  updated_at  timestamptz NOT NULL DEFAULT now(),
  updated_by  text NOT NULL DEFAULT current_user,
  -- A gate is exactly 'true' or 'false': a typo must not read as "closed" by accident.
  CONSTRAINT dot_config_gate_is_boolean
    CHECK (key NOT LIKE 'iu\_core.%\_enabled' OR value IN ('true', 'false'))
);

COMMENT ON TABLE dot_config IS
  'Operator settings. Rows iu_core.<name>_enabled are gates: every path that mints, delivers or sweeps content reads its gate, closed (''false'') at rest; operators open a gate inside their own transaction and close it before COMMIT.';

-- Operators toggle gates with a plain UPDATE (the runbook does exactly that), so who and
-- when are stamped here from the session rather than trusted from the statement: an INSERT
-- or UPDATE cannot claim another author or another time.
CREATE FUNCTION _iu_dot_config_stamp() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    NEW.created_at := now();
    NEW.created_by := current_user::text;
  ELSE
    NEW.created_at := OLD.created_at;
    NEW.created_by := OLD.created_by;
  END IF;
  NEW.updated_at := now();
  NEW.updated_by := current_user::text;
  RETURN NEW;
END
$$;

REVOKE ALL ON FUNCTION _iu_dot_config_stamp() FROM PUBLIC;

CREATE TRIGGER dot_config_stamp
  BEFORE INSERT OR UPDATE ON dot_config
  FOR EACH ROW EXECUTE FUNCTION _iu_dot_config_stamp();

-- Reads a gate. A missing key is a closed gate: nothing opens by omission. SECURITY
-- DEFINER so that views calling it read the gate for roles without access to dot_config.
CREATE FUNCTION fn_iu_gate_enabled(p_key text) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = pg_catalog, public, pg_temp
AS $$
  SELECT coalesce((SELECT c.value = 'true' FROM public.dot_config c WHERE c.key = p_key), false)
$$;

COMMENT ON FUNCTION fn_iu_gate_enabled(text) IS
  'true only when the dot_config row p_key exists and reads ''true''; a missing gate is closed.';

CREATE VIEW v_iu_gate_status AS
  SELECT c.key AS gate,
         c.value = 'true' AS enabled,
         c.description,
         c.updated_at,
         c.updated_by
    FROM dot_config c
   WHERE c.key LIKE 'iu\_core.%\_enabled';

COMMENT ON VIEW v_iu_gate_status IS 'Every gate and whether it is open; all should read enabled = false at rest.';
