-- Every write writes its iu events to event_outbox, in the caller's transaction, about the
-- right aggregate and stamped with the actor: compose (one iu.unit.minted per new piece and
-- one iu.collection.composed), lifecycle, vector sync, mark, lineage, version, the
-- orchestrator, compensation and retention. Refusals, dry runs and delivery write none.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(20);

CREATE TEMP TABLE marks (step text PRIMARY KEY, id bigint NOT NULL);
INSERT INTO marks SELECT 'start', coalesce(max(id), 0) FROM event_outbox;
UPDATE dot_config SET value = 'true' WHERE key IN ('iu_core.composer_enabled', 'iu_core.vector_sync_enabled');

CREATE TEMP TABLE c AS SELECT fn_iu_compose('probe:events/c', 'doc', 'C', NULL, '[
  {"role":"title","new_piece":{"canonical_address":"probe/events/a","title":"A","body":"a","unit_kind":"doc","section_type":"title"}},
  {"role":"body","new_piece":{"canonical_address":"probe/events/b","title":"B","body":"b","unit_kind":"doc","section_type":"section"}}]', 'probe-composer') AS r;
CREATE TEMP TABLE p AS SELECT fn_iu_compose('probe:events/p', 'doc', 'P', NULL, '[
  {"role":"title","new_piece":{"canonical_address":"probe/events/p","title":"P","body":"p","unit_kind":"doc","section_type":"title"}}]', 'probe-composer') AS r;
INSERT INTO marks SELECT 'compose', max(id) FROM event_outbox;
CREATE TEMP TABLE ids AS SELECT
  (SELECT (r->>'collection_id')::uuid FROM c) AS c, (SELECT (r->>'collection_id')::uuid FROM p) AS p,
  (SELECT id FROM information_unit WHERE canonical_address = 'probe/events/a') AS a,
  (SELECT id FROM information_unit WHERE canonical_address = 'probe/events/b') AS b,
  (SELECT id FROM information_unit WHERE canonical_address = 'probe/events/p') AS pu;

CREATE TEMP TABLE lc AS SELECT fn_iu_set_lifecycle_status((SELECT a FROM ids), 'deprecated', 'probe-curator', 'why') AS r;
INSERT INTO marks SELECT 'lifecycle', max(id) FROM event_outbox;
CREATE TEMP TABLE vs AS SELECT fn_iu_record_vector_sync((SELECT b FROM ids), 'qdrant', repeat('d', 64), 'probe-syncer') AS r;
INSERT INTO marks SELECT 'sync', max(id) FROM event_outbox;
CREATE TEMP TABLE mk AS SELECT fn_iu_collection_mark_as_template((SELECT c FROM ids), 'C', NULL, 'probe-curator') AS r;
INSERT INTO marks SELECT 'mark', max(id) FROM event_outbox;
CREATE TEMP TABLE i AS SELECT fn_iu_compose('probe:events/i', 'doc', 'I', NULL,
  (SELECT jsonb_agg(jsonb_build_object('role', role, 'iu_id', iu_id) ORDER BY ordinal) FROM iu_piece_membership WHERE collection_id = (SELECT c FROM ids)), 'probe-composer') AS r;
INSERT INTO marks SELECT 'reuse', max(id) FROM event_outbox;
CREATE TEMP TABLE ln AS SELECT fn_iu_collection_record_template_instance((SELECT c FROM ids), (SELECT (r->>'collection_id')::uuid FROM i), 'probe-curator') AS r;
INSERT INTO marks SELECT 'lineage', max(id) FROM event_outbox;
CREATE TEMP TABLE vr AS SELECT fn_iu_collection_register_template_version((SELECT c FROM ids), 'probe:events', 'v1', 1, NULL, 'probe-curator') AS r;
INSERT INTO marks SELECT 'version', max(id) FROM event_outbox;
CREATE TEMP TABLE auto AS SELECT fn_iu_auto_instantiate_from_event('44444444-4444-4444-8444-444444444444', 'template.published', (SELECT c FROM ids), 'events-1', 'dry_run', 'probe-auto') AS r;
INSERT INTO marks SELECT 'auto', max(id) FROM event_outbox;

