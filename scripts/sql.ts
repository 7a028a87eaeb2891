// The little SQL the harness itself needs, in one place. Everything about the product lives
// in sql/; this is only bookkeeping: the ledger, its lock, and catalog snapshots. Values
// always travel as bound parameters; names come from the catalog through format('%I').

/** The harness's own schema: never product surface, never counted by the conformance scan. */
export const META_SCHEMA = 'iu_core_meta';

/** A migration version: NNN, NNNN or a 14-digit timestamp (the project's pattern decides which). */
const VERSION_CHECK = `version ~ '^([0-9]{3}|[0-9]{4}|[0-9]{14})$'`;

/**
 * The ledger, keyed (project, version) so that IU Core and a DBA's projects share a database
 * without touching each other's rows. Every statement is idempotent: a ledger written before
 * projects (keyed on version alone, three digits) is upgraded in place, its rows becoming
 * IU Core's; a current one is left as it is.
 */
export const LEDGER_DDL = [
  `CREATE SCHEMA IF NOT EXISTS iu_core_meta`,
  `COMMENT ON SCHEMA iu_core_meta IS 'iu-core harness bookkeeping (migration ledger); not product surface'`,
  `CREATE TABLE IF NOT EXISTS iu_core_meta.migration_ledger (
     project        text NOT NULL DEFAULT 'iu-core',
     version        text NOT NULL CONSTRAINT migration_ledger_version_check CHECK (${VERSION_CHECK}),
     name           text NOT NULL,
     checksum       text NOT NULL CHECK (checksum ~ '^[0-9a-f]{64}$'),
     applied_at     timestamptz NOT NULL DEFAULT now(),
     applied_by     text NOT NULL DEFAULT current_user,
     duration_ms    integer NOT NULL CHECK (duration_ms >= 0),
     server_version text NOT NULL DEFAULT current_setting('server_version'),
     CONSTRAINT migration_ledger_pkey PRIMARY KEY (project, version)
   )`,
  `CREATE TABLE IF NOT EXISTS iu_core_meta.checksum_amendment (
     project      text NOT NULL DEFAULT 'iu-core',
     version      text NOT NULL,
     name         text NOT NULL,
     old_checksum text NOT NULL,
     new_checksum text NOT NULL,
     accepted_at  timestamptz NOT NULL DEFAULT now(),
     accepted_by  text NOT NULL DEFAULT current_user,
     CONSTRAINT checksum_amendment_pkey PRIMARY KEY (project, version, accepted_at)
   )`,
  // Added later, nullable: ledgers written before it keep working, their rows read as "not recorded".
  `ALTER TABLE iu_core_meta.migration_ledger ADD COLUMN IF NOT EXISTS rollback_checksum text CHECK (rollback_checksum ~ '^[0-9a-f]{64}$')`,
  // Rows written by migrate baseline: the objects predate the ledger, the file never ran here.
  `ALTER TABLE iu_core_meta.migration_ledger ADD COLUMN IF NOT EXISTS baseline boolean NOT NULL DEFAULT false`,
  `ALTER TABLE iu_core_meta.migration_ledger ADD COLUMN IF NOT EXISTS note text`,
  `ALTER TABLE iu_core_meta.checksum_amendment ADD COLUMN IF NOT EXISTS session_user_name text DEFAULT session_user`,
  `ALTER TABLE iu_core_meta.checksum_amendment ADD COLUMN IF NOT EXISTS why text`,
  // A ledger from before projects: its rows are IU Core's; the keys gain the project.
  `DO $upgrade$
   BEGIN
     IF NOT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = 'iu_core_meta.migration_ledger'::regclass AND attname = 'project' AND NOT attisdropped) THEN
       ALTER TABLE iu_core_meta.migration_ledger ADD COLUMN project text NOT NULL DEFAULT 'iu-core';
       ALTER TABLE iu_core_meta.migration_ledger DROP CONSTRAINT IF EXISTS migration_ledger_pkey,
         DROP CONSTRAINT IF EXISTS migration_ledger_version_check;
       ALTER TABLE iu_core_meta.migration_ledger ADD CONSTRAINT migration_ledger_pkey PRIMARY KEY (project, version),
         ADD CONSTRAINT migration_ledger_version_check CHECK (${VERSION_CHECK});
     END IF;
     IF NOT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = 'iu_core_meta.checksum_amendment'::regclass AND attname = 'project' AND NOT attisdropped) THEN
       ALTER TABLE iu_core_meta.checksum_amendment ADD COLUMN project text NOT NULL DEFAULT 'iu-core';
       ALTER TABLE iu_core_meta.checksum_amendment DROP CONSTRAINT IF EXISTS checksum_amendment_pkey;
       ALTER TABLE iu_core_meta.checksum_amendment ADD CONSTRAINT checksum_amendment_pkey PRIMARY KEY (project, version, accepted_at);
     END IF;
   END
   $upgrade$`,
  // Each project's claims, so that SQL run under plain psql (the ownership scan) sees them too.
  `CREATE TABLE IF NOT EXISTS iu_core_meta.project (
     name       text PRIMARY KEY,
     prefixes   text[] NOT NULL DEFAULT '{}',
     names      text[] NOT NULL DEFAULT '{}',
     schemas    text[] NOT NULL DEFAULT '{}',
     updated_at timestamptz NOT NULL DEFAULT now()
   )`,
  `COMMENT ON TABLE iu_core_meta.project IS 'The projects iu-core migrate has run for, with the object-name prefixes, exact names and schemas each claims (written by migrate from iu-core.config.json)'`,
];

