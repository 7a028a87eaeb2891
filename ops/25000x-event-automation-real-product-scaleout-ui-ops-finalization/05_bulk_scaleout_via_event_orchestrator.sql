-- ops/25000x-event-automation-real-product-scaleout-ui-ops-finalization/05_bulk_scaleout_via_event_orchestrator.sql
--
-- Phase E: bulk scale-out 12× through the event orchestrator, in a single transaction:
--   1. open iu_core.composer_enabled and iu_core.auto_instantiate_enabled;
--   2. loop 1..8: fn_iu_auto_instantiate_from_event for tpl:wf:onboarding/v2, events
--      25000b00-0000-4000-8000-000000000001..008, suffixes 25000x-bulk-wf-001..008;
--   3. loop 1..4: the same for tpl:file:status-report/v2, events
--      25000b10-0000-4000-8000-000000000001..004, suffixes 25000x-bulk-file-001..004;
--   4. close both gates before COMMIT;
--   5. read back inside the transaction (12 log rows for the actor, 12 digest matches,
--      relative counts, gates closed), COMMIT, then check durability.
-- Actor iu-core-25000x-bulk, live mode, one NOTICE per call.
-- Expected on a first run: 12 × ok; collections +12, memberships +64 (8×5 + 4×6), lineage
-- +12, log +12; units, lifecycle log, sync points, templates and versions unchanged.
-- Re-running it replays all twelve (idempotent_replay) and adds nothing.
-- Needs the sample data and 01 (tpl:file:status-report/v2). Runs as it is under
-- psql -v ON_ERROR_STOP=1 -f or iu-core run.

BEGIN;

CREATE TEMP TABLE b05_before ON COMMIT DROP AS
SELECT (SELECT count(*) FROM iu_piece_collection) AS colls,
       (SELECT count(*) FROM iu_piece_membership) AS members,
       (SELECT count(*) FROM iu_collection_template_instance_lineage) AS lineage,
       (SELECT count(*) FROM iu_auto_instantiate_event_log) AS auto_log,
       (SELECT count(*) FROM information_unit) AS units,
       (SELECT count(*) FROM iu_lifecycle_log) AS lifecycle,
       (SELECT count(*) FROM iu_vector_sync_point) AS sync_points,
       (SELECT count(*) FROM iu_collection_template_registry WHERE is_template) AS templates,
       (SELECT count(*) FROM iu_collection_template_version) AS versions;

CREATE TEMP TABLE b05_results (n integer, template_key text, template_pieces integer, r jsonb) ON COMMIT DROP;

UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled';
UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.auto_instantiate_enabled';

DO $bulk$
DECLARE
  i       integer;
  v       jsonb;
  v_wf    uuid := (SELECT id FROM iu_piece_collection WHERE collection_key = 'tpl:wf:onboarding/v2');
  v_file  uuid := (SELECT id FROM iu_piece_collection WHERE collection_key = 'tpl:file:status-report/v2');
  n_wf    integer := (SELECT count(*) FROM iu_piece_membership WHERE collection_id = v_wf AND active);
  n_file  integer := (SELECT count(*) FROM iu_piece_membership WHERE collection_id = v_file AND active);
BEGIN
  IF v_wf IS NULL OR v_file IS NULL THEN
    RAISE EXCEPTION '05: tpl:wf:onboarding/v2 or tpl:file:status-report/v2 is missing (load ops/sample, then run 01)';
  END IF;
  FOR i IN 1..8 LOOP
    v := fn_iu_auto_instantiate_from_event(
           ('25000b00-0000-4000-8000-' || lpad(i::text, 12, '0'))::uuid,
           'template.published',
           v_wf,
           '25000x-bulk-wf-' || lpad(i::text, 3, '0'),
           'live',
           'iu-core-25000x-bulk');
    INSERT INTO b05_results VALUES (i, 'tpl:wf:onboarding/v2', n_wf, v);
    RAISE NOTICE 'wf bulk #% -> %', i, v->>'status';
  END LOOP;
  FOR i IN 1..4 LOOP
    v := fn_iu_auto_instantiate_from_event(
           ('25000b10-0000-4000-8000-' || lpad(i::text, 12, '0'))::uuid,
           'template.published',
           v_file,
           '25000x-bulk-file-' || lpad(i::text, 3, '0'),
           'live',
           'iu-core-25000x-bulk');
    INSERT INTO b05_results VALUES (8 + i, 'tpl:file:status-report/v2', n_file, v);
    RAISE NOTICE 'file bulk #% -> %', i, v->>'status';
  END LOOP;
END
$bulk$;

UPDATE dot_config SET value = 'false' WHERE key = 'iu_core.composer_enabled';
UPDATE dot_config SET value = 'false' WHERE key = 'iu_core.auto_instantiate_enabled';

DO $readback$
DECLARE
  b         b05_before%ROWTYPE;
  v_ok      bigint := (SELECT count(*) FROM b05_results WHERE r->>'status' = 'ok');
  v_replay  bigint := (SELECT count(*) FROM b05_results WHERE r->>'status' = 'idempotent_replay');
  v_pieces  bigint := (SELECT coalesce(sum(template_pieces), 0) FROM b05_results WHERE r->>'status' = 'ok');
  v_rows    bigint := (SELECT count(*) FROM iu_auto_instantiate_event_log WHERE triggered_by = 'iu-core-25000x-bulk');
  v_matches bigint := (SELECT count(*) FROM v_iu_auto_instantiate_event_log WHERE triggered_by = 'iu-core-25000x-bulk' AND digest_matches_template);
  v_open    text := (SELECT string_agg(key, ', ' ORDER BY key) FROM dot_config WHERE key LIKE 'iu\_core.%\_enabled' AND value <> 'false');
  s         record;
