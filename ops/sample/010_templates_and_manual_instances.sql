-- ops/sample/010_templates_and_manual_instances.sql
--
-- The sample data: the state the seeds' 25000x macro started from (the 18000x state),
-- built only through the product's own functions (fn_iu_compose, mark as template,
-- register a version, record lineage, set a lifecycle status, record a vector sync).
--
--   tpl:wf:onboarding/v1, /v2     workflow templates, 5 pieces each; v2 reuses four of
--                                 v1's units and has a new checklist, so its piece graph
--                                 drifts; versions v1 (seq 1) and v2 (seq 2, previous v1)
--   tpl:file:status-report/v1     file template, 5 pieces, not versioned yet
--   4 manual instances            composed from a template's units, lineage recorded:
--                                 1 of onboarding/v1, 3 of onboarding/v2
--   3 ordinary documents          not templates, 8 pieces in all
--   3 lifecycle transitions and 11 vector sync points, so that the drivers' "unchanged"
--   is measured against rows that exist.
--
-- That is 10 collections, 43 memberships, 18 units, 3 templates, 2 versions and 4 lineage
-- rows. The file family's v2 is made by the 25000x runbook recipe, as the seeds made it:
-- ops/25000x-event-automation-real-product-scaleout-ui-ops-finalization/01_file_template_versioning.sql.
--
-- Gates are opened and closed inside this file's transaction, before COMMIT.
-- Re-runnable: when the sample is already there (collection tpl:wf:onboarding/v1 exists)
-- it says so and changes nothing at all, not even a gate row's stamp.
-- Runs as it is under psql -v ON_ERROR_STOP=1 -f, or with iu-core run.

BEGIN;

DO $sample$
DECLARE
  c_actor   CONSTANT text := 'iu-core-sample';
  v         jsonb;
  v_wf1     uuid;
  v_wf2     uuid;
  v_file1   uuid;
  v_inst    uuid;
  v_tpl     uuid;
  v_units   uuid[];
  v_id      uuid;
  i         integer;
  b_colls   bigint := (SELECT count(*) FROM iu_piece_collection);
  b_members bigint := (SELECT count(*) FROM iu_piece_membership);
  b_units   bigint := (SELECT count(*) FROM information_unit);
  b_tpls    bigint := (SELECT count(*) FROM iu_collection_template_registry WHERE is_template);
  b_vers    bigint := (SELECT count(*) FROM iu_collection_template_version);
  b_lineage bigint := (SELECT count(*) FROM iu_collection_template_instance_lineage);
  b_life    bigint := (SELECT count(*) FROM iu_lifecycle_log);
  b_sync    bigint := (SELECT count(*) FROM iu_vector_sync_point);