export const LEDGER_EXISTS = `SELECT to_regclass('iu_core_meta.migration_ledger') IS NOT NULL AS exists`;

/**
 * A project's ledger rows ($1). Columns added after the first ledger (project, rollback_checksum,
 * baseline) are read by name, so that a ledger not yet upgraded still reads, its rows IU Core's.
 */
export const LEDGER_ROWS = `
  SELECT version, name, checksum, applied_at, applied_by, duration_ms, server_version,
         to_jsonb(l) ->> 'rollback_checksum' AS rollback_checksum,
         coalesce((to_jsonb(l) ->> 'baseline')::boolean, false) AS baseline, to_jsonb(l) ->> 'note' AS note
    FROM iu_core_meta.migration_ledger l
   WHERE coalesce(to_jsonb(l) ->> 'project', 'iu-core') = $1
   ORDER BY version`;

/** Which projects have rows, and how many. */
export const LEDGER_PROJECTS = `
  SELECT coalesce(to_jsonb(l) ->> 'project', 'iu-core') AS project, count(*)::int AS n
    FROM iu_core_meta.migration_ledger l
   GROUP BY 1 ORDER BY 1`;

export const LEDGER_INSERT = `
  INSERT INTO iu_core_meta.migration_ledger (project, version, name, checksum, duration_ms, rollback_checksum, baseline, note)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`;

export const LEDGER_DELETE = `DELETE FROM iu_core_meta.migration_ledger WHERE project = $1 AND version = $2`;

/**
 * Repair: $1 project, $2 version, $3 new checksum, $4 the old one it must still have, $5 why.
 * Updates that one row and records the amendment; returns nothing when the row has moved on.
 */
export const LEDGER_ACCEPT_CHECKSUM = `
  WITH amended AS (
    UPDATE iu_core_meta.migration_ledger l SET checksum = $3
     WHERE l.project = $1 AND l.version = $2 AND l.checksum = $4
    RETURNING l.project, l.version, l.name
  )
  INSERT INTO iu_core_meta.checksum_amendment (project, version, name, old_checksum, new_checksum, why)
  SELECT project, version, name, $4, $3, $5 FROM amended
  RETURNING version, accepted_at, accepted_by, session_user_name`;

export const AMENDMENTS_EXIST = `SELECT to_regclass('iu_core_meta.checksum_amendment') IS NOT NULL AS exists`;

/** Every recorded amendment, oldest first (old rows lack project, why and session user). */
export const AMENDMENTS = `
  SELECT coalesce(to_jsonb(a) ->> 'project', 'iu-core') AS project, version, name, old_checksum, new_checksum,
         accepted_at, accepted_by, to_jsonb(a) ->> 'session_user_name' AS session_user_name, to_jsonb(a) ->> 'why' AS why
    FROM iu_core_meta.checksum_amendment a
   ORDER BY accepted_at, 1, version`;

/** $1 name, $2 prefixes, $3 names, $4 schemas. */
export const PROJECT_UPSERT = `
  INSERT INTO iu_core_meta.project AS p (name, prefixes, names, schemas) VALUES ($1, $2::text[], $3::text[], $4::text[])
  ON CONFLICT (name) DO UPDATE SET prefixes = excluded.prefixes, names = excluded.names, schemas = excluded.schemas, updated_at = now()
   WHERE (p.prefixes, p.names, p.schemas) IS DISTINCT FROM (excluded.prefixes, excluded.names, excluded.schemas)`;

/**
 * One key for "a migration runner is at work here". Session-level and taken with try-lock
 * in a poll loop: a blocking lock would deadlock with CREATE INDEX CONCURRENTLY, which
 * waits for every other transaction, including a waiting runner's (Flyway issue 1654).
 */
export const MIGRATE_LOCK_TRY = `SELECT pg_try_advisory_lock(hashtextextended('iu_core.migrate', 0)) AS locked`;
export const MIGRATE_LOCK_RELEASE = `SELECT pg_advisory_unlock(hashtextextended('iu_core.migrate', 0)) AS released`;

/** lock_timeout for a migration: $2 true = local to its transaction, false = for the session. */
export const SET_LOCK_WAIT = `SELECT set_config('lock_timeout', $1, $2)`;

/** A probe's bounds, local to its transaction (set right after its BEGIN). */
export const SET_PROBE_TIMEOUTS = `SELECT set_config('statement_timeout', $1, true), set_config('lock_timeout', $2, true)`;

export const SERVER_VERSION = `SELECT current_setting('server_version') AS version, current_setting('server_version_num')::int AS num`;

export const INVALID_INDEXES = `
  SELECT format('%I.%I', n.nspname, c.relname) AS index_name
    FROM pg_index i
    JOIN pg_class c ON c.oid = i.indexrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE NOT i.indisvalid
   ORDER BY 1`;

/**
 * An ACL as sorted text, with "no ACL" read as the owner's defaults: GRANT then REVOKE
 * leaves an explicit ACL that means what the NULL before it meant, and must compare equal.
 */
const acl = (expr: string) => `(SELECT string_agg(x::text, ',' ORDER BY x::text) FROM unnest(${expr}) AS x)`;

