-- 009: fn_iu_deliver_outbox does nothing with its gate closed; open, it marks delivered
-- (and only marks: no row is added, removed or rewritten) exactly the undelivered events of
-- active types with an active route, oldest first, up to its limit. Unrouted types — the template
-- events and iu.template.instance_auto_composed among them — stay undelivered.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(30);

CREATE TEMP TABLE mark AS SELECT coalesce(max(id), 0) AS id FROM event_outbox;
-- Real events of routed and unrouted types, written by the product's own functions.
UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled';
CREATE TEMP TABLE tpl AS SELECT fn_iu_compose('probe:delivery/tpl', 'doc', 'D', NULL,
  '[{"role":"title","new_piece":{"canonical_address":"probe/delivery/u","title":"U","body":"u","unit_kind":"doc","section_type":"title"}}]', 'probe') AS r;
CREATE TEMP TABLE lc AS SELECT fn_iu_set_lifecycle_status((SELECT id FROM information_unit WHERE canonical_address = 'probe/delivery/u'), 'draft', 'probe') AS r;
CREATE TEMP TABLE marked AS SELECT fn_iu_collection_mark_as_template((SELECT (r->>'collection_id')::uuid FROM tpl), 'tpl', NULL, 'probe') AS r;
CREATE TEMP TABLE auto AS SELECT fn_iu_auto_instantiate_from_event(gen_random_uuid(), 'template.published', (SELECT (r->>'collection_id')::uuid FROM tpl),
  'delivery-1', 'dry_run', 'probe') AS r;
UPDATE dot_config SET value = 'false' WHERE key = 'iu_core.composer_enabled';
CREATE TEMP TABLE mine AS
SELECT o.id, o.event_type, EXISTS (SELECT 1 FROM event_route r WHERE r.event_type = o.event_type AND r.active) AS routed
  FROM event_outbox o WHERE o.id > (SELECT id FROM mark);
CREATE TEMP TABLE outbox_before AS SELECT id, event_id, domain, event_type, aggregate_type, aggregate_id, payload, created_at, created_by FROM event_outbox;
CREATE TEMP TABLE before AS
SELECT count(*) FILTER (WHERE delivered_at IS NOT NULL) AS delivered,
       count(*) FILTER (WHERE delivered_at IS NULL AND EXISTS (SELECT 1 FROM event_route r WHERE r.event_type = o.event_type AND r.active)) AS routed,
       min(id) FILTER (WHERE delivered_at IS NULL AND EXISTS (SELECT 1 FROM event_route r WHERE r.event_type = o.event_type AND r.active)) AS oldest_routed
  FROM event_outbox o;

SELECT set_eq($$ SELECT event_type, route_target, active FROM event_route $$,
  $$ VALUES ('iu.unit.minted', 'search_indexer', true), ('iu.unit.lifecycle_changed', 'search_indexer', true), ('iu.unit.lifecycle_changed', 'audit_trail', true),
            ('iu.collection.composed', 'audit_trail', true), ('iu.vector_sync.recorded', 'audit_trail', true) $$,
  'the product routes exactly five (type, target) pairs, all active');
SELECT is_empty($$ SELECT 1 FROM event_route WHERE event_type LIKE 'iu.template.%' $$, 'no template event type has a route, iu.template.instance_auto_composed included');
SELECT set_eq($$ SELECT DISTINCT event_type FROM mine $$,
  ARRAY['iu.unit.minted', 'iu.collection.composed', 'iu.unit.lifecycle_changed', 'iu.template.marked', 'iu.template.instance_recorded', 'iu.template.instance_auto_composed'],
  'the setup wrote events of three routed and three unrouted types');

