-- 011: the retention candidates are delivered outbox events older than
-- iu_core.retention_delivered_event_days (90); the dry run is always allowed, gate closed or
-- not, and changes nothing; a real sweep is refused with the gate closed; open, it removes
-- only candidates, delivered longest ago first, up to its limit, and records an
-- iu.retention.swept event.
-- Undelivered events, recent deliveries and everything outside event_outbox are never swept.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(34);

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

-- Real events: compose (minted + composed, both routed), deliver them, then backdate.
UPDATE dot_config SET value = 'true' WHERE key IN ('iu_core.composer_enabled', 'iu_core.delivery_enabled');
CREATE TEMP TABLE mark AS SELECT coalesce(max(id), 0) AS id FROM event_outbox;
CREATE TEMP TABLE composed AS
SELECT g AS n, fn_iu_compose('probe:retention/' || g, 'doc', 'R', NULL,
         jsonb_build_array(jsonb_build_object('role', 'title', 'new_piece', jsonb_build_object(
           'canonical_address', 'probe/retention/' || g, 'title', 'R', 'body', 'r', 'unit_kind', 'doc', 'section_type', 'title'))), 'probe') AS r
  FROM generate_series(1, 3) g;
CREATE TEMP TABLE delivered AS SELECT fn_iu_deliver_outbox('probe-deliverer', 100000) AS r;
-- One more event, never delivered (an unrouted type).
CREATE TEMP TABLE marked AS SELECT fn_iu_collection_mark_as_template((SELECT (r->>'collection_id')::uuid FROM composed WHERE n = 1), 'tpl', NULL, 'probe') AS r;
UPDATE dot_config SET value = 'false' WHERE key IN ('iu_core.composer_enabled', 'iu_core.delivery_enabled');
-- Ages: the two events of collection 1 (the lowest ids) were delivered 91 days ago,
-- collection 2's 400 days ago, collection 3's 89 days ago; the template event is undelivered
-- but created long ago.
CREATE TEMP TABLE ev AS
SELECT o.id, o.event_type, c.n,
       CASE c.n WHEN 1 THEN 'just_over' WHEN 2 THEN 'ancient' ELSE 'just_under' END AS age
  FROM event_outbox o JOIN composed c ON o.payload->>'collection_id' = c.r->>'collection_id' OR o.aggregate_id = (c.r->>'collection_id')::uuid
 WHERE o.id > (SELECT id FROM mark) AND o.event_type IN ('iu.unit.minted', 'iu.collection.composed');
UPDATE event_outbox o SET delivered_at = now() - interval '400 days' FROM ev WHERE o.id = ev.id AND ev.age = 'ancient';
UPDATE event_outbox o SET delivered_at = now() - interval '91 days' FROM ev WHERE o.id = ev.id AND ev.age = 'just_over';
UPDATE event_outbox o SET delivered_at = now() - interval '89 days' FROM ev WHERE o.id = ev.id AND ev.age = 'just_under';
UPDATE event_outbox SET created_at = now() - interval '500 days' WHERE id > (SELECT id FROM mark) AND event_type = 'iu.template.marked';
CREATE TEMP TABLE undelivered AS SELECT id FROM event_outbox WHERE id > (SELECT id FROM mark) AND event_type = 'iu.template.marked';
CREATE TEMP TABLE census_before AS SELECT * FROM pg_temp.probe_row_counts();
CREATE TEMP TABLE before AS SELECT (SELECT count(*) FROM v_iu_retention_candidates) AS candidates,
  (SELECT outbox_id FROM v_iu_retention_candidates ORDER BY delivered_at, outbox_id LIMIT 1) AS oldest;