const USER_SCHEMAS = `n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND n.nspname NOT LIKE 'pg_temp_%' AND n.nspname NOT LIKE 'pg_toast_temp_%'`;

/**
 * Every object outside the system schemas, one row each (names cast to text: a UNION
 * typed by a first branch of type name would cut every later name to 63 bytes): its kind, its qualified name, and
 * a fingerprint of its definition and privileges, so that "the same catalog" means the same
 * objects defined the same way and granted the same way.
 */
export const CATALOG_SNAPSHOT = `
  SELECT 'schema' AS kind, n.nspname::text AS name, md5(concat_ws('|', ${acl("coalesce(n.nspacl, acldefault('n', n.nspowner))")}, pg_get_userbyid(n.nspowner))) AS fingerprint
    FROM pg_namespace n WHERE ${USER_SCHEMAS}
  UNION ALL
  SELECT 'extension', e.extname::text, e.extversion FROM pg_extension e
  UNION ALL
  SELECT CASE c.relkind WHEN 'r' THEN 'table' WHEN 'p' THEN 'table' WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view'
                        WHEN 'S' THEN 'sequence' WHEN 'i' THEN 'index' WHEN 'I' THEN 'index' WHEN 'f' THEN 'foreign table'
                        WHEN 'c' THEN 'type' ELSE c.relkind::text END,
         format('%I.%I', n.nspname, c.relname),
         md5(concat_ws('|', ${acl("coalesce(c.relacl, acldefault(CASE WHEN c.relkind = 'S' THEN 's'::\"char\" ELSE 'r'::\"char\" END, c.relowner))")}, c.relrowsecurity::text,
                       CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) END,
                       CASE WHEN c.relkind IN ('i', 'I') THEN pg_get_indexdef(c.oid) END,
                       obj_description(c.oid, 'pg_class')))
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE ${USER_SCHEMAS} AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'i', 'I', 'f', 'c')
  UNION ALL
  SELECT 'column', format('%I.%I.%I', n.nspname, c.relname, a.attname),
         md5(concat_ws('|', format_type(a.atttypid, a.atttypmod), a.attnotnull::text, pg_get_expr(d.adbin, d.adrelid), a.attgenerated::text, ${acl('a.attacl')}))
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
   WHERE ${USER_SCHEMAS} AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND a.attnum > 0 AND NOT a.attisdropped
  UNION ALL
  SELECT 'constraint', format('%I.%I.%I', n.nspname, c.relname, k.conname), md5(pg_get_constraintdef(k.oid))
    FROM pg_constraint k
    JOIN pg_class c ON c.oid = k.conrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE ${USER_SCHEMAS}
  UNION ALL
  SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' ELSE 'function' END,
         format('%I.%I(%s)', n.nspname, p.proname, pg_get_function_identity_arguments(p.oid)),
         md5(concat_ws('|', p.prosrc, pg_get_function_result(p.oid), p.provolatile::text, p.prosecdef::text,
                       p.proconfig::text, ${acl("coalesce(p.proacl, acldefault('f', p.proowner))")}, pg_get_userbyid(p.proowner), obj_description(p.oid, 'pg_proc')))
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
   WHERE ${USER_SCHEMAS}
  UNION ALL
  SELECT 'trigger', format('%I.%I.%I', n.nspname, c.relname, t.tgname), md5(pg_get_triggerdef(t.oid) || t.tgenabled::text)
    FROM pg_trigger t
    JOIN pg_class c ON c.oid = t.tgrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE ${USER_SCHEMAS} AND NOT t.tgisinternal
  UNION ALL
  SELECT 'type', format('%I.%I', n.nspname, t.typname), md5(concat_ws('|', ${acl("coalesce(t.typacl, acldefault('T', t.typowner))")}, t.typtype::text))
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
   WHERE ${USER_SCHEMAS} AND t.typtype IN ('e', 'd', 'r', 'm') 
  UNION ALL
  SELECT 'policy', format('%I.%I.%I', n.nspname, c.relname, p.polname), md5(coalesce(pg_get_expr(p.polqual, p.polrelid), '') || coalesce(pg_get_expr(p.polwithcheck, p.polrelid), ''))
    FROM pg_policy p
    JOIN pg_class c ON c.oid = p.polrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
  UNION ALL
  SELECT 'role', r.rolname::text, md5(concat_ws('|', r.rolcanlogin::text, r.rolinherit::text))
    FROM pg_roles r WHERE r.rolname LIKE 'iu\\_core\\_%'
  ORDER BY 1, 2`;

/**
 * What a probe run must also leave as it found, beyond the catalog: state that lives outside
 * any one schema (roles, memberships, settings, prepared transactions, large objects, event
 * triggers, default privileges) and the contents of every table (a digest of its rows, so an
 * UPDATE shows as well as an INSERT). Cluster-wide state is read only where it concerns this
 * database or every database. Valid on PostgreSQL 15 to 18 and PGlite: membership options
 * differ between versions, so a membership is fingerprinted by whatever columns it has.
 */
