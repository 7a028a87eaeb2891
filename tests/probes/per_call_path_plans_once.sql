-- 039/040: one orchestrator call of a well-formed template runs the orchestrator and the
-- digest once each, and nothing else (PostgreSQL before 18 plans a SQL-language function
-- with a SET clause afresh on every call: the gate readers, the pieces lookup, the digest
-- re-check and the event writer were fifteen such calls per instance; since 040 the
-- orchestrator writes the instance itself instead of calling the composer and the lineage
-- recorder). Counted by pg_stat_xact_user_functions. A template the composer would refuse
-- still goes to the composer, whose answer it carries. And what those calls wrote is still written, exactly: the
-- composer's events (minted units in piece order, then the composition) with their
-- payloads, the instance's three events in order with theirs, the lineage and log rows, the
-- result; the statuses that depend on the gates, the template and its mark keep their order.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(17);

-- Counts every function call from here on (superuser setting; the probe runs as one).
SET LOCAL track_functions = 'all';
CREATE TEMP TABLE mark AS SELECT coalesce(max(id), 0) AS id FROM event_outbox;

-- Gate order, both gates closed: live asks the live gate first, dry_run the composer's.
SELECT is(fn_iu_auto_instantiate_from_event(gen_random_uuid(), 'probe.ev', gen_random_uuid(), 'pc-0', 'live', 'probe-pc') ->> 'status',
  'live_gate_closed', 'live with both gates closed: live_gate_closed');
SELECT is(fn_iu_auto_instantiate_from_event(gen_random_uuid(), 'probe.ev', gen_random_uuid(), 'pc-0', 'dry_run', 'probe-pc') ->> 'status',
  'composer_gate_closed', 'dry_run with the composer gate closed: composer_gate_closed');
UPDATE dot_config SET value = 'true' WHERE key IN ('iu_core.composer_enabled', 'iu_core.auto_instantiate_enabled');
SELECT is(fn_iu_auto_instantiate_from_event(gen_random_uuid(), 'probe.ev', gen_random_uuid(), 'pc-0', 'live', 'probe-pc') ->> 'status',
  'template_collection_not_found', 'gates open, unknown template: template_collection_not_found');

CREATE TEMP TABLE tpl AS SELECT fn_iu_compose('probe:pc/tpl', 'workflow', 'Per call', NULL, '[
  {"role":"title","new_piece":{"canonical_address":"probe/pc/t","title":"T","body":"t","unit_kind":"doc","section_type":"title"}},
  {"role":"step","new_piece":{"canonical_address":"probe/pc/1","title":"1","body":"1","unit_kind":"doc","section_type":"section"}},
  {"role":"step","new_piece":{"canonical_address":"probe/pc/2","title":"2","body":"2","unit_kind":"doc","section_type":"section"}}]', 'probe-pc') AS r;
CREATE TEMP TABLE t AS SELECT (r ->> 'collection_id')::uuid AS id, r ->> 'manifest_digest' AS digest FROM tpl;

SELECT results_eq(
  $$ SELECT e.event_type, e.aggregate_type, e.aggregate_id, e.payload, e.created_by FROM event_outbox e WHERE e.id > (SELECT id FROM mark) ORDER BY e.id $$,
  $$ SELECT x.event_type, x.aggregate_type, x.aggregate_id, x.payload, 'probe-pc'::text
       FROM (SELECT 'iu.unit.minted'::text AS event_type, 'information_unit'::text AS aggregate_type, u.id AS aggregate_id,
                    jsonb_build_object('canonical_address', u.canonical_address, 'collection_id', (SELECT id FROM t)) AS payload, m.ordinal AS k
               FROM iu_piece_membership m JOIN information_unit u ON u.id = m.iu_id WHERE m.collection_id = (SELECT id FROM t)
             UNION ALL
             SELECT 'iu.collection.composed', 'iu_piece_collection', (SELECT id FROM t),
                    jsonb_build_object('collection_key', 'probe:pc/tpl', 'kind', 'workflow', 'manifest_digest', (SELECT digest FROM t),
                                       'pieces', 3, 'units_minted', 3), 99) x ORDER BY x.k $$,
  'compose writes one iu.unit.minted per new piece in piece order, then iu.collection.composed, with their payloads');
