-- ops/25000x-event-automation-real-product-scaleout-ui-ops-finalization/02_auto_instantiate_productization_proof.sql
--
-- Phase C: the twelve bounded probes C1–C12 of fn_iu_auto_instantiate_from_event. Every
-- probe runs inside its own BEGIN … ROLLBACK, opens only the gates it needs inside that
-- transaction, prints one line
--     Cn <path>: expected <x>, actual <y>
-- and raises when actual differs from expected, so psql -v ON_ERROR_STOP=1 (or iu-core run)
-- stops at the first wrong answer. Nothing here lasts: C11 and C12 check afterwards that no
-- C* actor left a row and that both gates read false.
-- Needs the sample data (ops/sample). Re-runnable any number of times.

-- Precondition (reads only).
DO $pre$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM iu_collection_template_registry r JOIN iu_piece_collection c ON c.id = r.collection_id
                  WHERE c.collection_key = 'tpl:wf:onboarding/v2' AND r.is_template)
     OR NOT EXISTS (SELECT 1 FROM iu_piece_collection c
                     WHERE NOT EXISTS (SELECT 1 FROM iu_collection_template_registry r WHERE r.collection_id = c.id AND r.is_template)) THEN
    RAISE EXCEPTION '02: needs the marked template tpl:wf:onboarding/v2 and one ordinary collection (load ops/sample first)';
  END IF;
END
$pre$;

-- C1 invalid_input: a NULL event_id is refused.
BEGIN;
DO $c1$
DECLARE
  e text := 'invalid_input';
  a text := fn_iu_auto_instantiate_from_event(NULL, 'template.published',
              (SELECT id FROM iu_piece_collection WHERE collection_key = 'tpl:wf:onboarding/v2'),
              '25000x-c1', 'live', 'iu-core-25000x-c1')->>'status';
BEGIN
  RAISE NOTICE 'C1 invalid_input (NULL event_id): expected %, actual %', e, a;
  IF a IS DISTINCT FROM e THEN RAISE EXCEPTION 'C1 failed: expected %, actual %', e, a; END IF;
END
$c1$;
ROLLBACK;

-- C2 invalid_emit_mode: 'shadow' is not a mode.
BEGIN;
DO $c2$
DECLARE
  e text := 'invalid_emit_mode';
  a text := fn_iu_auto_instantiate_from_event('25000c02-0000-4000-8000-000000000001', 'template.published',
              (SELECT id FROM iu_piece_collection WHERE collection_key = 'tpl:wf:onboarding/v2'),
              '25000x-c2', 'shadow', 'iu-core-25000x-c2')->>'status';
BEGIN
  RAISE NOTICE 'C2 invalid_emit_mode (''shadow''): expected %, actual %', e, a;
  IF a IS DISTINCT FROM e THEN RAISE EXCEPTION 'C2 failed: expected %, actual %', e, a; END IF;
END
$c2$;
ROLLBACK;

-- C3 live_gate_closed: live mode with iu_core.auto_instantiate_enabled closed (the composer
-- gate open, so the live gate is the only reason).
BEGIN;
UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled';
DO $c3$
DECLARE
  e text := 'live_gate_closed';
  a text := fn_iu_auto_instantiate_from_event('25000c03-0000-4000-8000-000000000001', 'template.published',
              (SELECT id FROM iu_piece_collection WHERE collection_key = 'tpl:wf:onboarding/v2'),
              '25000x-c3', 'live', 'iu-core-25000x-c3')->>'status';
BEGIN
  RAISE NOTICE 'C3 live_gate_closed (live, auto-instantiate gate CLOSED): expected %, actual %', e, a;
  IF a IS DISTINCT FROM e THEN RAISE EXCEPTION 'C3 failed: expected %, actual %', e, a; END IF;
END
$c3$;
ROLLBACK;

-- C4 composer_gate_closed: dry_run bypasses the live gate but never the composer gate.
BEGIN;
DO $c4$
DECLARE
  e text := 'composer_gate_closed';
  a text := fn_iu_auto_instantiate_from_event('25000c04-0000-4000-8000-000000000001', 'template.published',
              (SELECT id FROM iu_piece_collection WHERE collection_key = 'tpl:wf:onboarding/v2'),
              '25000x-c4', 'dry_run', 'iu-core-25000x-c4')->>'status';
BEGIN
  RAISE NOTICE 'C4 composer_gate_closed (dry_run, composer gate CLOSED): expected %, actual %', e, a;
  IF a IS DISTINCT FROM e THEN RAISE EXCEPTION 'C4 failed: expected %, actual %', e, a; END IF;
END
$c4$;
ROLLBACK;