-- Refusals and dry runs, with the write gates closed again.
UPDATE dot_config SET value = 'false' WHERE key IN ('iu_core.composer_enabled', 'iu_core.vector_sync_enabled');
CREATE TEMP TABLE refusals AS
SELECT fn_iu_compose('probe:events/x', 'doc', 'X', NULL, '[{"role":"a","iu_id":"00000000-0000-4000-8000-0000000000aa"}]', 'probe') AS r
UNION ALL SELECT fn_iu_compose(NULL, 'doc', 'X', NULL, '[]', 'probe')
UNION ALL SELECT fn_iu_set_lifecycle_status((SELECT a FROM ids), 'deprecated', 'probe')
UNION ALL SELECT fn_iu_set_lifecycle_status((SELECT a FROM ids), 'gone', 'probe')
UNION ALL SELECT fn_iu_record_vector_sync((SELECT b FROM ids), 'qdrant', repeat('d', 64), 'probe')
UNION ALL SELECT fn_iu_collection_mark_as_template((SELECT c FROM ids), 'C', NULL, 'probe')
UNION ALL SELECT fn_iu_collection_record_template_instance((SELECT c FROM ids), (SELECT (r->>'collection_id')::uuid FROM i), 'probe')
UNION ALL SELECT fn_iu_collection_register_template_version((SELECT c FROM ids), 'probe:events', 'v1', 1, NULL, 'probe')
UNION ALL SELECT fn_iu_auto_instantiate_from_event('44444444-4444-4444-8444-444444444444', 'template.published', (SELECT c FROM ids), 'events-1', 'dry_run', 'probe-auto')
UNION ALL SELECT fn_iu_compensate_composition((SELECT p FROM ids), 'probe')
UNION ALL SELECT fn_iu_compensate_composition((SELECT c FROM ids), 'probe', false)
UNION ALL SELECT fn_iu_retention_sweep('probe')
UNION ALL SELECT fn_iu_retention_sweep('probe', false)
UNION ALL SELECT fn_iu_auto_instantiate_rollback_by_actor('probe-auto')
UNION ALL SELECT fn_iu_deliver_outbox('probe');
INSERT INTO marks SELECT 'refusals', max(id) FROM event_outbox;
UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.delivery_enabled';
CREATE TEMP TABLE dl AS SELECT fn_iu_deliver_outbox('probe-deliverer', 100000) AS r;
UPDATE dot_config SET value = 'false' WHERE key = 'iu_core.delivery_enabled';
INSERT INTO marks SELECT 'delivery', max(id) FROM event_outbox;

CREATE TEMP TABLE cp AS SELECT fn_iu_compensate_composition((SELECT p FROM ids), 'probe-undo', false) AS r;
INSERT INTO marks SELECT 'compensation', max(id) FROM event_outbox;
UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.retention_enabled';
CREATE TEMP TABLE sw AS SELECT fn_iu_retention_sweep('probe-sweeper', false) AS r;
UPDATE dot_config SET value = 'false' WHERE key = 'iu_core.retention_enabled';
INSERT INTO marks SELECT 'retention', max(id) FROM event_outbox;
CREATE TEMP TABLE rb AS SELECT fn_iu_auto_instantiate_rollback_by_actor('probe-auto', false) AS r;
INSERT INTO marks SELECT 'rollback', max(id) FROM event_outbox;