SELECT is((SELECT digest FROM t), fn_iu_manifest_digest((SELECT id FROM t)), 'the stored digest is the digest of the attached pieces');

SELECT is(fn_iu_auto_instantiate_from_event(gen_random_uuid(), 'probe.ev', (SELECT id FROM t), 'pc-0', 'live', 'probe-pc') ->> 'status',
  'template_not_marked', 'an unmarked template: template_not_marked');
SELECT is(fn_iu_collection_record_template_instance(gen_random_uuid(), gen_random_uuid(), 'probe-pc') ->> 'status',
  'template_collection_not_found', 'lineage: an unknown template is reported before anything else');
SELECT is(fn_iu_collection_record_template_instance((SELECT id FROM t), gen_random_uuid(), 'probe-pc') ->> 'status',
  'template_not_marked', 'lineage: an unmarked template before an unknown instance');
SELECT is(fn_iu_collection_mark_as_template((SELECT id FROM t), 'per call', NULL, 'probe-pc') ->> 'status', 'ok', 'the template is marked');
SELECT is(fn_iu_collection_record_template_instance((SELECT id FROM t), gen_random_uuid(), 'probe-pc') ->> 'status',
  'instance_collection_not_found', 'lineage: then an unknown instance');

-- One call, counted.
CREATE TEMP TABLE before_call AS SELECT funcid, calls FROM pg_stat_xact_user_functions;
UPDATE mark SET id = (SELECT max(id) FROM event_outbox);
CREATE TEMP TABLE one AS
SELECT fn_iu_auto_instantiate_from_event('55555555-5555-4555-8555-555555555555', 'probe.ev', (SELECT id FROM t), 'pc-1', 'live', 'probe-pc', 'n') AS r;
CREATE TEMP TABLE i AS SELECT (r ->> 'instance_collection_id')::uuid AS id FROM one;

SELECT set_eq(
  $$ SELECT f.funcname::text, f.calls - coalesce(b.calls, 0) FROM pg_stat_xact_user_functions f LEFT JOIN before_call b USING (funcid)
      WHERE f.calls > coalesce(b.calls, 0) $$,
  $$ VALUES ('fn_iu_auto_instantiate_from_event', 1::bigint), ('fn_iu_piece_graph_digest', 1) $$,
  'one orchestrator call calls the digest once, and no other function (not the composer, not the lineage recorder)');

SELECT is((SELECT r FROM one), jsonb_build_object(
    'status', 'ok', 'instance_collection_id', (SELECT id FROM i), 'instance_collection_key', 'tpl-inst:auto:pc-1',
    'template_collection_id', (SELECT id FROM t), 'emit_mode', 'live',
    'idempotency_key', md5('55555555-5555-4555-8555-555555555555:' || (SELECT id FROM t)::text || ':pc-1'),
    'pieces_attached', 3, 'template_digest', (SELECT digest FROM t), 'instance_digest', (SELECT digest FROM t),
    'digest_matches_template', true),
  'the call''s result, key for key');
SELECT results_eq(
  $$ SELECT e.event_type, e.aggregate_id, e.payload, e.created_by, e.domain FROM event_outbox e WHERE e.id > (SELECT id FROM mark) ORDER BY e.id $$,
  $$ VALUES
     ('iu.collection.composed', (SELECT id FROM i), jsonb_build_object('collection_key', 'tpl-inst:auto:pc-1', 'kind', 'workflow',
        'manifest_digest', (SELECT digest FROM t), 'pieces', 3, 'units_minted', 0), 'probe-pc', 'iu'),
     ('iu.template.instance_recorded', (SELECT id FROM i), jsonb_build_object('template_collection_id', (SELECT id FROM t),
        'template_digest', (SELECT digest FROM t), 'instance_digest', (SELECT digest FROM t)), 'probe-pc', 'iu'),
     ('iu.template.instance_auto_composed', (SELECT id FROM i), jsonb_build_object('template_collection_id', (SELECT id FROM t),
        'event_id', '55555555-5555-4555-8555-555555555555', 'event_type', 'probe.ev', 'emit_mode', 'live',
        'idempotency_key', md5('55555555-5555-4555-8555-555555555555:' || (SELECT id FROM t)::text || ':pc-1')), 'probe-pc', 'iu') $$,
  'the call writes its three events in order, with their payloads, as the actor');
