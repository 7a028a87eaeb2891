-- 130_iu_core_fingerprints.sql — each product object's normalized definition and its sha256
--
-- Re-runnable (CREATE OR REPLACE); defines two functions and changes no data:
--
--   psql -v ON_ERROR_STOP=1 -f sql/runtime/130_iu_core_fingerprints.sql
--   SELECT object_class, object_name, sha256 FROM iu_core_meta.fn_iu_object_fingerprints();
--
-- `iu-core migrate up` records these per migration (the objects each one created or
-- changed) in iu_core_meta.object_fingerprint; `iu-core conformance` compares the live ones
-- with the recorded ones, so a hand edit made without a migration is reported as drift.
-- Definitions are normalized so that a rollback and a re-apply give the same text: no OIDs,
-- no timestamps, roles by name, lists sorted. PostgreSQL majors render definitions
-- differently, so fingerprints are compared only within the major that recorded them.
-- Gate VALUES are not fingerprinted (operators toggle them; the security rule
-- gates_closed_at_rest judges them); their key and description are.
--
-- Every non-system schema is read (issue 14): IU Core lives beside a host application's
-- schema and beside other projects' schemas, and each migration records what IU Core or
-- that project created anywhere. Names stay unqualified in schema public (ledgers recorded
-- before keep matching) and are `schema.name` elsewhere (triggers `schema.table.trigger`).
-- Which object belongs to whom is judged by sql/runtime/110, never here.

CREATE SCHEMA IF NOT EXISTS iu_core_meta;

-- An ACL as sorted 'grantee:privilege' text (grantable marked '*'), with no ACL read as the
-- owner's defaults: GRANT then REVOKE leaves an explicit ACL that means the same thing.
CREATE OR REPLACE FUNCTION iu_core_meta._iu_fp_acl(p_acl aclitem[], p_kind "char", p_owner oid)
RETURNS text
LANGUAGE sql STABLE
SET search_path = pg_catalog
AS $acl$
  SELECT coalesce(string_agg(g, ', ' ORDER BY g), '(none)')
    FROM (SELECT format('%s:%s%s', CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(a.grantee) END,
                        a.privilege_type, CASE WHEN a.is_grantable THEN '*' ELSE '' END) AS g
            FROM aclexplode(coalesce(p_acl, acldefault(p_kind, p_owner))) a) x
$acl$;

-- Helpers of an earlier draft; their per-row calls (SET search_path keeps a function from
-- being inlined) doubled the cost of every fingerprint.
DROP FUNCTION IF EXISTS iu_core_meta._iu_fp_schemas();
DROP FUNCTION IF EXISTS iu_core_meta._iu_fp_touched(integer, xid[]);  -- an earlier signature
DROP FUNCTION IF EXISTS iu_core_meta._iu_fp_name(name, text);

