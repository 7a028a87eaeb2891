-- 002_event_outbox.sql
-- Adds:     event_type_registry (every event type this product may write), event_outbox
--           (events in domain 'iu' or 'system', delivered later by 009) and the private
--           writer _iu_emit_event(). Nothing here calls outside the database.
-- Requires: 001 (nothing of it directly; ordered after it).
-- Rollback: refuses while event_outbox holds rows or event_type_registry holds types
--           registered by later migrations, unless SET iu_core.force_rollback_002 = true.
-- Delta:    table +2, view 0, function +1, trigger 0, config 0, event_type 0, route 0

CREATE TABLE event_type_registry (
  event_type    text PRIMARY KEY
                CHECK (event_type ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$'),
  event_stream  text NOT NULL CHECK (event_stream IN ('create', 'update', 'delete', 'system')),
  delivery_lane text NOT NULL CHECK (delivery_lane IN ('immediate', 'delayed', 'batch')),
  active        boolean NOT NULL DEFAULT true,
  description   text NOT NULL CHECK (btrim(description) <> ''),
  created_at    timestamptz NOT NULL DEFAULT now(),
  created_by    text NOT NULL DEFAULT current_user
);

COMMENT ON TABLE event_type_registry IS
  'Every event type the product may write to event_outbox, with its stream and delivery lane. Registering a type does not deliver it: only types with an active event_route are delivered.';

CREATE TABLE event_outbox (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event_id       uuid NOT NULL DEFAULT gen_random_uuid() UNIQUE,
  domain         text NOT NULL CHECK (domain IN ('iu', 'system')),
  event_type     text NOT NULL REFERENCES event_type_registry (event_type),
  aggregate_type text NOT NULL CHECK (aggregate_type ~ '^[a-z][a-z0-9_]*$'),
  aggregate_id   uuid NOT NULL,
  payload        jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(payload) = 'object'),
  created_at     timestamptz NOT NULL DEFAULT now(),
  created_by     text NOT NULL CHECK (btrim(created_by) <> ''),
  delivered_at   timestamptz,
  delivered_by   text CHECK (btrim(delivered_by) <> ''),
  CONSTRAINT event_outbox_delivery_stamped CHECK ((delivered_at IS NULL) = (delivered_by IS NULL))
);

COMMENT ON TABLE event_outbox IS
  'Transactional outbox: events are written in the same transaction as the change they describe and marked delivered by fn_iu_deliver_outbox (behind iu_core.delivery_enabled).';

-- Delivery (009) scans only what is still undelivered, oldest first: the backlog stays
-- small while the outbox grows. Retention (011) finds delivered events older than its
-- cutoff. The two partial indexes never hold the same row. Events of one aggregate are
-- looked up by id (audits, probes), and by type when a rollback removes a type (the FK
-- from the registry checks it too).
CREATE INDEX event_outbox_undelivered_idx ON event_outbox (id) WHERE delivered_at IS NULL;
CREATE INDEX event_outbox_delivered_at_idx ON event_outbox (delivered_at) WHERE delivered_at IS NOT NULL;
CREATE INDEX event_outbox_aggregate_idx ON event_outbox (aggregate_id);
CREATE INDEX event_outbox_event_type_idx ON event_outbox (event_type);

-- The one writer of product events. Private: called by the product's SECURITY DEFINER
-- functions, never by operators.
CREATE FUNCTION _iu_emit_event(
  p_domain         text,
  p_event_type     text,
  p_aggregate_type text,
  p_aggregate_id   uuid,
  p_payload        jsonb,
  p_actor          text
) RETURNS bigint
  LANGUAGE sql VOLATILE SECURITY DEFINER
  SET search_path = pg_catalog, public, pg_temp
AS $$
  INSERT INTO public.event_outbox (domain, event_type, aggregate_type, aggregate_id, payload, created_by)
  VALUES (p_domain, p_event_type, p_aggregate_type, p_aggregate_id, coalesce(p_payload, '{}'::jsonb), p_actor)
  RETURNING id
$$;

REVOKE ALL ON FUNCTION _iu_emit_event(text, text, text, uuid, jsonb, text) FROM PUBLIC;

COMMENT ON FUNCTION _iu_emit_event(text, text, text, uuid, jsonb, text) IS
  'Private: writes one event to event_outbox in the caller''s transaction; returns its id.';
