-- 007_manifest_digest.sql
-- Adds:     the manifest digest, keyed on the piece graph and not on text:
--           fn_iu_piece_graph_digest(roles, unit ids) is the one computation (the first 16
--           hex characters of md5 over the ordered role:unit-id pairs);
--           fn_iu_manifest_digest(collection) applies it to a collection's active pieces;
--           fn_iu_collection_active_pieces(collection) returns those pieces as the
--           [{role, iu_id}, …] list fn_iu_compose takes, so an instance can reuse exactly
--           its template's graph; v_iu_collection_digest shows stored and live digests.
-- Requires: 006 (collections, memberships).
-- Rollback: no table, so no data to refuse over; refuses out of order (whatever the force)
--           while 008's composer, which computes digests with these functions, exists.
-- Delta:    table 0, view +1, function +3, trigger 0, config 0, event_type 0, route 0

-- Two collections made of the same units in the same roles and order have the same digest;
-- any change of unit, role or order changes it. Text is deliberately not part of it: an
-- instance reuses its template's very units, so its digest equals the template's, and
-- editing a unit's text does not make every collection that uses it drift.
-- Roles are snake_case and ids are uuids, so 'role:id' joined by ',' is unambiguous.
-- Arrays of different lengths, or with a NULL in them, are not a piece graph: NULL.
CREATE FUNCTION fn_iu_piece_graph_digest(p_roles text[], p_unit_ids uuid[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  SET search_path = pg_catalog, public, pg_temp
AS $$
  SELECT CASE
           -- A piece graph is a list: a multidimensional array is no graph (checked first,
           -- since array_position refuses such arrays).
           WHEN array_ndims(p_roles) > 1 OR array_ndims(p_unit_ids) > 1 THEN NULL
           WHEN p_roles IS NULL OR p_unit_ids IS NULL
             OR cardinality(p_roles) <> cardinality(p_unit_ids)
             OR array_position(p_roles, NULL) IS NOT NULL
             OR array_position(p_unit_ids, NULL) IS NOT NULL THEN NULL
           -- md5 is a fingerprint here, not a security hash; it is immutable and core in
           -- every supported version.
           ELSE (SELECT left(md5(coalesce(string_agg(pair.role || ':' || pair.iu_id::text, ',' ORDER BY pair.n), '')), 16)
                   FROM unnest(p_roles, p_unit_ids) WITH ORDINALITY AS pair (role, iu_id, n))
         END
$$;

COMMENT ON FUNCTION fn_iu_piece_graph_digest(text[], uuid[]) IS
  'The manifest digest: left(md5(''role:iu_id,role:iu_id,…'' in piece order), 16); NULL when the arrays differ in length or hold a NULL. The only place it is computed.';

-- The lookup "active pieces of X in ordinal order" runs once per instance, up to 100,000
-- times in one transaction. A plan cached while iu_piece_membership was small (a SQL
-- function's plan, a PL/pgSQL generic plan) may be a sequential scan, and it would stay one
-- while the transaction grows the table: quadratic time. enable_seqscan and
-- enable_bitmapscan are pinned off on the two functions below, so that their plans are
-- always a plain scan of one of 006's indexes on (collection_id, ordinal): a few index pages
-- per call, the pieces already in order (a bitmap scan would need a sort).
--
-- SECURITY DEFINER (read-only): views that call it work for roles that may read the views
-- but not the membership table.
CREATE FUNCTION fn_iu_manifest_digest(p_collection_id uuid) RETURNS text
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = pg_catalog, public, pg_temp
  SET enable_seqscan = off
  SET enable_bitmapscan = off
AS $$
  SELECT fn_iu_piece_graph_digest(
           coalesce(array_agg(m.role ORDER BY m.ordinal), '{}'),
           coalesce(array_agg(m.iu_id ORDER BY m.ordinal), '{}'))
    FROM public.iu_piece_membership m
   WHERE m.collection_id = p_collection_id AND m.active
$$;

COMMENT ON FUNCTION fn_iu_manifest_digest(uuid) IS
  'The manifest digest of a collection''s active pieces in ordinal order (fn_iu_piece_graph_digest); an unknown or empty collection has the digest of the empty graph.';

-- The same lookup, shaped as fn_iu_compose's p_pieces: composing with this list reuses the
-- very units in the same roles and order, so the new collection's digest equals X's.
-- Invoker's rights: whoever calls it needs to be able to read the memberships.
CREATE FUNCTION fn_iu_collection_active_pieces(p_collection_id uuid) RETURNS jsonb
  LANGUAGE sql STABLE
  SET search_path = pg_catalog, public, pg_temp
  SET enable_seqscan = off
  SET enable_bitmapscan = off
AS $$
  SELECT coalesce(jsonb_agg(jsonb_build_object('role', m.role, 'iu_id', m.iu_id) ORDER BY m.ordinal), '[]'::jsonb)
    FROM public.iu_piece_membership m
   WHERE m.collection_id = p_collection_id AND m.active
$$;

COMMENT ON FUNCTION fn_iu_collection_active_pieces(uuid) IS
  'A collection''s active pieces in ordinal order as [{"role":…,"iu_id":…}, …], the p_pieces of fn_iu_compose that reuses exactly this piece graph; [] for an unknown or empty collection. Always an index scan in ordinal order.';

CREATE VIEW v_iu_collection_digest AS
  SELECT c.id AS collection_id,
         c.collection_key,
         c.kind,
         c.manifest_digest,
         d.live_digest,
         c.manifest_digest = d.live_digest AS digest_current,
         (SELECT count(*) FROM iu_piece_membership m WHERE m.collection_id = c.id AND m.active) AS active_pieces
    FROM iu_piece_collection c
   CROSS JOIN LATERAL (SELECT fn_iu_manifest_digest(c.id) AS live_digest) d;

COMMENT ON VIEW v_iu_collection_digest IS
  'Every collection''s stored manifest digest beside the digest of its active pieces now; digest_current = false means pieces were changed after composing.';
