-- ops/25000x-event-automation-real-product-scaleout-ui-ops-finalization/01_file_template_versioning.sql
--
-- The runbook's "File template versioning" recipe (25000x operator runbook addendum), for
-- the family tpl:file:status-report, in one transaction:
--   1. open iu_core.composer_enabled;
--   2. compose tpl:file:status-report/v2: v1's title, a new executive_summary intro piece,
--      then v1's other four units (6 pieces, 1 unit minted);
--   3. close the composer gate;
--   4. mark v2 as a template, register v1 (seq 1) and v2 (seq 2, previous v1) — bookkeeping,
--      with every gate closed, as the runbook does it: v2 supersedes v1;
--   5. check the result before COMMIT, and the family chain after it.
-- Expected: information_unit +1, iu_piece_collection +1, iu_piece_membership +6, templates
-- +1, versions +2; lineage, auto-instantiate log, lifecycle log and sync points unchanged.
-- Needs the sample data (ops/sample). Runs as it is under psql -v ON_ERROR_STOP=1 -f or
-- iu-core run. Re-runnable: when v2 is already there it says so and adds nothing.

BEGIN;

CREATE TEMP TABLE f01_before ON COMMIT DROP AS
SELECT (SELECT count(*) FROM information_unit) AS units,
       (SELECT count(*) FROM iu_piece_collection) AS colls,
       (SELECT count(*) FROM iu_piece_membership) AS members,
       (SELECT count(*) FROM iu_collection_template_registry WHERE is_template) AS templates,
       (SELECT count(*) FROM iu_collection_template_version) AS versions,
       (SELECT count(*) FROM iu_collection_template_instance_lineage) AS lineage,
       (SELECT count(*) FROM iu_auto_instantiate_event_log) AS auto_log,
       (SELECT count(*) FROM iu_lifecycle_log) AS lifecycle,
       (SELECT count(*) FROM iu_vector_sync_point) AS sync_points,
       EXISTS (SELECT 1 FROM iu_collection_template_version v
                 JOIN iu_piece_collection c ON c.id = v.collection_id
                WHERE c.collection_key = 'tpl:file:status-report/v2') AS already_done;

UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled';

DO $compose$
DECLARE
  c_actor CONSTANT text := 'iu-core-25000x-file-v2';
  v_v1    uuid := (SELECT id FROM iu_piece_collection WHERE collection_key = 'tpl:file:status-report/v1');
  v_units uuid[];
  v_roles text[];
  v       jsonb;
BEGIN
  IF v_v1 IS NULL THEN
    RAISE EXCEPTION '01: tpl:file:status-report/v1 not found (load ops/sample first)';
  END IF;
  IF EXISTS (SELECT 1 FROM iu_piece_collection WHERE collection_key = 'tpl:file:status-report/v2') THEN
    RAISE NOTICE '01 compose tpl:file:status-report/v2 -> already composed; nothing to do';
    RETURN;
  END IF;
  SELECT array_agg(m.iu_id ORDER BY m.ordinal), array_agg(m.role ORDER BY m.ordinal) INTO v_units, v_roles
    FROM iu_piece_membership m WHERE m.collection_id = v_v1 AND m.active;
  IF cardinality(v_units) IS DISTINCT FROM 5 THEN
    RAISE EXCEPTION '01: tpl:file:status-report/v1 has % active pieces, expected 5', coalesce(cardinality(v_units), 0);
  END IF;

  v := fn_iu_compose(
    'tpl:file:status-report/v2',
    'file',
    'Status report v2',
    'A weekly status report, with an executive summary up front.',
    jsonb_build_array(
      jsonb_build_object('role', v_roles[1], 'iu_id', v_units[1]),
      jsonb_build_object('role', 'intro', 'new_piece', jsonb_build_object(
        'canonical_address', 'iu_core/template/25000x/file-status-report-v2/executive_summary',
        'title', 'Executive summary',
        'body', 'The week in three sentences: what moved, what is blocked, what needs a decision.',
        'unit_kind', 'design_doc_section',
        'section_type', 'section')),
      jsonb_build_object('role', v_roles[2], 'iu_id', v_units[2]),
      jsonb_build_object('role', v_roles[3], 'iu_id', v_units[3]),
      jsonb_build_object('role', v_roles[4], 'iu_id', v_units[4]),
      jsonb_build_object('role', v_roles[5], 'iu_id', v_units[5])),
    c_actor);
  RAISE NOTICE '01 compose tpl:file:status-report/v2 -> % (% pieces, % minted, digest %)',
    v->>'status', v->>'pieces_attached', v->>'units_minted', v->>'manifest_digest';
  IF v->>'status' IS DISTINCT FROM 'ok' OR (v->>'pieces_attached')::int <> 6 OR (v->>'units_minted')::int <> 1 THEN
    RAISE EXCEPTION '01: compose of tpl:file:status-report/v2 failed: %', v;
  END IF;
END
$compose$;

UPDATE dot_config SET value = 'false' WHERE key = 'iu_core.composer_enabled';

-- Bookkeeping, with every gate closed.
DO $bookkeeping$
DECLARE
  c_actor CONSTANT text := 'iu-core-25000x-file-v2';
  v_v1 uuid := (SELECT id FROM iu_piece_collection WHERE collection_key = 'tpl:file:status-report/v1');
  v_v2 uuid := (SELECT id FROM iu_piece_collection WHERE collection_key = 'tpl:file:status-report/v2');
  v    jsonb;