-- Each object's definition, with its oid; only the objects whose oid is in p_only unless it is
-- NULL (the incremental recording below recomputes only what a migration touched).
CREATE OR REPLACE FUNCTION iu_core_meta._iu_fp_objects(p_only oid[])
RETURNS TABLE (object_oid oid, object_class text, object_name text, definition text)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog
-- Planning this long query costs more than running it for a few objects: PL/pgSQL keeps one
-- plan for the session (an SQL function, or a custom plan per p_only, plans it at every call).
SET plan_cache_mode = force_generic_plan
AS $obj$
BEGIN
  RETURN QUERY
  WITH sc AS (
    SELECT n.oid, n.nspname FROM pg_namespace n
     WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast', 'iu_core_meta')
       AND n.nspname NOT LIKE 'pg\_temp\_%' AND n.nspname NOT LIKE 'pg\_toast\_temp\_%'
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_namespace'::regclass AND d.objid = n.oid AND d.deptype = 'e')
  ),
  defs (object_oid, object_class, object_name, definition) AS (
    -- Each schema itself: who owns it and who may create in it.
    SELECT n.oid, 'schema', n.nspname::text,
           concat_ws(E'\n', format('SCHEMA %I', n.nspname), 'OWNER ' || pg_get_userbyid(n.nspowner),
                     'ACL ' || iu_core_meta._iu_fp_acl(n.nspacl, 'n', n.nspowner))
      FROM pg_namespace n JOIN sc ON sc.oid = n.oid
     WHERE (p_only IS NULL OR n.oid = ANY (p_only))
    UNION ALL
    -- Functions: the full CREATE (body, volatility, security, SET), owner, ACL, comment.
    SELECT p.oid, 'function', CASE WHEN sc.nspname = 'public' THEN format('%s(%s)', p.proname, pg_get_function_identity_arguments(p.oid)) ELSE sc.nspname || '.' || format('%s(%s)', p.proname, pg_get_function_identity_arguments(p.oid)) END,
           concat_ws(E'\n',
                     CASE WHEN p.prokind IN ('f', 'p', 'w') THEN rtrim(pg_get_functiondef(p.oid), E'\n')
                          ELSE format('%s %s(%s) kind %s', p.proname, p.prokind, pg_get_function_identity_arguments(p.oid), p.prosrc) END,
                     'OWNER ' || pg_get_userbyid(p.proowner),
                     'ACL ' || iu_core_meta._iu_fp_acl(p.proacl, 'f', p.proowner),
                     'COMMENT ' || obj_description(p.oid, 'pg_proc'))
      FROM pg_proc p JOIN sc ON sc.oid = p.pronamespace
     WHERE (p_only IS NULL OR p.oid = ANY (p_only))
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
    UNION ALL
    -- Views: the query, options, owner, ACL, comment.
    SELECT c.oid, 'view', CASE WHEN sc.nspname = 'public' THEN c.relname::text ELSE sc.nspname || '.' || c.relname::text END,
           concat_ws(E'\n', format('VIEW %I%s AS', c.relname, CASE WHEN c.reloptions IS NOT NULL THEN format(' WITH (%s)', array_to_string(c.reloptions, ', ')) END),
                     rtrim(pg_get_viewdef(c.oid, true), E'\n'),
                     'OWNER ' || pg_get_userbyid(c.relowner),
                     'ACL ' || iu_core_meta._iu_fp_acl(c.relacl, 'r', c.relowner),
                     'COMMENT ' || obj_description(c.oid, 'pg_class'))
      FROM pg_class c JOIN sc ON sc.oid = c.relnamespace
     WHERE c.relkind IN ('v', 'm') AND (p_only IS NULL OR c.oid = ANY (p_only))
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
    UNION ALL
    -- Tables: columns in order (type, nullability, default, generated, column ACL), constraints
    -- by name, the enabled state of the internal triggers behind them (named by constraint
    -- and function: their own names carry OIDs), row security and its policies, owner, ACL.
    SELECT c.oid, 'table', CASE WHEN sc.nspname = 'public' THEN c.relname::text ELSE sc.nspname || '.' || c.relname::text END,
           concat_ws(E'\n',
                     format('TABLE %I%s', c.relname, CASE WHEN c.reloptions IS NOT NULL THEN format(' WITH (%s)', array_to_string(c.reloptions, ', ')) END),
                     (SELECT string_agg(format('  COLUMN %I %s%s%s%s%s%s', a.attname, format_type(a.atttypid, a.atttypmod),
                                               CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END,
                                               CASE WHEN a.attidentity <> '' THEN format(' IDENTITY %s', a.attidentity) ELSE '' END,
                                               CASE WHEN a.attgenerated <> '' THEN format(' GENERATED %s', a.attgenerated) ELSE '' END,
                                               CASE WHEN d.adbin IS NOT NULL THEN ' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid) ELSE '' END,
                                               CASE WHEN a.attacl IS NOT NULL THEN ' ACL ' || iu_core_meta._iu_fp_acl(a.attacl, 'c', c.relowner) ELSE '' END),
                                        E'\n' ORDER BY a.attnum)
                        FROM pg_attribute a
                        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                       WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped),
                     (SELECT string_agg(format('  CONSTRAINT %I %s%s', k.conname, pg_get_constraintdef(k.oid, true),
                                               CASE WHEN k.convalidated THEN '' ELSE ' NOT VALID' END), E'\n' ORDER BY k.conname)
                        FROM pg_constraint k WHERE k.conrelid = c.oid),
                     (SELECT string_agg(format('  INTERNAL TRIGGER %s FOR CONSTRAINT %I ENABLED %s', t.tgfoid::regproc, k.conname, t.tgenabled),
                                        E'\n' ORDER BY k.conname, t.tgfoid::regproc::text, t.tgtype, t.tgenabled)
                        FROM pg_trigger t JOIN pg_constraint k ON k.oid = t.tgconstraint
                       WHERE t.tgrelid = c.oid AND t.tgisinternal),
                     format('  ROW SECURITY %s%s', CASE WHEN c.relrowsecurity THEN 'ENABLED' ELSE 'DISABLED' END, CASE WHEN c.relforcerowsecurity THEN ' FORCED' ELSE '' END),
                     (SELECT string_agg(format('  POLICY %I %s FOR %s TO %s USING (%s) WITH CHECK (%s)', po.polname,
                                               CASE WHEN po.polpermissive THEN 'PERMISSIVE' ELSE 'RESTRICTIVE' END, po.polcmd,
                                               (SELECT string_agg(CASE WHEN r = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(r) END, ',' ORDER BY 1) FROM unnest(po.polroles) r),
                                               pg_get_expr(po.polqual, po.polrelid), pg_get_expr(po.polwithcheck, po.polrelid)), E'\n' ORDER BY po.polname)
                        FROM pg_policy po WHERE po.polrelid = c.oid),
                     'OWNER ' || pg_get_userbyid(c.relowner),
                     'ACL ' || iu_core_meta._iu_fp_acl(c.relacl, 'r', c.relowner),
                     'COMMENT ' || obj_description(c.oid, 'pg_class'))
      FROM pg_class c JOIN sc ON sc.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p') AND (p_only IS NULL OR c.oid = ANY (p_only))
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
    UNION ALL
    -- Indexes, those behind constraints included (dropping one is a hand edit too).
    SELECT i.indexrelid, 'index', CASE WHEN sc.nspname = 'public' THEN ic.relname::text ELSE sc.nspname || '.' || ic.relname::text END, pg_get_indexdef(i.indexrelid) || CASE WHEN i.indisvalid THEN '' ELSE ' -- INVALID' END
      FROM pg_index i
      JOIN pg_class ic ON ic.oid = i.indexrelid
      JOIN pg_class tc ON tc.oid = i.indrelid
      JOIN sc ON sc.oid = tc.relnamespace
     WHERE (p_only IS NULL OR i.indexrelid = ANY (p_only))
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = tc.oid AND d.deptype = 'e')
    UNION ALL
    -- Product triggers with their enabled state (O on, D off, R replica, A always).
    SELECT t.oid, 'trigger', CASE WHEN sc.nspname = 'public' THEN format('%s.%s', c.relname, t.tgname) ELSE sc.nspname || '.' || format('%s.%s', c.relname, t.tgname) END,
           concat_ws(E'\n', pg_get_triggerdef(t.oid, true), 'ENABLED ' || t.tgenabled::text)
      FROM pg_trigger t
      JOIN pg_class c ON c.oid = t.tgrelid
      JOIN sc ON sc.oid = c.relnamespace
     WHERE NOT t.tgisinternal AND (p_only IS NULL OR t.oid = ANY (p_only))
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
  )
  SELECT * FROM defs;
