// A connection lost mid-command: the backend terminated from another session, or the whole
// server stopped with `pg_ctl stop -m immediate`. The driver wrapper turns the loss into one
// rejected ConnectionLost (never an uncaught TypeError from the driver's socket timer), the
// next query on a new connection works, and the CLI ends with one clear line and exit 1.
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConnectionLost, serverError } from '../scripts/errors.ts';
import { migrateUp } from '../scripts/migrations/apply.ts';
import { listMigrations } from '../scripts/migrations/files.ts';
import { PostgresDb } from '../scripts/db/postgres.ts';
import { databaseUrl, startLocalServer, type LocalServer } from '../scripts/db/local-server.ts';
import { ROOT, cleanEnv, cli, pgSkipReason } from './helpers.ts';

const SAMPLE = ['ops/sample/010_templates_and_manual_instances.sql', 'ops/25000x-event-automation-real-product-scaleout-ui-ops-finalization/01_file_template_versioning.sql'];

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

let server: LocalServer | undefined;
let url = '';

beforeAll(async () => {
  if (pgSkipReason()) return;
  server = await startLocalServer();
  url = databaseUrl(server.url, 'postgres');
  const db = await PostgresDb.connect(url, { max: 1 });
  await migrateUp(db, listMigrations());
  await db.close();
  const r = await cli('run', '--quiet', '--db', url, ...SAMPLE);
  expect(r.code, r.err).toBe(0);
}, 300_000);
afterAll(async () => {
  await server?.destroy();
});

/**
 * What a user sees of the loss: exit 1, exactly one line naming it (scaleout's own report
 * says what was rolled back around it), no stack trace, no internal error.
 */
function expectOneClearLine(r: { exitCode?: number; stdout: string; stderr: string }): void {
  const all = `${r.stdout}\n${r.stderr}`;
  expect(r.exitCode, all).toBe(1);
  const lines = all.split('\n').filter((l) => /lost the connection/.test(l));
  expect(lines, all).toHaveLength(1);
  expect(lines[0]).toMatch(/ERROR (08006|57P0\d): lost the connection to the database: /);
  expect(all).not.toMatch(/^\s+at /m);
  expect(all).not.toMatch(/internal error|TypeError/);
}

/** A scaleout as a user runs it, resolved once its progress shows it mid-run. */
async function startScaleout(actor: string) {
  const child = execa(process.execPath, [
    join(ROOT, 'bin/iu-core.js'), 'scaleout', '--n', '20000', '--template', 'tpl:wf:onboarding/v2', '--actor', actor,
    '--suffix-prefix', `${actor}-`, '--commit', '--db', url,
  ], { cwd: ROOT, env: cleanEnv(), extendEnv: false, reject: false });
  let stderr = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no progress within 120 s:\n${stderr}`)), 120_000);
    child.stderr!.on('data', (d: Buffer) => {
      stderr += d.toString();
      const m = /^progress: (\d+)\/(\d+) /m.exec(stderr);
      if (m && Number(m[1]) > 0) {
        clearTimeout(timer);
        resolve();
      }
    });
    void child.then((r) => reject(new Error(`the scaleout ended first (exit ${r.exitCode}):\n${stderr}`)));
  });
  // Wrapped: the subprocess is a thenable, so returning it bare would wait for its end.
  return { child };
}

describe('a lost connection', () => {
  beforeEach((ctx) => {
    if (pgSkipReason()) ctx.skip(pgSkipReason());
  });

  it('in the driver wrapper: a terminated backend rejects cleanly, a held session is not reused, the next query works', async () => {
    const db = await PostgresDb.connect(url, { max: 2 });
    const admin = await PostgresDb.connect(url, { max: 1 });
    try {
      const running = db.session(async (s) => {
        await s.exec(`SET application_name = 'iu-core-victim'`);
        return s.exec('SELECT pg_sleep(30)');
      });
      await waitFor(async () => (await admin.query(`SELECT 1 FROM pg_stat_activity WHERE application_name = 'iu-core-victim' AND state = 'active'`)).length > 0, 'the victim to run');
      await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'iu-core-victim'`);
      const e = await running.then(() => null, (x: unknown) => x);
      expect(e).toBeInstanceOf(ConnectionLost);
      expect(serverError(e)?.code).toBe('08006');
      // Several small queries: the released-dead-connection bug crashed on the first one.
      for (let i = 0; i < 4; i++) expect(await db.query<{ x: number }>('SELECT $1::int AS x', [i])).toEqual([{ x: i }]);
      // A probe that kills its own backend: the caller gets a rejection and carries on.
      const own = await db.freshSession!((s) => s.exec('SELECT pg_terminate_backend(pg_backend_pid())')).then(() => null, (x: unknown) => x);
      expect(own).toBeInstanceOf(ConnectionLost);
      expect(await db.freshSession!((s) => s.query<{ x: number }>('SELECT 7 AS x'))).toEqual([{ x: 7 }]);
      // Let any stray timer of the driver fire inside this test (it would be an uncaught error).
      await new Promise((r) => setTimeout(r, 200));
    } finally {
      await db.close();
      await admin.close();
    }
  });

  it('pg_terminate_backend mid-scaleout: exit 1, one line, no stack trace', async () => {
    const { child } = await startScaleout('iu-core-term');
    const admin = await PostgresDb.connect(url, { max: 1 });
    try {
      await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'iu-core' AND pid <> pg_backend_pid()`);
    } finally {
      await admin.close();
    }
    expectOneClearLine(await child);
  });

  it('pg_ctl stop -m immediate mid-scaleout: exit 1, one line, no stack trace', async () => {
    const { child } = await startScaleout('iu-core-stop');
    await server!.stopImmediate();
    try {
      expectOneClearLine(await child);
    } finally {
      await server!.start();
    }
  });
});