export const TRACE_SNAPSHOT = `
  SELECT 'role attributes' AS kind, r.rolname::text AS name,
         md5(concat_ws('|', r.rolsuper, r.rolinherit, r.rolcreaterole, r.rolcreatedb, r.rolcanlogin,
                       r.rolreplication, r.rolbypassrls, r.rolconnlimit, r.rolvaliduntil)) AS fingerprint
    FROM pg_roles r
  UNION ALL
  SELECT 'role membership', format('%s in %s', pg_get_userbyid(m.member), pg_get_userbyid(m.roleid)),
         md5(string_agg((to_jsonb(m) - 'oid' - 'roleid' - 'member' - 'grantor')::text || pg_get_userbyid(m.grantor), ',' ORDER BY m.grantor))
    FROM pg_auth_members m
   GROUP BY m.member, m.roleid
  UNION ALL
  SELECT 'setting', format('%s in %s', CASE WHEN s.setrole = 0 THEN 'every role' ELSE 'role ' || pg_get_userbyid(s.setrole) END,
                           CASE WHEN s.setdatabase = 0 THEN 'every database' ELSE 'this database' END),
         md5(array_to_string(s.setconfig, ','))
    FROM pg_db_role_setting s
   WHERE s.setdatabase IN (0, (SELECT oid FROM pg_database WHERE datname = current_database()))
  UNION ALL
  SELECT 'database', d.datname::text,
         md5(concat_ws('|', pg_get_userbyid(d.datdba), d.datallowconn, d.datconnlimit, d.datistemplate, ${acl("coalesce(d.datacl, acldefault('d', d.datdba))")}))
    FROM pg_database d WHERE d.datname = current_database()
  UNION ALL
  SELECT 'prepared transaction', p.gid, md5(p.owner::text) FROM pg_prepared_xacts p WHERE p.database = current_database()
  UNION ALL
  SELECT 'large object', l.oid::text, md5(concat_ws('|', pg_get_userbyid(l.lomowner), ${acl('l.lomacl')})) FROM pg_largeobject_metadata l
  UNION ALL
  SELECT 'event trigger', e.evtname::text, md5(concat_ws('|', e.evtevent, e.evtfoid::regprocedure::text, e.evtenabled, e.evttags::text, pg_get_userbyid(e.evtowner)))
    FROM pg_event_trigger e
  UNION ALL
  SELECT 'default privileges', format('%s in %s on %s', pg_get_userbyid(d.defaclrole), coalesce(n.nspname::text, 'every schema'), d.defaclobjtype),
         md5(coalesce(${acl('d.defaclacl')}, ''))
    FROM pg_default_acl d LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace
  UNION ALL
  SELECT 'table contents', format('%I.%I', n.nspname, c.relname),
         coalesce((xpath('/row/d/text()', query_to_xml(
           format('SELECT md5(string_agg(md5(t::text), %L ORDER BY md5(t::text))) AS d FROM ONLY %I.%I t', ',', n.nspname, c.relname),
           false, true, '')))[1]::text, 'empty')
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE ${USER_SCHEMAS} AND c.relkind = 'r'
  ORDER BY 1, 2`;

/** Roll back a prepared transaction a probe left behind (gid from TRACE_SNAPSHOT, quoted by the server). */
export const ROLLBACK_PREPARED = `SELECT format('ROLLBACK PREPARED %L', $1::text) AS sql`;

/** A probe file's backend, for the runner's watchdog. */
export const BACKEND_PID = `SELECT pg_backend_pid() AS pid`;

/** The watchdog, from another connection: cancel the file's statement, then end its backend. */
export const CANCEL_BACKEND = `SELECT pg_cancel_backend($1::int) AS signalled`;
export const TERMINATE_BACKEND = `SELECT pg_terminate_backend($1::int) AS signalled`;
export const BACKEND_ALIVE = `SELECT count(*)::int AS n FROM pg_stat_activity WHERE pid = $1::int`;
/**
 * A probe session's server notices a client that is gone (killed runner) within $1 even while
 * a statement runs, and ends that statement (PostgreSQL 14+; older servers skip it).
 */
export const PROBE_CONNECTION_CHECK = `
  SELECT set_config('client_connection_check_interval', $1, false) FROM (SELECT 1) x
   WHERE current_setting('server_version_num')::int >= 140000`;

/** Row count of every table outside the system schemas, in one statement. */
export const ROW_COUNTS = `
  SELECT format('%I.%I', n.nspname, c.relname) AS table_name,
         (xpath('/row/c/text()',
                query_to_xml(format('SELECT count(*) AS c FROM %I.%I', n.nspname, c.relname), false, true, '')))[1]::text::bigint AS row_count
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE ${USER_SCHEMAS} AND c.relkind IN ('r', 'p')
   ORDER BY 1`;

// ---------------------------------------------------------------------------------------
// Operator commands (instantiate, scaleout, rollback-actor, census): scripts/operator.ts.
// Every value is a bound parameter; the only identifiers are the product's own, written here.

/** Every gate, as the transaction sees it: the iu_core.<name>_enabled rows of dot_config. */
export const OP_GATES = `SELECT key, value FROM dot_config WHERE key LIKE 'iu\\_core.%\\_enabled' ORDER BY key`;

/** Open or close one gate inside the caller's transaction; no row back means no such gate. */
export const OP_SET_GATE = `UPDATE dot_config SET value = $2 WHERE key = $1 RETURNING key, value`;

/** The session's backend (for a cancel on Ctrl-C) and the server version. */
export const OP_BACKEND = `SELECT pg_backend_pid() AS pid, current_setting('server_version_num')::int AS version_num`;

