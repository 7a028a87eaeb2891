-- 037_gates_closed_at_commit.sql
-- Adds:     "every gate closed before COMMIT", enforced by the database for every client
--           (psql recipes, drivers, the CLI alike): the constraint trigger
--           dot_config_gates_closed_at_commit on dot_config, DEFERRABLE INITIALLY DEFERRED,
--           queued whenever a gate row iu_core.<name>_enabled is set to 'true'. At COMMIT (or
--           PREPARE TRANSACTION) _iu_dot_config_gates_closed_at_commit() reads the gate as it
--           stands then, so opening and closing a gate inside one transaction commits, and a
--           gate still open refuses the whole COMMIT with a message naming it and a HINT.
--           The authorised way to keep a gate open on purpose: the owner of dot_config (or a
--           member of the owning role) or a superuser runs, in that transaction,
--             SET LOCAL iu_core.keep_gates_open = 'true';
--           The setting is honoured only for those roles: iu_core_operator (which may toggle
--           gates) cannot use it, and cannot drop or disable the trigger (it does not own
--           the table).
-- Requires: 001 (dot_config), 034 (the operator role this guards against; not required).
-- Rollback: refuses, forced or not, while a later migration is applied; no data to refuse.
-- Delta:    table 0, view 0, function +1, trigger +1, config 0, event_type 0, route 0

CREATE FUNCTION _iu_dot_config_gates_closed_at_commit() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
  v_authorised boolean;
BEGIN
  -- The gate as it stands at COMMIT, not as this row left it: a later statement may have
  -- closed it again.
  IF NOT EXISTS (SELECT 1 FROM public.dot_config c WHERE c.key = NEW.key AND c.value = 'true') THEN
    RETURN NULL;
  END IF;
  -- Runs with the committing role's rights (not SECURITY DEFINER), so current_user is the
  -- role that commits: the setting counts only for a superuser or the table's owner.
  SELECT coalesce(current_setting('iu_core.keep_gates_open', true), '') = 'true'
         AND (r.rolsuper OR pg_has_role(current_user, c.relowner, 'MEMBER'))
    INTO v_authorised
    FROM pg_roles r, pg_class c
   WHERE r.rolname = current_user AND c.oid = 'public.dot_config'::regclass;
  IF v_authorised THEN
    RETURN NULL;
  END IF;
  RAISE EXCEPTION 'REFUSED: gate % is open at COMMIT; every gate must be closed before COMMIT', NEW.key
    USING ERRCODE = 'integrity_constraint_violation',
          HINT = format('Close it in the same transaction (UPDATE dot_config SET value = %L WHERE key = %L) before COMMIT. To keep a gate open on purpose, the owner of dot_config or a superuser runs SET LOCAL iu_core.keep_gates_open = %L in that transaction.',
                        'false', NEW.key, 'true');
END
$$;

REVOKE ALL ON FUNCTION _iu_dot_config_gates_closed_at_commit() FROM PUBLIC;

COMMENT ON FUNCTION _iu_dot_config_gates_closed_at_commit() IS
  'Deferred check of dot_config_gates_closed_at_commit: refuses a COMMIT that leaves a gate iu_core.*_enabled open, unless a superuser or the owner of dot_config SET LOCAL iu_core.keep_gates_open = true.';

CREATE CONSTRAINT TRIGGER dot_config_gates_closed_at_commit
  AFTER INSERT OR UPDATE OF value ON dot_config
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW
  WHEN (NEW.key LIKE 'iu\_core.%\_enabled' AND NEW.value = 'true')
  EXECUTE FUNCTION _iu_dot_config_gates_closed_at_commit();
