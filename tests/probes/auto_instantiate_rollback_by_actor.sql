-- 033: fn_iu_auto_instantiate_rollback_by_actor is a dry run by default that changes nothing
-- and lists the actor's instances and what would go; the real run — ungated, here with
-- every gate closed — removes exactly that (log → lineage → instance collection →
-- membership) and nothing else: not another actor's instances, not the same actor's manual
-- lineage, not the templates, not a single unit. Afterwards the same event composes anew.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(29);

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

UPDATE dot_config SET value = 'true' WHERE key IN ('iu_core.composer_enabled', 'iu_core.auto_instantiate_enabled');
CREATE TEMP TABLE tpl AS
SELECT 't' AS name, fn_iu_compose('probe:rba/t', 'workflow', 'T', NULL, '[
  {"role":"title","new_piece":{"canonical_address":"probe/rba/t1","title":"t","body":"t","unit_kind":"doc","section_type":"title"}},
  {"role":"step","new_piece":{"canonical_address":"probe/rba/t2","title":"s","body":"s","unit_kind":"doc","section_type":"section"}}]', 'probe') AS r
UNION ALL
SELECT 'u', fn_iu_compose('probe:rba/u', 'file', 'U', NULL, '[
  {"role":"title","new_piece":{"canonical_address":"probe/rba/u1","title":"u","body":"u","unit_kind":"doc","section_type":"title"}}]', 'probe');
CREATE TEMP TABLE tid AS SELECT (SELECT (r->>'collection_id')::uuid FROM tpl WHERE name = 't') AS t, (SELECT (r->>'collection_id')::uuid FROM tpl WHERE name = 'u') AS u;
CREATE TEMP TABLE marked AS SELECT fn_iu_collection_mark_as_template(t, 'T', NULL, 'probe') AS a, fn_iu_collection_mark_as_template(u, 'U', NULL, 'probe') AS b FROM tid;
CREATE TEMP TABLE made AS
SELECT g AS n, CASE WHEN g <= 4 THEN 'probe-bulk' ELSE 'probe-other' END AS actor,
       fn_iu_auto_instantiate_from_event(('55555555-5555-4555-8555-' || lpad(g::text, 12, '0'))::uuid, 'template.published',
         CASE WHEN g = 4 THEN (SELECT u FROM tid) ELSE (SELECT t FROM tid) END,
         'rba-' || g, CASE WHEN g = 4 THEN 'dry_run' ELSE 'live' END, CASE WHEN g <= 4 THEN 'probe-bulk' ELSE 'probe-other' END) AS r
  FROM generate_series(1, 6) g;
-- The same actor also recorded a manual lineage, outside the orchestrator.
CREATE TEMP TABLE manual AS SELECT fn_iu_compose('probe:rba/manual', 'workflow', 'M', NULL,
  (SELECT jsonb_agg(jsonb_build_object('role', role, 'iu_id', iu_id) ORDER BY ordinal) FROM iu_piece_membership WHERE collection_id = (SELECT t FROM tid)), 'probe-bulk') AS r;
CREATE TEMP TABLE manual_lineage AS SELECT fn_iu_collection_record_template_instance((SELECT t FROM tid), (SELECT (r->>'collection_id')::uuid FROM manual), 'probe-bulk') AS r;
UPDATE dot_config SET value = 'false' WHERE key IN ('iu_core.composer_enabled', 'iu_core.auto_instantiate_enabled');
CREATE TEMP TABLE bulk AS SELECT (r->>'instance_collection_id')::uuid AS id FROM made WHERE actor = 'probe-bulk';
CREATE TEMP TABLE census_before AS SELECT * FROM pg_temp.probe_row_counts();

SELECT is((SELECT count(*)::int FROM made WHERE r->>'status' = 'ok'), 6, 'six instances were composed: four by probe-bulk (one dry_run), two by probe-other');
SELECT is((SELECT r->>'status' FROM manual_lineage), 'ok', 'probe-bulk also recorded one manual lineage');

-- Refusals.
SELECT is(fn_iu_auto_instantiate_rollback_by_actor(NULL)->>'status', 'invalid_input', 'a NULL actor is invalid_input');
SELECT is(fn_iu_auto_instantiate_rollback_by_actor('  ')->>'status', 'invalid_input', 'a blank actor is invalid_input');
SELECT is(fn_iu_auto_instantiate_rollback_by_actor('probe-bulk', NULL)->>'status', 'invalid_input', 'a NULL dry-run flag is invalid_input');

