-- 009: delivery marks an event delivered only when its gate is open, its type is active in
-- event_type_registry and it has an active route; oldest first, at most p_limit; in either
-- domain. It only stamps delivered_at/delivered_by: no other column and no other table
-- changes (nothing is sent anywhere). The backlog view uses the same rule.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(15);

CREATE FUNCTION pg_temp.probe_row_counts() RETURNS TABLE (table_name text, row_count bigint)
  LANGUAGE plpgsql AS $census$
DECLARE
  t text;
BEGIN
  FOR t IN SELECT c.relname::text FROM pg_class c
            WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
            ORDER BY 1
  LOOP
    table_name := t;
    EXECUTE format('SELECT count(*) FROM public.%I', t) INTO row_count;
    RETURN NEXT;
  END LOOP;
END
$census$;

-- Four event types of the probe's own, one per case, and one event of each (plus a system one).
INSERT INTO event_type_registry (event_type, event_stream, delivery_lane, active, description) VALUES
  ('probe.routed',         'update', 'immediate', true,  'probe: active type with an active route'),
  ('probe.inactive_type',  'update', 'immediate', false, 'probe: inactive type with an active route'),
  ('probe.inactive_route', 'update', 'immediate', true,  'probe: active type whose only route is inactive'),
  ('probe.unrouted',       'update', 'delayed',   true,  'probe: active type without a route');
INSERT INTO event_route (event_type, route_target, delivery_lane, active, description) VALUES
  ('probe.routed',         'probe_target', 'immediate', true,  'probe route'),
  ('probe.inactive_type',  'probe_target', 'immediate', true,  'probe route'),
  ('probe.inactive_route', 'probe_target', 'immediate', false, 'probe route, switched off');
CREATE TEMP TABLE ev AS
SELECT 'routed' AS name, _iu_emit_event('iu', 'probe.routed', 'probe', gen_random_uuid(), '{"n":1}', 'probe') AS id
UNION ALL SELECT 'routed_system', _iu_emit_event('system', 'probe.routed', 'probe', gen_random_uuid(), '{"n":2}', 'probe')
UNION ALL SELECT 'inactive_type', _iu_emit_event('iu', 'probe.inactive_type', 'probe', gen_random_uuid(), '{"n":3}', 'probe')
UNION ALL SELECT 'inactive_route', _iu_emit_event('iu', 'probe.inactive_route', 'probe', gen_random_uuid(), '{"n":4}', 'probe')
UNION ALL SELECT 'unrouted', _iu_emit_event('iu', 'probe.unrouted', 'probe', gen_random_uuid(), '{"n":5}', 'probe');
CREATE TEMP TABLE outbox_before AS SELECT * FROM event_outbox;
CREATE TEMP TABLE census_before AS SELECT * FROM pg_temp.probe_row_counts();

-- Closed.
SELECT is(fn_iu_deliver_outbox('probe', 100000)->>'status', 'delivery_gate_closed', 'with its gate closed, delivery is delivery_gate_closed');
SELECT bag_eq($$ SELECT * FROM event_outbox $$, $$ SELECT * FROM outbox_before $$, 'with its gate closed, delivery changed no outbox row');

-- Open: one at a time, oldest first.
UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.delivery_enabled';
CREATE TEMP TABLE oldest AS
SELECT min(o.id) AS id FROM event_outbox o
 WHERE o.delivered_at IS NULL
   AND EXISTS (SELECT 1 FROM event_type_registry t WHERE t.event_type = o.event_type AND t.active)
   AND EXISTS (SELECT 1 FROM event_route r WHERE r.event_type = o.event_type AND r.active);
CREATE TEMP TABLE one AS SELECT fn_iu_deliver_outbox('probe-deliverer', 1) AS r;
SELECT is((SELECT (r->>'delivered')::int FROM one), 1, 'p_limit 1 delivers one event');
SELECT results_eq($$ SELECT id FROM event_outbox WHERE delivered_by = 'probe-deliverer' $$, $$ SELECT id FROM oldest $$,
  'the one delivered is the oldest deliverable event');

CREATE TEMP TABLE rest AS SELECT fn_iu_deliver_outbox('probe-deliverer', 100000) AS r;
SELECT is((SELECT r->>'status' FROM rest), 'ok', 'with its gate open, delivery is ok');
SELECT is((SELECT (r->>'remaining_routed')::int FROM rest), 0, 'no deliverable event is left undelivered');
SELECT set_eq($$ SELECT name FROM ev JOIN event_outbox o ON o.id = ev.id WHERE o.delivered_at IS NOT NULL $$,
  ARRAY['routed', 'routed_system'],
  'of the probe''s events exactly the two of the active, routed type were delivered, in both domains');
SELECT is((SELECT delivered_by FROM event_outbox WHERE id = (SELECT id FROM ev WHERE name = 'routed')), 'probe-deliverer',
  'a delivered event records who delivered it');
SELECT is((SELECT delivered_at FROM event_outbox WHERE id = (SELECT id FROM ev WHERE name = 'routed')), now(),
  'and when');
SELECT is_empty(
  $$ SELECT o.id FROM event_outbox o JOIN outbox_before b ON b.id = o.id
      WHERE (o.event_id, o.domain, o.event_type, o.aggregate_type, o.aggregate_id, o.payload, o.created_at, o.created_by)
            IS DISTINCT FROM (b.event_id, b.domain, b.event_type, b.aggregate_type, b.aggregate_id, b.payload, b.created_at, b.created_by) $$,
  'delivery changed no column but the delivery stamps');
SELECT bag_eq($$ SELECT * FROM pg_temp.probe_row_counts() $$, $$ SELECT * FROM census_before $$,
  'delivery added or removed no row in any product table (it writes no event of its own)');

-- The backlog view agrees.
SELECT results_eq(
  $$ SELECT event_type, routed, undelivered FROM v_iu_outbox_backlog WHERE event_type LIKE 'probe.%' AND domain = 'iu' ORDER BY event_type $$,
  $$ VALUES ('probe.inactive_route'::text, false, 1::bigint), ('probe.inactive_type'::text, false, 1::bigint),
            ('probe.routed'::text, true, 0::bigint), ('probe.unrouted'::text, false, 1::bigint) $$,
  'v_iu_outbox_backlog shows as routed only the active type with an active route, and what is left undelivered');

-- Bad input with the gate open is still a status.
SELECT is(fn_iu_deliver_outbox('probe', 100001)->>'status', 'invalid_input', 'a limit above 100000 is invalid_input');
SELECT is(fn_iu_deliver_outbox(E'probe\tdeliverer')->>'status', 'invalid_input', 'an actor with a control character is invalid_input');
UPDATE dot_config SET value = 'false' WHERE key = 'iu_core.delivery_enabled';
SELECT is(fn_iu_gate_enabled('iu_core.delivery_enabled'), false, 'the delivery gate is closed again before the end of the transaction');

SELECT * FROM finish();
ROLLBACK;
