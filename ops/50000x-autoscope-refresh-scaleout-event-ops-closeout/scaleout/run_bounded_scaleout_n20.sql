-- ops/50000x-autoscope-refresh-scaleout-event-ops-closeout/scaleout/run_bounded_scaleout_n20.sql
--
-- Durable scale-out N=20 in a single transaction: BEGIN → open iu_core.composer_enabled and
-- iu_core.auto_instantiate_enabled → a PL/pgSQL loop calling fn_iu_auto_instantiate_from_event
-- 4 × 5 = 20 times → close both gates → in-transaction verification → COMMIT.
--   tpl:file:status-report/v1  5  50000x-bulk-file-v1-01..05
--   tpl:file:status-report/v2  5  50000x-bulk-file-v2-01..05
--   tpl:wf:onboarding/v1       5  50000x-bulk-wf-v1-01..05
--   tpl:wf:onboarding/v2       5  50000x-bulk-wf-v2-01..05
-- Actor iu-core-50000x-bulk, live, event_id gen_random_uuid(), event type
-- iu.template.instance_auto_composed. Checks are relative (before + 20), so the driver does
-- not depend on what else the database holds. Not re-runnable: the suffixes are taken.

BEGIN;

UPDATE dot_config SET value = 'true' WHERE key IN ('iu_core.composer_enabled', 'iu_core.auto_instantiate_enabled');

CREATE TEMP TABLE n20_before ON COMMIT DROP AS
SELECT (SELECT count(*) FROM iu_collection_template_instance_lineage) AS lineage,
       (SELECT count(*) FROM iu_auto_instantiate_event_log) AS auto_log,
       (SELECT count(*) FROM information_unit) AS units,
       (SELECT count(*) FROM iu_lifecycle_log) AS lifecycle,
       (SELECT count(*) FROM iu_vector_sync_point) AS sync_points;

CREATE TEMP TABLE n20_results (template_key text, n integer, r jsonb) ON COMMIT DROP;

DO $scaleout$
DECLARE
  t record;
  i integer;
  v jsonb;
BEGIN
  FOR t IN SELECT * FROM (VALUES
      ('tpl:file:status-report/v1', 'file-v1'), ('tpl:file:status-report/v2', 'file-v2'),
      ('tpl:wf:onboarding/v1', 'wf-v1'), ('tpl:wf:onboarding/v2', 'wf-v2')) AS x (template_key, tag)
  LOOP
    FOR i IN 1..5 LOOP
      v := fn_iu_auto_instantiate_from_event(
             gen_random_uuid(), 'iu.template.instance_auto_composed',
             (SELECT id FROM iu_piece_collection WHERE collection_key = t.template_key),
             format('50000x-bulk-%s-%s', t.tag, lpad(i::text, 2, '0')), 'live', 'iu-core-50000x-bulk');
      INSERT INTO n20_results VALUES (t.template_key, i, v);
      IF v->>'status' <> 'ok' THEN
        RAISE EXCEPTION '50000x scaleout: % #% -> %', t.template_key, i, v;
      END IF;
    END LOOP;
  END LOOP;
  RAISE NOTICE '50000x scaleout: % instances composed (4 templates x 5 each)', (SELECT count(*) FROM n20_results);
END
$scaleout$;

UPDATE dot_config SET value = 'false' WHERE key IN ('iu_core.composer_enabled', 'iu_core.auto_instantiate_enabled');

DO $verify$
DECLARE
  b         n20_before%ROWTYPE;
  v_lineage bigint := (SELECT count(*) FROM iu_collection_template_instance_lineage);
  v_log     bigint := (SELECT count(*) FROM iu_auto_instantiate_event_log);
  v_actor   bigint := (SELECT count(*) FROM iu_auto_instantiate_event_log WHERE triggered_by = 'iu-core-50000x-bulk');
  v_match   bigint := (SELECT count(*) FROM v_iu_auto_instantiate_event_log WHERE triggered_by = 'iu-core-50000x-bulk' AND digest_matches_template);
BEGIN
  SELECT * INTO b FROM n20_before;
  RAISE NOTICE '50000x_lineage | % (% + 20)', v_lineage, b.lineage;
  RAISE NOTICE '50000x_auto_log | % (% + 20)', v_log, b.auto_log;
  RAISE NOTICE '50000x_actor | iu-core-50000x-bulk | %', v_actor;
  RAISE NOTICE '50000x_digest_match | % | %', v_match = 20, v_match;
  RAISE NOTICE '50000x_gates_closed | iu_core.composer_enabled | %', (SELECT value FROM dot_config WHERE key = 'iu_core.composer_enabled');
  RAISE NOTICE '50000x_gates_closed | iu_core.auto_instantiate_enabled | %', (SELECT value FROM dot_config WHERE key = 'iu_core.auto_instantiate_enabled');
  IF v_lineage <> b.lineage + 20 OR v_log <> b.auto_log + 20 OR v_actor <> 20 OR v_match <> 20 THEN
    RAISE EXCEPTION '50000x scaleout: in-transaction verification failed';
  END IF;
  IF (SELECT count(*) FROM information_unit) <> b.units OR (SELECT count(*) FROM iu_lifecycle_log) <> b.lifecycle
     OR (SELECT count(*) FROM iu_vector_sync_point) <> b.sync_points THEN
    RAISE EXCEPTION '50000x scaleout: an invariant surface moved (units, lifecycle log or sync points)';
  END IF;
  IF EXISTS (SELECT 1 FROM dot_config WHERE key LIKE 'iu\_core.%\_enabled' AND value <> 'false') THEN
    RAISE EXCEPTION '50000x scaleout: a gate is open before COMMIT';
  END IF;
END
$verify$;

COMMIT;

DO $post$
DECLARE
  v_log  bigint := (SELECT count(*) FROM iu_auto_instantiate_event_log);
  v_bulk bigint := (SELECT count(*) FROM iu_auto_instantiate_event_log WHERE triggered_by = 'iu-core-50000x-bulk');
BEGIN
  RAISE NOTICE '50000x_post_commit | auto_log=% | bulk_rows=%', v_log, v_bulk;
  IF v_bulk <> 20 THEN RAISE EXCEPTION '50000x scaleout: % bulk rows after COMMIT, expected 20', v_bulk; END IF;
END
$post$;
