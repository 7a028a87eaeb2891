-- 009_event_delivery.sql
-- Adds:     event_route (which event types are delivered to which internal target, on which
--           lane), the routes of the product's own types, fn_iu_deliver_outbox() behind the
--           new gate iu_core.delivery_enabled, and v_iu_outbox_backlog. Delivery marks
--           events delivered (an event is deliverable when its type is active and has an
--           active route); nothing in this product ever calls outside the database.
-- Requires: 001 (gates), 002 (outbox), 003/004/005/008 (the routed event types).
-- Rollback: refuses while any event has been delivered or event_route holds routes other
--           than its own five (a later migration's), unless SET iu_core.force_rollback_009 = true;
--           refuses out of order (whatever the force) while 012's catalog lists fn_iu_deliver_outbox.
-- Delta:    table +1, view +1, function +1, trigger 0, config +1, event_type 0, route +5

CREATE TABLE event_route (
  event_type    text NOT NULL REFERENCES event_type_registry (event_type),
  route_target  text NOT NULL CHECK (route_target ~ '^[a-z][a-z0-9_]*$' AND length(route_target) <= 64),
  delivery_lane text NOT NULL CHECK (delivery_lane IN ('immediate', 'delayed', 'batch')),
  active        boolean NOT NULL DEFAULT true,
  description   text NOT NULL CHECK (btrim(description) <> ''),
  created_at    timestamptz NOT NULL DEFAULT now(),
  created_by    text NOT NULL DEFAULT current_user CHECK (btrim(created_by) <> ''),
  PRIMARY KEY (event_type, route_target)
);

COMMENT ON TABLE event_route IS
  'Routes from event types to internal delivery targets. An event type without an active route is never delivered (it stays in the outbox for consumers that read it).';

INSERT INTO event_route (event_type, route_target, delivery_lane, description) VALUES
  ('iu.unit.minted',            'search_indexer', 'immediate', 'New units are indexed for search.'),
  ('iu.unit.lifecycle_changed', 'search_indexer', 'immediate', 'Status changes update the search index.'),
  ('iu.unit.lifecycle_changed', 'audit_trail',    'batch',     'Status changes are kept in the audit trail.'),
  ('iu.collection.composed',    'audit_trail',    'batch',     'Compositions are kept in the audit trail.'),
  ('iu.vector_sync.recorded',   'audit_trail',    'batch',     'Vector syncs are kept in the audit trail.');

INSERT INTO dot_config (key, value, description) VALUES
  ('iu_core.delivery_enabled', 'false', 'Gate: delivering outbox events to their routes (fn_iu_deliver_outbox). Never open without explicit authority.');

-- "Delivery" is a state change inside the database: the outbox row is marked delivered for
-- the internal consumers that read it. It never opens a connection, calls a program or
-- notifies anything outside; a real transport, if one is ever built, reads marked rows.
CREATE FUNCTION fn_iu_deliver_outbox(p_actor text, p_limit integer DEFAULT 1000) RETURNS jsonb
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER
  SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
  v_delivered integer;
  v_remaining bigint;
BEGIN
  IF p_actor IS NULL OR btrim(p_actor) = '' OR p_actor ~ '[[:cntrl:]]' OR length(p_actor) > 256
     OR p_limit IS NULL OR p_limit < 1 OR p_limit > 100000 THEN
    RETURN jsonb_build_object('status', 'invalid_input', 'reason', 'p_actor (1 to 256 characters on one line) is required; p_limit is 1 to 100000');
  END IF;
  IF NOT fn_iu_gate_enabled('iu_core.delivery_enabled') THEN
    RETURN jsonb_build_object('status', 'delivery_gate_closed');
  END IF;
  -- Oldest first through the undelivered partial index. SKIP LOCKED: two deliverers share
  -- the backlog instead of waiting on each other.
  WITH batch AS (
    SELECT o.id FROM event_outbox o
     WHERE o.delivered_at IS NULL
       AND EXISTS (SELECT 1 FROM event_type_registry t WHERE t.event_type = o.event_type AND t.active)
       AND EXISTS (SELECT 1 FROM event_route r WHERE r.event_type = o.event_type AND r.active)
     ORDER BY o.id
     LIMIT p_limit
       FOR UPDATE SKIP LOCKED
  )
  UPDATE event_outbox o SET delivered_at = now(), delivered_by = p_actor
    FROM batch WHERE o.id = batch.id;
  GET DIAGNOSTICS v_delivered = ROW_COUNT;
  SELECT count(*) INTO v_remaining FROM event_outbox o
   WHERE o.delivered_at IS NULL
     AND EXISTS (SELECT 1 FROM event_type_registry t WHERE t.event_type = o.event_type AND t.active)
     AND EXISTS (SELECT 1 FROM event_route r WHERE r.event_type = o.event_type AND r.active);
  RETURN jsonb_build_object('status', 'ok', 'delivered', v_delivered, 'remaining_routed', v_remaining);
END
$$;

REVOKE ALL ON FUNCTION fn_iu_deliver_outbox(text, integer) FROM PUBLIC;

COMMENT ON FUNCTION fn_iu_deliver_outbox(text, integer) IS
  'Marks up to p_limit undelivered events (oldest first) whose type is active and has an active route as delivered by p_actor. Gate iu_core.delivery_enabled. Never calls outside the database. Statuses: ok (delivered, remaining_routed), invalid_input, delivery_gate_closed.';

CREATE VIEW v_iu_outbox_backlog AS
  SELECT o.domain,
         o.event_type,
         EXISTS (SELECT 1 FROM event_type_registry t WHERE t.event_type = o.event_type AND t.active)
           AND EXISTS (SELECT 1 FROM event_route r WHERE r.event_type = o.event_type AND r.active) AS routed,
         count(*) FILTER (WHERE o.delivered_at IS NULL) AS undelivered,
         count(*) FILTER (WHERE o.delivered_at IS NOT NULL) AS delivered,
         min(o.created_at) FILTER (WHERE o.delivered_at IS NULL) AS oldest_undelivered
    FROM event_outbox o
   GROUP BY o.domain, o.event_type;

COMMENT ON VIEW v_iu_outbox_backlog IS
  'Outbox events per domain and type: whether delivery would take them (routed: active type with an active route), undelivered and delivered counts, the oldest undelivered.';
