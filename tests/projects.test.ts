// Issue 14: a DBA's own project (4-digit names, rollbacks optional, schema app) in the same
// database as IU Core. The ledger is keyed (project, version): each project's commands leave
// the other's rows byte-identical, and pointing IU Core at another folder cannot write over them.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, ROOT, cli, freshPglite, freshPostgres, pgSkipReason, serverOfThisFile, tempDir, writeTree, type EngineName, type TestDb } from './helpers.ts';
import { listMigrations, parseVersion } from '../scripts/migrations/files.ts';

const APP = join(ROOT, 'tests/fixtures/projects/app');
const CONFIG = join(APP, 'iu-core.config.json');
const BASIC = join(ROOT, 'tests/fixtures/migrations/basic');
const servers = serverOfThisFile();

/** Everything the ledger holds for one project, as text: rows, fingerprints, amendments. */
async function rowsOf(t: TestDb, project: string): Promise<string[]> {
  const q = (sql: string) => t.db.query<{ r: string }>(sql, [project]).then((rows) => rows.map((x) => x.r));
  return [
    ...(await q(`SELECT to_jsonb(l)::text AS r FROM iu_core_meta.migration_ledger l WHERE project = $1 ORDER BY version`)),
    ...(await q(`SELECT to_jsonb(f)::text AS r FROM iu_core_meta.object_fingerprint f WHERE project = $1 ORDER BY object_class, object_name`)),
    ...(await q(`SELECT to_jsonb(a)::text AS r FROM iu_core_meta.checksum_amendment a WHERE project = $1 ORDER BY accepted_at`)),
  ];
}

