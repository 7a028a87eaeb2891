-- ops/25000x-…/02_auto_instantiate_productization_proof.sql
--
-- The twelve bounded probes C1–C12 of fn_iu_auto_instantiate_from_event. Each runs inside
-- BEGIN … ROLLBACK, prints "Cn <path>: expected …, actual …" and raises when they differ,
-- so psql -v ON_ERROR_STOP=1 stops at the first wrong answer. Nothing here lasts: C11 and
-- C12 check afterwards that no C* log row and no open gate is left.
-- Needs the sample data (ops/sample). Runs under psql or iu-core run.

-- C1 invalid_input (NULL event_id)
BEGIN;
DO $c$
DECLARE v text := fn_iu_auto_instantiate_from_event(NULL, 'template.published',
  (SELECT id FROM iu_piece_collection WHERE collection_key = 'tpl:wf:onboarding/v2'), 'c1', 'live', 'iu-core-25000x-c1')->>'status';
BEGIN
  RAISE NOTICE 'C1 invalid_input (NULL event_id): expected invalid_input, actual %', v;
  IF v IS DISTINCT FROM 'invalid_input' THEN RAISE EXCEPTION 'C1 failed: %', v; END IF;
END $c$;
ROLLBACK;

-- C2 invalid_emit_mode ('shadow')
BEGIN;
DO $c$
DECLARE v text := fn_iu_auto_instantiate_from_event('25000c02-0000-4000-8000-000000000001', 'template.published',
  (SELECT id FROM iu_piece_collection WHERE collection_key = 'tpl:wf:onboarding/v2'), 'c2', 'shadow', 'iu-core-25000x-c2')->>'status';
BEGIN
  RAISE NOTICE 'C2 invalid_emit_mode (''shadow''): expected invalid_emit_mode, actual %', v;
  IF v IS DISTINCT FROM 'invalid_emit_mode' THEN RAISE EXCEPTION 'C2 failed: %', v; END IF;
END $c$;
ROLLBACK;

-- C3 live mode with the auto-instantiate gate closed (composer gate open)
BEGIN;
UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled';
DO $c$
DECLARE v text := fn_iu_auto_instantiate_from_event('25000c03-0000-4000-8000-000000000001', 'template.published',
  (SELECT id FROM iu_piece_collection WHERE collection_key = 'tpl:wf:onboarding/v2'), 'c3', 'live', 'iu-core-25000x-c3')->>'status';
BEGIN
  RAISE NOTICE 'C3 live with auto-instantiate gate CLOSED: expected live_gate_closed, actual %', v;
  IF v IS DISTINCT FROM 'live_gate_closed' THEN RAISE EXCEPTION 'C3 failed: %', v; END IF;
END $c$;
ROLLBACK;

-- C4 dry_run with the composer gate closed
BEGIN;
DO $c$
DECLARE v text := fn_iu_auto_instantiate_from_event('25000c04-0000-4000-8000-000000000001', 'template.published',
  (SELECT id FROM iu_piece_collection WHERE collection_key = 'tpl:wf:onboarding/v2'), 'c4', 'dry_run', 'iu-core-25000x-c4')->>'status';
BEGIN
  RAISE NOTICE 'C4 dry_run with composer gate CLOSED: expected composer_gate_closed, actual %', v;
  IF v IS DISTINCT FROM 'composer_gate_closed' THEN RAISE EXCEPTION 'C4 failed: %', v; END IF;
END $c$;
ROLLBACK;

-- C5 template_not_marked (an ordinary document as the target)
BEGIN;
UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled';
DO $c$
DECLARE v text := fn_iu_auto_instantiate_from_event('25000c05-0000-4000-8000-000000000001', 'template.published',
  (SELECT id FROM iu_piece_collection WHERE collection_key = 'doc:handbook/intro'), 'c5', 'dry_run', 'iu-core-25000x-c5')->>'status';
BEGIN
  RAISE NOTICE 'C5 template_not_marked (non-template target): expected template_not_marked, actual %', v;
  IF v IS DISTINCT FROM 'template_not_marked' THEN RAISE EXCEPTION 'C5 failed: %', v; END IF;
END $c$;
ROLLBACK;

-- C6 template_collection_not_found (the zero UUID)
BEGIN;
UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled';
DO $c$
DECLARE v text := fn_iu_auto_instantiate_from_event('25000c06-0000-4000-8000-000000000001', 'template.published',
  '00000000-0000-0000-0000-000000000000', 'c6', 'dry_run', 'iu-core-25000x-c6')->>'status';
BEGIN
  RAISE NOTICE 'C6 template_collection_not_found (zero UUID): expected template_collection_not_found, actual %', v;
  IF v IS DISTINCT FROM 'template_collection_not_found' THEN RAISE EXCEPTION 'C6 failed: %', v; END IF;
END $c$;
ROLLBACK;

-- C7 happy-path dry_run: ok, 5 pieces attached, digest match
BEGIN;
UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled';
DO $c$
DECLARE r jsonb := fn_iu_auto_instantiate_from_event('25000c07-0000-4000-8000-000000000001', 'template.published',
  (SELECT id FROM iu_piece_collection WHERE collection_key = 'tpl:wf:onboarding/v2'), '25000x-c7', 'dry_run', 'iu-core-25000x-c7');
BEGIN
  RAISE NOTICE 'C7 happy-path dry_run: expected ok, 5 pieces, digest match; actual %, % pieces, digest match %',
    r->>'status', r->>'pieces_attached', r->>'digest_matches_template';
  IF r->>'status' IS DISTINCT FROM 'ok' OR (r->>'pieces_attached')::int <> 5 OR NOT (r->>'digest_matches_template')::boolean
     OR (SELECT emit_mode FROM iu_auto_instantiate_event_log WHERE instance_collection_id = (r->>'instance_collection_id')::uuid) <> 'dry_run' THEN
    RAISE EXCEPTION 'C7 failed: %', r;
  END IF;
