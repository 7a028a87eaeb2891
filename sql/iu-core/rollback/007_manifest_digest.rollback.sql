-- Rollback of 007_manifest_digest: drops the view and the three digest functions. No table,
-- so nothing to refuse; a later object that still depends on one of them makes a DROP fail,
-- and the one DO block then drops nothing.
DO $rollback$
BEGIN
  DROP VIEW v_iu_collection_digest;
  DROP FUNCTION fn_iu_collection_active_pieces(uuid);
  DROP FUNCTION fn_iu_manifest_digest(uuid);
  DROP FUNCTION fn_iu_piece_graph_digest(text[], uuid[]);
END
$rollback$;
