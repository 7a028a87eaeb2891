-- 033's rollback guard, run inside this probe's transaction: it REFUSES while the log holds
-- rows and removes nothing; with iu_core.force_rollback_033 set it removes the substrate.
-- The DO block below is the rollback file's own, verbatim (a vitest test checks they match).
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(9);

UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled';
CREATE TEMP TABLE tpl AS SELECT fn_iu_compose('probe:guard/tpl', 'doc', 'Tpl', NULL,
  '[{"role":"title","new_piece":{"canonical_address":"probe/guard/t","title":"t","body":"t","unit_kind":"doc","section_type":"title"}}]', 'probe') AS r;
CREATE TEMP TABLE marked AS SELECT fn_iu_collection_mark_as_template((SELECT (r->>'collection_id')::uuid FROM tpl), 'tpl', NULL, 'probe') AS r;
CREATE TEMP TABLE made AS SELECT fn_iu_auto_instantiate_from_event(gen_random_uuid(), 'template.published', (SELECT (r->>'collection_id')::uuid FROM tpl), 'guard-1', 'dry_run', 'probe') AS r;
UPDATE dot_config SET value = 'false' WHERE key = 'iu_core.composer_enabled';
SELECT is((SELECT count(*)::int FROM iu_auto_instantiate_event_log WHERE triggered_by = 'probe'), 1, 'the probe''s dry_run instance is in the log');
SELECT is((SELECT emit_mode FROM iu_auto_instantiate_event_log WHERE triggered_by = 'probe'), 'dry_run', 'and it is tagged dry_run');

SELECT throws_like(
  $guard$DO $rollback$
DECLARE
  v_rows bigint;
BEGIN
  SELECT count(*) INTO v_rows FROM iu_auto_instantiate_event_log;
  IF v_rows > 0 AND coalesce(current_setting('iu_core.force_rollback_033', true), '') <> 'true' THEN
    RAISE EXCEPTION 'REFUSED: rollback 033 would drop iu_auto_instantiate_event_log holding % rows', v_rows
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
  'REFUSED: rollback 033 would drop iu_auto_instantiate_event_log holding % rows',
  'without the force setting the rollback is REFUSED');
SELECT has_table('iu_auto_instantiate_event_log', 'a refused rollback left the log table');
SELECT has_view('v_iu_auto_instantiate_event_summary', 'a refused rollback left the views');
SELECT has_function('fn_iu_auto_instantiate_from_event', 'a refused rollback left the orchestrator');

DO $force$ BEGIN PERFORM set_config('iu_core.force_rollback_033', 'true', true); END $force$;
SELECT lives_ok(
  $guard$DO $rollback$
DECLARE
  v_rows bigint;
BEGIN
  SELECT count(*) INTO v_rows FROM iu_auto_instantiate_event_log;
  IF v_rows > 0 AND coalesce(current_setting('iu_core.force_rollback_033', true), '') <> 'true' THEN
    RAISE EXCEPTION 'REFUSED: rollback 033 would drop iu_auto_instantiate_event_log holding % rows', v_rows
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
  'with SET iu_core.force_rollback_033 = true the rollback runs');
SELECT hasnt_table('iu_auto_instantiate_event_log', 'the forced rollback dropped the log table');
SELECT is((SELECT count(*)::int FROM dot_config WHERE key = 'iu_core.auto_instantiate_enabled'), 0, 'the forced rollback removed the gate row');

SELECT * FROM finish();
ROLLBACK;