/**
 * Bounds local to the operator's transaction: wait at most $1 for a lock (another operator
 * holding the gates fails the run instead of hanging it) and end the session if it sits idle
 * in the transaction for $2 (a frozen client cannot keep the gate rows locked).
 */
export const OP_TX_BOUNDS = `SELECT set_config('lock_timeout', $1, true), set_config('idle_in_transaction_session_timeout', $2, true)`;

/**
 * PostgreSQL 14+: while a statement runs, the server checks every $1 whether the client is
 * still there, and aborts the statement — and so the transaction — when it is gone (a
 * killed CLI). Without it a long batch would run to its end before the server noticed.
 */
export const OP_CONNECTION_CHECK = `SELECT set_config('client_connection_check_interval', $1, true)`;

/** The snapshot the operator's transaction began with: the matrix judges the run by its own writes since. */
export const OP_SNAPSHOT = `SELECT pg_current_snapshot()::text AS snapshot`;

/** Ctrl-C: cancel the statement the operator's session is running (sent on another connection). */
export const OP_CANCEL = `SELECT pg_cancel_backend($1) AS cancelled`;

/** The orchestrator is installed (migration 033). */
export const OP_ORCHESTRATOR_PRESENT = `
  SELECT to_regprocedure('fn_iu_auto_instantiate_from_event(uuid,text,uuid,text,text,text,text)') IS NOT NULL AS present`;

/**
 * A template named by collection key ($1) or, when $2 is a uuid, by id: is it marked, and how
 * many active pieces an instance of it gets.
 */
export const OP_RESOLVE_TEMPLATE = `
  SELECT c.id::text AS id, c.collection_key AS key,
         coalesce(r.is_template, false) AS marked,
         (SELECT count(*) FROM iu_piece_membership m WHERE m.collection_id = c.id AND m.active)::int AS pieces
    FROM iu_piece_collection c
    LEFT JOIN iu_collection_template_registry r ON r.collection_id = c.id
   WHERE c.collection_key = $1 OR c.id = $2::uuid
   ORDER BY c.id = $2::uuid DESC
   LIMIT 1`;

/** How many collections already carry instance keys tpl-inst:auto:<$1>… (a suffix prefix in use). */
export const OP_SUFFIX_PREFIX_IN_USE = `
  SELECT count(*)::int AS n FROM iu_piece_collection WHERE left(collection_key, length($1)) = $1`;

/** One orchestrator call with every argument bound (instantiate). */
export const OP_INSTANTIATE_ONE = `
  SELECT fn_iu_auto_instantiate_from_event($1::uuid, $2::text, $3::uuid, $4::text, $5::text, $6::text, $7::text) AS r`;

/** Call g.i of run $1: its event id, unique per call and deterministic within the run. */
const RUN_EVENT_ID = `md5($1::text || ':' || g.i::text)::uuid`;
/** Call g.i's instance key suffix: $4 || its number within its template (first i $5), zero-padded to $6 digits. */
const RUN_SUFFIX = `$4::text || lpad((g.i - $5::int + 1)::text, greatest($6::int, length((g.i - $5::int + 1)::text)), '0')`;

/**
 * One batch of a scaleout, driven server-side: calls i = $10..$11 of run $1, all for one
 * template ($3). Event id md5(run || ':' || i)::uuid (unique per call, deterministic within
 * the run); suffix $4 || the call's number within its template ($5 is that template's first
 * i), zero-padded to $6 digits. Only counts come back: per status, how many, how many match
 * their template's digest and got all $12 pieces, and the first refusal of each status.
 */
export const OP_SCALEOUT_BATCH = `
  WITH calls AS MATERIALIZED (
    SELECT g.i,
           fn_iu_auto_instantiate_from_event(
             ${RUN_EVENT_ID},
             $2::text,
             $3::uuid,
             ${RUN_SUFFIX},
             $7::text,
             $8::text,
             $9::text) AS r
      FROM generate_series($10::int, $11::int) AS g (i)
  )
  SELECT coalesce(r ->> 'status', '(no status)') AS status,
         count(*)::int AS n,
         count(*) FILTER (WHERE (r ->> 'digest_matches_template')::boolean)::int AS matches,
         count(*) FILTER (WHERE (r ->> 'pieces_attached')::int = $12::int)::int AS full,
         min(i)::int AS first_i,
         (array_agg(r ORDER BY i) FILTER (WHERE r ->> 'status' IS DISTINCT FROM 'ok'))[1] AS first_refusal
    FROM calls
   GROUP BY 1`;

/**
 * One batch of scaleout --bulk: the same event ids and suffixes as OP_SCALEOUT_BATCH, handed
 * to the set-based entry point (035) in one call; its per-item counts come back as one row.
 */
export const OP_SCALEOUT_BULK_BATCH = `
  SELECT fn_iu_auto_instantiate_bulk(c.event_ids, $2::text, $3::uuid, c.suffixes, $7::text, $8::text, $9::text) AS r
    FROM (SELECT array_agg(${RUN_EVENT_ID} ORDER BY g.i) AS event_ids, array_agg(${RUN_SUFFIX} ORDER BY g.i) AS suffixes
            FROM generate_series($10::int, $11::int) AS g (i)) c`;

/**
 * A run's instances as the database holds them: log rows of actor $3 for the run's event ids
 * (calls 1..$2 of run $1) that still have their lineage row and instance collection, and how
 * many of those match their template's digest. In the transaction before COMMIT and again
 * after it (durability).
 */
