-- 033's rollback guard, run inside this probe's transaction. The rollback file's DO block is
-- embedded below verbatim, twice (a vitest test checks both copies against the file). While a
-- later migration is applied the block is REFUSED as out of order, even forced (issue 11: a
-- forced rollback 033 under 035 left the bulk function resolving the dropped log table
-- through pg_temp). Then, the later migrations undone as migrate down would undo them: while
-- iu_auto_instantiate_event_log holds rows, or events of its type remain in the outbox, the
-- block is REFUSED (SQLSTATE 55000) and removes nothing; iu_core.force_rollback_033 must be
-- exactly 'true' to override it; with an empty log and no such event it runs without the
-- setting; forced, it removes 033's table, views, functions, gate, event type, that type's
-- events and the catalog entries 034 made for its functions — and nothing of the migrations
-- before it. The probe's ROLLBACK brings everything back.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(39);

UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled';
CREATE TEMP TABLE tpl AS SELECT fn_iu_compose('probe:guard/tpl', 'doc', 'Tpl', NULL,
  '[{"role":"title","new_piece":{"canonical_address":"probe/guard/t","title":"t","body":"t","unit_kind":"doc","section_type":"title"}}]', 'probe') AS r;
CREATE TEMP TABLE marked AS SELECT fn_iu_collection_mark_as_template((SELECT (r->>'collection_id')::uuid FROM tpl), 'tpl', NULL, 'probe') AS r;
CREATE TEMP TABLE made AS SELECT fn_iu_auto_instantiate_from_event(gen_random_uuid(), 'template.published', (SELECT (r->>'collection_id')::uuid FROM tpl), 'guard-1', 'dry_run', 'probe') AS r;
UPDATE dot_config SET value = 'false' WHERE key = 'iu_core.composer_enabled';
CREATE TEMP TABLE before AS SELECT
  (SELECT count(*) FROM iu_auto_instantiate_event_log) AS log_rows,
  (SELECT count(*) FROM event_outbox WHERE event_type = 'iu.template.instance_auto_composed') AS auto_events,
  (SELECT count(*) FROM event_outbox) AS events,
  (SELECT count(*) FROM event_type_registry) AS event_types,
  (SELECT count(*) FROM iu_collection_template_instance_lineage) AS lineage,
  (SELECT count(*) FROM iu_piece_collection) AS collections;
CREATE TEMP TABLE rollback_033 AS SELECT $guard$DO $rollback$
DECLARE
  v_later text;
  v_rows   bigint;
  v_events bigint;
