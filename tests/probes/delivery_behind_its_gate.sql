-- Delivery marks routed events delivered, only with its gate open; unrouted types (the
-- orchestrator's event among them) are never delivered; nothing leaves the database.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(11);

UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled';
CREATE TEMP TABLE c AS
SELECT fn_iu_compose('probe:delivery', 'doc', 'D', NULL, '[{"role":"title","new_piece":{"canonical_address":"probe/delivery/u","title":"U","body":"u","unit_kind":"doc","section_type":"title"}}]', 'probe') AS r;
-- An event of an unrouted type, written the way the orchestrator writes its own.
SELECT lives_ok($$ SELECT _iu_emit_event('iu', 'iu.template.instance_auto_composed', 'iu_piece_collection', gen_random_uuid(), '{}', 'probe') $$,
  'an unrouted event type can be written to the outbox');
CREATE TEMP TABLE before AS
SELECT count(*) FILTER (WHERE delivered_at IS NULL) AS undelivered,
       count(*) FILTER (WHERE delivered_at IS NULL AND EXISTS (SELECT 1 FROM event_route r WHERE r.event_type = o.event_type AND r.active)) AS routed
  FROM event_outbox o;

SELECT is(fn_iu_deliver_outbox('probe')->>'status', 'delivery_gate_closed', 'with its gate closed, delivery is delivery_gate_closed');
SELECT is((SELECT count(*) FROM event_outbox WHERE delivered_at IS NULL), (SELECT undelivered FROM before), 'delivery with its gate closed delivered nothing');
SELECT is(fn_iu_deliver_outbox(NULL)->>'status', 'invalid_input', 'a NULL actor is invalid_input');
SELECT is(fn_iu_deliver_outbox('probe', 0)->>'status', 'invalid_input', 'a limit below 1 is invalid_input');

UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.delivery_enabled';
CREATE TEMP TABLE d AS SELECT fn_iu_deliver_outbox('probe-deliverer', 100000) AS r;
SELECT is((SELECT r->>'status' FROM d), 'ok', 'with its gate open, delivery is ok');
SELECT is((SELECT (r->>'delivered')::bigint FROM d), (SELECT routed FROM before), 'it delivered exactly the routed undelivered events');
SELECT is((SELECT (r->>'remaining_routed')::int FROM d), 0, 'no routed event remains undelivered');
SELECT is((SELECT count(*)::int FROM event_outbox WHERE event_type = 'iu.template.instance_auto_composed' AND delivered_at IS NOT NULL), 0,
  'the unrouted iu.template.instance_auto_composed event stays undelivered');
SELECT is((SELECT count(*)::int FROM event_outbox WHERE delivered_by = 'probe-deliverer' AND delivered_at IS NOT NULL
             AND NOT EXISTS (SELECT 1 FROM event_route r WHERE r.event_type = event_outbox.event_type AND r.active)), 0,
  'nothing without an active route was delivered');
SELECT is((SELECT routed FROM v_iu_outbox_backlog WHERE event_type = 'iu.template.instance_auto_composed'), false, 'the backlog view shows the orchestrator''s event as unrouted');

SELECT * FROM finish();
ROLLBACK;