export const OP_RUN_ROWS = `
  SELECT count(*)::int AS rows,
         count(*) FILTER (WHERE i.manifest_digest = t.manifest_digest
                            AND l2.instance_digest = l2.template_digest_at_instantiation)::int AS matches
    FROM generate_series(1, $2::int) AS g (i)
    JOIN iu_auto_instantiate_event_log l ON l.event_id = ${RUN_EVENT_ID}
    JOIN iu_collection_template_instance_lineage l2 ON l2.instance_collection_id = l.instance_collection_id
    JOIN iu_piece_collection i ON i.id = l.instance_collection_id
    JOIN iu_piece_collection t ON t.id = l.template_collection_id
   WHERE l.triggered_by = $3`;

/** One instance by its idempotency key, with its digest against its template's (instantiate). */
export const OP_INSTANCE_BY_KEY = `
  SELECT l.instance_collection_id::text AS id, i.collection_key AS key, l.emit_mode AS mode,
         i.manifest_digest = t.manifest_digest AS matches
    FROM iu_auto_instantiate_event_log l
    JOIN iu_piece_collection i ON i.id = l.instance_collection_id
    JOIN iu_piece_collection t ON t.id = l.template_collection_id
   WHERE l.idempotency_key = $1`;

/**
 * The actor-scoped rollback ($2 true: dry run). The list of instance ids is counted on the
 * server and left there: 100,000 uuids need not travel to be counted.
 */
export const OP_ROLLBACK_ACTOR = `
  SELECT r - 'target_instance_ids' AS r, jsonb_array_length(coalesce(r -> 'target_instance_ids', '[]')) AS targets
    FROM (SELECT fn_iu_auto_instantiate_rollback_by_actor($1::text, $2::boolean) AS r) x`;

// ---------------------------------------------------------------------------------------
// Evidence bundles (iu-core evidence): scripts/commands/evidence.ts.

/** Which database, as whom, on which server version: the bundle's provenance. */
export const EVIDENCE_IDENTITY = `
  SELECT current_database() AS database, current_user AS "user",
         current_setting('server_version') AS version, current_setting('server_version_num')::int AS version_num`;

// Object fingerprints (issue 16): what each product object's definition was when a migration
// last created or changed it, so that conformance can tell a hand edit from a migration.
// One row per (project, class, name): the set of fingerprinted objects is also the record
// of which project owns which object. `history` lists every migration that created or
// changed the object, oldest first, so a rollback can hand it back to the one before.

/** Where the fingerprint function is defined (installed by migrate and conformance). */
export const FINGERPRINT_FILE = 'sql/runtime/130_iu_core_fingerprints.sql';

export const FINGERPRINT_DDL = [
  `CREATE SCHEMA IF NOT EXISTS iu_core_meta`,
  `CREATE TABLE IF NOT EXISTS iu_core_meta.object_fingerprint (
     project      text NOT NULL DEFAULT 'iu-core',
     object_class text NOT NULL,
     object_name  text NOT NULL,
     sha256       text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
     definition   text NOT NULL,
     version      text CONSTRAINT object_fingerprint_version_check CHECK (${VERSION_CHECK}),
     history      text[] NOT NULL DEFAULT '{}',
     origin       text NOT NULL CHECK (origin IN ('migration', 'rollback', 'baseline', 'accepted')),
     server_major integer NOT NULL,
     recorded_at  timestamptz NOT NULL DEFAULT now(),
     recorded_by  text NOT NULL DEFAULT current_user,
     PRIMARY KEY (project, object_class, object_name)
   )`,
  // Recorded before projects, version was three digits only: relaxed in place, once.
  `DO $upgrade$
   BEGIN
     IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'iu_core_meta.object_fingerprint'::regclass
                       AND conname = 'object_fingerprint_version_check' AND pg_get_constraintdef(oid) LIKE '%{14}%') THEN
       ALTER TABLE iu_core_meta.object_fingerprint DROP CONSTRAINT IF EXISTS object_fingerprint_version_check,
         ADD CONSTRAINT object_fingerprint_version_check CHECK (${VERSION_CHECK});
     END IF;
   END
   $upgrade$`,
  `COMMENT ON TABLE iu_core_meta.object_fingerprint IS 'Each product object as a migration last left it (sha256 and normalized definition), per project: what iu-core conformance compares the live catalog with; version is the migration that last created or changed it (NULL when recorded as a baseline)'`,
  `CREATE TABLE IF NOT EXISTS iu_core_meta.drift_acceptance (
     id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     project         text NOT NULL DEFAULT 'iu-core',
     object_class    text NOT NULL,
     object_name     text NOT NULL,
     old_sha256      text,
     new_sha256      text,
     old_definition  text,
     new_definition  text,
     why             text NOT NULL CHECK (btrim(why) <> ''),
     accepted_at     timestamptz NOT NULL DEFAULT now(),
     accepted_by     text NOT NULL DEFAULT current_user,
     session_user_name text NOT NULL DEFAULT session_user,
     server_major    integer NOT NULL
   )`,
  `COMMENT ON TABLE iu_core_meta.drift_acceptance IS 'Reviewed hand changes (iu-core conformance --accept OBJECT --why TEXT): append-only'`,
  `CREATE OR REPLACE FUNCTION iu_core_meta._iu_drift_acceptance_append_only() RETURNS trigger
     LANGUAGE plpgsql SET search_path = pg_catalog
   AS $$ BEGIN RAISE EXCEPTION 'iu_core_meta.drift_acceptance is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege'; END $$`,
  `DROP TRIGGER IF EXISTS drift_acceptance_append_only ON iu_core_meta.drift_acceptance`,
  `CREATE TRIGGER drift_acceptance_append_only BEFORE UPDATE OR DELETE ON iu_core_meta.drift_acceptance
     FOR EACH ROW EXECUTE FUNCTION iu_core_meta._iu_drift_acceptance_append_only()`,
  `DROP TRIGGER IF EXISTS drift_acceptance_no_truncate ON iu_core_meta.drift_acceptance`,
  `CREATE TRIGGER drift_acceptance_no_truncate BEFORE TRUNCATE ON iu_core_meta.drift_acceptance
     FOR EACH STATEMENT EXECUTE FUNCTION iu_core_meta._iu_drift_acceptance_append_only()`,
];

