// Migration 041: the IU Core roles hold nothing on a host application's relations. 034
// granted SELECT on every relation of schema public to iu_core_operator / iu_core_reader,
// so an operator could read the host's tables (pagila's staff passwords, Directus's users).
// Also: an IU Core rollback's out-of-order guard reads IU Core's own ledger rows only, so a
// timestamp-named project beside it no longer blocks every IU Core rollback.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGINES, ROOT, cliOn, pgSkipReason, serverOfThisFile, tempDir, writeTree, type EngineName, type TestDb } from './helpers.ts';

const servers = serverOfThisFile();

const HOST = `
  CREATE TABLE public.app_user (id int PRIMARY KEY, email text, password_hash text);
  INSERT INTO public.app_user VALUES (1, 'a@example.org', '$2b$12$secret');
  CREATE TABLE public.app_event (id int, at date) PARTITION BY RANGE (at);
  CREATE TABLE public.app_event_2026 PARTITION OF public.app_event FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
  CREATE VIEW public.app_user_emails AS SELECT id, email FROM public.app_user;
`;

/** Every privilege an IU Core role holds on a relation that is not IU Core's, as 'relation:role:privilege'. */
const HOST_GRANTS = `
  SELECT c.relname || ':' || a.grantee::regrole || ':' || a.privilege_type AS g
    FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a
   WHERE c.relnamespace = 'public'::regnamespace AND c.relname LIKE 'app\\_%'
     AND a.grantee IN ('iu_core_reader'::regrole, 'iu_core_operator'::regrole)
   ORDER BY 1`;

const run = cliOn;

const grants = async (t: TestDb) => (await t.db.query<{ g: string }>(HOST_GRANTS)).map((r) => r.g);

describe.each(ENGINES)('041 on %s', (engine: EngineName) => {
  const skip = () => engine === 'postgres' && !!pgSkipReason();

  it('takes back every privilege 034 gave the IU Core roles on the host\'s relations, keeps theirs on IU Core\'s, and its rollback does not give them back', async (ctx) => {
    if (skip()) ctx.skip(pgSkipReason());
    const t = await servers.fresh(engine);
    try {
      await t.db.exec(HOST);
      const to040 = await run(t, 'migrate', 'up', '--to', '040', '@db');
      expect(to040.code, to040.err).toBe(0);
      // The hole, as 034 left it: the operator reads the host's users table.
      expect(await grants(t)).toEqual(['app_event:iu_core_operator:SELECT', 'app_event_2026:iu_core_operator:SELECT', 'app_user:iu_core_operator:SELECT', 'app_user_emails:iu_core_reader:SELECT']);

      // To 041 only: a later migration would be the one `down --steps 1` undoes below.
      const up = await run(t, 'migrate', 'up', '--to', '041', '@db', '--verbose');
      expect(up.code, up.err).toBe(0);
      expect(up.out).toContain('applied 041_roles_read_product_objects_only');
      expect(up.out + up.err).toContain('041: revoked iu_core_reader\'s and iu_core_operator\'s privileges on public.app_user (not an IU Core object)');
      expect(await grants(t)).toEqual([]);

      // A login operator: the host's table is refused, IU Core's tables and views still read.
      await t.db.exec(`CREATE ROLE op_041 LOGIN; GRANT iu_core_operator TO op_041`);
      await t.db.session(async (s) => {
        await s.query('BEGIN');
        await s.query('SET LOCAL ROLE op_041');
        await expect(s.query('SELECT * FROM public.app_user')).rejects.toThrow(/permission denied/);
        await s.query('ROLLBACK');
        await s.query('BEGIN');
        await s.query('SET LOCAL ROLE op_041');
        const [seen] = await s.query<{ n: number }>(`SELECT (SELECT count(*) FROM public.iu_piece_collection) + (SELECT count(*) FROM public.v_iu_gate_status) AS n`);
        expect(Number(seen!.n)).toBeGreaterThan(0);
        await s.query('ROLLBACK');

        // Under plain psql (no ledger row to read), rollback 040 sees 041's mark and refuses.
        const rollback040 = readFileSync(join(ROOT, 'sql/iu-core/rollback/040_orchestrator_writes_instance.rollback.sql'), 'utf8');
        await s.query('BEGIN');
        await s.query(`DELETE FROM iu_core_meta.migration_ledger WHERE project = 'iu-core' AND version = '041'`);
        await expect(s.exec(rollback040)).rejects.toThrow(/rollback 040 is out of order: migration 041 is still applied/);
        await s.query('ROLLBACK');
      });

      const down = await run(t, 'migrate', 'down', '--steps', '1', '@db');
      expect(down.code, down.err).toBe(0);
      expect(down.out).toContain('041_roles_read_product_objects_only');
      expect(await grants(t)).toEqual([]);
      const [mark] = await t.db.query<{ c: string | null }>(
        `SELECT obj_description(p.oid, 'pg_policy') AS c FROM pg_policy p WHERE p.polname = 'dot_config_operator_toggles_gates'`);
      expect(mark!.c).toBeNull();
    } finally {
      await t.drop();
    }
  }, 600_000);
});

describe('IU Core rollbacks beside a timestamp-named project', () => {
  it('read only IU Core\'s ledger rows: a project at 20261129120000 does not make rollbacks 042 and 041 "out of order"', async () => {
    const t = await servers.fresh('pglite');
    try {
      const dir = writeTree({ 'db/m/20261129120000_add_things.sql': 'CREATE SCHEMA ts;\nCREATE TABLE ts.things (id int PRIMARY KEY);\n' }, tempDir('ts-project'));
      const config = join(dir, 'iu-core.config.json');
      writeFileSync(config, JSON.stringify({ projects: [{ name: 'ts', migrations: join(dir, 'db/m'), pattern: 'timestamp', rollbacks: 'optional', schemas: ['ts'] }] }));
      const up = await run(t, 'migrate', 'up', '--config', config, '@db');
      expect(up.code, up.err).toBe(0);
      expect(up.out).toContain('applied 20261129120000_add_things');
      const down = await run(t, 'migrate', 'down', '--project', 'iu-core', '--steps', '2', '--config', config, '@db');
      expect(down.code, down.out + down.err).toBe(0);
      expect(down.out).toContain('042_bulk_lookups_per_item');
      expect(down.out).toContain('041_roles_read_product_objects_only');
    } finally {
      await t.drop();
    }
  }, 600_000);
});
