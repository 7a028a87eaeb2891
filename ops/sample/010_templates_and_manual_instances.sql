-- ops/sample/010_templates_and_manual_instances.sql
--
-- The sample data: the state the seeds' 25000x macro started from, built only through the
-- product's own functions (compose, mark, register, record lineage, lifecycle, sync).
--
--   tpl:wf:onboarding/v1, /v2       workflow templates, 5 pieces each; v2 supersedes v1
--   tpl:file:status-report/v1       file template, 5 pieces, not yet versioned
--   4 manual instances              1 of onboarding/v1, 3 of onboarding/v2 (with lineage)
--   3 ordinary documents            not templates
--
-- That is 10 collections with 43 memberships, 3 templates, 2 versions and 4 lineage rows.
-- The file family's v2 is made by the 25000x runbook recipe
-- (ops/25000x-…/01_file_template_versioning.sql), as the seeds made it.
--
-- Re-runnable: when the sample is already there it says so and changes nothing.
-- Runs as it is under psql -v ON_ERROR_STOP=1 -f, or with iu-core run.

BEGIN;

UPDATE dot_config SET value = 'true' WHERE key IN ('iu_core.composer_enabled', 'iu_core.vector_sync_enabled');

DO $sample$
DECLARE
  c_actor CONSTANT text := 'iu-core-sample';
  v       jsonb;
  v_wf1   uuid;
  v_wf2   uuid;
  v_file1 uuid;
  v_inst  uuid;
  v_units uuid[];
  i       integer;