-- The dry run.
CREATE TEMP TABLE dry AS SELECT fn_iu_auto_instantiate_rollback_by_actor('probe-bulk') AS r;
SELECT results_eq($$ SELECT r->>'status', r->>'actor' FROM dry $$, $$ VALUES ('dry_run'::text, 'probe-bulk'::text) $$, 'the actor rollback is a dry run by default');
SELECT results_eq(
  $$ SELECT (r->>'would_delete_instance_collections')::int, (r->>'would_delete_lineage_rows')::int, (r->>'would_delete_log_rows')::int, (r->>'would_delete_memberships')::int FROM dry $$,
  $$ VALUES (4, 4, 4, 7) $$, 'the dry run counts 4 instance collections, 4 lineage rows, 4 log rows and 7 memberships');
SELECT set_eq($$ SELECT (jsonb_array_elements_text(r->'target_instance_ids'))::uuid FROM dry $$, $$ SELECT id FROM bulk $$,
  'the dry run lists exactly the actor''s auto-instantiated instances, dry_run ones included, and not its manual lineage');
SELECT is((SELECT r->'target_instance_ids' FROM dry),
  (SELECT jsonb_agg(instance_collection_id ORDER BY created_at, instance_collection_id) FROM iu_auto_instantiate_event_log WHERE triggered_by = 'probe-bulk'),
  'the targets are listed in log order');
SELECT bag_eq($$ SELECT * FROM pg_temp.probe_row_counts() $$, $$ SELECT * FROM census_before $$, 'the dry run changed no row count in any product table');
SELECT results_eq(
  $$ SELECT r->>'status', r->'target_instance_ids', (r->>'would_delete_log_rows')::int, (r->>'would_delete_memberships')::int
       FROM (SELECT fn_iu_auto_instantiate_rollback_by_actor('probe-nobody') AS r) x $$,
  $$ VALUES ('dry_run'::text, '[]'::jsonb, 0, 0) $$, 'an actor with nothing auto-instantiated has nothing to roll back');

-- The real run.
SELECT is_empty($$ SELECT gate FROM v_iu_gate_status WHERE enabled $$, 'every gate is closed for the real run');
CREATE TEMP TABLE real AS SELECT fn_iu_auto_instantiate_rollback_by_actor('probe-bulk', false) AS r;
SELECT results_eq($$ SELECT r->>'status', r->'target_instance_ids' FROM real $$, $$ SELECT 'rolled_back'::text, r->'target_instance_ids' FROM dry $$,
  'the real run is rolled_back and targets exactly the instances the dry run listed');
SELECT results_eq(
  $$ SELECT (r->>'deleted_instance_collections')::int, (r->>'deleted_lineage_rows')::int, (r->>'deleted_log_rows')::int, (r->>'deleted_memberships')::int FROM real $$,
  $$ SELECT (r->>'would_delete_instance_collections')::int, (r->>'would_delete_lineage_rows')::int, (r->>'would_delete_log_rows')::int, (r->>'would_delete_memberships')::int FROM dry $$,
  'the real run deleted exactly what the dry run reported, step by step');
SELECT bag_eq($$ SELECT * FROM pg_temp.probe_row_counts() $$,
  $$ SELECT table_name, row_count + CASE table_name WHEN 'iu_auto_instantiate_event_log' THEN -4 WHEN 'iu_collection_template_instance_lineage' THEN -4
                                                    WHEN 'iu_piece_collection' THEN -4 WHEN 'iu_piece_membership' THEN -7
                                                    WHEN 'event_outbox' THEN 4 ELSE 0 END AS expected
       FROM census_before $$,
  'the real run removed 4 log rows, 4 lineage rows, 4 collections and 7 memberships, wrote one audit event per instance, and changed no other table, units included');
SELECT is((SELECT count(*)::int FROM event_outbox WHERE event_type = 'iu.collection.compensated' AND created_by = 'probe-bulk'
             AND payload->>'via' = 'fn_iu_auto_instantiate_rollback_by_actor'
             AND aggregate_id IN (SELECT jsonb_array_elements_text(r->'target_instance_ids')::uuid FROM real)), 4,
  'each removed instance is recorded by an iu.collection.compensated event naming the rollback');
SELECT is_empty($$ SELECT id FROM bulk WHERE id IN (SELECT id FROM iu_piece_collection) OR id IN (SELECT collection_id FROM iu_piece_membership)
                      OR id IN (SELECT instance_collection_id FROM iu_collection_template_instance_lineage) OR id IN (SELECT instance_collection_id FROM iu_auto_instantiate_event_log) $$,
  'nothing of the actor''s instances is left in any of the four tables');
