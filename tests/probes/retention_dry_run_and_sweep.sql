-- Retention: the candidates are delivered events older than the policy; the dry run is
-- always allowed and changes nothing; a real sweep needs its gate and removes only them.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(11);

-- Three events: one delivered long ago, one delivered yesterday, one never delivered.
CREATE TEMP TABLE ev AS
SELECT _iu_emit_event('iu', 'iu.collection.composed', 'iu_piece_collection', gen_random_uuid(), '{}', 'probe') AS id, 'old' AS age
UNION ALL SELECT _iu_emit_event('iu', 'iu.collection.composed', 'iu_piece_collection', gen_random_uuid(), '{}', 'probe'), 'recent'
UNION ALL SELECT _iu_emit_event('iu', 'iu.collection.composed', 'iu_piece_collection', gen_random_uuid(), '{}', 'probe'), 'undelivered';
UPDATE event_outbox o SET delivered_at = now() - interval '400 days', delivered_by = 'probe' FROM ev WHERE o.id = ev.id AND ev.age = 'old';
UPDATE event_outbox o SET delivered_at = now() - interval '1 day', delivered_by = 'probe' FROM ev WHERE o.id = ev.id AND ev.age = 'recent';
CREATE TEMP TABLE before AS SELECT count(*) AS events, (SELECT count(*) FROM v_iu_retention_candidates) AS candidates FROM event_outbox;

SELECT ok((SELECT id FROM ev WHERE age = 'old') IN (SELECT outbox_id FROM v_iu_retention_candidates), 'an event delivered 400 days ago is a candidate');
SELECT ok((SELECT id FROM ev WHERE age = 'recent') NOT IN (SELECT outbox_id FROM v_iu_retention_candidates), 'an event delivered yesterday is not');
SELECT ok((SELECT id FROM ev WHERE age = 'undelivered') NOT IN (SELECT outbox_id FROM v_iu_retention_candidates), 'an undelivered event never is');

CREATE TEMP TABLE dry AS SELECT fn_iu_retention_sweep('probe') AS r;
SELECT is((SELECT r->>'status' FROM dry), 'dry_run', 'the sweep is a dry run by default, even with its gate closed');
SELECT is((SELECT (r->>'candidates')::bigint FROM dry), (SELECT candidates FROM before), 'the dry run counts the candidates');
SELECT is((SELECT count(*) FROM event_outbox), (SELECT events FROM before), 'the dry run changed nothing');
SELECT is(fn_iu_retention_sweep('probe', false)->>'status', 'retention_gate_closed', 'a real sweep with the gate closed is retention_gate_closed');
SELECT is(fn_iu_retention_sweep('probe', false, 0)->>'status', 'invalid_input', 'a limit below 1 is invalid_input');

UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.retention_enabled';
CREATE TEMP TABLE swept AS SELECT fn_iu_retention_sweep('probe-sweeper', false) AS r;
SELECT is((SELECT (r->>'swept')::bigint FROM swept), (SELECT candidates FROM before), 'a real sweep with the gate open removes every candidate');
SELECT is((SELECT count(*)::int FROM event_outbox WHERE id IN (SELECT id FROM ev WHERE age IN ('recent', 'undelivered'))), 2, 'events that are not candidates are kept');
SELECT is((SELECT count(*)::int FROM event_outbox WHERE event_type = 'iu.retention.swept' AND created_by = 'probe-sweeper'), 1, 'the sweep wrote its own event');

SELECT * FROM finish();
ROLLBACK;
