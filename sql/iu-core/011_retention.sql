-- 011_retention.sql
-- Adds:     retention of delivered outbox events: the policy setting
--           iu_core.retention_delivered_event_days, v_iu_retention_candidates (what the policy
--           would remove now), fn_iu_retention_sweep() (dry run by default; a real sweep
--           behind the new gate iu_core.retention_enabled) and the event type
--           iu.retention.swept. Undelivered events, units and logs are never swept (002's
--           event_outbox_delivered_at_idx finds the old delivered events).
-- Requires: 001 (gates), 002 (outbox).
-- Rollback: refuses while events of its type remain, unless
--           SET iu_core.force_rollback_011 = true; refuses out of order (whatever the force)
--           while 012's catalog still lists fn_iu_retention_sweep.
-- Delta:    table 0, view +1, function +1, trigger 0, config +2, event_type +1, route 0

-- What retention sweeps, and why only that: delivered outbox events have done their job and
-- are the one thing here that grows without bound (the seeds' system domain held 123,246).
-- Undelivered events are still owed to a consumer. Units are referenced by collections,
-- lifecycle history and sync points, and an archived unit always has lifecycle history
-- (archiving is a logged transition), which is audit evidence that must keep its unit. The
-- logs themselves are evidence. So the policy is one setting: the age in days after which a
-- delivered event may go.
INSERT INTO dot_config (key, value, description) VALUES
  ('iu_core.retention_enabled', 'false', 'Gate: sweeping retention candidates (fn_iu_retention_sweep with p_dry_run = false). Never open without a candidates audit.'),
  ('iu_core.retention_delivered_event_days', '90', 'Retention policy: delivered outbox events older than this many days are candidates.');

-- A whole number of days from 1 to 99999: 0 would make an event a candidate the moment it
-- is delivered. CASE, so the cast is only tried on digits.
-- dot_config holds a few settings: the validating scan is instant.
-- squawk-ignore constraint-missing-not-valid
ALTER TABLE dot_config ADD CONSTRAINT dot_config_retention_days_is_a_count
  CHECK (CASE WHEN key <> 'iu_core.retention_delivered_event_days' THEN true
              WHEN value ~ '^[0-9]{1,5}$' THEN value::integer >= 1
              ELSE false END);

INSERT INTO event_type_registry (event_type, event_stream, delivery_lane, description) VALUES
  ('iu.retention.swept', 'delete', 'batch', 'A retention sweep removed delivered outbox events.');

CREATE VIEW v_iu_retention_candidates AS
  SELECT 'delivered_event'::text AS candidate_kind,
         o.id AS outbox_id,
         o.event_type,
         o.delivered_at,
         now() - o.delivered_at AS age
    FROM event_outbox o
   WHERE o.delivered_at IS NOT NULL
     AND o.delivered_at < now() - make_interval(days =>
           (SELECT c.value::integer FROM dot_config c WHERE c.key = 'iu_core.retention_delivered_event_days'));

COMMENT ON VIEW v_iu_retention_candidates IS
  'What the retention policy would remove now: delivered outbox events older than iu_core.retention_delivered_event_days.';

CREATE FUNCTION fn_iu_retention_sweep(
  p_actor   text,
  p_dry_run boolean DEFAULT true,
  p_limit   integer DEFAULT 10000
) RETURNS jsonb
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER
  SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
  v_candidates bigint;
  v_oldest     timestamptz;
  v_swept      integer;
  v_sweep_id   uuid;
BEGIN
  IF p_actor IS NULL OR btrim(p_actor) = '' OR p_actor ~ '[[:cntrl:]]' OR length(p_actor) > 256
     OR p_dry_run IS NULL OR p_limit IS NULL OR p_limit < 1 OR p_limit > 1000000 THEN
    RETURN jsonb_build_object('status', 'invalid_input', 'reason', 'p_actor (1 to 256 characters on one line) and p_dry_run are required; p_limit is 1 to 1000000');
  END IF;
  SELECT count(*), min(delivered_at) INTO v_candidates, v_oldest FROM v_iu_retention_candidates;
  IF p_dry_run THEN
    -- Reading the candidates is always allowed: the audit comes before the gate opens.
    RETURN jsonb_build_object('status', 'dry_run', 'candidates', v_candidates, 'oldest_delivered_at', v_oldest,
                              'would_sweep', least(v_candidates, p_limit));
  END IF;
  IF NOT fn_iu_gate_enabled('iu_core.retention_enabled') THEN
    RETURN jsonb_build_object('status', 'retention_gate_closed', 'candidates', v_candidates);
  END IF;
  -- Oldest delivery first (event_outbox_delivered_at_idx), so a bounded sweep takes what
  -- has waited longest.
  WITH doomed AS (
    SELECT outbox_id FROM v_iu_retention_candidates ORDER BY delivered_at, outbox_id LIMIT p_limit
  )
  DELETE FROM event_outbox o USING doomed WHERE o.id = doomed.outbox_id;
  GET DIAGNOSTICS v_swept = ROW_COUNT;
  -- Each sweep is its own aggregate: its event is the audit record of what it removed.
  v_sweep_id := gen_random_uuid();
  PERFORM _iu_emit_event('iu', 'iu.retention.swept', 'retention_sweep', v_sweep_id,
                         jsonb_build_object('swept', v_swept, 'candidates_before', v_candidates,
                                            'policy_days', (SELECT c.value FROM dot_config c WHERE c.key = 'iu_core.retention_delivered_event_days')),
                         p_actor);
  RETURN jsonb_build_object('status', 'swept', 'sweep_id', v_sweep_id, 'swept', v_swept, 'remaining_candidates', v_candidates - v_swept);
END
$$;

REVOKE ALL ON FUNCTION fn_iu_retention_sweep(text, boolean, integer) FROM PUBLIC;

COMMENT ON FUNCTION fn_iu_retention_sweep(text, boolean, integer) IS
  'Retention sweep of delivered outbox events older than iu_core.retention_delivered_event_days, oldest delivery first, at most p_limit; dry run by default (always allowed, changes nothing). A real sweep needs iu_core.retention_enabled. Statuses: dry_run (candidates, oldest_delivered_at, would_sweep), swept (sweep_id, swept, remaining_candidates), invalid_input, retention_gate_closed.';
