-- ops/25000x-event-automation-real-product-scaleout-ui-ops-finalization/03_durable_auto_instantiate_event.sql
--
-- The durable closeout proof: one live instance through the orchestrator, committed.
--   event 25000d25-0000-4000-8000-000000000001 → tpl:wf:onboarding/v2,
--   suffix 25000x-durable-001 (instance tpl-inst:auto:25000x-durable-001),
--   actor iu-core-25000x-durable, live mode.
-- Both gates are opened inside the transaction and closed before COMMIT; the result is
-- checked before COMMIT (relative counts, digest match, gates) and again after it.
-- Expected: collections +1, memberships +5, lineage +1, auto-instantiate log +1; units,
-- lifecycle log and sync points unchanged. Re-running it replays (idempotent_replay) and
-- adds nothing.
-- Needs the sample data (ops/sample). Runs as it is under psql -v ON_ERROR_STOP=1 -f or
-- iu-core run.

BEGIN;

CREATE TEMP TABLE d03_before ON COMMIT DROP AS
SELECT (SELECT count(*) FROM iu_piece_collection) AS colls,
       (SELECT count(*) FROM iu_piece_membership) AS members,
       (SELECT count(*) FROM iu_collection_template_instance_lineage) AS lineage,
       (SELECT count(*) FROM iu_auto_instantiate_event_log) AS auto_log,
       (SELECT count(*) FROM information_unit) AS units,
       (SELECT count(*) FROM iu_lifecycle_log) AS lifecycle,
       (SELECT count(*) FROM iu_vector_sync_point) AS sync_points,
       (SELECT count(*) FROM iu_piece_membership m JOIN iu_piece_collection c ON c.id = m.collection_id
         WHERE c.collection_key = 'tpl:wf:onboarding/v2' AND m.active) AS template_pieces;

UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled';
UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.auto_instantiate_enabled';

CREATE TEMP TABLE d03_result ON COMMIT DROP AS
SELECT fn_iu_auto_instantiate_from_event(
         '25000d25-0000-4000-8000-000000000001'::uuid,
         'template.published',
         (SELECT id FROM iu_piece_collection WHERE collection_key = 'tpl:wf:onboarding/v2'),
         '25000x-durable-001',
         'live',
         'iu-core-25000x-durable',
         '25000x closeout: one durable event-driven instance') AS r;

UPDATE dot_config SET value = 'false' WHERE key = 'iu_core.composer_enabled';
UPDATE dot_config SET value = 'false' WHERE key = 'iu_core.auto_instantiate_enabled';

DO $verify$
DECLARE
  r      jsonb := (SELECT r FROM d03_result);
  b      d03_before%ROWTYPE;
  n      integer;
  v_open text := (SELECT string_agg(key, ', ' ORDER BY key) FROM dot_config WHERE key LIKE 'iu\_core.%\_enabled' AND value <> 'false');
BEGIN
  SELECT * INTO b FROM d03_before;
  RAISE NOTICE '03 durable event 25000d25-...-0001 -> % (instance %, % pieces, digest match %)', r->>'status',
    r->>'instance_collection_id', coalesce(r->>'pieces_attached', '-'), coalesce(r->>'digest_matches_template', '-');
  IF r->>'status' = 'ok' THEN
    n := 1;
    IF (r->>'pieces_attached')::int <> b.template_pieces OR NOT (r->>'digest_matches_template')::boolean
       OR r->>'instance_collection_key' <> 'tpl-inst:auto:25000x-durable-001' THEN
      RAISE EXCEPTION '03: the durable instance does not match its template: %', r;
    END IF;
  ELSIF r->>'status' = 'idempotent_replay' THEN
    n := 0;
  ELSE
    RAISE EXCEPTION '03: expected ok (or idempotent_replay on a re-run), got %', r;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM v_iu_auto_instantiate_event_log
                  WHERE instance_collection_id = (r->>'instance_collection_id')::uuid
                    AND event_id = '25000d25-0000-4000-8000-000000000001' AND triggered_by = 'iu-core-25000x-durable'
                    AND emit_mode = 'live' AND digest_matches_template
                    AND idempotency_key = md5('25000d25-0000-4000-8000-000000000001:' || template_collection_id::text || ':25000x-durable-001')) THEN
    RAISE EXCEPTION '03: no matching log row for the durable instance';
  END IF;
  IF (SELECT count(*) FROM iu_piece_collection) <> b.colls + n
     OR (SELECT count(*) FROM iu_piece_membership) <> b.members + n * b.template_pieces
     OR (SELECT count(*) FROM iu_collection_template_instance_lineage) <> b.lineage + n
     OR (SELECT count(*) FROM iu_auto_instantiate_event_log) <> b.auto_log + n
     OR (SELECT count(*) FROM information_unit) <> b.units
     OR (SELECT count(*) FROM iu_lifecycle_log) <> b.lifecycle
     OR (SELECT count(*) FROM iu_vector_sync_point) <> b.sync_points THEN
    RAISE EXCEPTION '03: counts moved by other than collections +%, memberships +%, lineage +%, log +% (units, lifecycle, sync unchanged)',
      n, n * b.template_pieces, n, n;
  END IF;
  IF v_open IS NOT NULL THEN
    RAISE EXCEPTION '03: gates still open before COMMIT: %', v_open;
  END IF;
  RAISE NOTICE '03 in TX: collections +%, memberships +%, lineage +%, auto log +%; units, lifecycle, sync points unchanged; gates closed',
    n, n * b.template_pieces, n, n;
END
$verify$;

COMMIT;

DO $durable$
DECLARE
  v_rows bigint := (SELECT count(*) FROM v_iu_auto_instantiate_event_log
                     WHERE triggered_by = 'iu-core-25000x-durable' AND instance_collection_key = 'tpl-inst:auto:25000x-durable-001'
                       AND digest_matches_template AND emit_mode = 'live');
BEGIN
  RAISE NOTICE '03 post-commit: durable rows for iu-core-25000x-durable = %', v_rows;
  IF v_rows <> 1 THEN RAISE EXCEPTION '03: the durable instance did not survive COMMIT (% rows)', v_rows; END IF;
  IF EXISTS (SELECT 1 FROM dot_config WHERE key LIKE 'iu\_core.%\_enabled' AND value <> 'false') THEN
    RAISE EXCEPTION '03: a gate is open after COMMIT';
  END IF;
END
$durable$;