END $c$;
ROLLBACK;

-- C8 idempotent_replay: the same event × template × suffix twice in one transaction
BEGIN;
UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled';
DO $c$
DECLARE
  v_tpl uuid := (SELECT id FROM iu_piece_collection WHERE collection_key = 'tpl:wf:onboarding/v2');
  r1 jsonb := fn_iu_auto_instantiate_from_event('25000c08-0000-4000-8000-000000000001', 'template.published', v_tpl, '25000x-c8', 'dry_run', 'iu-core-25000x-c8');
  r2 jsonb := fn_iu_auto_instantiate_from_event('25000c08-0000-4000-8000-000000000001', 'template.published', v_tpl, '25000x-c8', 'dry_run', 'iu-core-25000x-c8');
BEGIN
  RAISE NOTICE 'C8 idempotent_replay: expected ok then idempotent_replay with the same instance; actual % then % (same instance: %)',
    r1->>'status', r2->>'status', r1->>'instance_collection_id' = r2->>'instance_collection_id';
  IF r1->>'status' IS DISTINCT FROM 'ok' OR r2->>'status' IS DISTINCT FROM 'idempotent_replay'
     OR r1->>'instance_collection_id' IS DISTINCT FROM r2->>'instance_collection_id'
     OR (SELECT count(*) FROM iu_auto_instantiate_event_log WHERE triggered_by = 'iu-core-25000x-c8') <> 1 THEN
    RAISE EXCEPTION 'C8 failed: % / %', r1, r2;
  END IF;
END $c$;
ROLLBACK;

-- C9 happy-path live (both gates open inside the transaction)
BEGIN;
UPDATE dot_config SET value = 'true' WHERE key IN ('iu_core.composer_enabled', 'iu_core.auto_instantiate_enabled');
DO $c$
DECLARE r jsonb := fn_iu_auto_instantiate_from_event('25000c09-0000-4000-8000-000000000001', 'template.published',
  (SELECT id FROM iu_piece_collection WHERE collection_key = 'tpl:wf:onboarding/v2'), '25000x-c9', 'live', 'iu-core-25000x-c9');
BEGIN
  RAISE NOTICE 'C9 happy-path LIVE: expected ok, 5 pieces, digest match; actual %, % pieces, digest match %',
    r->>'status', r->>'pieces_attached', r->>'digest_matches_template';
  IF r->>'status' IS DISTINCT FROM 'ok' OR (r->>'pieces_attached')::int <> 5 OR NOT (r->>'digest_matches_template')::boolean THEN
    RAISE EXCEPTION 'C9 failed: %', r;
  END IF;
END $c$;
ROLLBACK;

-- C10 actor-scoped rollback, dry run: reports 1/1/1 would-delete and changes nothing
BEGIN;
UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled';
DO $c$
DECLARE
  r jsonb := fn_iu_auto_instantiate_from_event('25000c10-0000-4000-8000-000000000001', 'template.published',
    (SELECT id FROM iu_piece_collection WHERE collection_key = 'tpl:wf:onboarding/v2'), '25000x-c10', 'dry_run', 'iu-core-25000x-c10');
  d jsonb := fn_iu_auto_instantiate_rollback_by_actor('iu-core-25000x-c10', true);
BEGIN
  RAISE NOTICE 'C10 actor rollback dry_run: expected dry_run 1/1/1; actual % %/%/%', d->>'status',
    d->>'would_delete_instance_collections', d->>'would_delete_lineage_rows', d->>'would_delete_log_rows';
  IF r->>'status' IS DISTINCT FROM 'ok' OR d->>'status' IS DISTINCT FROM 'dry_run'
     OR (d->>'would_delete_instance_collections')::int <> 1 OR (d->>'would_delete_lineage_rows')::int <> 1
     OR (d->>'would_delete_log_rows')::int <> 1
     OR (SELECT count(*) FROM iu_auto_instantiate_event_log WHERE triggered_by = 'iu-core-25000x-c10') <> 1 THEN
    RAISE EXCEPTION 'C10 failed: % / %', r, d;
  END IF;
END $c$;
ROLLBACK;

-- C11 after the bounded probes: no log row of any C* actor is durable
DO $c$
DECLARE v bigint := (SELECT count(*) FROM iu_auto_instantiate_event_log WHERE triggered_by LIKE 'iu-core-25000x-c%');
BEGIN
  RAISE NOTICE 'C11 post-rollback log durability: expected 0 rows for any C* actor, actual %', v;
  IF v <> 0 THEN RAISE EXCEPTION 'C11 failed: % rows', v; END IF;
END $c$;

-- C12 after the bounded probes: both gates closed
DO $c$
DECLARE v text := (SELECT string_agg(key || '=' || value, ', ' ORDER BY key) FROM dot_config
                    WHERE key IN ('iu_core.composer_enabled', 'iu_core.auto_instantiate_enabled'));
BEGIN
  RAISE NOTICE 'C12 post-rollback gates: expected both false, actual %', v;
  IF EXISTS (SELECT 1 FROM dot_config WHERE key IN ('iu_core.composer_enabled', 'iu_core.auto_instantiate_enabled') AND value <> 'false') THEN
    RAISE EXCEPTION 'C12 failed: %', v;
  END IF;
  RAISE NOTICE '02: 12/12 probes green';
END $c$;