export const FINGERPRINTS_EXIST = `SELECT to_regclass('iu_core_meta.object_fingerprint') IS NOT NULL AS exists`;

/** Live fingerprints; definitions only when $1 (they are long). */
export const FINGERPRINTS_LIVE = `
  SELECT object_class, object_name, sha256, CASE WHEN $1::boolean THEN definition END AS definition
    FROM iu_core_meta.fn_iu_object_fingerprints()
   ORDER BY 1, 2`;

/**
 * What changed since the last call in this session (sql/runtime/130): rows with a sha256 are
 * new or redefined objects, rows without one are gone. $1 true starts over (returns nothing).
 */
export const FINGERPRINT_CHANGES = `
  SELECT object_class, object_name, sha256, definition
    FROM iu_core_meta.fn_iu_object_fingerprint_changes($1)
   ORDER BY 1, 2`;

export const FINGERPRINTS_RECORDED = `
  SELECT object_class, object_name, sha256, definition, version, history, origin, server_major,
         recorded_at, recorded_by
    FROM iu_core_meta.object_fingerprint
   WHERE project = $1
   ORDER BY object_class, object_name`;

// What an upsert sets on a row already recorded: as a migration records it (excluded.version,
// NULL for a baseline or an acceptance), and as the rollback of the version in `param` does.
const UPSERT_AS_MIGRATION = `
     SET sha256 = excluded.sha256, definition = excluded.definition,
         version = coalesce(excluded.version, f.version),
         history = CASE WHEN excluded.version IS NULL OR excluded.version = ANY (f.history) THEN f.history ELSE f.history || excluded.version END,
         origin = excluded.origin, server_major = excluded.server_major,
         recorded_at = now(), recorded_by = current_user`;
const UPSERT_AS_ROLLBACK = (param: string) => `
     SET sha256 = excluded.sha256, definition = excluded.definition,
         history = array_remove(f.history, ${param}::text),
         version = (array_remove(f.history, ${param}::text))[cardinality(array_remove(f.history, ${param}::text))],
         origin = 'rollback', server_major = excluded.server_major,
         recorded_at = now(), recorded_by = current_user`;

/**
 * Record (insert or replace) objects: $1 project, $2..$5 class, name, sha256, definition
 * arrays, $6 the migration (NULL for a baseline or an acceptance), $7 origin. A migration
 * appends itself to the history; a baseline starts one.
 */
export const FINGERPRINT_UPSERT = `
  INSERT INTO iu_core_meta.object_fingerprint AS f (project, object_class, object_name, sha256, definition, version, history, origin, server_major)
  SELECT $1, c, n, h, d, $6::text, CASE WHEN $6::text IS NULL THEN '{}'::text[] ELSE ARRAY[$6::text] END, $7,
         current_setting('server_version_num')::int / 10000
    FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS u (c, n, h, d)
  ON CONFLICT (project, object_class, object_name) DO UPDATE${UPSERT_AS_MIGRATION}`;

/**
 * After a rollback of $6: objects it changed get their new definition and are handed back to
 * the migration before it in their history ($2..$5 as above).
 */
export const FINGERPRINT_ROLLBACK_UPSERT = `
  INSERT INTO iu_core_meta.object_fingerprint AS f (project, object_class, object_name, sha256, definition, version, history, origin, server_major)
  SELECT $1, c, n, h, d, NULL, '{}', 'rollback', current_setting('server_version_num')::int / 10000
    FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS u (c, n, h, d)
  ON CONFLICT (project, object_class, object_name) DO UPDATE${UPSERT_AS_ROLLBACK('$6')}`;

// The two bookkeeping statements below share all but their ledger change and the way an
// object already recorded is upserted: the changes since the last call (sql/runtime/130),
// read once; the inserted rows' columns; what was dropped forgotten; the counts returned.
const CHANGES_SINCE_LAST_CALL = `changes AS MATERIALIZED (SELECT * FROM iu_core_meta.fn_iu_object_fingerprint_changes(false))`;
const RECORD_CHANGED = (version: string, history: string, origin: string, onConflict: string) => `
  recorded AS (
    INSERT INTO iu_core_meta.object_fingerprint AS f (project, object_class, object_name, sha256, definition, version, history, origin, server_major)
    SELECT $1, c.object_class, c.object_name, c.sha256, c.definition, ${version}, ${history}, '${origin}', current_setting('server_version_num')::int / 10000
      FROM changes c WHERE c.sha256 IS NOT NULL
    ON CONFLICT (project, object_class, object_name) DO UPDATE${onConflict}),
  forgotten AS (
    DELETE FROM iu_core_meta.object_fingerprint f USING changes c
     WHERE c.sha256 IS NULL AND f.project = $1 AND f.object_class = c.object_class AND f.object_name = c.object_name)
  SELECT count(*) FILTER (WHERE sha256 IS NOT NULL)::int AS changed, count(*) FILTER (WHERE sha256 IS NULL)::int AS removed FROM changes`;