describe.each(ENGINES)('two projects in one database on %s', (engine: EngineName) => {
  let template: TestDb | undefined;
  let copy: () => Promise<TestDb>;
  let firstUp = { code: -1, out: '', err: '' };
  const skip = () => engine === 'postgres' && !!pgSkipReason();

  beforeAll(async () => {
    if (skip()) return;
    template = await servers.fresh(engine);
    await template.db.close();
    firstUp = await cli('migrate', 'up', '--config', CONFIG, '--db', template.flag);
    if (engine === 'pglite') {
      const dir = template.flag.slice('pglite:'.length);
      copy = () => freshPglite(dir);
    } else {
      const name = new URL(template.flag).pathname.slice(1);
      const serverUrl = (await servers.server()).url;
      copy = () => freshPostgres(name, serverUrl);
    }
  }, 300_000);
  afterAll(async () => {
    if (template) {
      template.db = await template.reopen();
      await template.drop();
    }
  });

  /** The CLI on `t` (PGlite: one opener at a time, so the test's handle is closed meanwhile). */
  async function run(t: TestDb, ...args: string[]) {
    await t.db.close();
    const r = await cli(...args, '--db', t.flag);
    await t.reopen();
    return r;
  }

  it('migrate up with no --project applies IU Core, then the app project; status shows both; the app probe passes', async (ctx) => {
    if (skip()) ctx.skip(pgSkipReason());
    expect(firstUp.code, firstUp.err).toBe(0);
    const core = listMigrations();
    expect(firstUp.out).toContain(`${core.length} migration(s) applied in project iu-core`);
    expect(firstUp.out).toMatch(/applied 0001_customers in \d+ ms\n(.*\n)?applied 0002_orders in \d+ ms\napplied 0003_order_summary in \d+ ms/);
    expect(firstUp.out.indexOf('project iu-core (')).toBeLessThan(firstUp.out.indexOf('project app ('));
    expect(firstUp.out).toContain('3 migration(s) applied in project app');
    const t = await copy();
    try {
      const text = await run(t, 'migrate', 'status', '--config', CONFIG);
      expect(text.code, text.err).toBe(0);
      expect(text.out).toContain('project iu-core (sql/iu-core, NNN, rollbacks required)');
      expect(text.out).toMatch(/project app \(.*tests\/fixtures\/projects\/app\/db\/migrations, NNNN, rollbacks optional\)/);
      expect(text.out).toMatch(/0002 orders\s+applied /);
      const json = JSON.parse((await run(t, 'migrate', 'status', '--config', CONFIG, '--json')).out);
      expect(json.projects.map((p: { project: string; summary: { applied: number } }) => [p.project, p.summary.applied])).toEqual([['iu-core', core.length], ['app', 3]]);
      expect(json.project).toBe('iu-core');
      const claims = await t.db.query<{ name: string; schemas: string[]; prefixes: string[] }>(`SELECT name, schemas, prefixes FROM iu_core_meta.project ORDER BY name`);
      expect(claims).toEqual([{ name: 'app', schemas: ['app'], prefixes: [] }, { name: 'iu-core', schemas: ['public'], prefixes: ['iu_', 'fn_iu_', '_iu_', 'v_iu_'] }]);
      const probe = await run(t, 'probe', join(APP, 'db/tests'));
      expect(probe.code, probe.out + probe.err).toBe(0);
    } finally {
      await t.drop();
    }
  });

  it("the app's down, up and repair leave IU Core's ledger rows byte-identical", async (ctx) => {
    if (skip()) ctx.skip(pgSkipReason());
    const t = await copy();
    try {
      const core = await rowsOf(t, 'iu-core');
      const down = await run(t, 'migrate', 'down', '--project', 'app', '--config', CONFIG);
      expect(down.code, down.err).toBe(0);
      expect(down.out).toContain('rolled back 0003_order_summary');
      expect(down.out).toContain('1 migration(s) rolled back (project app)');
      const noRollback = await run(t, 'migrate', 'down', '--project', 'app', '--config', CONFIG);
      expect(noRollback.code).toBe(1);
      expect(noRollback.err).toContain('0002_orders has no rollback file');
      expect(noRollback.err).toContain('rollbacks are optional in project app), so it cannot be rolled back; nothing was rolled back');
      const up = await run(t, 'migrate', 'up', '--project', 'app', '--config', CONFIG);
      expect(up.code, up.err).toBe(0);
      expect(up.out).toContain('1 migration(s) applied in project app');

      // The DBA edits an applied file: only the app is drifted, and the advice names the app.
      const repo = tempDir('app-repo');
      cpSync(APP, repo, { recursive: true });
      const f = join(repo, 'db/migrations/0001_customers.sql');
      writeFileSync(f, `${readFileSync(f, 'utf8')}-- reviewed: a comment only\n`);
      const config = join(repo, 'iu-core.config.json');
      const status = JSON.parse((await run(t, 'migrate', 'status', '--config', config, '--json')).out);
      expect(status.projects.map((p: { project: string; summary: { drifted: number } }) => [p.project, p.summary.drifted])).toEqual([['iu-core', 0], ['app', 1]]);
      const refused = await run(t, 'migrate', 'up', '--config', config);
      expect(refused.code).toBe(1);
      expect(refused.err).toContain('project app: checksum drift refused');
      expect(refused.err).toContain('iu-core migrate repair --project app 0001 --why "…"');
      const noWhy = await run(t, 'migrate', 'repair', '--project', 'app', '1', '--config', config);
      expect(noWhy.code).toBe(2);
      expect(noWhy.err).toContain('migrate repair records why: give --why TEXT');
      const repaired = await run(t, 'migrate', 'repair', '--project', 'app', '1', '--why', 'comment added after review', '--config', config);
      expect(repaired.code, repaired.err).toBe(0);
      expect(repaired.out).toMatch(/project app: accepted the new checksum of 0001_customers: was [0-9a-f]{12}…, now [0-9a-f]{12}… \(by \S+, session \S+; why: comment added after review\)/);
      const history = await run(t, 'migrate', 'history', '--project', 'app', '--config', config, '--json');
      const [a] = JSON.parse(history.out).amendments;
      expect(a).toMatchObject({ project: 'app', version: '0001', name: 'customers', why: 'comment added after review' });
      expect(a.oldChecksum).not.toBe(a.newChecksum);
      expect(a.sessionUser).toBeTruthy();
      const again = await run(t, 'migrate', 'repair', '--project', 'app', '0001', '--why', 'twice', '--config', config);
      expect(again.code).toBe(2);
      expect(again.err).toContain("0001_customers's checksum matches project app's ledger; nothing to repair");
      expect(await rowsOf(t, 'iu-core')).toEqual(core);
    } finally {
      await t.drop();
    }
  });

  it("IU Core's down and up leave the app's rows byte-identical; down without --project is refused while both have rows", async (ctx) => {
    if (skip()) ctx.skip(pgSkipReason());
    const t = await copy();
    try {
      const app = await rowsOf(t, 'app');
      expect(app.length).toBeGreaterThan(2);
      const ambiguous = await run(t, 'migrate', 'down', '--config', CONFIG);
      expect(ambiguous.code).toBe(2);
      expect(ambiguous.err.trim()).toMatch(/^iu-core: migrate down: 2 projects have applied migrations \(app: 3, iu-core: \d+\); name the one to roll back with --project NAME$/);
      const down = await run(t, 'migrate', 'down', '--project', 'iu-core', '--force', '--config', CONFIG);
      expect(down.code, down.err).toBe(0);
      expect(down.out).toContain('1 migration(s) rolled back');
      const up = await run(t, 'migrate', 'up', '--project', 'iu-core', '--config', CONFIG);
      expect(up.code, up.err).toBe(0);
      expect(await rowsOf(t, 'app')).toEqual(app);
      const many = await run(t, 'migrate', 'up', '--to', '0002', '--config', CONFIG);
      expect(many.code).toBe(2);
      expect(many.err).toContain('--to and --accept-checksum name one project');
    } finally {
      await t.drop();
    }
  });

  it('IU Core pointed at another folder is refused, and accepting its checksums cannot write over IU Core rows (the old scenario)', async (ctx) => {
    if (skip()) ctx.skip(pgSkipReason());
    const t = await copy();
    try {
      const core = await rowsOf(t, 'iu-core');
      const up = await run(t, 'migrate', 'up', '--dir', BASIC);
      expect(up.code).toBe(1);
      expect(up.err).toContain("these files are not project iu-core's applied migrations");
      expect(up.err).toContain('001: the ledger has 001_dot_config_gates, the folder has 001_widgets');
      expect(up.err).not.toContain('--accept-checksum');
      const accept = await run(t, 'migrate', 'up', '--dir', BASIC, '--accept-checksum', '001', '--why', 'as advised');
      expect(accept.code).toBe(1);
      const repair = await run(t, 'migrate', 'repair', '001', '--dir', BASIC, '--why', 'as advised');
      expect(repair.code).toBe(1);
      for (const down of [['--plan'], ['--force'], []]) {
        const r = await run(t, 'migrate', 'down', '--dir', BASIC, ...down);
        expect(r.code, down.join(' ')).toBe(1);
        expect(r.err).toContain("these files are not project iu-core's applied migrations");
      }
      const status = await run(t, 'migrate', 'status', '--dir', BASIC);
      expect(status.code).toBe(1);
      expect(status.out).toContain('the ledger has 001_dot_config_gates here: another project');
      expect(await rowsOf(t, 'iu-core')).toEqual(core);
    } finally {
      await t.drop();
    }
  });

  it('baseline adopts objects that predate the ledger, claims only the project’s own, and is refused once it has rows', async (ctx) => {
    if (skip()) ctx.skip(pgSkipReason());
    const t = await copy();
    try {
      // The app's objects exist but no ledger knows them (made by hand, or before the ledger).
      await t.db.exec(`DELETE FROM iu_core_meta.migration_ledger WHERE project = 'app'; DELETE FROM iu_core_meta.object_fingerprint WHERE project = 'app'; DROP VIEW app.order_summary`);
      const core = await rowsOf(t, 'iu-core');
      const noWhy = await run(t, 'migrate', 'baseline', '--project', 'app', '--config', CONFIG);
      expect(noWhy.code).toBe(2);
      const unnamed = await run(t, 'migrate', 'baseline', '--why', 'x', '--config', CONFIG);
      expect(unnamed.code).toBe(2);
      expect(unnamed.err).toContain('migrate baseline: name the project with --project (projects: iu-core, app)');
      const b = await run(t, 'migrate', 'baseline', '--project', 'app', '--to', '2', '--why', 'adopted the hand-made schema', '--config', CONFIG);
      expect(b.code, b.err).toBe(0);
      expect(b.out).toContain('recorded 0001_customers as applied (baseline: not run)');
      expect(b.out).toMatch(/project app: 2 migration\(s\) recorded as a baseline up to 0002; \d+ live object\(s\) claimed as app's/);
      const claimed = await t.db.query<{ object_class: string; object_name: string }>(`SELECT object_class, object_name FROM iu_core_meta.object_fingerprint WHERE project = 'app'`);
      for (const o of claimed) expect(o.object_class === 'schema' ? o.object_name : o.object_name.split('.')[0]).toBe('app');
      expect(claimed.map((o) => `${o.object_class} ${o.object_name}`)).toEqual(expect.arrayContaining(['schema app', 'table app.customer', 'trigger app.orders.orders_set_total']));
      const status = JSON.parse((await run(t, 'migrate', 'status', '--project', 'app', '--config', CONFIG, '--json')).out);
      expect(status.migrations.map((m: { version: string; state: string; baseline: boolean }) => [m.version, m.state, m.baseline])).toEqual([['0001', 'applied', true], ['0002', 'applied', true], ['0003', 'pending', false]]);
      const up = await run(t, 'migrate', 'up', '--project', 'app', '--config', CONFIG);
      expect(up.code, up.err).toBe(0);
      expect(up.out).toContain('applied 0003_order_summary');
      const twice = await run(t, 'migrate', 'baseline', '--project', 'app', '--why', 'again', '--config', CONFIG);
      expect(twice.code).toBe(1);
      expect(twice.err).toContain('migrate baseline: project app already has 3 ledger row(s) (newest 0003)');
      expect(await rowsOf(t, 'iu-core')).toEqual(core);
    } finally {
      await t.drop();
    }
  });
});

/** The ledger as it was before projects (scripts/sql.ts before issue 14), verbatim. */
const OLD_LEDGER = `
  CREATE SCHEMA iu_core_meta;
  CREATE TABLE iu_core_meta.migration_ledger (
     version        text PRIMARY KEY CHECK (version ~ '^[0-9]{3}$'),
     name           text NOT NULL,
     checksum       text NOT NULL CHECK (checksum ~ '^[0-9a-f]{64}$'),
     applied_at     timestamptz NOT NULL DEFAULT now(),
     applied_by     text NOT NULL DEFAULT current_user,
     duration_ms    integer NOT NULL CHECK (duration_ms >= 0),
     server_version text NOT NULL DEFAULT current_setting('server_version'));
  CREATE TABLE iu_core_meta.checksum_amendment (
     version      text NOT NULL,
     name         text NOT NULL,
     old_checksum text NOT NULL,
     new_checksum text NOT NULL,
     accepted_at  timestamptz NOT NULL DEFAULT now(),
     accepted_by  text NOT NULL DEFAULT current_user,
     PRIMARY KEY (version, accepted_at));
  ALTER TABLE iu_core_meta.migration_ledger ADD COLUMN IF NOT EXISTS rollback_checksum text CHECK (rollback_checksum ~ '^[0-9a-f]{64}$');
  CREATE TABLE iu_core_meta.object_fingerprint (
     project      text NOT NULL DEFAULT 'iu-core',
     object_class text NOT NULL,
     object_name  text NOT NULL,
     sha256       text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
     definition   text NOT NULL,
     version      text CHECK (version ~ '^[0-9]{3}$'),
     history      text[] NOT NULL DEFAULT '{}',
     origin       text NOT NULL CHECK (origin IN ('migration', 'rollback', 'baseline', 'accepted')),
     server_major integer NOT NULL,
     recorded_at  timestamptz NOT NULL DEFAULT now(),
     recorded_by  text NOT NULL DEFAULT current_user,
     PRIMARY KEY (project, object_class, object_name));`;

const KEYS = `
  SELECT c.conrelid::regclass::text AS tbl, c.conname, pg_get_constraintdef(c.oid) AS def
    FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
   WHERE n.nspname = 'iu_core_meta' AND c.contype IN ('p', 'c') AND c.conname ~ '(pkey|version_check)$'
     AND c.conrelid::regclass::text IN ('iu_core_meta.migration_ledger', 'iu_core_meta.checksum_amendment', 'iu_core_meta.object_fingerprint')
   ORDER BY 1, 2`;

describe.each(ENGINES)('the ledger upgrades in place on %s', (engine: EngineName) => {
  const skip = () => engine === 'postgres' && !!pgSkipReason();

  it('a ledger from before projects becomes IU Core’s rows, keyed (project, version), once; a status before the upgrade still reads', async (ctx) => {
    if (skip()) ctx.skip(pgSkipReason());
    const t = await servers.fresh(engine);
    try {
      const [first] = listMigrations(BASIC);
      await t.db.exec(OLD_LEDGER);
      await t.db.exec(readFileSync(first!.path, 'utf8'));
      await t.db.query(`INSERT INTO iu_core_meta.migration_ledger (version, name, checksum, duration_ms) VALUES ('001', 'widgets', $1, 3)`, [first!.checksum]);
      await t.db.query(`INSERT INTO iu_core_meta.checksum_amendment (version, name, old_checksum, new_checksum) VALUES ('001', 'widgets', $1, $1)`, [first!.checksum]);
      await t.db.close();
      const before = await cli('migrate', 'status', '--dir', BASIC, '--json', '--db', t.flag);
      expect(JSON.parse(before.out).summary).toEqual({ applied: 1, pending: 2, drifted: 0, missing: 0 });
      expect(JSON.parse(before.out).amendments).toMatchObject([{ project: 'iu-core', version: '001', why: null }]);
      const up = await cli('migrate', 'up', '--dir', BASIC, '--db', t.flag);
      expect(up.code, up.err).toBe(0);
      expect(up.out).toContain('applied 002_widget_view');
      await t.reopen();
      const keys = await t.db.query(KEYS);
      expect(keys).toEqual([
        { tbl: 'iu_core_meta.checksum_amendment', conname: 'checksum_amendment_pkey', def: 'PRIMARY KEY (project, version, accepted_at)' },
        { tbl: 'iu_core_meta.migration_ledger', conname: 'migration_ledger_pkey', def: 'PRIMARY KEY (project, version)' },
        { tbl: 'iu_core_meta.migration_ledger', conname: 'migration_ledger_version_check', def: expect.stringContaining('[0-9]{14}') },
        { tbl: 'iu_core_meta.object_fingerprint', conname: 'object_fingerprint_pkey', def: 'PRIMARY KEY (project, object_class, object_name)' },
        { tbl: 'iu_core_meta.object_fingerprint', conname: 'object_fingerprint_version_check', def: expect.stringContaining('[0-9]{14}') },
      ]);
      const rows = await t.db.query(`SELECT project, version FROM iu_core_meta.migration_ledger ORDER BY version`);
      expect(rows).toEqual([{ project: 'iu-core', version: '001' }, { project: 'iu-core', version: '002' }, { project: 'iu-core', version: '003' }]);
      // Idempotent: a second run changes no key or constraint.
      const oids = await t.db.query(`SELECT c.oid::text, c.conname FROM pg_constraint c WHERE c.connamespace = 'iu_core_meta'::regnamespace ORDER BY 2`);
      await t.db.close();
      expect((await cli('migrate', 'up', '--dir', BASIC, '--db', t.flag)).code).toBe(0);
      await t.reopen();
      expect(await t.db.query(`SELECT c.oid::text, c.conname FROM pg_constraint c WHERE c.connamespace = 'iu_core_meta'::regnamespace ORDER BY 2`)).toEqual(oids);
    } finally {
      await t.drop();
    }
  });

  it('a project with timestamp names applies, its 14-digit versions accepted by the ledger', async (ctx) => {
    if (skip()) ctx.skip(pgSkipReason());
    const repo = writeTree({
      'iu-core.config.json': JSON.stringify({ projects: [{ name: 'stamps', migrations: 'db', pattern: 'timestamp', rollbacks: 'optional', schemas: ['stamps'] }] }),
      'db/20260101120000_create_schema.sql': 'CREATE SCHEMA stamps;\n',
      'db/20260102093000_add_event.sql': 'CREATE TABLE stamps.event (id bigint PRIMARY KEY);\n',
    });
    const t = await servers.fresh(engine);
    try {
      await t.db.close();
      const up = await cli('migrate', 'up', '--project', 'stamps', '--config', join(repo, 'iu-core.config.json'), '--db', t.flag);
      expect(up.code, up.err).toBe(0);
      expect(up.out).toContain('2 migration(s) applied in project stamps');
      await t.reopen();
      expect(await t.db.query(`SELECT project, version, name FROM iu_core_meta.migration_ledger`)).toEqual([
        { project: 'stamps', version: '20260101120000', name: 'create_schema' },
        { project: 'stamps', version: '20260102093000', name: 'add_event' },
      ]);
    } finally {
      await t.drop();
    }
  });
});

describe('file-name patterns', () => {
  it('reads NNNN and timestamp names by the project’s pattern, and versions given by hand', () => {
    const dir = writeTree({ '20260101120000_first.sql': 'SELECT 1;\n', '20260101120001_second_one.sql': 'SELECT 1;\n' });
    expect(listMigrations(dir, { pattern: 'timestamp', rollbacks: 'optional', delta: false }).map((m) => [m.version, m.name, m.rollbackChecksum])).toEqual([
      ['20260101120000', 'first', null],
      ['20260101120001', 'second_one', null],
    ]);
    expect(() => listMigrations(dir, { pattern: 'NNNN', rollbacks: 'optional', delta: false })).toThrow(/not a migration file name \(a migration is NNNN_snake_name\.sql \(four digits/);
    expect(() => listMigrations(dir, { pattern: 'timestamp', rollbacks: 'required', delta: false })).toThrow(/no rollback file/);
    expect(parseVersion('7', '--to', 'NNNN')).toBe('0007');
    expect(parseVersion('33', '--to', 'NNN')).toBe('033');
    expect(() => parseVersion('0007', '--to', 'NNN')).toThrow("--to takes a migration number NNN; got '0007'");
    expect(() => parseVersion('2026', '--to', 'timestamp')).toThrow('--to takes a migration timestamp YYYYMMDDHHMMSS (14 digits)');
  });

  it('an unknown --project is one line, exit 2, naming the projects, before any connection', async () => {
    const r = await cli('migrate', 'status', '--project', 'ap', '--config', CONFIG, '--db', 'postgres://x@127.0.0.1:1/x');
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe('iu-core: --project ap: no such project (did you mean app?); projects: iu-core, app');
  });
});