SELECT results_eq(
  $$ SELECT (SELECT count(*)::int FROM iu_auto_instantiate_event_log WHERE triggered_by = 'probe-other'),
            (SELECT count(*)::int FROM iu_collection_template_instance_lineage l JOIN made m ON (m.r->>'instance_collection_id')::uuid = l.instance_collection_id WHERE m.actor = 'probe-other'),
            (SELECT count(*)::int FROM iu_piece_membership p JOIN made m ON (m.r->>'instance_collection_id')::uuid = p.collection_id WHERE m.actor = 'probe-other') $$,
  $$ VALUES (2, 2, 4) $$, 'the other actor''s two instances keep their log rows, lineage and four memberships');
SELECT is((SELECT template_collection_id FROM iu_collection_template_instance_lineage WHERE instance_collection_id = (SELECT (r->>'collection_id')::uuid FROM manual)),
  (SELECT t FROM tid), 'the same actor''s manual lineage, which the orchestrator never made, is kept');
SELECT results_eq($$ SELECT c.collection_key, count(m.id)::int FROM iu_piece_collection c JOIN iu_piece_membership m ON m.collection_id = c.id
                      WHERE c.id IN (SELECT t FROM tid UNION ALL SELECT u FROM tid) GROUP BY c.collection_key ORDER BY 1 $$,
  $$ VALUES ('probe:rba/t'::text, 2), ('probe:rba/u'::text, 1) $$, 'the templates keep their pieces');
SELECT is((SELECT count(*)::int FROM iu_collection_template_registry WHERE collection_id IN (SELECT t FROM tid UNION ALL SELECT u FROM tid) AND is_template), 2,
  'the templates stay marked');
SELECT results_eq($$ SELECT r->>'status', (r->>'deleted_log_rows')::int, (r->>'deleted_instance_collections')::int FROM (SELECT fn_iu_auto_instantiate_rollback_by_actor('probe-bulk', false) AS r) x $$,
  $$ VALUES ('rolled_back'::text, 0, 0) $$, 'running it again finds nothing left to remove');
SELECT is((fn_iu_auto_instantiate_rollback_by_actor('probe-bulk')->>'would_delete_log_rows')::int, 0, 'and a dry run afterwards lists nothing');

-- The idempotency key is free again: the same event composes a new instance.
UPDATE dot_config SET value = 'true' WHERE key IN ('iu_core.composer_enabled', 'iu_core.auto_instantiate_enabled');
CREATE TEMP TABLE again AS SELECT fn_iu_auto_instantiate_from_event('55555555-5555-4555-8555-000000000001', 'template.published', (SELECT t FROM tid), 'rba-1', 'live', 'probe-bulk') AS r;
UPDATE dot_config SET value = 'false' WHERE key IN ('iu_core.composer_enabled', 'iu_core.auto_instantiate_enabled');
SELECT is((SELECT r->>'status' FROM again), 'ok', 'after the rollback the same event, template and suffix compose again instead of replaying');
SELECT isnt((SELECT (r->>'instance_collection_id')::uuid FROM again), (SELECT (r->>'instance_collection_id')::uuid FROM made WHERE n = 1),
  'and the new instance is a new collection');

-- An instance that has since become a template is in use: both modes refuse and name it.
SELECT is(fn_iu_auto_instantiate_rollback_by_actor(E'probe\nbulk')->>'status', 'invalid_input', 'an actor with a control character is invalid_input');
UPDATE dot_config SET value = 'true' WHERE key IN ('iu_core.composer_enabled', 'iu_core.auto_instantiate_enabled');
CREATE TEMP TABLE promoted AS
SELECT fn_iu_auto_instantiate_from_event(gen_random_uuid(), 'template.published',
         (SELECT template_collection_id FROM iu_auto_instantiate_event_log WHERE triggered_by = 'probe-other' LIMIT 1),
         'rba-promoted', 'live', 'probe-promoter') AS r;
UPDATE dot_config SET value = 'false' WHERE key IN ('iu_core.composer_enabled', 'iu_core.auto_instantiate_enabled');
CREATE TEMP TABLE promoted_mark AS
SELECT fn_iu_collection_mark_as_template((SELECT (r->>'instance_collection_id')::uuid FROM promoted), 'promoted', NULL, 'probe') AS r;
CREATE TEMP TABLE census_promoted AS SELECT * FROM pg_temp.probe_row_counts();
SELECT is(fn_iu_auto_instantiate_rollback_by_actor('probe-promoter')->>'status', 'instances_in_use', 'a dry run over an instance that became a template is instances_in_use');
SELECT is(fn_iu_auto_instantiate_rollback_by_actor('probe-promoter', false)->'referenced_by', '[{"rows": 1, "table": "iu_collection_template_registry", "column": "collection_id"}]'::jsonb,
  'the real run refuses too and names what references the instance');
SELECT bag_eq($$ SELECT * FROM pg_temp.probe_row_counts() $$, $$ SELECT * FROM census_promoted $$, 'the refusal wrote nothing');

SELECT * FROM finish();
ROLLBACK;