/**
 * A migration's bookkeeping in one statement, inside its transaction: its ledger row ($1
 * project, $2 version, $3 name, $4 checksum, $5 duration_ms, $6 rollback checksum), and what
 * it created or changed since the last call (sql/runtime/130) recorded as its own, what it
 * dropped forgotten. The definitions never travel to the client and back. Returns the counts.
 */
export const LEDGER_INSERT_RECORDING_CHANGES = `
  WITH ledger AS (
    INSERT INTO iu_core_meta.migration_ledger (project, version, name, checksum, duration_ms, rollback_checksum, baseline, note)
    VALUES ($1, $2, $3, $4, $5, $6, false, NULL)),
  ${CHANGES_SINCE_LAST_CALL},${RECORD_CHANGED('$2::text', 'ARRAY[$2::text]', 'migration', UPSERT_AS_MIGRATION)}`;

/**
 * A rollback's bookkeeping in one statement, inside its transaction: the ledger row of $2
 * (project $1) deleted; what the rollback changed handed back to the migration before it in
 * each object's history, what it dropped forgotten. Returns the counts.
 */
export const LEDGER_DELETE_RECORDING_CHANGES = `
  WITH ledger AS (DELETE FROM iu_core_meta.migration_ledger WHERE project = $1 AND version = $2),
  ${CHANGES_SINCE_LAST_CALL},${RECORD_CHANGED('NULL', `'{}'`, 'rollback', UPSERT_AS_ROLLBACK('$2'))}`;

/** Forget objects ($2 class, $3 name arrays) that a rollback dropped. */
export const FINGERPRINT_DELETE = `
  DELETE FROM iu_core_meta.object_fingerprint f
   USING unnest($2::text[], $3::text[]) AS u (c, n)
   WHERE f.project = $1 AND f.object_class = u.c AND f.object_name = u.n`;

/** Forget every fingerprint of a project (before re-recording on another server major). */
export const FINGERPRINT_CLEAR = `DELETE FROM iu_core_meta.object_fingerprint WHERE project = $1`;

export const DRIFT_ACCEPT = `
  INSERT INTO iu_core_meta.drift_acceptance (project, object_class, object_name, old_sha256, new_sha256, old_definition, new_definition, why, server_major)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, current_setting('server_version_num')::int / 10000)
  RETURNING id, accepted_at, accepted_by, session_user_name`;

export const DRIFT_ACCEPTANCES = `
  SELECT id, object_class, object_name, old_sha256, new_sha256, why, accepted_at, accepted_by, session_user_name, server_major
    FROM iu_core_meta.drift_acceptance
   WHERE project = $1
   ORDER BY id`;

export const SERVER_MAJOR = `SELECT current_setting('server_version_num')::int / 10000 AS major`;

// ---- Ownership (issue 14) ----
// The conformance scan's queries, run with sql/runtime/110 installed in a rolled-back
// transaction (scripts/conformance.ts): $1 the project judged, $2 every project's claims
// (JSON [{name, prefixes, names, schemas}]), $3 that project's SSOT (JSON, or NULL).

/** The report: classes, security rules ($4: over every function), summary, host and other projects apart. */
export const CONFORMANCE_REPORT = `SELECT * FROM iu_core_meta.fn_iu_conformance_report($1::text, $4::boolean, $2::jsonb, $3::jsonb)`;

/** Whose each of the objects $4 (classes) / $5 (names) is; owner NULL = the host's. */
export const CONFORMANCE_OWNERS = `
  SELECT object_class, object_name, owner
    FROM iu_core_meta.fn_iu_conformance_owners($1::text, $2::jsonb, $3::jsonb, $4::text[], $5::text[])`;

/** The project's own live objects in the seven classes, each also as an SSOT VALUES line quoted by the server. */
export const CONFORMANCE_OWNED_LIVE = `
  WITH live AS (SELECT * FROM iu_core_meta.fn_iu_conformance_live())
  SELECT o.object_class, o.object_name, format('(%L, %L)', o.object_class, o.object_name) AS line
    FROM iu_core_meta.fn_iu_conformance_owners($1::text, $2::jsonb, $3::jsonb,
                                               ARRAY(SELECT l.object_class FROM live l), ARRAY(SELECT l.object_name FROM live l)) o
   WHERE o.owner = $1
   ORDER BY array_position(ARRAY['table', 'view', 'function', 'trigger', 'config', 'event_type', 'route'], o.object_class), o.object_name`;

/** IU Core's SSOT as sql/runtime/110 holds it. */
export const CONFORMANCE_SSOT = `SELECT object_class, object_name FROM iu_core_meta.fn_iu_conformance_ssot() ORDER BY 1, 2`;