END
$obj$;

-- The seeded rows' definitions (few: always computed whole).
CREATE OR REPLACE FUNCTION iu_core_meta._iu_fp_rows()
RETURNS TABLE (object_class text, object_name text, definition text)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog
AS $rows$
BEGIN
  -- Rows the product seeds, read only when their table exists (the function also runs on an
  -- empty database). Values by column name, timestamps and authors left out.
  IF to_regclass('public.dot_config') IS NOT NULL THEN
    RETURN QUERY EXECUTE $q$
      SELECT 'config'::text, key::text, d
        FROM public.dot_config
       CROSS JOIN LATERAL (SELECT format('CONFIG %s' || E'\n' || 'description: %s', key, description) AS d) x
       WHERE key LIKE 'iu\_core.%' $q$;
  END IF;
  IF to_regclass('public.event_type_registry') IS NOT NULL THEN
    RETURN QUERY EXECUTE $q$
      SELECT 'event_type'::text, event_type::text, d
        FROM public.event_type_registry r
       CROSS JOIN LATERAL (SELECT jsonb_pretty(to_jsonb(r) - 'created_at' - 'created_by') AS d) x $q$;
  END IF;
  IF to_regclass('public.event_route') IS NOT NULL THEN
    RETURN QUERY EXECUTE $q$
      SELECT 'route'::text, format('%s -> %s', event_type, route_target), d
        FROM public.event_route r
       CROSS JOIN LATERAL (SELECT jsonb_pretty(to_jsonb(r) - 'created_at' - 'created_by') AS d) x $q$;
  END IF;
END
$rows$;

CREATE OR REPLACE FUNCTION iu_core_meta.fn_iu_object_fingerprints()
RETURNS TABLE (object_class text, object_name text, definition text, sha256 text)
LANGUAGE sql STABLE
SET search_path = pg_catalog
AS $fp$
  SELECT d.object_class, d.object_name, d.definition, encode(sha256(convert_to(d.definition, 'UTF8')), 'hex')
    FROM (SELECT o.object_class, o.object_name, o.definition FROM iu_core_meta._iu_fp_objects(NULL) o
          UNION ALL
          SELECT r.object_class, r.object_name, r.definition FROM iu_core_meta._iu_fp_rows() r) d
$fp$;

COMMENT ON FUNCTION iu_core_meta.fn_iu_object_fingerprints() IS
  'Every object of every non-system schema (public''s named bare, others schema.name; iu_core_meta and extension members excluded) and every seeded row, with its normalized definition and sha256, for drift detection and the ownership record.';