BEGIN
  SELECT * INTO b FROM b05_before;
  IF v_ok + v_replay <> 12 THEN
    RAISE EXCEPTION '05: % of 12 calls were refused: %', 12 - v_ok - v_replay,
      (SELECT jsonb_agg(r ORDER BY n) FROM b05_results WHERE r->>'status' NOT IN ('ok', 'idempotent_replay'));
  END IF;
  IF EXISTS (SELECT 1 FROM b05_results WHERE r->>'status' = 'ok'
              AND ((r->>'pieces_attached')::int <> template_pieces OR NOT (r->>'digest_matches_template')::boolean)) THEN
    RAISE EXCEPTION '05: an instance does not match its template: %',
      (SELECT jsonb_agg(r ORDER BY n) FROM b05_results WHERE NOT (r->>'digest_matches_template')::boolean);
  END IF;
  RAISE NOTICE '05 read-back | log rows for iu-core-25000x-bulk | %', v_rows;
  RAISE NOTICE '05 read-back | digest matches / diverges / total | % / % / %', v_matches, v_rows - v_matches, v_rows;
  IF v_rows <> 12 OR v_matches <> 12 THEN
    RAISE EXCEPTION '05: expected 12 log rows all matching their template, found % rows, % matches', v_rows, v_matches;
  END IF;
  IF (SELECT count(*) FROM iu_piece_collection) <> b.colls + v_ok
     OR (SELECT count(*) FROM iu_piece_membership) <> b.members + v_pieces
     OR (SELECT count(*) FROM iu_collection_template_instance_lineage) <> b.lineage + v_ok
     OR (SELECT count(*) FROM iu_auto_instantiate_event_log) <> b.auto_log + v_ok
     OR (SELECT count(*) FROM information_unit) <> b.units
     OR (SELECT count(*) FROM iu_lifecycle_log) <> b.lifecycle
     OR (SELECT count(*) FROM iu_vector_sync_point) <> b.sync_points
     OR (SELECT count(*) FROM iu_collection_template_registry WHERE is_template) <> b.templates
     OR (SELECT count(*) FROM iu_collection_template_version) <> b.versions THEN
    RAISE EXCEPTION '05: counts moved by other than collections +%, memberships +%, lineage +%, log +% (units, lifecycle, sync, templates, versions unchanged)',
      v_ok, v_pieces, v_ok, v_ok;
  END IF;
  RAISE NOTICE '05 read-back | collections +% | memberships +% | lineage +% | auto log +% | units, lifecycle, sync points unchanged',
    v_ok, v_pieces, v_ok, v_ok;
  FOR s IN SELECT template_collection_key, emit_mode, instance_count, instances_last_hour
             FROM v_iu_auto_instantiate_event_summary ORDER BY template_collection_key, emit_mode LOOP
    RAISE NOTICE '05 summary | % | % | % instances | % last hour', s.template_collection_key, s.emit_mode, s.instance_count, s.instances_last_hour;
  END LOOP;
  RAISE NOTICE '05 gates | iu_core.composer_enabled=% | iu_core.auto_instantiate_enabled=%',
    (SELECT value FROM dot_config WHERE key = 'iu_core.composer_enabled'),
    (SELECT value FROM dot_config WHERE key = 'iu_core.auto_instantiate_enabled');
  IF v_open IS NOT NULL THEN
    RAISE EXCEPTION '05: gates still open before COMMIT: %', v_open;
  END IF;
  IF v_replay = 0 THEN
    RAISE NOTICE 'bulk scaleout completed: 8 wf + 4 file instances ok';
  ELSE
    RAISE NOTICE 'bulk scaleout completed: 8 wf + 4 file instances present (% ok, % idempotent_replay)', v_ok, v_replay;
  END IF;
END
$readback$;

COMMIT;

DO $durable$
DECLARE
  v_rows  bigint := (SELECT count(*) FROM v_iu_auto_instantiate_event_log
                      WHERE triggered_by = 'iu-core-25000x-bulk' AND emit_mode = 'live' AND digest_matches_template);
  v_coll  bigint := (SELECT count(*) FROM iu_piece_collection WHERE collection_key LIKE 'tpl-inst:auto:25000x-bulk-%');
  v_lin   bigint := (SELECT count(*) FROM iu_collection_template_instance_lineage WHERE recorded_by = 'iu-core-25000x-bulk');
BEGIN
  RAISE NOTICE '05 post-commit | log rows % | lineage rows % | instance collections % | gates open %', v_rows, v_lin, v_coll,
    (SELECT count(*) FROM dot_config WHERE key LIKE 'iu\_core.%\_enabled' AND value <> 'false');
  IF v_rows <> 12 OR v_coll <> 12 OR v_lin <> 12 THEN
    RAISE EXCEPTION '05: the bulk instances did not survive COMMIT';
  END IF;
  IF EXISTS (SELECT 1 FROM dot_config WHERE key LIKE 'iu\_core.%\_enabled' AND value <> 'false') THEN
    RAISE EXCEPTION '05: a gate is open after COMMIT';
  END IF;
END
$durable$;
