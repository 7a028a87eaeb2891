-- ops/25000x-…/03_durable_auto_instantiate_event.sql
--
-- One durable live instance: event 25000d25-…-0001 → tpl:wf:onboarding/v2, suffix
-- 25000x-durable-001, actor iu-core-25000x-durable. Gates opened and closed inside the
-- transaction; verified before COMMIT; durability checked after it. Re-running it replays
-- (idempotent_replay) and changes nothing.
-- Needs the sample data (ops/sample). Runs under psql -v ON_ERROR_STOP=1 -f or iu-core run.

BEGIN;

UPDATE dot_config SET value = 'true' WHERE key IN ('iu_core.composer_enabled', 'iu_core.auto_instantiate_enabled');

CREATE TEMP TABLE durable_result ON COMMIT DROP AS
SELECT fn_iu_auto_instantiate_from_event(
         '25000d25-0000-4000-8000-000000000001'::uuid,
         'template.published',
         (SELECT id FROM iu_piece_collection WHERE collection_key = 'tpl:wf:onboarding/v2'),
         '25000x-durable-001',
         'live',
         'iu-core-25000x-durable',
         '25000x durable proof event') AS r;

UPDATE dot_config SET value = 'false' WHERE key IN ('iu_core.composer_enabled', 'iu_core.auto_instantiate_enabled');

DO $verify$
DECLARE
  r jsonb := (SELECT r FROM durable_result);
BEGIN
  RAISE NOTICE '03 durable event -> % (instance %, digest match %)', r->>'status', r->>'instance_collection_id',
    coalesce(r->>'digest_matches_template', '(replay)');
  IF r->>'status' = 'ok' THEN
    IF NOT (r->>'digest_matches_template')::boolean OR (r->>'pieces_attached')::int <> 5 THEN
      RAISE EXCEPTION '03: the durable instance does not match its template: %', r;
    END IF;
  ELSIF r->>'status' <> 'idempotent_replay' THEN
    RAISE EXCEPTION '03: expected ok (or idempotent_replay on a re-run), got %', r;
  END IF;
  IF EXISTS (SELECT 1 FROM dot_config WHERE key LIKE 'iu\_core.%\_enabled' AND value <> 'false') THEN
    RAISE EXCEPTION '03: a gate is open before COMMIT';
  END IF;
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
  IF v_rows <> 1 THEN RAISE EXCEPTION '03: the durable instance did not survive COMMIT'; END IF;
END
$durable$;
