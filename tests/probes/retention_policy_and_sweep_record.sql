-- 011: the retention policy is a whole number of days from 1; the candidates follow it; a
-- real sweep (gate open) removes the longest-delivered candidates first, at most p_limit, touches no
-- other table, and leaves its own record: an iu.retention.swept event whose aggregate is the
-- sweep_id it returns.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(16);

CREATE FUNCTION pg_temp.probe_row_counts() RETURNS TABLE (table_name text, row_count bigint)
  LANGUAGE plpgsql AS $census$
DECLARE
  t text;
BEGIN
  FOR t IN SELECT c.relname::text FROM pg_class c
            WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
              AND c.relname <> 'event_outbox'
            ORDER BY 1
  LOOP
    table_name := t;
    EXECUTE format('SELECT count(*) FROM public.%I', t) INTO row_count;
    RETURN NEXT;
  END LOOP;
END
$census$;

-- The policy setting.
SELECT throws_ok($$ UPDATE dot_config SET value = '0' WHERE key = 'iu_core.retention_delivered_event_days' $$, '23514', NULL,
  'a retention policy of 0 days is refused: it would sweep an event the moment it is delivered');
SELECT throws_ok($$ UPDATE dot_config SET value = '-5' WHERE key = 'iu_core.retention_delivered_event_days' $$, '23514', NULL,
  'a negative policy is refused');
SELECT throws_ok($$ UPDATE dot_config SET value = 'ninety' WHERE key = 'iu_core.retention_delivered_event_days' $$, '23514', NULL,
  'a policy that is not a number is refused (not a cast error)');
SELECT throws_ok($$ UPDATE dot_config SET value = '100000' WHERE key = 'iu_core.retention_delivered_event_days' $$, '23514', NULL,
  'a policy above 99999 days is refused');
SELECT lives_ok($$ UPDATE dot_config SET value = '99999' WHERE key = 'iu_core.retention_delivered_event_days' $$,
  'a policy of 99999 days is accepted');

-- Three delivered events of the probe's own: 10, 5 and 2 days ago.
CREATE TEMP TABLE ev AS
SELECT 'ten' AS name, _iu_emit_event('iu', 'iu.collection.composed', 'iu_piece_collection', gen_random_uuid(), '{}', 'probe') AS id, 10 AS days
UNION ALL SELECT 'five', _iu_emit_event('iu', 'iu.collection.composed', 'iu_piece_collection', gen_random_uuid(), '{}', 'probe'), 5
UNION ALL SELECT 'two', _iu_emit_event('iu', 'iu.collection.composed', 'iu_piece_collection', gen_random_uuid(), '{}', 'probe'), 2;
UPDATE event_outbox o SET delivered_at = now() - make_interval(days => ev.days), delivered_by = 'probe'
  FROM ev WHERE o.id = ev.id;

UPDATE dot_config SET value = '3' WHERE key = 'iu_core.retention_delivered_event_days';
SELECT set_eq($$ SELECT ev.name FROM ev JOIN v_iu_retention_candidates c ON c.outbox_id = ev.id $$, ARRAY['ten', 'five'],
  'with a 3-day policy, the events delivered 10 and 5 days ago are candidates and the one from 2 days ago is not');
UPDATE dot_config SET value = '7' WHERE key = 'iu_core.retention_delivered_event_days';
SELECT set_eq($$ SELECT ev.name FROM ev JOIN v_iu_retention_candidates c ON c.outbox_id = ev.id $$, ARRAY['ten'],
  'with a 7-day policy only the event from 10 days ago is');
UPDATE dot_config SET value = '1' WHERE key = 'iu_core.retention_delivered_event_days';
SELECT is_empty($$ SELECT 1 FROM v_iu_retention_candidates c JOIN event_outbox o ON o.id = c.outbox_id WHERE o.delivered_at IS NULL $$,
  'an undelivered event is never a candidate, whatever the policy');

-- With the gate open, a dry run still changes nothing.
UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.retention_enabled';
CREATE TEMP TABLE outbox_before AS SELECT * FROM event_outbox;
CREATE TEMP TABLE census_before AS SELECT * FROM pg_temp.probe_row_counts();
SELECT is(fn_iu_retention_sweep('probe')->>'status', 'dry_run', 'with the gate open, the default is still a dry run');
SELECT bag_eq($$ SELECT * FROM event_outbox $$, $$ SELECT * FROM outbox_before $$, 'the dry run changed no outbox row');

-- A real sweep of one: the candidate delivered longest ago goes first.
CREATE TEMP TABLE oldest AS SELECT outbox_id FROM v_iu_retention_candidates ORDER BY delivered_at, outbox_id LIMIT 1;
CREATE TEMP TABLE one AS SELECT fn_iu_retention_sweep('probe-sweeper', false, 1) AS r;
SELECT results_eq($$ SELECT r->>'status', (r->>'swept')::int FROM one $$, $$ VALUES ('swept'::text, 1) $$, 'a real sweep with p_limit 1 sweeps one event');
SELECT is_empty($$ SELECT 1 FROM event_outbox WHERE id = (SELECT outbox_id FROM oldest) $$, 'the event swept is the candidate delivered longest ago');
SELECT ok((SELECT (r->>'sweep_id') ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' FROM one), 'the sweep returns its sweep_id');
SELECT results_eq(
  $$ SELECT domain, aggregate_type, (payload->>'swept')::int, payload->>'policy_days', created_by FROM event_outbox
      WHERE event_type = 'iu.retention.swept' AND aggregate_id = (SELECT (r->>'sweep_id')::uuid FROM one) $$,
  $$ VALUES ('iu'::text, 'retention_sweep'::text, 1, '1'::text, 'probe-sweeper'::text) $$,
  'the sweep left one iu.retention.swept event for its sweep_id, with what it swept, the policy and the actor');
SELECT bag_eq($$ SELECT * FROM pg_temp.probe_row_counts() $$, $$ SELECT * FROM census_before $$,
  'retention touched no table but the outbox');
UPDATE dot_config SET value = 'false' WHERE key = 'iu_core.retention_enabled';
SELECT is(fn_iu_gate_enabled('iu_core.retention_enabled'), false, 'the retention gate is closed again before the end of the transaction');

SELECT * FROM finish();
ROLLBACK;