BEGIN
  IF EXISTS (SELECT 1 FROM iu_piece_collection WHERE collection_key = 'tpl:wf:onboarding/v1') THEN
    RAISE NOTICE 'sample: already loaded (tpl:wf:onboarding/v1 exists); nothing changed';
    RETURN;
  END IF;

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
  IF v->>'status' <> 'ok' THEN RAISE EXCEPTION 'sample: onboarding/v1: %', v; END IF;
  v_wf1 := (v->>'collection_id')::uuid;

  -- tpl:wf:onboarding/v2 — four units of v1 reused, a new checklist: the graph drifts.
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
  IF v->>'status' <> 'ok' THEN RAISE EXCEPTION 'sample: onboarding/v2: %', v; END IF;
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
  IF v->>'status' <> 'ok' THEN RAISE EXCEPTION 'sample: status-report/v1: %', v; END IF;
  v_file1 := (v->>'collection_id')::uuid;

  -- Mark the three templates; version the onboarding family (v2 supersedes v1).
  v := fn_iu_collection_mark_as_template(v_wf1, 'Onboarding v1', 'sample', c_actor);
  IF v->>'status' <> 'ok' THEN RAISE EXCEPTION 'sample: mark onboarding v1: %', v; END IF;
  v := fn_iu_collection_mark_as_template(v_wf2, 'Onboarding v2', 'sample', c_actor);
  IF v->>'status' <> 'ok' THEN RAISE EXCEPTION 'sample: mark onboarding v2: %', v; END IF;
  v := fn_iu_collection_mark_as_template(v_file1, 'Status report v1', 'sample', c_actor);
  IF v->>'status' <> 'ok' THEN RAISE EXCEPTION 'sample: mark status report v1: %', v; END IF;
  v := fn_iu_collection_register_template_version(v_wf1, 'tpl:wf:onboarding', 'v1', 1, NULL, c_actor);
  IF v->>'status' <> 'ok' THEN RAISE EXCEPTION 'sample: register onboarding v1: %', v; END IF;
  v := fn_iu_collection_register_template_version(v_wf2, 'tpl:wf:onboarding', 'v2', 2, v_wf1, c_actor);
  IF v->>'status' <> 'ok' THEN RAISE EXCEPTION 'sample: register onboarding v2: %', v; END IF;

  -- Four manual instances (compose from the template's units, then record lineage):
  -- one of onboarding/v1, three of onboarding/v2.
  FOR i IN 1..4 LOOP
    v := fn_iu_compose(
           CASE WHEN i = 1 THEN 'tpl-inst:manual:18000x-wf-v1-001' ELSE format('tpl-inst:manual:18000x-wf-v2-%s', lpad((i - 1)::text, 3, '0')) END,
           'workflow', 'Onboarding', 'A manually composed instance.',
           (SELECT jsonb_agg(jsonb_build_object('role', m.role, 'iu_id', m.iu_id) ORDER BY m.ordinal)
              FROM iu_piece_membership m WHERE m.collection_id = CASE WHEN i = 1 THEN v_wf1 ELSE v_wf2 END AND m.active),
           c_actor);
    IF v->>'status' <> 'ok' THEN RAISE EXCEPTION 'sample: manual instance %: %', i, v; END IF;
    v_inst := (v->>'collection_id')::uuid;
    v := fn_iu_collection_record_template_instance(CASE WHEN i = 1 THEN v_wf1 ELSE v_wf2 END, v_inst, c_actor, 'manual instance (18000x)');
    IF v->>'status' <> 'ok' OR NOT (v->>'digest_matches_template')::boolean THEN RAISE EXCEPTION 'sample: lineage %: %', i, v; END IF;
  END LOOP;

  -- Three ordinary documents, 8 pieces in all.
  v := fn_iu_compose('doc:handbook/intro', 'document', 'Handbook: introduction', NULL,
         jsonb_build_array(
           jsonb_build_object('role', 'title', 'new_piece', jsonb_build_object('canonical_address', 'iu_core/doc/handbook/title', 'title', 'Handbook', 'body', 'How we work.', 'unit_kind', 'handbook_section', 'section_type', 'title')),
           jsonb_build_object('role', 'section', 'new_piece', jsonb_build_object('canonical_address', 'iu_core/doc/handbook/values', 'title', 'Values', 'body', 'Say what you do; do what you say.', 'unit_kind', 'handbook_section', 'section_type', 'section')),
           jsonb_build_object('role', 'section', 'new_piece', jsonb_build_object('canonical_address', 'iu_core/doc/handbook/meetings', 'title', 'Meetings', 'body', 'Fewer, shorter, written down.', 'unit_kind', 'handbook_section', 'section_type', 'section'))),
         c_actor);
  IF v->>'status' <> 'ok' THEN RAISE EXCEPTION 'sample: handbook intro: %', v; END IF;
  v := fn_iu_compose('doc:handbook/faq', 'document', 'Handbook: FAQ', NULL,
         jsonb_build_array(
           jsonb_build_object('role', 'title', 'iu_id', (SELECT id FROM information_unit WHERE canonical_address = 'iu_core/doc/handbook/title')),
           jsonb_build_object('role', 'question', 'new_piece', jsonb_build_object('canonical_address', 'iu_core/doc/handbook/faq-leave', 'title', 'How do I take leave?', 'body', 'Ask your lead, then record it.', 'unit_kind', 'handbook_section', 'section_type', 'section')),
           jsonb_build_object('role', 'question', 'new_piece', jsonb_build_object('canonical_address', 'iu_core/doc/handbook/faq-expenses', 'title', 'How do I claim expenses?', 'body', 'Within thirty days, with receipts.', 'unit_kind', 'handbook_section', 'section_type', 'section'))),
         c_actor);
  IF v->>'status' <> 'ok' THEN RAISE EXCEPTION 'sample: handbook faq: %', v; END IF;
  v := fn_iu_compose('doc:release-notes/2026-05', 'document', 'Release notes, May 2026', NULL,
         jsonb_build_array(
           jsonb_build_object('role', 'title', 'new_piece', jsonb_build_object('canonical_address', 'iu_core/doc/release-notes/2026-05/title', 'title', 'Release notes', 'body', 'May 2026.', 'unit_kind', 'release_note', 'section_type', 'title')),
           jsonb_build_object('role', 'section', 'new_piece', jsonb_build_object('canonical_address', 'iu_core/doc/release-notes/2026-05/changes', 'title', 'Changes', 'body', 'Templates gained versions.', 'unit_kind', 'release_note', 'section_type', 'section'))),
         c_actor);
  IF v->>'status' <> 'ok' THEN RAISE EXCEPTION 'sample: release notes: %', v; END IF;

  -- Some lifecycle history and some vector sync points, so that "unchanged" is measured
  -- against real rows.
  PERFORM fn_iu_set_lifecycle_status(id, 'deprecated', c_actor, 'superseded by v2')
     FROM information_unit WHERE canonical_address = 'iu_core/template/sample/wf-onboarding/checklist-v1';
  PERFORM fn_iu_set_lifecycle_status(id, 'draft', c_actor, 'being rewritten')
     FROM information_unit WHERE canonical_address = 'iu_core/doc/handbook/meetings';
  PERFORM fn_iu_set_lifecycle_status(id, 'active', c_actor, 'rewritten')
     FROM information_unit WHERE canonical_address = 'iu_core/doc/handbook/meetings';
  PERFORM fn_iu_record_vector_sync(id, 'iu_core_iu_chunks', content_digest, c_actor)
     FROM information_unit WHERE canonical_address LIKE 'iu_core/template/sample/%';

  RAISE NOTICE 'sample: loaded % collections, % memberships, % units, % templates, % versions, % lineage rows',
    (SELECT count(*) FROM iu_piece_collection), (SELECT count(*) FROM iu_piece_membership),
    (SELECT count(*) FROM information_unit), (SELECT count(*) FROM iu_collection_template_registry),
    (SELECT count(*) FROM iu_collection_template_version), (SELECT count(*) FROM iu_collection_template_instance_lineage);
END
$sample$;

UPDATE dot_config SET value = 'false' WHERE key IN ('iu_core.composer_enabled', 'iu_core.vector_sync_enabled');

DO $gates$
BEGIN
  IF EXISTS (SELECT 1 FROM dot_config WHERE key LIKE 'iu\_core.%\_enabled' AND value <> 'false') THEN
    RAISE EXCEPTION 'sample: a gate is still open before COMMIT';
  END IF;
END
$gates$;

COMMIT;