-- ---- Incremental recording (issue 13) ----
--
-- Reading every definition after every migration made `migrate up` quadratic. Instead, after
-- each migration, only the objects it touched are read again. Touched means: a catalog row
-- the object's definition is made of is new or changed since the last call (any INSERT or
-- UPDATE writes a tuple with a new xmin: those not visible in the last call's snapshot), or
-- a row its definition names is (pg_depend: the view over a renamed column, the function
-- whose argument type was renamed, the table whose internal trigger belongs to a renamed
-- foreign key), or it lost a comment, constraint, policy or internal trigger (a DELETE
-- leaves no new row: those are counted, but only when the statistics say some catalog row
-- was deleted since the last call; otherwise only the touched objects are counted, by
-- index, so a migration that only creates costs what it touched, not the whole catalog).
-- What every definition prints without a pg_depend
-- row naming it (role names, schema names, the settings that render constants) is one
-- global stamp: when it changes, every object is read again.

-- The objects as _iu_fp_objects lists them (same schemas, extension members left out),
-- without their definitions: each with a count of the rows a DELETE can take from it.
CREATE OR REPLACE FUNCTION iu_core_meta._iu_fp_census()
RETURNS TABLE (object_class text, object_oid oid, parts bigint)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog
AS $cen$
BEGIN
  RETURN QUERY
  WITH sc AS (
    SELECT n.oid FROM pg_namespace n
     WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast', 'iu_core_meta')
       AND n.nspname NOT LIKE 'pg\_temp\_%' AND n.nspname NOT LIKE 'pg\_toast\_temp\_%'
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_namespace'::regclass AND d.objid = n.oid AND d.deptype = 'e')
  ),
  ext AS (SELECT d.classid, d.objid FROM pg_depend d WHERE d.deptype = 'e'),
  -- Comments, and a table's constraints, internal triggers and policies.
  parts AS (
    SELECT x.classoid AS classid, x.objoid AS objid, count(*) AS n FROM (
      -- (oids below 16384, FirstNormalObjectId, are initdb's: none is read here)
      SELECT x.classoid, x.objoid FROM pg_description x WHERE x.objsubid = 0 AND x.objoid >= 16384 AND x.classoid IN ('pg_class'::regclass, 'pg_proc'::regclass)
      UNION ALL SELECT 'pg_class'::regclass, k.conrelid FROM pg_constraint k WHERE k.conrelid <> 0
      UNION ALL SELECT 'pg_class'::regclass, t.tgrelid FROM pg_trigger t WHERE t.tgisinternal
      UNION ALL SELECT 'pg_class'::regclass, po.polrelid FROM pg_policy po) x
     GROUP BY 1, 2
  )
  SELECT 'schema', sc.oid, 0::bigint FROM sc
  UNION ALL
  SELECT 'function', p.oid, coalesce(o.n, 0)
    FROM pg_proc p JOIN sc ON sc.oid = p.pronamespace LEFT JOIN parts o ON o.classid = 'pg_proc'::regclass AND o.objid = p.oid
   WHERE NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_proc'::regclass AND ext.objid = p.oid)
  UNION ALL
  SELECT CASE WHEN c.relkind IN ('v', 'm') THEN 'view' ELSE 'table' END, c.oid, coalesce(o.n, 0)
    FROM pg_class c JOIN sc ON sc.oid = c.relnamespace LEFT JOIN parts o ON o.classid = 'pg_class'::regclass AND o.objid = c.oid
   WHERE c.relkind IN ('r', 'p', 'v', 'm')
     AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_class'::regclass AND ext.objid = c.oid)
  UNION ALL
  -- An index's validity may be set in place (no new row): it is counted too.
  SELECT 'index', i.indexrelid, CASE WHEN i.indisvalid THEN 0 ELSE 1 END
    FROM pg_index i JOIN pg_class tc ON tc.oid = i.indrelid JOIN sc ON sc.oid = tc.relnamespace
   WHERE NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_class'::regclass AND ext.objid = tc.oid)
  UNION ALL
  SELECT 'trigger', t.oid, 0
    FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN sc ON sc.oid = c.relnamespace
   WHERE NOT t.tgisinternal
     AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_class'::regclass AND ext.objid = c.oid);
END
$cen$;

-- The census of only the objects whose oid is in p_only (by index: what a migration touched),
-- by the same rules: an oid that is no such object, or not in a schema read, gives no row.
CREATE OR REPLACE FUNCTION iu_core_meta._iu_fp_census_of(p_only oid[])
RETURNS TABLE (object_class text, object_oid oid, parts bigint)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog
SET plan_cache_mode = force_generic_plan
AS $ceo$
BEGIN
  RETURN QUERY
  WITH o AS (SELECT DISTINCT u AS oid FROM unnest(p_only) u),
  sc AS (
    SELECT n.oid FROM pg_namespace n
     WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast', 'iu_core_meta')
       AND n.nspname NOT LIKE 'pg\_temp\_%' AND n.nspname NOT LIKE 'pg\_toast\_temp\_%'
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_namespace'::regclass AND d.objid = n.oid AND d.deptype = 'e')
  )
  SELECT 'schema', sc.oid, 0::bigint FROM o JOIN sc ON sc.oid = o.oid
  UNION ALL
  SELECT 'function', p.oid,
         (SELECT count(*) FROM pg_description x WHERE x.objoid = p.oid AND x.classoid = 'pg_proc'::regclass AND x.objsubid = 0)
    FROM o JOIN pg_proc p ON p.oid = o.oid JOIN sc ON sc.oid = p.pronamespace
   WHERE NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
  UNION ALL
  SELECT CASE WHEN c.relkind IN ('v', 'm') THEN 'view' ELSE 'table' END, c.oid,
         (SELECT count(*) FROM pg_description x WHERE x.objoid = c.oid AND x.classoid = 'pg_class'::regclass AND x.objsubid = 0)
       + (SELECT count(*) FROM pg_constraint k WHERE k.conrelid = c.oid)
       + (SELECT count(*) FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgisinternal)
       + (SELECT count(*) FROM pg_policy po WHERE po.polrelid = c.oid)
    FROM o JOIN pg_class c ON c.oid = o.oid JOIN sc ON sc.oid = c.relnamespace
   WHERE c.relkind IN ('r', 'p', 'v', 'm')
     AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
  UNION ALL
  SELECT 'index', i.indexrelid, CASE WHEN i.indisvalid THEN 0 ELSE 1 END::bigint
    FROM o JOIN pg_index i ON i.indexrelid = o.oid JOIN pg_class tc ON tc.oid = i.indrelid JOIN sc ON sc.oid = tc.relnamespace
   WHERE NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = tc.oid AND d.deptype = 'e')
  UNION ALL
  SELECT 'trigger', t.oid, 0::bigint
    FROM o JOIN pg_trigger t ON t.oid = o.oid JOIN pg_class c ON c.oid = t.tgrelid JOIN sc ON sc.oid = c.relnamespace
   WHERE NOT t.tgisinternal
     AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e');
