-- Rollback of 038_plans_flat_in_n: the three functions stop pinning enable_seqscan. No
-- table, so nothing to refuse. One DO block: all three or none.
DO $rollback$
BEGIN
  ALTER FUNCTION fn_iu_auto_instantiate_from_event(uuid, text, uuid, text, text, text, text) RESET enable_seqscan;
  ALTER FUNCTION fn_iu_compose(text, text, text, text, jsonb, text) RESET enable_seqscan;
  ALTER FUNCTION fn_iu_collection_record_template_instance(uuid, uuid, text, text) RESET enable_seqscan;
END
$rollback$;