BEGIN
  IF EXISTS (SELECT 1 FROM iu_piece_collection WHERE collection_key = 'tpl:wf:onboarding/v1') THEN
    RAISE NOTICE 'sample: already loaded (tpl:wf:onboarding/v1 exists); nothing changed';
    RETURN;
  END IF;

  -- The composer and the vector-sync gates, open only inside this transaction.
  UPDATE dot_config SET value = 'true' WHERE key IN ('iu_core.composer_enabled', 'iu_core.vector_sync_enabled');

  -- tpl:wf:onboarding/v1 — five new units.
  v := fn_iu_compose('tpl:wf:onboarding/v1', 'workflow', 'Onboarding workflow v1',
         'How a new team member is onboarded (first edition).',
         jsonb_build_array(
           jsonb_build_object('role', 'title', 'new_piece', jsonb_build_object('canonical_address', 'iu_core/template/sample/wf-onboarding/title', 'title', 'Onboarding', 'body', 'Welcome aboard.', 'unit_kind', 'design_doc_section', 'section_type', 'title')),
           jsonb_build_object('role', 'intro', 'new_piece', jsonb_build_object('canonical_address', 'iu_core/template/sample/wf-onboarding/intro', 'title', 'Why onboarding matters', 'body', 'A good first week shapes the next year.', 'unit_kind', 'design_doc_section', 'section_type', 'intro')),
           jsonb_build_object('role', 'step', 'new_piece', jsonb_build_object('canonical_address', 'iu_core/template/sample/wf-onboarding/accounts', 'title', 'Accounts and access', 'body', 'Request accounts on day one.', 'unit_kind', 'design_doc_section', 'section_type', 'section')),
           jsonb_build_object('role', 'step', 'new_piece', jsonb_build_object('canonical_address', 'iu_core/template/sample/wf-onboarding/buddy', 'title', 'Your buddy', 'body', 'Every newcomer gets a buddy for a month.', 'unit_kind', 'design_doc_section', 'section_type', 'section')),
           jsonb_build_object('role', 'checklist', 'new_piece', jsonb_build_object('canonical_address', 'iu_core/template/sample/wf-onboarding/checklist-v1', 'title', 'First-week checklist', 'body', 'Laptop, accounts, buddy, first task.', 'unit_kind', 'design_doc_section', 'section_type', 'section'))),
         c_actor);
  IF v->>'status' <> 'ok' THEN RAISE EXCEPTION 'sample: compose tpl:wf:onboarding/v1: %', v; END IF;
  v_wf1 := (v->>'collection_id')::uuid;

  -- tpl:wf:onboarding/v2 — four of v1's units reused, a new checklist: the graph drifts.
  SELECT array_agg(m.iu_id ORDER BY m.ordinal) INTO v_units FROM iu_piece_membership m WHERE m.collection_id = v_wf1;
  v := fn_iu_compose('tpl:wf:onboarding/v2', 'workflow', 'Onboarding workflow v2',
         'How a new team member is onboarded (second edition: a new checklist).',
         jsonb_build_array(
           jsonb_build_object('role', 'title', 'iu_id', v_units[1]),
           jsonb_build_object('role', 'intro', 'iu_id', v_units[2]),
           jsonb_build_object('role', 'step', 'iu_id', v_units[3]),
           jsonb_build_object('role', 'step', 'iu_id', v_units[4]),
           jsonb_build_object('role', 'checklist', 'new_piece', jsonb_build_object('canonical_address', 'iu_core/template/sample/wf-onboarding/checklist-v2', 'title', 'First-week checklist (v2)', 'body', 'Laptop, accounts, buddy, security training, first task.', 'unit_kind', 'design_doc_section', 'section_type', 'section'))),
         c_actor);
  IF v->>'status' <> 'ok' THEN RAISE EXCEPTION 'sample: compose tpl:wf:onboarding/v2: %', v; END IF;
  v_wf2 := (v->>'collection_id')::uuid;

  -- tpl:file:status-report/v1 — five new units.
  v := fn_iu_compose('tpl:file:status-report/v1', 'file', 'Status report v1',
         'A weekly status report.',
         jsonb_build_array(
           jsonb_build_object('role', 'title', 'new_piece', jsonb_build_object('canonical_address', 'iu_core/template/sample/file-status-report/title', 'title', 'Status report', 'body', 'Week of …', 'unit_kind', 'design_doc_section', 'section_type', 'title')),
           jsonb_build_object('role', 'section', 'new_piece', jsonb_build_object('canonical_address', 'iu_core/template/sample/file-status-report/done', 'title', 'Done', 'body', 'What shipped.', 'unit_kind', 'design_doc_section', 'section_type', 'section')),
           jsonb_build_object('role', 'section', 'new_piece', jsonb_build_object('canonical_address', 'iu_core/template/sample/file-status-report/next', 'title', 'Next', 'body', 'What is planned.', 'unit_kind', 'design_doc_section', 'section_type', 'section')),
           jsonb_build_object('role', 'section', 'new_piece', jsonb_build_object('canonical_address', 'iu_core/template/sample/file-status-report/risks', 'title', 'Risks', 'body', 'What could go wrong.', 'unit_kind', 'design_doc_section', 'section_type', 'section')),
           jsonb_build_object('role', 'footer', 'new_piece', jsonb_build_object('canonical_address', 'iu_core/template/sample/file-status-report/footer', 'title', 'Contacts', 'body', 'Who to ask.', 'unit_kind', 'design_doc_section', 'section_type', 'section'))),
         c_actor);
  IF v->>'status' <> 'ok' THEN RAISE EXCEPTION 'sample: compose tpl:file:status-report/v1: %', v; END IF;
  v_file1 := (v->>'collection_id')::uuid;

  -- Mark the three templates, and version the onboarding family: v2 supersedes v1.
  -- Bookkeeping, ungated.
  v := fn_iu_collection_mark_as_template(v_wf1, 'Onboarding v1', 'sample: onboarding workflow, first edition', c_actor);
  IF v->>'status' <> 'ok' THEN RAISE EXCEPTION 'sample: mark tpl:wf:onboarding/v1: %', v; END IF;
  v := fn_iu_collection_mark_as_template(v_wf2, 'Onboarding v2', 'sample: onboarding workflow, second edition', c_actor);
  IF v->>'status' <> 'ok' THEN RAISE EXCEPTION 'sample: mark tpl:wf:onboarding/v2: %', v; END IF;
  v := fn_iu_collection_mark_as_template(v_file1, 'Status report v1', 'sample: weekly status report', c_actor);
  IF v->>'status' <> 'ok' THEN RAISE EXCEPTION 'sample: mark tpl:file:status-report/v1: %', v; END IF;
  v := fn_iu_collection_register_template_version(v_wf1, 'tpl:wf:onboarding', 'v1', 1, NULL, c_actor);
  IF v->>'status' <> 'ok' THEN RAISE EXCEPTION 'sample: register tpl:wf:onboarding v1: %', v; END IF;
  v := fn_iu_collection_register_template_version(v_wf2, 'tpl:wf:onboarding', 'v2', 2, v_wf1, c_actor);
  IF v->>'status' <> 'ok' OR v->>'version_status' <> 'current' OR (v->>'superseded_collection_id')::uuid IS DISTINCT FROM v_wf1 THEN
    RAISE EXCEPTION 'sample: register tpl:wf:onboarding v2: %', v;
  END IF;

  -- Four manual instances, the 18000x way: compose from the template's active units, then
  -- record the lineage. One of onboarding/v1, three of onboarding/v2.
  FOR i IN 1..4 LOOP
    v_tpl := CASE WHEN i = 1 THEN v_wf1 ELSE v_wf2 END;
    v := fn_iu_compose(
           CASE WHEN i = 1 THEN 'tpl-inst:manual:18000x-wf-v1-001' ELSE format('tpl-inst:manual:18000x-wf-v2-%s', lpad((i - 1)::text, 3, '0')) END,
           'workflow', 'Onboarding', 'A manually composed instance (18000x).',
           (SELECT jsonb_agg(jsonb_build_object('role', m.role, 'iu_id', m.iu_id) ORDER BY m.ordinal)
              FROM iu_piece_membership m WHERE m.collection_id = v_tpl AND m.active),
           c_actor);
    IF v->>'status' <> 'ok' THEN RAISE EXCEPTION 'sample: compose manual instance %: %', i, v; END IF;
    v_inst := (v->>'collection_id')::uuid;
    v := fn_iu_collection_record_template_instance(v_tpl, v_inst, c_actor, 'manual instance (18000x)');
    IF v->>'status' <> 'ok' OR NOT (v->>'digest_matches_template')::boolean THEN
      RAISE EXCEPTION 'sample: lineage of manual instance %: %', i, v;
    END IF;
  END LOOP;

  -- Three ordinary documents, 8 pieces in all (the FAQ reuses the handbook's title unit).
  v := fn_iu_compose('doc:handbook/intro', 'document', 'Handbook: introduction', NULL,
         jsonb_build_array(
           jsonb_build_object('role', 'title', 'new_piece', jsonb_build_object('canonical_address', 'iu_core/doc/handbook/title', 'title', 'Handbook', 'body', 'How we work.', 'unit_kind', 'handbook_section', 'section_type', 'title')),
           jsonb_build_object('role', 'section', 'new_piece', jsonb_build_object('canonical_address', 'iu_core/doc/handbook/values', 'title', 'Values', 'body', 'Say what you do; do what you say.', 'unit_kind', 'handbook_section', 'section_type', 'section')),
           jsonb_build_object('role', 'section', 'new_piece', jsonb_build_object('canonical_address', 'iu_core/doc/handbook/meetings', 'title', 'Meetings', 'body', 'Fewer, shorter, written down.', 'unit_kind', 'handbook_section', 'section_type', 'section'))),
         c_actor);
  IF v->>'status' <> 'ok' THEN RAISE EXCEPTION 'sample: compose doc:handbook/intro: %', v; END IF;
  v := fn_iu_compose('doc:handbook/faq', 'document', 'Handbook: FAQ', NULL,
         jsonb_build_array(
           jsonb_build_object('role', 'title', 'iu_id', (SELECT id FROM information_unit WHERE canonical_address = 'iu_core/doc/handbook/title')),
           jsonb_build_object('role', 'question', 'new_piece', jsonb_build_object('canonical_address', 'iu_core/doc/handbook/faq-leave', 'title', 'How do I take leave?', 'body', 'Ask your lead, then record it.', 'unit_kind', 'handbook_section', 'section_type', 'section')),
           jsonb_build_object('role', 'question', 'new_piece', jsonb_build_object('canonical_address', 'iu_core/doc/handbook/faq-expenses', 'title', 'How do I claim expenses?', 'body', 'Within thirty days, with receipts.', 'unit_kind', 'handbook_section', 'section_type', 'section'))),
         c_actor);
  IF v->>'status' <> 'ok' THEN RAISE EXCEPTION 'sample: compose doc:handbook/faq: %', v; END IF;
  v := fn_iu_compose('doc:release-notes/2026-05', 'document', 'Release notes, May 2026', NULL,
         jsonb_build_array(
           jsonb_build_object('role', 'title', 'new_piece', jsonb_build_object('canonical_address', 'iu_core/doc/release-notes/2026-05/title', 'title', 'Release notes', 'body', 'May 2026.', 'unit_kind', 'release_note', 'section_type', 'title')),
           jsonb_build_object('role', 'section', 'new_piece', jsonb_build_object('canonical_address', 'iu_core/doc/release-notes/2026-05/changes', 'title', 'Changes', 'body', 'Templates gained versions.', 'unit_kind', 'release_note', 'section_type', 'section'))),
         c_actor);
  IF v->>'status' <> 'ok' THEN RAISE EXCEPTION 'sample: compose doc:release-notes/2026-05: %', v; END IF;

  -- Lifecycle history (3 transitions): v1's checklist is deprecated now that v2 has its
  -- own; the handbook's meetings section went to draft and back.
  SELECT id INTO v_id FROM information_unit WHERE canonical_address = 'iu_core/template/sample/wf-onboarding/checklist-v1';
  v := fn_iu_set_lifecycle_status(v_id, 'deprecated', c_actor, 'superseded by the v2 checklist');
  IF v->>'status' <> 'ok' THEN RAISE EXCEPTION 'sample: lifecycle checklist-v1: %', v; END IF;
  SELECT id INTO v_id FROM information_unit WHERE canonical_address = 'iu_core/doc/handbook/meetings';
  v := fn_iu_set_lifecycle_status(v_id, 'draft', c_actor, 'being rewritten');
  IF v->>'status' <> 'ok' THEN RAISE EXCEPTION 'sample: lifecycle meetings -> draft: %', v; END IF;
  v := fn_iu_set_lifecycle_status(v_id, 'active', c_actor, 'rewritten');
  IF v->>'status' <> 'ok' THEN RAISE EXCEPTION 'sample: lifecycle meetings -> active: %', v; END IF;

  -- Vector sync points: every template unit synced to iu_core_iu_chunks at its digest.
  FOR v_id IN SELECT id FROM information_unit WHERE canonical_address LIKE 'iu_core/template/sample/%' ORDER BY canonical_address LOOP
    v := fn_iu_record_vector_sync(v_id, 'iu_core_iu_chunks', (SELECT content_digest FROM information_unit WHERE id = v_id), c_actor);
    IF v->>'status' <> 'ok' OR (v->>'stale')::boolean THEN RAISE EXCEPTION 'sample: vector sync %: %', v_id, v; END IF;
  END LOOP;

  UPDATE dot_config SET value = 'false' WHERE key IN ('iu_core.composer_enabled', 'iu_core.vector_sync_enabled');

  -- What the sample must have added, relative to what was there.
  IF (SELECT count(*) FROM iu_piece_collection) - b_colls <> 10
     OR (SELECT count(*) FROM iu_piece_membership) - b_members <> 43
     OR (SELECT count(*) FROM information_unit) - b_units <> 18
     OR (SELECT count(*) FROM iu_collection_template_registry WHERE is_template) - b_tpls <> 3
     OR (SELECT count(*) FROM iu_collection_template_version) - b_vers <> 2
     OR (SELECT count(*) FROM iu_collection_template_instance_lineage) - b_lineage <> 4
     OR (SELECT count(*) FROM iu_lifecycle_log) - b_life <> 3
     OR (SELECT count(*) FROM iu_vector_sync_point) - b_sync <> 11 THEN
    RAISE EXCEPTION 'sample: the sample did not add 10 collections, 43 memberships, 18 units, 3 templates, 2 versions, 4 lineage rows, 3 lifecycle rows and 11 sync points';
  END IF;
  IF (SELECT count(*) FROM v_iu_template_version_chain
       WHERE template_family = 'tpl:wf:onboarding'
         AND ((collection_id = v_wf1 AND status = 'superseded' AND digest_drift_from_previous IS NULL)
           OR (collection_id = v_wf2 AND status = 'current' AND digest_drift_from_previous AND family_chain_length = 2))) <> 2 THEN
    RAISE EXCEPTION 'sample: tpl:wf:onboarding is not v1 superseded -> v2 current with drift';
  END IF;

  RAISE NOTICE 'sample: loaded % collections, % memberships, % units, % templates, % versions, % lineage rows, % lifecycle rows, % sync points',
    (SELECT count(*) FROM iu_piece_collection), (SELECT count(*) FROM iu_piece_membership),
    (SELECT count(*) FROM information_unit), (SELECT count(*) FROM iu_collection_template_registry WHERE is_template),
    (SELECT count(*) FROM iu_collection_template_version), (SELECT count(*) FROM iu_collection_template_instance_lineage),
    (SELECT count(*) FROM iu_lifecycle_log), (SELECT count(*) FROM iu_vector_sync_point);
END
$sample$;

DO $gates$
DECLARE
  v_open text := (SELECT string_agg(key, ', ' ORDER BY key) FROM dot_config WHERE key LIKE 'iu\_core.%\_enabled' AND value <> 'false');
BEGIN
  IF v_open IS NOT NULL THEN
    RAISE EXCEPTION 'sample: gates still open before COMMIT: %', v_open;
  END IF;
  RAISE NOTICE 'sample: every iu_core.*_enabled gate reads false';
END
$gates$;

COMMIT;
