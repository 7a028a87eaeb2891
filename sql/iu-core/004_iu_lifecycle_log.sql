-- 004_iu_lifecycle_log.sql
-- Adds:     iu_lifecycle_log, written only by a trigger on an actual change of an existing
--           unit's lifecycle_status (creating a unit is not a transition); a guard trigger
--           that keeps the log append-only and refuses rows written by hand; the bookkeeping
--           call fn_iu_set_lifecycle_status() and the event type iu.unit.lifecycle_changed.
-- Requires: 002 (events), 003 (information_unit).
-- Rollback: refuses while iu_lifecycle_log holds rows or events of its type remain,
--           unless SET iu_core.force_rollback_004 = true; refuses out of order (whatever the
--           force) while 012's catalog still lists fn_iu_set_lifecycle_status.
-- Delta:    table +1, view 0, function +3, trigger +2, config 0, event_type +1, route 0

CREATE TABLE iu_lifecycle_log (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- No cascade: a unit with a lifecycle history is never deleted silently.
  iu_id       uuid NOT NULL REFERENCES information_unit (id),
  from_status text NOT NULL CHECK (from_status IN ('draft', 'active', 'deprecated', 'archived')),
  to_status   text NOT NULL CHECK (to_status IN ('draft', 'active', 'deprecated', 'archived')),
  reason      text CHECK (length(reason) <= 2000),
  changed_at  timestamptz NOT NULL DEFAULT now(),
  changed_by  text NOT NULL CHECK (btrim(changed_by) <> ''),
  CONSTRAINT iu_lifecycle_log_is_a_change CHECK (from_status <> to_status)
);

-- "The history of unit X" (and the FK check when a unit is deleted).
CREATE INDEX iu_lifecycle_log_iu_id_idx ON iu_lifecycle_log (iu_id, changed_at);

COMMENT ON TABLE iu_lifecycle_log IS
  'Every change of an existing unit''s lifecycle_status, written by the information_unit_lifecycle_log trigger and never by hand (iu_lifecycle_log_append_only refuses it). Minting a unit writes nothing here.';

-- The writer. The actor is the one fn_iu_set_lifecycle_status was given (handed over in a
-- transaction-local setting, because a trigger takes no arguments); a direct UPDATE by the
-- table owner is logged as the role that made it.
CREATE FUNCTION _iu_unit_lifecycle_log() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
  INSERT INTO public.iu_lifecycle_log (iu_id, from_status, to_status, reason, changed_by)
  VALUES (NEW.id, OLD.lifecycle_status, NEW.lifecycle_status,
          nullif(current_setting('iu_core.lifecycle_reason', true), ''),
          coalesce(nullif(current_setting('iu_core.lifecycle_actor', true), ''), current_user::text));
  RETURN NULL;
END
$$;

REVOKE ALL ON FUNCTION _iu_unit_lifecycle_log() FROM PUBLIC;

CREATE TRIGGER information_unit_lifecycle_log
  AFTER UPDATE OF lifecycle_status ON information_unit
  FOR EACH ROW
  WHEN (OLD.lifecycle_status IS DISTINCT FROM NEW.lifecycle_status)
  EXECUTE FUNCTION _iu_unit_lifecycle_log();

-- The log is evidence, so it is append-only and written by the trigger above alone: a row
-- inserted at trigger depth 1 came from a statement, not from a trigger, and is refused; so
-- is any UPDATE or DELETE. An AFTER trigger, so that a malformed row is still refused by its
-- own CHECK or foreign key first (those say what is wrong with it). TRUNCATE and DROP (the
-- forced rollback) are the owner's deliberate acts and are not row events. Raising is right
-- here: a hand-written history is a broken invariant, not bad input to a product function.
CREATE FUNCTION _iu_lifecycle_log_append_only() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
  IF TG_OP = 'INSERT' AND pg_trigger_depth() > 1 THEN
    RETURN NULL;
  END IF;
  RAISE EXCEPTION 'iu_lifecycle_log is written only by the information_unit_lifecycle_log trigger (% refused)', TG_OP
    USING ERRCODE = 'insufficient_privilege',
          HINT = 'Change a unit''s status with fn_iu_set_lifecycle_status(); the trigger logs it.';
END
$$;

REVOKE ALL ON FUNCTION _iu_lifecycle_log_append_only() FROM PUBLIC;

CREATE TRIGGER iu_lifecycle_log_append_only
  AFTER INSERT OR UPDATE OR DELETE ON iu_lifecycle_log
  FOR EACH ROW EXECUTE FUNCTION _iu_lifecycle_log_append_only();

INSERT INTO event_type_registry (event_type, event_stream, delivery_lane, description) VALUES
  ('iu.unit.lifecycle_changed', 'update', 'immediate', 'An information unit moved to another lifecycle status.');

-- Bookkeeping, not gated: it changes governance state and mints, delivers or sweeps nothing;
-- an operator must be able to deprecate or archive a unit with every gate closed.
CREATE FUNCTION fn_iu_set_lifecycle_status(
  p_iu_id  uuid,
  p_status text,
  p_actor  text,
  p_reason text DEFAULT NULL
) RETURNS jsonb
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER
  SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
  v_from text;
BEGIN
  IF p_iu_id IS NULL OR p_status IS NULL
     OR p_actor IS NULL OR btrim(p_actor) = '' OR p_actor ~ '[[:cntrl:]]' OR length(p_actor) > 256
     OR length(p_reason) > 2000 THEN
    RETURN jsonb_build_object('status', 'invalid_input',
      'reason', 'p_iu_id, p_status and p_actor (1 to 256 characters on one line) are required; p_reason is at most 2000 characters');
  END IF;
  IF p_status NOT IN ('draft', 'active', 'deprecated', 'archived') THEN
    RETURN jsonb_build_object('status', 'invalid_status', 'reason', 'status must be draft, active, deprecated or archived');
  END IF;
  -- Locked, so two operators changing one unit take turns and both transitions are logged.
  SELECT u.lifecycle_status INTO v_from FROM information_unit u WHERE u.id = p_iu_id FOR UPDATE;
  IF NOT FOUND THEN
    RETURN jsonb_build_object('status', 'unit_not_found', 'iu_id', p_iu_id);
  END IF;
  IF v_from = p_status THEN
    RETURN jsonb_build_object('status', 'unchanged', 'iu_id', p_iu_id, 'lifecycle_status', v_from);
  END IF;
  PERFORM set_config('iu_core.lifecycle_reason', coalesce(p_reason, ''), true),
          set_config('iu_core.lifecycle_actor', p_actor, true);
  UPDATE information_unit
     SET lifecycle_status = p_status, updated_at = now(), updated_by = p_actor
   WHERE id = p_iu_id;
  PERFORM set_config('iu_core.lifecycle_reason', '', true),
          set_config('iu_core.lifecycle_actor', '', true);
  PERFORM _iu_emit_event('iu', 'iu.unit.lifecycle_changed', 'information_unit', p_iu_id,
                         jsonb_build_object('from', v_from, 'to', p_status, 'reason', p_reason), p_actor);
  RETURN jsonb_build_object('status', 'ok', 'iu_id', p_iu_id, 'from', v_from, 'to', p_status);
END
$$;

REVOKE ALL ON FUNCTION fn_iu_set_lifecycle_status(uuid, text, text, text) FROM PUBLIC;

COMMENT ON FUNCTION fn_iu_set_lifecycle_status(uuid, text, text, text) IS
  'Moves a unit to another lifecycle status; the trigger logs it. Bookkeeping (ungated), operator-only. Statuses: ok, unchanged, invalid_input, invalid_status, unit_not_found.';
