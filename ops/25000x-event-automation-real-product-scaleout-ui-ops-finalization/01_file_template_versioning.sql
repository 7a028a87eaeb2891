-- ops/25000x-…/01_file_template_versioning.sql
--
-- The runbook's "File template versioning" recipe for tpl:file:status-report: compose v2
-- from v1's five units plus one new executive_summary intro piece (6 pieces), mark it as a
-- template, register v1 (seq 1) and v2 (seq 2, previous v1): v2 supersedes v1.
-- Needs the sample data (ops/sample). Runs under psql -v ON_ERROR_STOP=1 -f or iu-core run.
-- Re-runnable: when v2 exists it says so and changes nothing.

BEGIN;

UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled';

DO $recipe$
DECLARE
  c_actor CONSTANT text := 'iu-core-25000x-file-v2';
  v_v1    uuid;
  v_units uuid[];
  v_roles text[];
  v       jsonb;
BEGIN
  IF EXISTS (SELECT 1 FROM iu_piece_collection WHERE collection_key = 'tpl:file:status-report/v2') THEN
    RAISE NOTICE '01 file template v2: already composed; nothing changed';
    RETURN;
  END IF;
  SELECT id INTO v_v1 FROM iu_piece_collection WHERE collection_key = 'tpl:file:status-report/v1';
  IF v_v1 IS NULL THEN
    RAISE EXCEPTION '01 file template v2: tpl:file:status-report/v1 not found (load ops/sample first)';
  END IF;
  SELECT array_agg(m.iu_id ORDER BY m.ordinal), array_agg(m.role ORDER BY m.ordinal) INTO v_units, v_roles
    FROM iu_piece_membership m WHERE m.collection_id = v_v1 AND m.active;

  v := fn_iu_compose(
    'tpl:file:status-report/v2', 'file', 'Status report v2',
    'A weekly status report, with an executive summary.',
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
  RAISE NOTICE '01 compose tpl:file:status-report/v2 -> % (% pieces, % minted)', v->>'status', v->>'pieces_attached', v->>'units_minted';
  IF v->>'status' <> 'ok' OR (v->>'pieces_attached')::int <> 6 OR (v->>'units_minted')::int <> 1 THEN
    RAISE EXCEPTION '01 file template v2: compose failed: %', v;
  END IF;
END
$recipe$;

UPDATE dot_config SET value = 'false' WHERE key = 'iu_core.composer_enabled';

-- Bookkeeping, with every gate closed, as the runbook does it.
DO $bookkeeping$
DECLARE
  c_actor CONSTANT text := 'iu-core-25000x-file-v2';
  v_v1 uuid := (SELECT id FROM iu_piece_collection WHERE collection_key = 'tpl:file:status-report/v1');
  v_v2 uuid := (SELECT id FROM iu_piece_collection WHERE collection_key = 'tpl:file:status-report/v2');
  v    jsonb;
BEGIN
  v := fn_iu_collection_mark_as_template(v_v2, 'Status report v2', 'v1 plus an executive summary', c_actor);
  RAISE NOTICE '01 mark v2 as template -> %', v->>'status';
  IF v->>'status' NOT IN ('ok', 'already_marked') THEN RAISE EXCEPTION '01: %', v; END IF;
  v := fn_iu_collection_register_template_version(v_v1, 'tpl:file:status-report', 'v1', 1, NULL, c_actor);
  RAISE NOTICE '01 register v1 -> %', v->>'status';
  IF v->>'status' NOT IN ('ok', 'already_registered') THEN RAISE EXCEPTION '01: %', v; END IF;
  v := fn_iu_collection_register_template_version(v_v2, 'tpl:file:status-report', 'v2', 2, v_v1, c_actor);
  RAISE NOTICE '01 register v2 -> % (superseded %)', v->>'status', coalesce(v->>'superseded_collection_id', '-');
  IF v->>'status' NOT IN ('ok', 'already_registered') THEN RAISE EXCEPTION '01: %', v; END IF;
  IF (SELECT status FROM v_iu_template_version_chain WHERE collection_id = v_v1) <> 'superseded'
     OR (SELECT status FROM v_iu_template_version_chain WHERE collection_id = v_v2) <> 'current'
     OR NOT (SELECT digest_drift_from_previous FROM v_iu_template_version_chain WHERE collection_id = v_v2)
     OR (SELECT family_chain_length FROM v_iu_template_version_chain WHERE collection_id = v_v2) <> 2 THEN
    RAISE EXCEPTION '01: the file family chain is not v1 superseded -> v2 current with drift';
  END IF;
  IF EXISTS (SELECT 1 FROM dot_config WHERE key LIKE 'iu\_core.%\_enabled' AND value <> 'false') THEN
    RAISE EXCEPTION '01: a gate is open before COMMIT';
  END IF;
  RAISE NOTICE '01 file family: v1 superseded -> v2 current, family_chain_length=2, digest_drift_from_previous=t';
END
$bookkeeping$;

COMMIT;
