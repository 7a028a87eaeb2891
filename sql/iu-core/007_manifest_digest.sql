-- 007_manifest_digest.sql
-- Adds:     the manifest digest, keyed on the piece graph and not on text:
--           fn_iu_piece_graph_digest(roles, unit ids) is the one computation (the first 16
--           hex characters of md5 over the ordered role:unit-id pairs);
--           fn_iu_manifest_digest(collection) applies it to a collection's active pieces;
--           v_iu_collection_digest shows stored and live digests side by side.
-- Requires: 006 (collections, memberships).
-- Rollback: refuses nothing (no table).
-- Delta:    table 0, view +1, function +2, trigger 0, config 0, event_type 0, route 0

-- Two collections made of the same units in the same roles and order have the same digest;
-- any change of unit, role or order changes it. Text is deliberately not part of it.
CREATE FUNCTION fn_iu_piece_graph_digest(p_roles text[], p_unit_ids uuid[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  SET search_path = pg_catalog, public, pg_temp
AS $$
  -- md5 is a fingerprint here, not a security hash; it is immutable and core in every version.
  SELECT left(md5(coalesce(string_agg(pair.role || ':' || pair.iu_id::text, ',' ORDER BY pair.n), '')), 16)
    FROM unnest(p_roles, p_unit_ids) WITH ORDINALITY AS pair (role, iu_id, n)
$$;

COMMENT ON FUNCTION fn_iu_piece_graph_digest(text[], uuid[]) IS
  'The manifest digest: left(md5(''role:iu_id,role:iu_id,…'' in piece order), 16). The only place it is computed.';

-- SECURITY DEFINER (read-only): views that call it work for roles that may read the views
-- but not the membership table.
CREATE FUNCTION fn_iu_manifest_digest(p_collection_id uuid) RETURNS text
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = pg_catalog, public, pg_temp
AS $$
  SELECT fn_iu_piece_graph_digest(
           coalesce(array_agg(m.role ORDER BY m.ordinal), '{}'),
           coalesce(array_agg(m.iu_id ORDER BY m.ordinal), '{}'))
    FROM public.iu_piece_membership m
   WHERE m.collection_id = p_collection_id AND m.active
$$;

COMMENT ON FUNCTION fn_iu_manifest_digest(uuid) IS
  'The manifest digest of a collection''s active pieces in ordinal order (fn_iu_piece_graph_digest).';

CREATE VIEW v_iu_collection_digest AS
  SELECT c.id AS collection_id,
         c.collection_key,
         c.kind,
         c.manifest_digest,
         fn_iu_manifest_digest(c.id) AS live_digest,
         c.manifest_digest = fn_iu_manifest_digest(c.id) AS digest_current,
         (SELECT count(*) FROM iu_piece_membership m WHERE m.collection_id = c.id AND m.active) AS active_pieces
    FROM iu_piece_collection c;

COMMENT ON VIEW v_iu_collection_digest IS 'Every collection''s stored manifest digest beside the digest of its active pieces now.';