SELECT is((SELECT count(*)::int FROM ev), 6, 'the setup composed three collections and delivered their six events');
SELECT is((SELECT value FROM dot_config WHERE key = 'iu_core.retention_delivered_event_days'), '90', 'the retention policy is 90 days');
SELECT is((SELECT count(*)::int FROM ev WHERE age = 'ancient' AND id IN (SELECT outbox_id FROM v_iu_retention_candidates)), 2, 'events delivered 400 days ago are candidates');
SELECT is((SELECT count(*)::int FROM ev WHERE age = 'just_over' AND id IN (SELECT outbox_id FROM v_iu_retention_candidates)), 2, 'events delivered 91 days ago are candidates');
SELECT is((SELECT count(*)::int FROM ev WHERE age = 'just_under' AND id IN (SELECT outbox_id FROM v_iu_retention_candidates)), 0, 'events delivered 89 days ago are not');
SELECT is_empty($$ SELECT 1 FROM v_iu_retention_candidates WHERE outbox_id IN (SELECT id FROM undelivered) $$, 'an undelivered event is never a candidate, however old');
SELECT is_empty($$ SELECT 1 FROM v_iu_retention_candidates c JOIN event_outbox o ON o.id = c.outbox_id
                   WHERE o.delivered_at IS NULL OR o.delivered_at >= now() - interval '90 days' OR c.candidate_kind <> 'delivered_event' $$,
  'every candidate is a delivered event older than the policy');

-- The dry run, with the gate closed.
CREATE TEMP TABLE dry AS SELECT fn_iu_retention_sweep('probe') AS r;
SELECT results_eq($$ SELECT r->>'status', (r->>'candidates')::bigint, (r->>'would_sweep')::bigint FROM dry $$,
  $$ SELECT 'dry_run'::text, candidates, candidates FROM before $$,
  'the sweep is a dry run by default, allowed with the gate closed, counting the candidates it would sweep');
SELECT is((fn_iu_retention_sweep('probe', true, 1)->>'would_sweep')::int, 1, 'a dry run with a limit of 1 would sweep one');
SELECT is((SELECT (r->>'oldest_delivered_at')::timestamptz FROM dry), (SELECT min(delivered_at) FROM v_iu_retention_candidates), 'the dry run reports the oldest delivery among the candidates');
SELECT bag_eq($$ SELECT * FROM pg_temp.probe_row_counts() $$, $$ SELECT * FROM census_before $$, 'the dry runs changed no row count in any product table and wrote no event');

-- A real sweep with the gate closed, and bad input.
SELECT results_eq($$ SELECT r->>'status', (r->>'candidates')::bigint FROM (SELECT fn_iu_retention_sweep('probe', false) AS r) x $$,
  $$ SELECT 'retention_gate_closed'::text, candidates FROM before $$, 'a real sweep with the gate closed is retention_gate_closed, naming the candidates');
SELECT is(fn_iu_retention_sweep(NULL)->>'status', 'invalid_input', 'a NULL actor is invalid_input');
SELECT is(fn_iu_retention_sweep(' ', false)->>'status', 'invalid_input', 'a blank actor is invalid_input');
SELECT is(fn_iu_retention_sweep('probe', NULL)->>'status', 'invalid_input', 'a NULL dry-run flag is invalid_input');
SELECT is(fn_iu_retention_sweep('probe', false, 0)->>'status', 'invalid_input', 'a limit of 0 is invalid_input, checked before the gate');
SELECT is(fn_iu_retention_sweep('probe', true, 1000001)->>'status', 'invalid_input', 'a limit over 1000000 is invalid_input, even for a dry run');
SELECT bag_eq($$ SELECT * FROM pg_temp.probe_row_counts() $$, $$ SELECT * FROM census_before $$, 'the refused sweeps changed nothing');

-- Gate open: the limit, delivered longest ago first, then the rest.
UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.retention_enabled';
CREATE TEMP TABLE s1 AS SELECT fn_iu_retention_sweep('probe-sweeper', false, 1) AS r;
SELECT results_eq($$ SELECT r->>'status', (r->>'swept')::bigint, (r->>'remaining_candidates')::bigint FROM s1 $$,
  $$ SELECT 'swept'::text, 1::bigint, candidates - 1 FROM before $$, 'a real sweep with the gate open and a limit of 1 sweeps one and reports the rest');
SELECT is((SELECT age FROM ev WHERE id = (SELECT id FROM ev EXCEPT SELECT id FROM event_outbox ORDER BY 1 LIMIT 1)), 'ancient',
  'it swept an event delivered 400 days ago, not the candidate with the lowest id (delivered 91 days ago)');