END
$ceo$;

-- Rows deleted from the catalogs an object's definition is made of, ever (flushed counts
-- plus this backend's pending ones, which a flush moves across: the sum only grows). When it
-- has not moved since the last call, no object, comment, constraint, policy or trigger can
-- have gone, and only what was touched is counted again. NULL (unknown) without track_counts.
CREATE OR REPLACE FUNCTION iu_core_meta._iu_fp_deleted()
RETURNS numeric
LANGUAGE sql STABLE
SET search_path = pg_catalog
AS $del$
  SELECT CASE WHEN current_setting('track_counts')::boolean THEN
         sum(pg_stat_get_tuples_deleted(c) + pg_stat_get_xact_tuples_deleted(c)) END
    FROM unnest(ARRAY['pg_class', 'pg_attribute', 'pg_attrdef', 'pg_index', 'pg_constraint', 'pg_trigger', 'pg_policy',
                      'pg_rewrite', 'pg_description', 'pg_proc', 'pg_type', 'pg_enum', 'pg_namespace', 'pg_collation',
                      'pg_operator', 'pg_opclass', 'pg_opfamily', 'pg_language', 'pg_ts_config', 'pg_ts_dict']::regclass[]) c
$del$;

-- The oids of the objects touched by catalog rows whose xmin is new: age(xmin) at most
-- p_since, or one of p_xids (both from the last call's snapshot), except rows the last call
-- already saw: written by its transaction p_xid by command p_cid or before (one written
-- there after the call has a later cmin).
-- Rows initdb made (oid below 16384, FirstNormalObjectId) are read by index from there up:
-- only a superuser can rename a built-in type, function, collation, operator or language.
-- Schemas are read whole (public is initdb's, and its owner and ACL are fingerprinted).
CREATE OR REPLACE FUNCTION iu_core_meta._iu_fp_touched(p_since integer, p_xids xid[], p_xid xid, p_cid bigint)
RETURNS oid[]
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog
SET plan_cache_mode = force_generic_plan
AS $tch$
DECLARE
  v_oids oid[];
BEGIN
  WITH touched (classid, objid, subid) AS (
    SELECT 'pg_class'::regclass, x.oid, 0 FROM pg_class x WHERE x.oid >= 16384 AND (age(x.xmin) <= p_since OR x.xmin = ANY (p_xids)) AND (x.xmin <> p_xid OR x.cmin::text::bigint > p_cid)
    UNION ALL SELECT 'pg_class'::regclass, x.attrelid, x.attnum::int FROM pg_attribute x WHERE x.attrelid >= 16384 AND (age(x.xmin) <= p_since OR x.xmin = ANY (p_xids)) AND (x.xmin <> p_xid OR x.cmin::text::bigint > p_cid)
    UNION ALL SELECT 'pg_class'::regclass, x.adrelid, x.adnum::int FROM pg_attrdef x WHERE x.adrelid >= 16384 AND (age(x.xmin) <= p_since OR x.xmin = ANY (p_xids)) AND (x.xmin <> p_xid OR x.cmin::text::bigint > p_cid)
    UNION ALL SELECT 'pg_class'::regclass, x.indexrelid, 0 FROM pg_index x WHERE x.indexrelid >= 16384 AND (age(x.xmin) <= p_since OR x.xmin = ANY (p_xids)) AND (x.xmin <> p_xid OR x.cmin::text::bigint > p_cid)
    UNION ALL SELECT 'pg_constraint'::regclass, x.oid, 0 FROM pg_constraint x WHERE x.oid >= 16384 AND (age(x.xmin) <= p_since OR x.xmin = ANY (p_xids)) AND (x.xmin <> p_xid OR x.cmin::text::bigint > p_cid)
    UNION ALL SELECT 'pg_trigger'::regclass, x.oid, 0 FROM pg_trigger x WHERE x.oid >= 16384 AND (age(x.xmin) <= p_since OR x.xmin = ANY (p_xids)) AND (x.xmin <> p_xid OR x.cmin::text::bigint > p_cid)
    UNION ALL SELECT 'pg_policy'::regclass, x.oid, 0 FROM pg_policy x WHERE x.oid >= 16384 AND (age(x.xmin) <= p_since OR x.xmin = ANY (p_xids)) AND (x.xmin <> p_xid OR x.cmin::text::bigint > p_cid)
    UNION ALL SELECT 'pg_rewrite'::regclass, x.oid, 0 FROM pg_rewrite x WHERE x.oid >= 16384 AND (age(x.xmin) <= p_since OR x.xmin = ANY (p_xids)) AND (x.xmin <> p_xid OR x.cmin::text::bigint > p_cid)
    UNION ALL SELECT x.classoid, x.objoid, 0 FROM pg_description x WHERE x.objoid >= 16384 AND (age(x.xmin) <= p_since OR x.xmin = ANY (p_xids)) AND (x.xmin <> p_xid OR x.cmin::text::bigint > p_cid)
    UNION ALL SELECT 'pg_proc'::regclass, x.oid, 0 FROM pg_proc x WHERE x.oid >= 16384 AND (age(x.xmin) <= p_since OR x.xmin = ANY (p_xids)) AND (x.xmin <> p_xid OR x.cmin::text::bigint > p_cid)
    UNION ALL SELECT 'pg_type'::regclass, x.oid, 0 FROM pg_type x WHERE x.oid >= 16384 AND (age(x.xmin) <= p_since OR x.xmin = ANY (p_xids)) AND (x.xmin <> p_xid OR x.cmin::text::bigint > p_cid)
    -- An enum's labels print in constants of its type.
    UNION ALL SELECT 'pg_type'::regclass, x.enumtypid, 0 FROM pg_enum x WHERE x.enumtypid >= 16384 AND (age(x.xmin) <= p_since OR x.xmin = ANY (p_xids)) AND (x.xmin <> p_xid OR x.cmin::text::bigint > p_cid)
    UNION ALL SELECT 'pg_namespace'::regclass, x.oid, 0 FROM pg_namespace x WHERE (age(x.xmin) <= p_since OR x.xmin = ANY (p_xids)) AND (x.xmin <> p_xid OR x.cmin::text::bigint > p_cid)
    UNION ALL SELECT 'pg_collation'::regclass, x.oid, 0 FROM pg_collation x WHERE x.oid >= 16384 AND (age(x.xmin) <= p_since OR x.xmin = ANY (p_xids)) AND (x.xmin <> p_xid OR x.cmin::text::bigint > p_cid)
    UNION ALL SELECT 'pg_operator'::regclass, x.oid, 0 FROM pg_operator x WHERE x.oid >= 16384 AND (age(x.xmin) <= p_since OR x.xmin = ANY (p_xids)) AND (x.xmin <> p_xid OR x.cmin::text::bigint > p_cid)
    UNION ALL SELECT 'pg_opclass'::regclass, x.oid, 0 FROM pg_opclass x WHERE x.oid >= 16384 AND (age(x.xmin) <= p_since OR x.xmin = ANY (p_xids)) AND (x.xmin <> p_xid OR x.cmin::text::bigint > p_cid)
    UNION ALL SELECT 'pg_opfamily'::regclass, x.oid, 0 FROM pg_opfamily x WHERE x.oid >= 16384 AND (age(x.xmin) <= p_since OR x.xmin = ANY (p_xids)) AND (x.xmin <> p_xid OR x.cmin::text::bigint > p_cid)
    UNION ALL SELECT 'pg_language'::regclass, x.oid, 0 FROM pg_language x WHERE x.oid >= 16384 AND (age(x.xmin) <= p_since OR x.xmin = ANY (p_xids)) AND (x.xmin <> p_xid OR x.cmin::text::bigint > p_cid)
    UNION ALL SELECT 'pg_ts_config'::regclass, x.oid, 0 FROM pg_ts_config x WHERE x.oid >= 16384 AND (age(x.xmin) <= p_since OR x.xmin = ANY (p_xids)) AND (x.xmin <> p_xid OR x.cmin::text::bigint > p_cid)
    UNION ALL SELECT 'pg_ts_dict'::regclass, x.oid, 0 FROM pg_ts_dict x WHERE x.oid >= 16384 AND (age(x.xmin) <= p_since OR x.xmin = ANY (p_xids)) AND (x.xmin <> p_xid OR x.cmin::text::bigint > p_cid)
  ),
  -- The rows touched and the rows that name them (a column: those naming it or its whole table).
  hit (classid, objid) AS (
    SELECT t.classid, t.objid FROM touched t
    UNION
    SELECT d.classid, d.objid FROM touched t
      JOIN pg_depend d ON d.refclassid = t.classid AND d.refobjid = t.objid
                      AND (t.subid = 0 OR d.refobjsubid = 0 OR d.refobjsubid = t.subid)
  )
  -- Each row to the object it belongs to (oids of other kinds are ignored by _iu_fp_objects).
  SELECT array_agg(DISTINCT o) INTO v_oids FROM (
    SELECT h.objid AS o FROM hit h WHERE h.classid IN ('pg_class'::regclass, 'pg_proc'::regclass, 'pg_namespace'::regclass, 'pg_trigger'::regclass)
    UNION ALL SELECT x.adrelid FROM hit h JOIN pg_attrdef x ON h.classid = 'pg_attrdef'::regclass AND x.oid = h.objid
    UNION ALL SELECT x.conrelid FROM hit h JOIN pg_constraint x ON h.classid = 'pg_constraint'::regclass AND x.oid = h.objid
    UNION ALL SELECT x.tgrelid FROM hit h JOIN pg_trigger x ON h.classid = 'pg_trigger'::regclass AND x.oid = h.objid
    UNION ALL SELECT x.polrelid FROM hit h JOIN pg_policy x ON h.classid = 'pg_policy'::regclass AND x.oid = h.objid
    UNION ALL SELECT x.ev_class FROM hit h JOIN pg_rewrite x ON h.classid = 'pg_rewrite'::regclass AND x.oid = h.objid
  ) r;
  RETURN v_oids;
END
$tch$;

-- What every definition prints without a pg_depend row naming it: role names (owners, ACLs,
-- policies), schema names (qualified names), and the settings that render constants.
CREATE OR REPLACE FUNCTION iu_core_meta._iu_fp_global_stamp()
RETURNS text
LANGUAGE sql STABLE
SET search_path = pg_catalog
AS $gs$
  SELECT md5(concat_ws(E'\n',
    (SELECT string_agg(r.oid::text || ' ' || r.rolname, ',' ORDER BY r.oid) FROM pg_roles r),
    -- (not the temporary schemas a session makes at its first temporary table, this one's too)
    (SELECT string_agg(n.oid::text || ' ' || n.nspname, ',' ORDER BY n.oid) FROM pg_namespace n
      WHERE n.nspname NOT LIKE 'pg\_temp\_%' AND n.nspname NOT LIKE 'pg\_toast\_temp\_%'),
    current_setting('DateStyle'), current_setting('IntervalStyle'), current_setting('TimeZone'),
    current_setting('extra_float_digits'), current_setting('bytea_output'), current_setting('standard_conforming_strings'),
    current_setting('quote_all_identifiers'), current_setting('lc_monetary'), current_setting('lc_numeric')))
$gs$;

-- What changed since the last call in this session, as fn_iu_object_fingerprints() would
-- show it: objects whose sha256 is new or different (with their definition) and objects
-- gone (definition and sha256 NULL), compared by name. p_start forgets the last call and
-- records the database as it is now (returning nothing). Kept in temporary tables, so a
-- rolled-back migration rolls its recording back too; a call without a start in this
-- session is refused. Every object is counted again (the census) only when a catalog row
-- was deleted since the last call: otherwise nothing can have gone, and what is new was
-- touched.
CREATE OR REPLACE FUNCTION iu_core_meta.fn_iu_object_fingerprint_changes(p_start boolean)
RETURNS TABLE (object_class text, object_name text, definition text, sha256 text)
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog
AS $ch$
DECLARE
  v_global text := iu_core_meta._iu_fp_global_stamp();
  v_deleted numeric := iu_core_meta._iu_fp_deleted();
  v_last record;
  v_redo oid[];
  v_whole boolean;
BEGIN
  IF p_start THEN
    DROP TABLE IF EXISTS pg_temp.iu_fp_state, pg_temp.iu_fp_last;
    -- Each object (object_oid NULL for a seeded row) as the last call saw it.
    CREATE TEMP TABLE iu_fp_state (object_class text NOT NULL, object_oid oid, object_name text NOT NULL, sha256 text NOT NULL, parts bigint);
    -- The last call: its global stamp, snapshot and deleted-rows count.
    CREATE TEMP TABLE iu_fp_last (stamp text, snap pg_snapshot, deleted numeric);
    INSERT INTO pg_temp.iu_fp_last VALUES (NULL, NULL, NULL);
  ELSIF to_regclass('pg_temp.iu_fp_state') IS NULL THEN
    RAISE EXCEPTION 'iu_core_meta.fn_iu_object_fingerprint_changes(false) before a call with true in this session';
  END IF;
  -- The last call's row: its xmin and cmin are the transaction and command of that call.
  SELECT l.stamp, l.snap, l.deleted, l.xmin AS xid, l.cmin::text::bigint AS cid INTO v_last FROM pg_temp.iu_fp_last l;
  -- NULL: every object. Otherwise those touched since the last call.
  IF v_last.stamp IS NOT DISTINCT FROM v_global THEN
    v_redo := coalesce(iu_core_meta._iu_fp_touched(age(pg_snapshot_xmax(v_last.snap)::xid),
                                                  ARRAY(SELECT x::xid FROM pg_snapshot_xip(v_last.snap) x), v_last.xid, v_last.cid), '{}');
  END IF;
  v_whole := v_redo IS NULL OR v_deleted IS NULL OR v_deleted IS DISTINCT FROM v_last.deleted;
  UPDATE pg_temp.iu_fp_last SET stamp = v_global, snap = pg_current_snapshot(), deleted = v_deleted;
  RETURN QUERY
  -- Every object, or (nothing deleted) only those touched: nothing else can be new or gone.
  WITH now AS MATERIALIZED (
    SELECT * FROM iu_core_meta._iu_fp_census() WHERE v_whole
    UNION ALL
    SELECT * FROM iu_core_meta._iu_fp_census_of(v_redo) WHERE NOT v_whole),
  -- Objects to read again: touched, new, or with a count that changed (every one when v_redo is NULL).
  redo AS MATERIALIZED (
    SELECT n.* FROM now n LEFT JOIN pg_temp.iu_fp_state s ON s.object_class = n.object_class AND s.object_oid = n.object_oid
     WHERE v_redo IS NULL OR n.object_oid = ANY (v_redo) OR s.parts IS DISTINCT FROM n.parts),
  -- Their previous rows, those of objects gone, and every seeded row (few: read whole each time).
  old AS MATERIALIZED (
    SELECT s.ctid AS row_id, s.* FROM pg_temp.iu_fp_state s
      LEFT JOIN now n ON n.object_class = s.object_class AND n.object_oid = s.object_oid
      LEFT JOIN redo r ON r.object_class = s.object_class AND r.object_oid = s.object_oid
     WHERE s.object_oid IS NULL OR r.object_oid IS NOT NULL
        OR (n.object_oid IS NULL AND (v_whole OR s.object_oid = ANY (v_redo)))),
  new AS MATERIALIZED (
    SELECT o.object_class, o.object_oid, o.object_name, o.definition, encode(sha256(convert_to(o.definition, 'UTF8')), 'hex') AS sha256, r.parts
      FROM iu_core_meta._iu_fp_objects(CASE WHEN v_redo IS NOT NULL THEN ARRAY(SELECT redo.object_oid FROM redo) END) o
      JOIN redo r ON r.object_class = o.object_class AND r.object_oid = o.object_oid
    UNION ALL
    SELECT w.object_class, NULL, w.object_name, w.definition, encode(sha256(convert_to(w.definition, 'UTF8')), 'hex'), NULL
      FROM iu_core_meta._iu_fp_rows() w),
  forget AS (DELETE FROM pg_temp.iu_fp_state s USING old WHERE s.ctid = old.row_id),
  remember AS (INSERT INTO pg_temp.iu_fp_state SELECT n.object_class, n.object_oid, n.object_name, n.sha256, n.parts FROM new n)
  -- Compared by name, as the full read is: an object dropped and made again the same is no
  -- change. Names are unique, so an object not read again holds none of these names.
  SELECT n.object_class, n.object_name, n.definition, n.sha256 FROM new n
   WHERE NOT p_start
     AND NOT EXISTS (SELECT 1 FROM old o WHERE o.object_class = n.object_class AND o.object_name = n.object_name AND o.sha256 = n.sha256)
  UNION ALL
  SELECT o.object_class, o.object_name, NULL, NULL FROM old o
   WHERE NOT p_start
     AND NOT EXISTS (SELECT 1 FROM new n WHERE n.object_class = o.object_class AND n.object_name = o.object_name);
END
$ch$;

COMMENT ON FUNCTION iu_core_meta.fn_iu_object_fingerprint_changes(boolean) IS
  'What fn_iu_object_fingerprints() shows changed since the last call in this session (definition NULL: gone), reading again only the objects whose catalog rows, or rows they name, changed; true starts over. Used by iu-core migrate up and down.';
