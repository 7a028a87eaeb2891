-- Rollback of 007_manifest_digest: drops the view and the three digest functions. No table,
-- so no data to refuse over; but the composer (008) computes every digest with these
-- functions from PL/pgSQL, a use PostgreSQL does not track, so while it exists this rollback
-- refuses (out of order; the force setting does not apply). A later object that depends on
-- them in a tracked way makes a DROP fail, and the one DO block then drops nothing.
DO $rollback$
BEGIN
  IF to_regprocedure('fn_iu_compose(text,text,text,text,jsonb,text)') IS NOT NULL THEN
    RAISE EXCEPTION 'REFUSED: rollback 007 is out of order: fn_iu_compose (008) computes manifest digests with fn_iu_piece_graph_digest and fn_iu_manifest_digest'
      USING ERRCODE = 'object_not_in_prerequisite_state',
            HINT = 'Roll back 008 first; the force setting does not apply to this.';
  END IF;
  DROP VIEW v_iu_collection_digest;
  DROP FUNCTION fn_iu_collection_active_pieces(uuid);
  DROP FUNCTION fn_iu_manifest_digest(uuid);
  DROP FUNCTION fn_iu_piece_graph_digest(text[], uuid[]);
END
$rollback$;