-- C5 template_not_marked: an ordinary (never marked) collection as the target.
BEGIN;
UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled';
DO $c5$
DECLARE
  e text := 'template_not_marked';
  a text := fn_iu_auto_instantiate_from_event('25000c05-0000-4000-8000-000000000001', 'template.published',
              (SELECT c.id FROM iu_piece_collection c
                WHERE NOT EXISTS (SELECT 1 FROM iu_collection_template_registry r WHERE r.collection_id = c.id AND r.is_template)
                ORDER BY c.collection_key LIMIT 1),
              '25000x-c5', 'dry_run', 'iu-core-25000x-c5')->>'status';
BEGIN
  RAISE NOTICE 'C5 template_not_marked (non-template target): expected %, actual %', e, a;
  IF a IS DISTINCT FROM e THEN RAISE EXCEPTION 'C5 failed: expected %, actual %', e, a; END IF;
END
$c5$;
ROLLBACK;

-- C6 template_collection_not_found: the zero UUID.
BEGIN;
UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled';
DO $c6$
DECLARE
  e text := 'template_collection_not_found';
  a text := fn_iu_auto_instantiate_from_event('25000c06-0000-4000-8000-000000000001', 'template.published',
              '00000000-0000-0000-0000-000000000000', '25000x-c6', 'dry_run', 'iu-core-25000x-c6')->>'status';
BEGIN
  RAISE NOTICE 'C6 template_collection_not_found (zero UUID): expected %, actual %', e, a;
  IF a IS DISTINCT FROM e THEN RAISE EXCEPTION 'C6 failed: expected %, actual %', e, a; END IF;
END
$c6$;
ROLLBACK;

-- C7 happy-path dry_run: composes for real inside the transaction, log row tagged dry_run.
BEGIN;
UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled';
DO $c7$
DECLARE
  r jsonb := fn_iu_auto_instantiate_from_event('25000c07-0000-4000-8000-000000000001', 'template.published',
               (SELECT id FROM iu_piece_collection WHERE collection_key = 'tpl:wf:onboarding/v2'),
               '25000x-c7', 'dry_run', 'iu-core-25000x-c7');
  e text := 'ok, 5 pieces attached, digest match true, log emit_mode dry_run';
  a text;
BEGIN
  a := format('%s, %s pieces attached, digest match %s, log emit_mode %s', r->>'status', r->>'pieces_attached',
              r->>'digest_matches_template',
              (SELECT emit_mode FROM iu_auto_instantiate_event_log
                WHERE instance_collection_id = (r->>'instance_collection_id')::uuid));
  RAISE NOTICE 'C7 happy-path dry_run: expected %, actual %', e, a;
  IF a IS DISTINCT FROM e THEN RAISE EXCEPTION 'C7 failed: expected %, actual % (%)', e, a, r; END IF;
END
$c7$;
ROLLBACK;

-- C8 idempotent_replay: the same event × template × suffix twice in one transaction.
BEGIN;
UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled';
DO $c8$
DECLARE
  v_tpl uuid := (SELECT id FROM iu_piece_collection WHERE collection_key = 'tpl:wf:onboarding/v2');
  r1 jsonb;
  r2 jsonb;
  e text := 'ok then idempotent_replay, same instance true, 1 log row';
  a text;
BEGIN
  r1 := fn_iu_auto_instantiate_from_event('25000c08-0000-4000-8000-000000000001', 'template.published', v_tpl,
                                          '25000x-c8', 'dry_run', 'iu-core-25000x-c8');
  r2 := fn_iu_auto_instantiate_from_event('25000c08-0000-4000-8000-000000000001', 'template.published', v_tpl,
                                          '25000x-c8', 'dry_run', 'iu-core-25000x-c8');
  a := format('%s then %s, same instance %s, %s log row', r1->>'status', r2->>'status',
              (r1->>'instance_collection_id' = r2->>'instance_collection_id')::text,
              (SELECT count(*) FROM iu_auto_instantiate_event_log WHERE triggered_by = 'iu-core-25000x-c8'));
  RAISE NOTICE 'C8 idempotent_replay (same event x template x suffix twice): expected %, actual %', e, a;
  IF a IS DISTINCT FROM e THEN RAISE EXCEPTION 'C8 failed: expected %, actual % (% / %)', e, a, r1, r2; END IF;
END
$c8$;
ROLLBACK;

-- C9 happy-path live: both gates opened inside the transaction.
BEGIN;
UPDATE dot_config SET value = 'true' WHERE key IN ('iu_core.composer_enabled', 'iu_core.auto_instantiate_enabled');
DO $c9$
DECLARE
  r jsonb := fn_iu_auto_instantiate_from_event('25000c09-0000-4000-8000-000000000001', 'template.published',
               (SELECT id FROM iu_piece_collection WHERE collection_key = 'tpl:wf:onboarding/v2'),
               '25000x-c9', 'live', 'iu-core-25000x-c9');
  e text := 'ok, 5 pieces attached, digest match true, log emit_mode live';
  a text;