BEGIN
  v := fn_iu_collection_mark_as_template(v_v2, 'Status report v2', 'v1 plus an executive summary intro piece', c_actor);
  RAISE NOTICE '01 mark tpl:file:status-report/v2 as template -> %', v->>'status';
  IF v->>'status' IS DISTINCT FROM 'ok' AND v->>'status' IS DISTINCT FROM 'already_marked' THEN
    RAISE EXCEPTION '01: mark v2: %', v;
  END IF;
  v := fn_iu_collection_register_template_version(v_v1, 'tpl:file:status-report', 'v1', 1, NULL, c_actor);
  RAISE NOTICE '01 register tpl:file:status-report v1 (seq 1) -> % (%)', v->>'status', v->>'version_status';
  IF v->>'status' IS DISTINCT FROM 'ok' AND v->>'status' IS DISTINCT FROM 'already_registered' THEN
    RAISE EXCEPTION '01: register v1: %', v;
  END IF;
  v := fn_iu_collection_register_template_version(v_v2, 'tpl:file:status-report', 'v2', 2, v_v1, c_actor);
  RAISE NOTICE '01 register tpl:file:status-report v2 (seq 2, previous v1) -> % (%, superseded %)',
    v->>'status', v->>'version_status', coalesce(v->>'superseded_collection_id', '-');
  IF v->>'status' IS DISTINCT FROM 'ok' AND v->>'status' IS DISTINCT FROM 'already_registered' THEN
    RAISE EXCEPTION '01: register v2: %', v;
  END IF;
END
$bookkeeping$;

DO $verify$
DECLARE
  b       f01_before%ROWTYPE;
  n       integer;
  v_v1    uuid := (SELECT id FROM iu_piece_collection WHERE collection_key = 'tpl:file:status-report/v1');
  v_v2    uuid := (SELECT id FROM iu_piece_collection WHERE collection_key = 'tpl:file:status-report/v2');
  v_open  text := (SELECT string_agg(key, ', ' ORDER BY key) FROM dot_config WHERE key LIKE 'iu\_core.%\_enabled' AND value <> 'false');
BEGIN
  SELECT * INTO b FROM f01_before;
  n := CASE WHEN b.already_done THEN 0 ELSE 1 END;
  -- v2 = v1's five units (same roles, same order) with the executive summary at ordinal 2.
  IF (SELECT array_agg(m.role || ':' || u.canonical_address ORDER BY m.ordinal)
        FROM iu_piece_membership m JOIN information_unit u ON u.id = m.iu_id
       WHERE m.collection_id = v_v2 AND m.active)
     IS DISTINCT FROM
     (SELECT array_agg(x ORDER BY o) FROM (
        SELECT m.role || ':' || u.canonical_address AS x, CASE WHEN m.ordinal = 1 THEN 1 ELSE m.ordinal + 1 END AS o
          FROM iu_piece_membership m JOIN information_unit u ON u.id = m.iu_id
         WHERE m.collection_id = v_v1 AND m.active
        UNION ALL
        SELECT 'intro:iu_core/template/25000x/file-status-report-v2/executive_summary', 2) s) THEN
    RAISE EXCEPTION '01: tpl:file:status-report/v2 is not v1''s five units plus the executive summary intro';
  END IF;
  IF (SELECT count(*) FROM v_iu_template_version_chain
       WHERE template_family = 'tpl:file:status-report' AND family_chain_length = 2
         AND ((collection_id = v_v1 AND version_seq = 1 AND status = 'superseded')
           OR (collection_id = v_v2 AND version_seq = 2 AND status = 'current' AND previous_collection_id = v_v1
               AND digest_drift_from_previous))) <> 2 THEN
    RAISE EXCEPTION '01: the file family is not v1 superseded -> v2 current with digest drift';
  END IF;
  IF (SELECT count(*) FROM information_unit) <> b.units + n
     OR (SELECT count(*) FROM iu_piece_collection) <> b.colls + n
     OR (SELECT count(*) FROM iu_piece_membership) <> b.members + 6 * n
     OR (SELECT count(*) FROM iu_collection_template_registry WHERE is_template) <> b.templates + n
     OR (SELECT count(*) FROM iu_collection_template_version) <> b.versions + 2 * n
     OR (SELECT count(*) FROM iu_collection_template_instance_lineage) <> b.lineage
     OR (SELECT count(*) FROM iu_auto_instantiate_event_log) <> b.auto_log
     OR (SELECT count(*) FROM iu_lifecycle_log) <> b.lifecycle
     OR (SELECT count(*) FROM iu_vector_sync_point) <> b.sync_points THEN
    RAISE EXCEPTION '01: counts moved by other than units +%, collections +%, memberships +%, templates +%, versions +% (lineage, log, lifecycle, sync unchanged)',
      n, n, 6 * n, n, 2 * n;
  END IF;
  IF v_open IS NOT NULL THEN
    RAISE EXCEPTION '01: gates still open before COMMIT: %', v_open;
  END IF;
  RAISE NOTICE '01 counts: units +%, collections +%, memberships +%, templates +%, versions +%; lineage, lifecycle, sync points unchanged; gates closed',
    n, n, 6 * n, n, 2 * n;
END
$verify$;

COMMIT;

DO $post$
BEGIN
  IF (SELECT count(*) FROM v_iu_template_version_chain
       WHERE template_family = 'tpl:file:status-report'
         AND ((collection_key = 'tpl:file:status-report/v1' AND status = 'superseded')
           OR (collection_key = 'tpl:file:status-report/v2' AND status = 'current' AND digest_drift_from_previous))) <> 2 THEN
    RAISE EXCEPTION '01: the file family chain did not survive COMMIT';
  END IF;
  RAISE NOTICE '01 file family: v1 superseded -> v2 current, family_chain_length=2, digest_drift_from_previous=t';
END
$post$;
