-- Rollback of 007_manifest_digest: drops the view and the digest functions. No table, no
-- guard. One DO block, like every rollback.
DO $rollback$
BEGIN
  DROP VIEW v_iu_collection_digest;
  DROP FUNCTION fn_iu_manifest_digest(uuid);
  DROP FUNCTION fn_iu_piece_graph_digest(text[], uuid[]);
END
$rollback$;