SELECT is_empty($$ SELECT 1 FROM event_outbox WHERE id = (SELECT oldest FROM before) $$, 'it swept the candidate delivered longest ago (the lower id of the two tied ones)');
CREATE TEMP TABLE s2 AS SELECT fn_iu_retention_sweep('probe-sweeper', false) AS r;
SELECT results_eq($$ SELECT r->>'status', (r->>'swept')::bigint, (r->>'remaining_candidates')::bigint FROM s2 $$,
  $$ SELECT 'swept'::text, candidates - 1, 0::bigint FROM before $$, 'the next sweep removes every remaining candidate');
SELECT is_empty($$ SELECT 1 FROM event_outbox WHERE id IN (SELECT id FROM ev WHERE age IN ('ancient', 'just_over')) $$, 'the four events older than the policy are gone');
SELECT is((SELECT count(*)::int FROM event_outbox WHERE id IN (SELECT id FROM ev WHERE age = 'just_under')), 2, 'the events delivered 89 days ago are kept');
SELECT is((SELECT count(*)::int FROM event_outbox WHERE id IN (SELECT id FROM undelivered)), 1, 'the old undelivered event is kept');
SELECT is_empty($$ SELECT 1 FROM v_iu_retention_candidates $$, 'no candidate remains');
SELECT results_eq(
  $$ SELECT domain, aggregate_type, aggregate_id, (payload->>'swept')::bigint, (payload->>'candidates_before')::bigint, payload->>'policy_days', created_by
       FROM event_outbox WHERE event_type = 'iu.retention.swept' ORDER BY id $$,
  $$ SELECT 'iu'::text, 'retention_sweep'::text, (SELECT (r->>'sweep_id')::uuid FROM s1), 1::bigint, candidates, '90'::text, 'probe-sweeper'::text FROM before
     UNION ALL
     SELECT 'iu'::text, 'retention_sweep'::text, (SELECT (r->>'sweep_id')::uuid FROM s2), candidates - 1, candidates - 1, '90'::text, 'probe-sweeper'::text FROM before $$,
  'each real sweep wrote one iu.retention.swept event about its own sweep_id, with what it swept, the candidates before it and the policy');
SELECT bag_eq($$ SELECT * FROM pg_temp.probe_row_counts() WHERE table_name <> 'event_outbox' $$,
  $$ SELECT * FROM census_before WHERE table_name <> 'event_outbox' $$, 'the sweeps touched no table but event_outbox');
SELECT is((SELECT count(*) FROM event_outbox), (SELECT row_count - (SELECT candidates FROM before) + 2 FROM census_before WHERE table_name = 'event_outbox'),
  'event_outbox lost exactly the candidates and gained the two sweep events');
SELECT results_eq($$ SELECT r->>'status', (r->>'swept')::int FROM (SELECT fn_iu_retention_sweep('probe-sweeper', false) AS r) x $$,
  $$ VALUES ('swept'::text, 0) $$, 'a sweep with nothing to sweep is swept 0');

-- The policy is a setting: shortened, the 89-day events come in; it is 1 to 99999 days.
UPDATE dot_config SET value = '30' WHERE key = 'iu_core.retention_delivered_event_days';
SELECT is((SELECT count(*)::int FROM v_iu_retention_candidates WHERE outbox_id IN (SELECT id FROM ev WHERE age = 'just_under')), 2,
  'with a 30-day policy the events delivered 89 days ago become candidates');
SELECT throws_ok($$ UPDATE dot_config SET value = '0' WHERE key = 'iu_core.retention_delivered_event_days' $$, '23514', NULL,
  'a policy of 0 days is refused: an event would be a candidate the moment it is delivered');
SELECT throws_ok($$ UPDATE dot_config SET value = '100000' WHERE key = 'iu_core.retention_delivered_event_days' $$, '23514', NULL,
  'a policy over 99999 days is refused');
SELECT throws_ok($$ UPDATE dot_config SET value = 'ninety' WHERE key = 'iu_core.retention_delivered_event_days' $$, '23514', NULL,
  'the policy must be a whole number of days');

SELECT * FROM finish();
ROLLBACK;