-- Gate closed; input checked first.
SELECT is(fn_iu_deliver_outbox('probe')->>'status', 'delivery_gate_closed', 'with its gate closed, delivery is delivery_gate_closed');
SELECT is(fn_iu_deliver_outbox(NULL)->>'status', 'invalid_input', 'a NULL actor is invalid_input, even with the gate closed');
SELECT is(fn_iu_deliver_outbox('  ')->>'status', 'invalid_input', 'a blank actor is invalid_input');
SELECT is(fn_iu_deliver_outbox('probe', 0)->>'status', 'invalid_input', 'a limit of 0 is invalid_input');
SELECT is(fn_iu_deliver_outbox('probe', 100001)->>'status', 'invalid_input', 'a limit over 100000 is invalid_input');
SELECT is(fn_iu_deliver_outbox('probe', NULL)->>'status', 'invalid_input', 'a NULL limit is invalid_input');
SELECT is((SELECT count(*) FROM event_outbox WHERE delivered_at IS NOT NULL), (SELECT delivered FROM before), 'with its gate closed nothing was marked delivered');

-- Gate open: the limit, oldest first.
UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.delivery_enabled';
CREATE TEMP TABLE d1 AS SELECT fn_iu_deliver_outbox('probe-deliverer', 1) AS r;
SELECT results_eq($$ SELECT r->>'status', (r->>'delivered')::bigint, (r->>'remaining_routed')::bigint FROM d1 $$,
  $$ SELECT 'ok'::text, 1::bigint, routed - 1 FROM before $$, 'with a limit of 1 delivery marks one event and reports the routed rest remaining');
SELECT is((SELECT id FROM event_outbox WHERE delivered_by = 'probe-deliverer'), (SELECT oldest_routed FROM before), 'it marked the oldest undelivered routed event');
CREATE TEMP TABLE d2 AS SELECT fn_iu_deliver_outbox('probe-deliverer', 100000) AS r;
SELECT results_eq($$ SELECT r->>'status', (r->>'delivered')::bigint, (r->>'remaining_routed')::bigint FROM d2 $$,
  $$ SELECT 'ok'::text, routed - 1, 0::bigint FROM before $$, 'the next call delivers every other routed event and none remains');
SELECT is_empty($$ SELECT m.event_type FROM mine m JOIN event_outbox o ON o.id = m.id WHERE m.routed AND o.delivered_at IS NULL $$,
  'every routed event of the setup is delivered');
SELECT is_empty($$ SELECT m.event_type FROM mine m JOIN event_outbox o ON o.id = m.id WHERE m.routed AND (o.delivered_by IS DISTINCT FROM 'probe-deliverer' OR o.delivered_at <> now()) $$,
  'each is stamped with the deliverer and the delivery time');
SELECT is_empty($$ SELECT o.event_type FROM event_outbox o WHERE o.delivered_at IS NOT NULL
                    AND NOT EXISTS (SELECT 1 FROM event_route r WHERE r.event_type = o.event_type AND r.active) $$,
  'no event of a type without an active route is delivered');
SELECT is((SELECT count(*)::int FROM mine m JOIN event_outbox o ON o.id = m.id WHERE m.event_type = 'iu.template.instance_auto_composed' AND o.delivered_at IS NULL), 1,
  'the orchestrator''s iu.template.instance_auto_composed event stays undelivered');
SELECT is((SELECT count(*)::int FROM mine m JOIN event_outbox o ON o.id = m.id WHERE NOT m.routed AND o.delivered_at IS NULL), (SELECT count(*)::int FROM mine WHERE NOT routed),
  'every unrouted event of the setup stays undelivered');
SELECT bag_eq($$ SELECT id, event_id, domain, event_type, aggregate_type, aggregate_id, payload, created_at, created_by FROM event_outbox $$,
  $$ SELECT * FROM outbox_before $$, 'delivery only marks: no event was added, removed or rewritten');
SELECT results_eq($$ SELECT r->>'status', (r->>'delivered')::int, (r->>'remaining_routed')::int FROM (SELECT fn_iu_deliver_outbox('probe-deliverer') AS r) x $$,
  $$ VALUES ('ok'::text, 0, 0) $$, 'a further call finds nothing to deliver');