BEGIN
  -- Out of order while a later migration is applied: the ledger lists one or, under plain
  -- psql, 034's objects exist. It builds on this one, so the force setting does not apply.
  IF to_regclass('iu_core_meta.migration_ledger') IS NOT NULL THEN
    SELECT max(l.version) INTO v_later FROM iu_core_meta.migration_ledger l WHERE l.version > '033'
       AND coalesce(to_jsonb(l) ->> 'project', 'iu-core') = 'iu-core';
  END IF;
  IF v_later IS NULL AND EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = 'public.dot_config'::regclass AND p.polname = 'dot_config_operator_toggles_gates') THEN
    v_later := '034';
  END IF;
  IF v_later IS NOT NULL THEN
    RAISE EXCEPTION 'REFUSED: rollback 033 is out of order: migration % is still applied', v_later
      USING ERRCODE = 'object_not_in_prerequisite_state',
            HINT = 'Roll back the later migrations first, newest first; the force setting does not apply to this.';
  END IF;
  SELECT count(*) INTO v_rows FROM iu_auto_instantiate_event_log;
  SELECT count(*) INTO v_events FROM event_outbox WHERE event_type = 'iu.template.instance_auto_composed';
  IF (v_rows > 0 OR v_events > 0) AND coalesce(current_setting('iu_core.force_rollback_033', true), '') <> 'true' THEN
    RAISE EXCEPTION 'REFUSED: rollback 033 would drop iu_auto_instantiate_event_log holding % rows and % iu.template.instance_auto_composed events', v_rows, v_events
      USING ERRCODE = 'object_not_in_prerequisite_state',
            HINT = 'Remove them with fn_iu_auto_instantiate_rollback_by_actor, or SET iu_core.force_rollback_033 = true.';
  END IF;
  -- 034 registers the orchestrator as a governed command; an entry whose function is gone
  -- would point at nothing (and break 034's own rollback), so it goes with the function.
  DELETE FROM dot_command_catalog
   WHERE function_sig IN ('fn_iu_auto_instantiate_from_event(uuid,text,uuid,text,text,text,text)'::regprocedure,
                          'fn_iu_auto_instantiate_rollback_by_actor(text,boolean)'::regprocedure);
  DROP VIEW v_iu_auto_instantiate_event_summary;
  DROP VIEW v_iu_auto_instantiate_event_log;
  DROP FUNCTION fn_iu_auto_instantiate_rollback_by_actor(text, boolean);
  DROP FUNCTION fn_iu_auto_instantiate_from_event(uuid, text, uuid, text, text, text, text);
  DELETE FROM event_outbox WHERE event_type = 'iu.template.instance_auto_composed';
  DELETE FROM event_type_registry WHERE event_type = 'iu.template.instance_auto_composed';
  DELETE FROM dot_config WHERE key = 'iu_core.auto_instantiate_enabled';
  DROP TABLE iu_auto_instantiate_event_log;
END
$rollback$$guard$::text AS block;

SELECT is((SELECT r->>'status' FROM made), 'ok', 'the probe''s dry_run instance was composed');
SELECT cmp_ok((SELECT log_rows FROM before), '>', 0::bigint, 'so iu_auto_instantiate_event_log holds rows');
SELECT ok((SELECT block FROM rollback_033) LIKE 'DO $rollback$%REFUSED%DROP TABLE iu_auto_instantiate_event_log;%', 'the embedded block is the guarded DO block of the rollback file');

-- Out of order: 034 to 038 are applied. Refused whatever the force setting says.
DO $force$ BEGIN PERFORM set_config('iu_core.force_rollback_033', 'true', true); END $force$;
SELECT throws_like((SELECT block FROM rollback_033), 'REFUSED: rollback 033 is out of order: migration 0__ is still applied',
  'with later migrations applied the rollback is REFUSED as out of order, even with iu_core.force_rollback_033 = true');
SELECT throws_ok((SELECT block FROM rollback_033), '55000', NULL, 'that refusal is object_not_in_prerequisite_state');
SELECT ok(to_regclass('public.iu_auto_instantiate_event_log') IS NOT NULL
          AND to_regprocedure('public.fn_iu_auto_instantiate_bulk(uuid[],text,uuid,text[],text,text,text)') IS NOT NULL,
  'the refused forced rollback left the log table and the bulk function that writes it');
DO $force$ BEGIN PERFORM set_config('iu_core.force_rollback_033', '', true); END $force$;
-- migrate down undoes the later migrations first: their ledger rows go (when there is a
-- ledger) and, of their objects, those 033's guard and rollback look at: 035's bulk entry
-- point and 034's gate policy.
DO $down$
BEGIN
  IF to_regclass('iu_core_meta.migration_ledger') IS NOT NULL THEN
    EXECUTE 'DELETE FROM iu_core_meta.migration_ledger WHERE version > ''033''';
  END IF;
END
$down$;
DELETE FROM dot_command_catalog WHERE command_name = 'auto_instantiate_bulk';
DROP FUNCTION fn_iu_auto_instantiate_bulk(uuid[], text, uuid, text[], text, text, text);
DROP POLICY dot_config_operator_toggles_gates ON dot_config;

-- Refused.
SELECT cmp_ok((SELECT auto_events FROM before), '>', 0::bigint, 'and the outbox holds events of its type');
SELECT throws_ok((SELECT block FROM rollback_033), '55000',
  (SELECT format('REFUSED: rollback 033 would drop iu_auto_instantiate_event_log holding %s rows and %s iu.template.instance_auto_composed events', log_rows, auto_events) FROM before),
  'without the force setting the rollback is REFUSED with object_not_in_prerequisite_state, naming the table, its row count and the events');
SELECT throws_like((SELECT block FROM rollback_033), 'REFUSED:%', 'the refusal message starts with REFUSED');
SELECT has_table('iu_auto_instantiate_event_log', 'a refused rollback left the log table');
SELECT is((SELECT count(*)::int FROM dot_command_catalog WHERE command_name LIKE 'auto\_instantiate%'), 2, 'a refused rollback left the two catalog entries');
SELECT has_view('v_iu_auto_instantiate_event_log', 'a refused rollback left v_iu_auto_instantiate_event_log');
SELECT has_view('v_iu_auto_instantiate_event_summary', 'a refused rollback left v_iu_auto_instantiate_event_summary');
SELECT has_function('fn_iu_auto_instantiate_from_event', ARRAY['uuid', 'text', 'uuid', 'text', 'text', 'text', 'text'], 'a refused rollback left the orchestrator');
SELECT has_function('fn_iu_auto_instantiate_rollback_by_actor', ARRAY['text', 'boolean'], 'a refused rollback left the actor rollback');
SELECT results_eq(
  $$ SELECT (SELECT count(*) FROM iu_auto_instantiate_event_log), (SELECT count(*) FROM event_outbox WHERE event_type = 'iu.template.instance_auto_composed'),
            (SELECT count(*) FROM dot_config WHERE key = 'iu_core.auto_instantiate_enabled'), (SELECT count(*) FROM event_type_registry) $$,
  $$ SELECT log_rows, auto_events, 1::bigint, event_types FROM before $$,
  'a refused rollback deleted no log row, no event, not the gate row and not the event type');

-- The force setting must be exactly 'true'.
DO $force$ BEGIN PERFORM set_config('iu_core.force_rollback_033', 'yes', true); END $force$;
SELECT throws_ok((SELECT block FROM rollback_033), '55000', NULL, 'iu_core.force_rollback_033 = yes does not force it');
DO $force$ BEGIN PERFORM set_config('iu_core.force_rollback_033', 'TRUE', true); END $force$;
SELECT throws_ok((SELECT block FROM rollback_033), '55000', NULL, 'iu_core.force_rollback_033 = TRUE does not force it either');
DO $force$ BEGIN PERFORM set_config('iu_core.force_rollback_033', '', true); END $force$;

-- An empty log is not enough: the events of its type would be deleted with it (issue 11:
-- rollback 033 deleted them without force). Run inside a block that then raises, so that
-- throws_ok's savepoint undoes it.
SELECT throws_ok(
  (SELECT format('DO $undo$ BEGIN DELETE FROM iu_auto_instantiate_event_log; EXECUTE %L; END $undo$', block) FROM rollback_033),
  '55000', (SELECT format('REFUSED: rollback 033 would drop iu_auto_instantiate_event_log holding 0 rows and %s iu.template.instance_auto_composed events', auto_events) FROM before),
  'with an empty log but events of its type in the outbox the rollback is still REFUSED without the force setting');
-- With an empty log and no such event no force is needed: the guard passing is what lets
-- the probe's marker through.
SELECT throws_ok(
  (SELECT format('DO $undo$ BEGIN DELETE FROM iu_auto_instantiate_event_log; DELETE FROM event_outbox WHERE event_type = %L; EXECUTE %L; RAISE EXCEPTION %L USING ERRCODE = %L; END $undo$',
                 'iu.template.instance_auto_composed', block, 'probe: rollback 033 ran; undoing it', 'P0001') FROM rollback_033),
  'P0001', 'probe: rollback 033 ran; undoing it',
  'with an empty log and no event of its type the rollback runs to its end without the force setting');
SELECT has_table('iu_auto_instantiate_event_log', 'that run was undone: the log table is back');
SELECT is((SELECT count(*) FROM iu_auto_instantiate_event_log), (SELECT log_rows FROM before), 'and so are its rows');

-- Forced.
DO $force$ BEGIN PERFORM set_config('iu_core.force_rollback_033', 'true', true); END $force$;
SELECT lives_ok(
  $guard$DO $rollback$
DECLARE
  v_later text;
  v_rows   bigint;
  v_events bigint;
BEGIN
  -- Out of order while a later migration is applied: the ledger lists one or, under plain
  -- psql, 034's objects exist. It builds on this one, so the force setting does not apply.
  IF to_regclass('iu_core_meta.migration_ledger') IS NOT NULL THEN
    SELECT max(l.version) INTO v_later FROM iu_core_meta.migration_ledger l WHERE l.version > '033'
       AND coalesce(to_jsonb(l) ->> 'project', 'iu-core') = 'iu-core';
  END IF;
  IF v_later IS NULL AND EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = 'public.dot_config'::regclass AND p.polname = 'dot_config_operator_toggles_gates') THEN
    v_later := '034';
  END IF;
  IF v_later IS NOT NULL THEN
    RAISE EXCEPTION 'REFUSED: rollback 033 is out of order: migration % is still applied', v_later
      USING ERRCODE = 'object_not_in_prerequisite_state',
            HINT = 'Roll back the later migrations first, newest first; the force setting does not apply to this.';
  END IF;
  SELECT count(*) INTO v_rows FROM iu_auto_instantiate_event_log;
  SELECT count(*) INTO v_events FROM event_outbox WHERE event_type = 'iu.template.instance_auto_composed';
  IF (v_rows > 0 OR v_events > 0) AND coalesce(current_setting('iu_core.force_rollback_033', true), '') <> 'true' THEN
    RAISE EXCEPTION 'REFUSED: rollback 033 would drop iu_auto_instantiate_event_log holding % rows and % iu.template.instance_auto_composed events', v_rows, v_events
      USING ERRCODE = 'object_not_in_prerequisite_state',
            HINT = 'Remove them with fn_iu_auto_instantiate_rollback_by_actor, or SET iu_core.force_rollback_033 = true.';
  END IF;
  -- 034 registers the orchestrator as a governed command; an entry whose function is gone
  -- would point at nothing (and break 034's own rollback), so it goes with the function.
  DELETE FROM dot_command_catalog
   WHERE function_sig IN ('fn_iu_auto_instantiate_from_event(uuid,text,uuid,text,text,text,text)'::regprocedure,
                          'fn_iu_auto_instantiate_rollback_by_actor(text,boolean)'::regprocedure);
  DROP VIEW v_iu_auto_instantiate_event_summary;
  DROP VIEW v_iu_auto_instantiate_event_log;
  DROP FUNCTION fn_iu_auto_instantiate_rollback_by_actor(text, boolean);
  DROP FUNCTION fn_iu_auto_instantiate_from_event(uuid, text, uuid, text, text, text, text);
  DELETE FROM event_outbox WHERE event_type = 'iu.template.instance_auto_composed';
  DELETE FROM event_type_registry WHERE event_type = 'iu.template.instance_auto_composed';
  DELETE FROM dot_config WHERE key = 'iu_core.auto_instantiate_enabled';
  DROP TABLE iu_auto_instantiate_event_log;
END
$rollback$$guard$,
  'with iu_core.force_rollback_033 = true the rollback runs although the log holds rows');
SELECT ok(to_regclass('public.iu_auto_instantiate_event_log') IS NULL, 'the forced rollback dropped the log table');
SELECT ok(to_regclass('public.v_iu_auto_instantiate_event_log') IS NULL, 'it dropped v_iu_auto_instantiate_event_log');
SELECT ok(to_regclass('public.v_iu_auto_instantiate_event_summary') IS NULL, 'it dropped v_iu_auto_instantiate_event_summary');
SELECT ok(to_regprocedure('public.fn_iu_auto_instantiate_from_event(uuid,text,uuid,text,text,text,text)') IS NULL, 'it dropped the orchestrator');
SELECT ok(to_regprocedure('public.fn_iu_auto_instantiate_rollback_by_actor(text,boolean)') IS NULL, 'it dropped the actor rollback');
SELECT is_empty($$ SELECT 1 FROM dot_config WHERE key = 'iu_core.auto_instantiate_enabled' $$, 'it removed the gate row');
SELECT is_empty($$ SELECT command_name FROM dot_command_catalog WHERE command_name LIKE 'auto\_instantiate%' $$,
  'it removed the two catalog entries 034 made for its functions, so none points at a dropped function');
SELECT is_empty($$ SELECT command_name FROM dot_command_catalog k WHERE NOT EXISTS (SELECT 1 FROM pg_proc p WHERE p.oid = k.function_sig) $$,
  'every remaining catalog entry still resolves to a function');
SELECT is_empty($$ SELECT 1 FROM event_type_registry WHERE event_type = 'iu.template.instance_auto_composed' $$, 'it removed the event type');
SELECT is_empty($$ SELECT 1 FROM event_outbox WHERE event_type = 'iu.template.instance_auto_composed' $$, 'it removed the events of that type');
SELECT is((SELECT count(*) FROM event_outbox), (SELECT events - auto_events FROM before), 'it removed no other event');
SELECT is((SELECT count(*) FROM event_type_registry), (SELECT event_types - 1 FROM before), 'it removed no other event type');
SELECT results_eq($$ SELECT (SELECT count(*) FROM iu_collection_template_instance_lineage), (SELECT count(*) FROM iu_piece_collection) $$,
  $$ SELECT lineage, collections FROM before $$, 'the lineage and collections of 031 and 006 are untouched, the instance''s included');
SELECT has_table('iu_collection_template_instance_lineage', 'the lineage table of 031, which the log referenced, is still there');
SELECT has_function('fn_iu_compose', ARRAY['text', 'text', 'text', 'text', 'jsonb', 'text'], 'the composer is still there');
SELECT set_eq($$ SELECT gate FROM v_iu_gate_status WHERE NOT enabled $$,
  ARRAY['iu_core.composer_enabled', 'iu_core.delivery_enabled', 'iu_core.retention_enabled', 'iu_core.vector_sync_enabled'],
  'the four gates of the earlier migrations are still there and closed');

SELECT * FROM finish();
ROLLBACK;