SELECT results_eq(
  $$ SELECT c.collection_key, c.kind, c.title, c.description, c.manifest_digest, l.template_collection_id, l.template_digest_at_instantiation,
            l.instance_digest, l.note, l.recorded_by, g.event_type, g.emit_mode, g.triggered_by, g.note
       FROM iu_piece_collection c JOIN iu_collection_template_instance_lineage l ON l.instance_collection_id = c.id
       JOIN iu_auto_instantiate_event_log g ON g.instance_collection_id = c.id WHERE c.id = (SELECT id FROM i) $$,
  $$ VALUES ('tpl-inst:auto:pc-1', 'workflow', 'Per call',
             format('Instance of probe:pc/tpl composed from event 55555555-5555-4555-8555-555555555555 (probe.ev)'), (SELECT digest FROM t),
             (SELECT id FROM t), (SELECT digest FROM t), (SELECT digest FROM t), 'n', 'probe-pc', 'probe.ev', 'live', 'probe-pc', 'n') $$,
  'the instance, its lineage and its log row hold what they held');
SELECT results_eq(
  $$ SELECT role, iu_id, ordinal, active, minted_here, created_by FROM iu_piece_membership WHERE collection_id = (SELECT id FROM i) ORDER BY ordinal $$,
  $$ SELECT role, iu_id, ordinal, active, false, 'probe-pc'::text FROM iu_piece_membership WHERE collection_id = (SELECT id FROM t) ORDER BY ordinal $$,
  'the instance reuses the template''s very pieces in order, none minted here');

-- A template the composer would refuse (the same unit twice: only a direct write makes one)
-- is handed to the composer as before, and its refusal is the answer; nothing is written.
INSERT INTO iu_piece_membership (collection_id, iu_id, role, ordinal, minted_here, created_by)
SELECT (SELECT id FROM t), iu_id, 'step', 4, false, 'probe-pc' FROM iu_piece_membership WHERE collection_id = (SELECT id FROM t) AND ordinal = 2;
DELETE FROM before_call;
INSERT INTO before_call SELECT funcid, calls FROM pg_stat_xact_user_functions;
UPDATE mark SET id = (SELECT max(id) FROM event_outbox);
CREATE TEMP TABLE twice AS
SELECT fn_iu_auto_instantiate_from_event(gen_random_uuid(), 'probe.ev', (SELECT id FROM t), 'pc-2', 'live', 'probe-pc') AS r;
SELECT is((SELECT r FROM twice), jsonb_build_object('status', 'compose_refused', 'compose', jsonb_build_object('status', 'duplicate_piece',
            'piece_index', 4, 'iu_id', (SELECT iu_id FROM iu_piece_membership WHERE collection_id = (SELECT id FROM t) AND ordinal = 2),
            'reason', 'the same unit appears twice in one collection')),
  'a template holding a unit twice: compose_refused carrying the composer''s duplicate_piece');
SELECT ok(EXISTS (SELECT 1 FROM pg_stat_xact_user_functions f JOIN before_call b USING (funcid) WHERE f.funcname = 'fn_iu_compose' AND f.calls > b.calls)
          AND NOT EXISTS (SELECT 1 FROM event_outbox WHERE id > (SELECT id FROM mark))
          AND NOT EXISTS (SELECT 1 FROM iu_piece_collection WHERE collection_key = 'tpl-inst:auto:pc-2'),
  'that answer came from the composer itself, and nothing was written');

UPDATE dot_config SET value = 'false' WHERE key IN ('iu_core.composer_enabled', 'iu_core.auto_instantiate_enabled');
SELECT * FROM finish();
ROLLBACK;