SELECT results_eq($$ SELECT routed, undelivered FROM v_iu_outbox_backlog WHERE domain = 'iu' AND event_type = 'iu.template.instance_auto_composed' $$,
  $$ SELECT false, count(*) FROM event_outbox WHERE event_type = 'iu.template.instance_auto_composed' AND delivered_at IS NULL $$,
  'v_iu_outbox_backlog shows the orchestrator''s type unrouted with its undelivered events');
SELECT is_empty($$ SELECT event_type FROM v_iu_outbox_backlog WHERE routed AND undelivered > 0 $$, 'v_iu_outbox_backlog shows no routed backlog left');

-- A route made inactive stops delivery of its type.
UPDATE event_route SET active = false WHERE event_type = 'iu.collection.composed';
UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled';
CREATE TEMP TABLE later AS SELECT fn_iu_compose('probe:delivery/later', 'doc', 'Later', NULL,
  '[{"role":"title","new_piece":{"canonical_address":"probe/delivery/later","title":"L","body":"l","unit_kind":"doc","section_type":"title"}}]', 'probe') AS r;
CREATE TEMP TABLE d3 AS SELECT fn_iu_deliver_outbox('probe-deliverer') AS r;
SELECT is((SELECT (r->>'delivered')::int FROM d3), 1, 'with the composed route inactive, only the new minted event is delivered');
SELECT is((SELECT delivered_at FROM event_outbox WHERE event_type = 'iu.collection.composed' AND aggregate_id = (SELECT (r->>'collection_id')::uuid FROM later)), NULL,
  'the new composed event, whose only route is inactive, stays undelivered');
SELECT is((SELECT routed FROM v_iu_outbox_backlog WHERE domain = 'iu' AND event_type = 'iu.collection.composed'), false,
  'v_iu_outbox_backlog shows the type unrouted while its route is inactive');

-- A type made inactive in the registry is not delivered either, though its route is active.
UPDATE event_type_registry SET active = false WHERE event_type = 'iu.unit.minted';
CREATE TEMP TABLE later2 AS SELECT fn_iu_compose('probe:delivery/later2', 'doc', 'Later 2', NULL,
  '[{"role":"title","new_piece":{"canonical_address":"probe/delivery/later2","title":"L","body":"l","unit_kind":"doc","section_type":"title"}}]', 'probe') AS r;
CREATE TEMP TABLE d4 AS SELECT fn_iu_deliver_outbox('probe-deliverer') AS r;
SELECT results_eq($$ SELECT (r->>'delivered')::int, (r->>'remaining_routed')::int FROM d4 $$, $$ VALUES (0, 0) $$,
  'with the minted type inactive in the registry (and the composed route inactive) nothing is delivered or counted as owed');
SELECT is((SELECT delivered_at FROM event_outbox WHERE event_type = 'iu.unit.minted' AND payload->>'collection_id' = (SELECT r->>'collection_id' FROM later2)), NULL,
  'the new minted event stays undelivered while its type is inactive');
SELECT is((SELECT routed FROM v_iu_outbox_backlog WHERE domain = 'iu' AND event_type = 'iu.unit.minted'), false,
  'v_iu_outbox_backlog shows an inactive type as not routed');
UPDATE event_type_registry SET active = true WHERE event_type = 'iu.unit.minted';

-- Closed again.
UPDATE dot_config SET value = 'false' WHERE key = 'iu_core.delivery_enabled';
UPDATE event_route SET active = true WHERE event_type = 'iu.collection.composed';
SELECT is(fn_iu_deliver_outbox('probe-deliverer')->>'status', 'delivery_gate_closed', 'closing the gate inside the transaction stops delivery again');
SELECT is((SELECT delivered_at FROM event_outbox WHERE event_type = 'iu.collection.composed' AND aggregate_id = (SELECT (r->>'collection_id')::uuid FROM later)), NULL,
  'the refused call marked nothing, though the route is active again');

SELECT * FROM finish();
ROLLBACK;