CREATE TEMP TABLE since (step text, event_type text, aggregate_type text, aggregate_id uuid, created_by text, domain text, payload jsonb, delivered boolean);
INSERT INTO since
SELECT s.step, o.event_type, o.aggregate_type, o.aggregate_id, o.created_by, o.domain, o.payload, o.delivered_at IS NOT NULL
  FROM event_outbox o JOIN LATERAL (
    SELECT x.step FROM (VALUES ('compose', 'start'), ('lifecycle', 'compose'), ('sync', 'lifecycle'), ('mark', 'sync'), ('reuse', 'mark'),
                               ('lineage', 'reuse'), ('version', 'lineage'), ('auto', 'version'), ('refusals', 'auto'), ('delivery', 'refusals'),
                               ('compensation', 'delivery'), ('retention', 'compensation'), ('rollback', 'retention')) AS x (step, prev)
     WHERE o.id > (SELECT id FROM marks WHERE step = x.prev) AND o.id <= (SELECT id FROM marks WHERE step = x.step)) s ON true;

SELECT is((SELECT count(*)::int FROM refusals WHERE r->>'status' NOT IN ('ok', 'compensated', 'swept', 'rolled_back')), 15,
  'the fifteen refusals and dry runs all answered with a refusal or dry-run status');
SELECT bag_eq($$ SELECT event_type, aggregate_type, aggregate_id, created_by FROM since WHERE step = 'compose' $$,
  $$ SELECT 'iu.unit.minted' AS event_type, 'information_unit' AS aggregate_type, a AS aggregate_id, 'probe-composer' AS created_by FROM ids UNION ALL SELECT 'iu.unit.minted', 'information_unit', b, 'probe-composer' FROM ids
     UNION ALL SELECT 'iu.unit.minted', 'information_unit', pu, 'probe-composer' FROM ids
     UNION ALL SELECT 'iu.collection.composed', 'iu_piece_collection', c, 'probe-composer' FROM ids
     UNION ALL SELECT 'iu.collection.composed', 'iu_piece_collection', p, 'probe-composer' FROM ids $$,
  'composing wrote one iu.unit.minted per new unit and one iu.collection.composed per collection, stamped with the actor');
SELECT results_eq($$ SELECT payload->>'collection_key', payload->>'manifest_digest', (payload->>'pieces')::int, (payload->>'units_minted')::int
                      FROM since WHERE step = 'compose' AND event_type = 'iu.collection.composed' AND aggregate_id = (SELECT c FROM ids) $$,
  $$ SELECT 'probe:events/c'::text, r->>'manifest_digest', 2, 2 FROM c $$, 'the composed event carries the key, the manifest digest and the counts');
SELECT is_empty($$ SELECT 1 FROM since WHERE step = 'compose' AND event_type = 'iu.unit.minted'
                   AND (payload->>'collection_id')::uuid NOT IN ((SELECT c FROM ids), (SELECT p FROM ids)) $$,
  'each minted event names the collection that minted the unit');
SELECT bag_eq($$ SELECT event_type, aggregate_id, created_by FROM since WHERE step = 'lifecycle' $$,
  $$ SELECT 'iu.unit.lifecycle_changed' AS event_type, a, 'probe-curator' AS created_by FROM ids $$, 'a lifecycle change wrote one iu.unit.lifecycle_changed event about the unit');
SELECT bag_eq($$ SELECT event_type, aggregate_id, created_by FROM since WHERE step = 'sync' $$,
  $$ SELECT 'iu.vector_sync.recorded' AS event_type, b, 'probe-syncer' AS created_by FROM ids $$, 'a recorded sync wrote one iu.vector_sync.recorded event about the unit');
SELECT bag_eq($$ SELECT event_type, aggregate_type, aggregate_id, created_by FROM since WHERE step = 'mark' $$,
  $$ SELECT 'iu.template.marked' AS event_type, 'iu_piece_collection' AS aggregate_type, c, 'probe-curator' AS created_by FROM ids $$, 'marking a template wrote one iu.template.marked event about the collection');
SELECT bag_eq($$ SELECT event_type, aggregate_id, created_by FROM since WHERE step = 'reuse' $$,
  $$ SELECT 'iu.collection.composed' AS event_type, (r->>'collection_id')::uuid, 'probe-composer' AS created_by FROM i $$, 'a pure reuse wrote a composed event and no minted event');