BEGIN
  a := format('%s, %s pieces attached, digest match %s, log emit_mode %s', r->>'status', r->>'pieces_attached',
              r->>'digest_matches_template',
              (SELECT emit_mode FROM iu_auto_instantiate_event_log
                WHERE instance_collection_id = (r->>'instance_collection_id')::uuid));
  RAISE NOTICE 'C9 happy-path LIVE (both gates open in TX): expected %, actual %', e, a;
  IF a IS DISTINCT FROM e THEN RAISE EXCEPTION 'C9 failed: expected %, actual % (%)', e, a, r; END IF;
END
$c9$;
ROLLBACK;

-- C10 actor-scoped rollback: the dry run reports 1/1/1 and removes nothing; dry_run=false
-- then cascades log → lineage → instance collection → membership (all inside this
-- bounded transaction).
BEGIN;
UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled';
DO $c10$
DECLARE
  r jsonb := fn_iu_auto_instantiate_from_event('25000c10-0000-4000-8000-000000000001', 'template.published',
               (SELECT id FROM iu_piece_collection WHERE collection_key = 'tpl:wf:onboarding/v2'),
               '25000x-c10', 'dry_run', 'iu-core-25000x-c10');
  d jsonb;
  x jsonb;
  v_kept bigint;
  v_left bigint;
  e text := 'dry_run 1/1/1 (1 log row kept); rolled_back 1/1/1 + 5 memberships (0 left)';
  a text;
BEGIN
  IF r->>'status' IS DISTINCT FROM 'ok' THEN RAISE EXCEPTION 'C10 failed: the instance to roll back was refused: %', r; END IF;
  d := fn_iu_auto_instantiate_rollback_by_actor('iu-core-25000x-c10', true);
  v_kept := (SELECT count(*) FROM iu_auto_instantiate_event_log WHERE triggered_by = 'iu-core-25000x-c10');
  x := fn_iu_auto_instantiate_rollback_by_actor('iu-core-25000x-c10', false);
  v_left := (SELECT count(*) FROM iu_auto_instantiate_event_log WHERE triggered_by = 'iu-core-25000x-c10')
          + (SELECT count(*) FROM iu_collection_template_instance_lineage WHERE instance_collection_id = (r->>'instance_collection_id')::uuid)
          + (SELECT count(*) FROM iu_piece_collection WHERE id = (r->>'instance_collection_id')::uuid)
          + (SELECT count(*) FROM iu_piece_membership WHERE collection_id = (r->>'instance_collection_id')::uuid);
  a := format('%s %s/%s/%s (%s log row kept); %s %s/%s/%s + %s memberships (%s left)',
              d->>'status', d->>'would_delete_instance_collections', d->>'would_delete_lineage_rows', d->>'would_delete_log_rows', v_kept,
              x->>'status', x->>'deleted_instance_collections', x->>'deleted_lineage_rows', x->>'deleted_log_rows',
              x->>'deleted_memberships', v_left);
  RAISE NOTICE 'C10 actor-scoped rollback dry_run: expected %, actual %', e, a;
  IF a IS DISTINCT FROM e THEN RAISE EXCEPTION 'C10 failed: expected %, actual % (% / %)', e, a, d, x; END IF;
END
$c10$;
ROLLBACK;

-- C11 post-rollback log durability: no C* actor left a log row or an instance.
BEGIN;
DO $c11$
DECLARE
  e text := '0 log rows, 0 instances';
  a text := format('%s log rows, %s instances',
              (SELECT count(*) FROM iu_auto_instantiate_event_log WHERE triggered_by LIKE 'iu-core-25000x-c%'),
              (SELECT count(*) FROM iu_piece_collection WHERE collection_key LIKE 'tpl-inst:auto:25000x-c%'));
BEGIN
  RAISE NOTICE 'C11 post-rollback log durability (any C* actor): expected %, actual %', e, a;
  IF a IS DISTINCT FROM e THEN RAISE EXCEPTION 'C11 failed: expected %, actual %', e, a; END IF;
END
$c11$;
ROLLBACK;

-- C12 post-rollback gates: both gates read false.
BEGIN;
DO $c12$
DECLARE
  e text := 'iu_core.auto_instantiate_enabled=false, iu_core.composer_enabled=false';
  a text := (SELECT string_agg(key || '=' || value, ', ' ORDER BY key) FROM dot_config
              WHERE key IN ('iu_core.composer_enabled', 'iu_core.auto_instantiate_enabled'));
BEGIN
  RAISE NOTICE 'C12 post-rollback gates: expected %, actual %', e, a;
  IF a IS DISTINCT FROM e THEN RAISE EXCEPTION 'C12 failed: expected %, actual %', e, a; END IF;
END
$c12$;
ROLLBACK;

DO $done$
BEGIN
  RAISE NOTICE '02: 12/12 probes ok (C1-C12), nothing left behind';
END
$done$;
