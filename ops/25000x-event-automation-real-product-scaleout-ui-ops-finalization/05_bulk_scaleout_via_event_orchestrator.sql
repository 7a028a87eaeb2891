-- ops/25000x-…/05_bulk_scaleout_via_event_orchestrator.sql
--
-- Bulk scale-out 12× through the event orchestrator, in one transaction:
--   1. open iu_core.composer_enabled and iu_core.auto_instantiate_enabled;
--   2. 8 × tpl:wf:onboarding/v2, events 25000b00-…-001..008, suffixes 25000x-bulk-wf-001..008;
--   3. 4 × tpl:file:status-report/v2, events 25000b10-…-001..004, suffixes 25000x-bulk-file-001..004;
--   4. close both gates before COMMIT;
--   5. read back inside the transaction, COMMIT, then check durability.
-- Actor iu-core-25000x-bulk, live mode. Re-running it replays all twelve and changes nothing.
-- Needs the sample data and 01 (file template v2). Runs under psql or iu-core run.

BEGIN;

UPDATE dot_config SET value = 'true' WHERE key IN ('iu_core.composer_enabled', 'iu_core.auto_instantiate_enabled');

CREATE TEMP TABLE bulk_results (n integer, template_key text, r jsonb) ON COMMIT DROP;

DO $bulk$
DECLARE
  i integer;
  v jsonb;
  v_wf   uuid := (SELECT id FROM iu_piece_collection WHERE collection_key = 'tpl:wf:onboarding/v2');
  v_file uuid := (SELECT id FROM iu_piece_collection WHERE collection_key = 'tpl:file:status-report/v2');
BEGIN
  IF v_wf IS NULL OR v_file IS NULL THEN
    RAISE EXCEPTION '05: templates missing (load ops/sample and run 01 first)';
  END IF;
  FOR i IN 1..8 LOOP
    v := fn_iu_auto_instantiate_from_event(
           ('25000b00-0000-4000-8000-' || lpad(i::text, 12, '0'))::uuid, 'template.published', v_wf,
           '25000x-bulk-wf-' || lpad(i::text, 3, '0'), 'live', 'iu-core-25000x-bulk');
    INSERT INTO bulk_results VALUES (i, 'tpl:wf:onboarding/v2', v);
    RAISE NOTICE 'wf bulk #% -> %', i, v->>'status';
  END LOOP;
  FOR i IN 1..4 LOOP
    v := fn_iu_auto_instantiate_from_event(
           ('25000b10-0000-4000-8000-' || lpad(i::text, 12, '0'))::uuid, 'template.published', v_file,
           '25000x-bulk-file-' || lpad(i::text, 3, '0'), 'live', 'iu-core-25000x-bulk');
    INSERT INTO bulk_results VALUES (8 + i, 'tpl:file:status-report/v2', v);
    RAISE NOTICE 'file bulk #% -> %', i, v->>'status';
  END LOOP;
END
$bulk$;

UPDATE dot_config SET value = 'false' WHERE key IN ('iu_core.composer_enabled', 'iu_core.auto_instantiate_enabled');

DO $readback$
DECLARE
  v_ok      bigint := (SELECT count(*) FROM bulk_results WHERE r->>'status' = 'ok');
  v_replay  bigint := (SELECT count(*) FROM bulk_results WHERE r->>'status' = 'idempotent_replay');
  v_matches bigint := (SELECT count(*) FROM v_iu_auto_instantiate_event_log WHERE triggered_by = 'iu-core-25000x-bulk' AND digest_matches_template);
  v_rows    bigint := (SELECT count(*) FROM iu_auto_instantiate_event_log WHERE triggered_by = 'iu-core-25000x-bulk');
BEGIN
  IF v_ok + v_replay <> 12 THEN
    RAISE EXCEPTION '05: % of 12 calls were refused: %', 12 - v_ok - v_replay,
      (SELECT jsonb_agg(r) FROM bulk_results WHERE r->>'status' NOT IN ('ok', 'idempotent_replay'));
  END IF;
  IF v_rows <> 12 OR v_matches <> 12 THEN
    RAISE EXCEPTION '05: expected 12 log rows all matching their template, found % rows, % matches', v_rows, v_matches;
  END IF;
  IF EXISTS (SELECT 1 FROM dot_config WHERE key LIKE 'iu\_core.%\_enabled' AND value <> 'false') THEN
    RAISE EXCEPTION '05: a gate is open before COMMIT';
  END IF;
  RAISE NOTICE 'bulk scaleout completed: 8 wf + 4 file instances % (% ok, % replayed), 12/12 digest match, gates closed',
    CASE WHEN v_replay = 0 THEN 'ok' ELSE 'present' END, v_ok, v_replay;
END
$readback$;

COMMIT;

DO $durable$
DECLARE
  v_rows bigint := (SELECT count(*) FROM iu_auto_instantiate_event_log WHERE triggered_by = 'iu-core-25000x-bulk');
  v_coll bigint := (SELECT count(*) FROM iu_piece_collection WHERE collection_key LIKE 'tpl-inst:auto:25000x-bulk-%');
BEGIN
  RAISE NOTICE '05 post-commit: log rows for iu-core-25000x-bulk = %, instance collections = %', v_rows, v_coll;
  IF v_rows <> 12 OR v_coll <> 12 THEN RAISE EXCEPTION '05: the bulk instances did not survive COMMIT'; END IF;
END
$durable$;