SELECT bag_eq($$ SELECT event_type, aggregate_id, created_by, payload->>'template_collection_id' FROM since WHERE step = 'lineage' $$,
  $$ SELECT 'iu.template.instance_recorded' AS event_type, (r->>'collection_id')::uuid, 'probe-curator' AS created_by, (SELECT c FROM ids)::text AS template_id FROM i $$,
  'recording lineage wrote one iu.template.instance_recorded event about the instance, naming its template');
SELECT bag_eq($$ SELECT event_type, aggregate_id, created_by, payload->>'version_status' FROM since WHERE step = 'version' $$,
  $$ SELECT 'iu.template.version_registered' AS event_type, c, 'probe-curator' AS created_by, 'current' AS version_status FROM ids $$, 'registering a version wrote one iu.template.version_registered event');
SELECT bag_eq($$ SELECT event_type, aggregate_id, created_by FROM since WHERE step = 'auto' $$,
  $$ SELECT e, (r->>'instance_collection_id')::uuid, 'probe-auto' AS created_by FROM auto, unnest(ARRAY['iu.collection.composed', 'iu.template.instance_recorded', 'iu.template.instance_auto_composed']) e $$,
  'the orchestrator wrote composed, instance_recorded and instance_auto_composed about the instance, and no minted event');
SELECT results_eq($$ SELECT payload->>'event_type', payload->>'emit_mode', payload->>'idempotency_key', payload->>'event_id'
                      FROM since WHERE step = 'auto' AND event_type = 'iu.template.instance_auto_composed' $$,
  $$ SELECT 'template.published'::text, 'dry_run'::text, r->>'idempotency_key', '44444444-4444-4444-8444-444444444444'::text FROM auto $$,
  'the instance_auto_composed event carries the triggering event, the mode and the idempotency key');
SELECT is((SELECT count(*)::int FROM since WHERE step = 'refusals'), 0, 'refusals, dry runs and delivery with its gate closed wrote no event');
SELECT is((SELECT count(*)::int FROM since WHERE step = 'delivery'), 0, 'delivery with its gate open wrote no event of its own');
SELECT bag_eq($$ SELECT event_type, aggregate_id, created_by FROM since WHERE step = 'compensation' $$,
  $$ SELECT 'iu.collection.compensated' AS event_type, p, 'probe-undo' AS created_by FROM ids $$, 'compensation wrote one iu.collection.compensated event about the collection');
SELECT bag_eq($$ SELECT event_type, aggregate_type, aggregate_id, created_by FROM since WHERE step = 'retention' $$,
  $$ SELECT 'iu.retention.swept' AS event_type, 'retention_sweep' AS aggregate_type, (r->>'sweep_id')::uuid, 'probe-sweeper' AS created_by FROM sw $$,
  'a real retention sweep wrote one iu.retention.swept event about its sweep_id, even when it swept nothing');
SELECT is((SELECT r->>'status' FROM rb), 'rolled_back', 'the actor rollback ran');
SELECT is_empty($$ SELECT 1 FROM since WHERE domain <> 'iu' $$, 'every event the product wrote is in domain iu');
SELECT is_empty($$ SELECT 1 FROM since s WHERE NOT EXISTS (SELECT 1 FROM event_type_registry t WHERE t.event_type = s.event_type AND t.active) $$,
  'every event the product wrote is of an active registered type');
SELECT is_empty($$ SELECT 1 FROM since s WHERE NOT s.delivered AND s.step IN ('compose', 'lifecycle', 'sync', 'mark', 'reuse', 'lineage', 'version', 'auto')
                     AND EXISTS (SELECT 1 FROM event_route r WHERE r.event_type = s.event_type AND r.active) $$,
  'the delivery marked every routed event written before it');

SELECT * FROM finish();
ROLLBACK;
