-- ops/50000x-autoscope-refresh-scaleout-event-ops-closeout/scaleout/run_bounded_scaleout_n20.sql
--
-- Phase E durable scale-out N=20, in a single transaction: BEGIN → open
-- iu_core.composer_enabled and iu_core.auto_instantiate_enabled → a PL/pgSQL loop calling
-- fn_iu_auto_instantiate_from_event 4 × 5 = 20 times → close both gates → in-transaction
-- verification → COMMIT → post-commit checks.
--
--   template                   kind      N  suffixes
--   tpl:file:status-report/v1  file      5  50000x-bulk-file-v1-01..05
--   tpl:file:status-report/v2  file      5  50000x-bulk-file-v2-01..05
--   tpl:wf:onboarding/v1       workflow  5  50000x-bulk-wf-v1-01..05
--   tpl:wf:onboarding/v2       workflow  5  50000x-bulk-wf-v2-01..05
--
-- Per call: actor iu-core-50000x-bulk, emit_mode live, event_id gen_random_uuid(), event type
-- iu.template.instance_auto_composed; idempotency key md5(event_id || ':' || template_id ||
-- ':' || suffix), unique by construction.
-- Every check is relative (before + delta), so the driver does not depend on what else the
-- database holds: lineage +20, auto log +20, actor rows 20, 20 digest matches, collections
-- +20, memberships +(5 × the four templates' pieces), units, lifecycle log and sync points
-- unchanged, both gates false. After COMMIT the actor-scoped rollback dry run must report
-- 20/20/20 and change nothing.
-- Needs the sample data and 01. Not re-runnable (the event ids are fresh, the suffixes are
-- not): a second run refuses before composing anything. Runs as it is under
-- psql -v ON_ERROR_STOP=1 -f or iu-core run.

BEGIN;

DO $pre$
BEGIN
  IF EXISTS (SELECT 1 FROM iu_piece_collection WHERE collection_key LIKE 'tpl-inst:auto:50000x-bulk-%')
     OR EXISTS (SELECT 1 FROM iu_auto_instantiate_event_log WHERE triggered_by = 'iu-core-50000x-bulk') THEN
    RAISE EXCEPTION '50000x scaleout: already run (instances tpl-inst:auto:50000x-bulk-* exist); nothing changed'
      USING HINT = 'To run it again, remove the batch first: SELECT fn_iu_auto_instantiate_rollback_by_actor(''iu-core-50000x-bulk'', false);';
  END IF;
  IF (SELECT count(*) FROM iu_collection_template_registry r JOIN iu_piece_collection c ON c.id = r.collection_id
       WHERE r.is_template AND c.collection_key IN ('tpl:file:status-report/v1', 'tpl:file:status-report/v2',
                                                   'tpl:wf:onboarding/v1', 'tpl:wf:onboarding/v2')) <> 4 THEN
    RAISE EXCEPTION '50000x scaleout: the four templates are not all there and marked (load ops/sample, then run 01)';
  END IF;
END
$pre$;

-- Kept for the session (not ON COMMIT DROP): the post-commit checks compare against it.
CREATE TEMP TABLE n20_before AS
SELECT (SELECT count(*) FROM iu_piece_collection) AS colls,
       (SELECT count(*) FROM iu_piece_membership) AS members,
       (SELECT count(*) FROM iu_collection_template_instance_lineage) AS lineage,
       (SELECT count(*) FROM iu_auto_instantiate_event_log) AS auto_log,
       (SELECT count(*) FROM information_unit) AS units,
       (SELECT count(*) FROM iu_lifecycle_log) AS lifecycle,
       (SELECT count(*) FROM iu_vector_sync_point) AS sync_points,
       (SELECT 5 * count(*) FROM iu_piece_membership m JOIN iu_piece_collection c ON c.id = m.collection_id
         WHERE m.active AND c.collection_key IN ('tpl:file:status-report/v1', 'tpl:file:status-report/v2',
                                                 'tpl:wf:onboarding/v1', 'tpl:wf:onboarding/v2')) AS expected_members;

CREATE TEMP TABLE n20_results (template_key text, n integer, r jsonb) ON COMMIT DROP;

UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled';
UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.auto_instantiate_enabled';

DO $scaleout$
DECLARE
  t record;
  i integer;
  v jsonb;
BEGIN
  FOR t IN SELECT x.template_key, x.tag, c.id
             FROM (VALUES (1, 'tpl:file:status-report/v1', 'file-v1'), (2, 'tpl:file:status-report/v2', 'file-v2'),
                          (3, 'tpl:wf:onboarding/v1', 'wf-v1'), (4, 'tpl:wf:onboarding/v2', 'wf-v2')) AS x (ord, template_key, tag)
             JOIN iu_piece_collection c ON c.collection_key = x.template_key
            ORDER BY x.ord
  LOOP
    FOR i IN 1..5 LOOP
      v := fn_iu_auto_instantiate_from_event(
             gen_random_uuid(),
             'iu.template.instance_auto_composed',
             t.id,
             format('50000x-bulk-%s-%s', t.tag, lpad(i::text, 2, '0')),
             'live',
             'iu-core-50000x-bulk');
      INSERT INTO n20_results VALUES (t.template_key, i, v);
      IF v->>'status' IS DISTINCT FROM 'ok' THEN
        RAISE EXCEPTION '50000x scaleout: % #% -> %', t.template_key, i, v;
      END IF;
    END LOOP;
  END LOOP;
  RAISE NOTICE '50000x scaleout: % instances composed (4 templates x 5 each)',
    (SELECT count(*) FROM n20_results WHERE r->>'status' = 'ok');
END
$scaleout$;

UPDATE dot_config SET value = 'false' WHERE key = 'iu_core.composer_enabled';
UPDATE dot_config SET value = 'false' WHERE key = 'iu_core.auto_instantiate_enabled';

DO $verify$
DECLARE
  b         n20_before%ROWTYPE;
  v_lineage bigint := (SELECT count(*) FROM iu_collection_template_instance_lineage);
  v_log     bigint := (SELECT count(*) FROM iu_auto_instantiate_event_log);
  v_actor   bigint := (SELECT count(*) FROM iu_auto_instantiate_event_log WHERE triggered_by = 'iu-core-50000x-bulk');
  v_match   bigint := (SELECT count(*) FROM v_iu_auto_instantiate_event_log
                        WHERE triggered_by = 'iu-core-50000x-bulk' AND digest_matches_template);
  v_keys    bigint := (SELECT count(*) FROM iu_auto_instantiate_event_log l
                         JOIN iu_piece_collection i ON i.id = l.instance_collection_id
                        WHERE l.triggered_by = 'iu-core-50000x-bulk' AND l.emit_mode = 'live'
                          AND l.event_type = 'iu.template.instance_auto_composed'
                          AND l.idempotency_key = md5(l.event_id::text || ':' || l.template_collection_id::text || ':'
                                                      || substr(i.collection_key, length('tpl-inst:auto:') + 1)));
  v_open    text := (SELECT string_agg(key, ', ' ORDER BY key) FROM dot_config WHERE key LIKE 'iu\_core.%\_enabled' AND value <> 'false');
BEGIN
  SELECT * INTO b FROM n20_before;
  RAISE NOTICE '50000x_lineage | % (% + 20)', v_lineage, b.lineage;
  RAISE NOTICE '50000x_auto_log | % (% + 20)', v_log, b.auto_log;
  RAISE NOTICE '50000x_actor | iu-core-50000x-bulk | %', v_actor;
  RAISE NOTICE '50000x_digest_match | % | %', (v_match = 20)::text, v_match;
  RAISE NOTICE '50000x_idempotency_key | md5(event_id:template_id:suffix) | %', v_keys;
  RAISE NOTICE '50000x_gates_closed | iu_core.composer_enabled | %', (SELECT value FROM dot_config WHERE key = 'iu_core.composer_enabled');
  RAISE NOTICE '50000x_gates_closed | iu_core.auto_instantiate_enabled | %', (SELECT value FROM dot_config WHERE key = 'iu_core.auto_instantiate_enabled');
  IF v_lineage <> b.lineage + 20 OR v_log <> b.auto_log + 20 OR v_actor <> 20 OR v_match <> 20 OR v_keys <> 20 THEN
    RAISE EXCEPTION '50000x scaleout: in-transaction verification failed (lineage %, log %, actor %, digest matches %, keys %)',
      v_lineage, v_log, v_actor, v_match, v_keys;
  END IF;
  IF (SELECT count(*) FROM iu_piece_collection) <> b.colls + 20
     OR (SELECT count(*) FROM iu_piece_membership) <> b.members + b.expected_members THEN
    RAISE EXCEPTION '50000x scaleout: collections or memberships did not move by +20 and +%', b.expected_members;
  END IF;
  IF (SELECT count(*) FROM information_unit) <> b.units OR (SELECT count(*) FROM iu_lifecycle_log) <> b.lifecycle
     OR (SELECT count(*) FROM iu_vector_sync_point) <> b.sync_points THEN
    RAISE EXCEPTION '50000x scaleout: an invariant surface moved (units, lifecycle log or sync points)';
  END IF;
  IF v_open IS NOT NULL THEN
    RAISE EXCEPTION '50000x scaleout: gates still open before COMMIT: %', v_open;
  END IF;
END
$verify$;

COMMIT;

DO $post$
DECLARE
  b       n20_before%ROWTYPE;
  v_log   bigint := (SELECT count(*) FROM iu_auto_instantiate_event_log);
  v_bulk  bigint := (SELECT count(*) FROM iu_auto_instantiate_event_log WHERE triggered_by = 'iu-core-50000x-bulk');
  v_ok    bigint := (SELECT count(*) FROM v_iu_auto_instantiate_event_log WHERE digest_matches_template);
  v_total bigint := (SELECT count(*) FROM v_iu_auto_instantiate_event_log);
  d       jsonb;
  s       record;
BEGIN
  SELECT * INTO b FROM n20_before;
  RAISE NOTICE '50000x_post_commit | auto_log=% | bulk_rows=%', v_log, v_bulk;
  IF v_bulk <> 20 OR v_log <> b.auto_log + 20 THEN
    RAISE EXCEPTION '50000x scaleout: % bulk rows after COMMIT (auto log %), expected 20 (auto log %)', v_bulk, v_log, b.auto_log + 20;
  END IF;

  RAISE NOTICE '50000x post-TX | iu = % (UNCHANGED)', (SELECT count(*) FROM information_unit);
  RAISE NOTICE '50000x post-TX | iu_piece_collection = % (% + 20)', (SELECT count(*) FROM iu_piece_collection), b.colls;
  RAISE NOTICE '50000x post-TX | iu_piece_membership = % (% + %)', (SELECT count(*) FROM iu_piece_membership), b.members, b.expected_members;
  RAISE NOTICE '50000x post-TX | iu_lifecycle_log = % (UNCHANGED)', (SELECT count(*) FROM iu_lifecycle_log);
  RAISE NOTICE '50000x post-TX | iu_vector_sync_point = % (UNCHANGED)', (SELECT count(*) FROM iu_vector_sync_point);
  RAISE NOTICE '50000x post-TX | digest_drift / digest_ok / total = % / % / %', v_total - v_ok, v_ok, v_total;
  IF (SELECT count(*) FROM information_unit) <> b.units OR (SELECT count(*) FROM iu_lifecycle_log) <> b.lifecycle
     OR (SELECT count(*) FROM iu_vector_sync_point) <> b.sync_points
     OR (SELECT count(*) FROM iu_piece_collection) <> b.colls + 20
     OR (SELECT count(*) FROM iu_piece_membership) <> b.members + b.expected_members
     OR v_ok <> v_total THEN
    RAISE EXCEPTION '50000x scaleout: post-commit invariants do not hold';
  END IF;
  FOR s IN SELECT left(instance_collection_id::text, 8) AS id, template_collection_key, instance_collection_key,
                  template_digest, instance_digest, digest_matches_template
             FROM v_iu_auto_instantiate_event_log
            WHERE triggered_by = 'iu-core-50000x-bulk' AND template_collection_key = 'tpl:wf:onboarding/v1'
            ORDER BY instance_collection_key LIMIT 3 LOOP
    RAISE NOTICE '50000x digest sample | %-... | % | % | td=% | id=% | match=%', s.id, s.template_collection_key,
      s.instance_collection_key, s.template_digest, s.instance_digest, s.digest_matches_template::text;
  END LOOP;

  -- Actor-scoped rollback, dry run: the whole batch is addressable in one call, and the
  -- dry run changes nothing.
  d := fn_iu_auto_instantiate_rollback_by_actor('iu-core-50000x-bulk', true);
  RAISE NOTICE '50000x rollback dry_run | status=% | target_instance_ids=% | would_delete_instance_collections=% | would_delete_lineage_rows=% | would_delete_log_rows=%',
    d->>'status', jsonb_array_length(d->'target_instance_ids'), d->>'would_delete_instance_collections',
    d->>'would_delete_lineage_rows', d->>'would_delete_log_rows';
  IF d->>'status' IS DISTINCT FROM 'dry_run' OR jsonb_array_length(d->'target_instance_ids') <> 20
     OR (d->>'would_delete_instance_collections')::int <> 20 OR (d->>'would_delete_lineage_rows')::int <> 20
     OR (d->>'would_delete_log_rows')::int <> 20 THEN
    RAISE EXCEPTION '50000x scaleout: the rollback dry run does not address the 20 instances: %', d;
  END IF;
  IF (SELECT count(*) FROM iu_collection_template_instance_lineage) <> b.lineage + 20
     OR (SELECT count(*) FROM iu_auto_instantiate_event_log) <> v_log
     OR (SELECT count(*) FROM iu_auto_instantiate_event_log WHERE triggered_by = 'iu-core-50000x-bulk') <> 20 THEN
    RAISE EXCEPTION '50000x scaleout: the rollback dry run changed something';
  END IF;
  RAISE NOTICE '50000x post-dry | lineage=% | auto_log=% | bulk=% (UNCHANGED)',
    (SELECT count(*) FROM iu_collection_template_instance_lineage), v_log, v_bulk;
  IF EXISTS (SELECT 1 FROM dot_config WHERE key LIKE 'iu\_core.%\_enabled' AND value <> 'false') THEN
    RAISE EXCEPTION '50000x scaleout: a gate is open after COMMIT';
  END IF;
END
$post$;

DROP TABLE n20_before;
