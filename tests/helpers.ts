// Shared by the vitest suites: fresh databases on both engines, and the CLI run in-process
// or as a real child process.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { execa } from 'execa';
import { afterAll, inject } from 'vitest';
import { PgliteDb } from '../scripts/db/pglite.ts';
import { PostgresDb } from '../scripts/db/postgres.ts';
import { databaseUrl, startLocalServer } from '../scripts/db/local-server.ts';
import { main } from '../scripts/main.ts';
import type { Db } from '../scripts/db/types.ts';

export const ROOT = resolve(import.meta.dirname, '..');
export const ENGINES = ['pglite', 'postgres'] as const;
export type EngineName = (typeof ENGINES)[number];

export interface TestDb {
  engine: EngineName;
  db: Db;
  /** The --db value that names this same database for the CLI (close `db` first on PGlite). */
  flag: string;
  /** Reopen after the CLI used it (PGlite allows one opener at a time). */
  reopen(): Promise<Db>;
  drop(): Promise<void>;
}

const pgUrl = () => inject('pgUrl');

/** Why the real-server tests cannot run here, or '' when they can. */
export const pgSkipReason = () => inject('pgSkipReason');

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `iu-core-${prefix}-`));
}

let pgliteTemplate: string | null = null;

/** An empty PGlite data directory made once per worker; fresh databases are copies (~0.5 s). */
async function emptyPgliteDir(): Promise<string> {
  if (!pgliteTemplate || !existsSync(pgliteTemplate)) {
    const dir = join(tempDir('pglite-template'), 'data');
    const db = await PgliteDb.open(dir);
    await db.close();
    pgliteTemplate = dir;
  }
  return pgliteTemplate;
}

export async function freshPglite(fromDir?: string): Promise<TestDb> {
  const dir = join(tempDir('pglite'), 'data');
  cpSync(fromDir ?? (await emptyPgliteDir()), dir, { recursive: true });
  let db: Db = await PgliteDb.open(dir);
  const t: TestDb = {
    engine: 'pglite',
    db,
    flag: `pglite:${dir}`,
    async reopen() {
      await t.db.close();
      db = await PgliteDb.open(dir);
      t.db = db;
      return db;
    },
    async drop() {
      await t.db.close();
      rmSync(resolve(dir, '..'), { recursive: true, force: true });
    },
  };
  return t;
}

export async function adminDb(): Promise<PostgresDb> {
  const url = pgUrl();
  if (!url) throw new Error(`no PostgreSQL server: ${pgSkipReason()}`);
  return PostgresDb.connect(url, { max: 1 });
}

/**
 * A throwaway server of this test file's own, for tests that touch cluster-wide state
 * (roles) and so must not share a cluster with files running in parallel.
 */
export interface PrivateServer {
  url: string;
  fresh(): Promise<TestDb>;
  destroy(): Promise<void>;
}

export async function privateServer(): Promise<PrivateServer> {
  const server = await startLocalServer();
  return { url: server.url, fresh: () => freshPostgres('template0', server.url), destroy: () => server.destroy() };
}

/**
 * Call at a test file's top level: its own throwaway server (034's roles are cluster-wide),
 * started on first use and destroyed after the file's last test. `fresh(engine)` gives a new
 * database on it, or a fresh PGlite.
 */
export function serverOfThisFile(): { server(): Promise<PrivateServer>; fresh(engine: EngineName): Promise<TestDb> } {
  let started: Promise<PrivateServer> | undefined;
  afterAll(async () => {
    if (started) await (await started).destroy();
  });
  const server = () => (started ??= privateServer());
  return { server, fresh: async (engine) => (engine === 'postgres' ? (await server()).fresh() : fresh(engine)) };
}

/** A new database on the run's throwaway server, optionally copied from a template database. */
export async function freshPostgres(template = 'template0', serverUrl = pgUrl()): Promise<TestDb> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  if (!serverUrl) throw new Error(`no PostgreSQL server: ${pgSkipReason()}`);
  const admin = await PostgresDb.connect(serverUrl, { max: 1 });
  await admin.query(`SELECT 1`);
  await admin.exec(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  await admin.close();
  const url = databaseUrl(serverUrl, name);
  const t: TestDb = {
    engine: 'postgres',
    db: await PostgresDb.connect(url),
    flag: url,
    async reopen() {
      await t.db.close();
      t.db = await PostgresDb.connect(url);
      return t.db;
    },
    async drop() {
      await t.db.close();
      const a = await PostgresDb.connect(serverUrl, { max: 1 });
      await a.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.close();
    },
  };
  return t;
}

export function fresh(engine: EngineName): Promise<TestDb> {
  return engine === 'pglite' ? freshPglite() : freshPostgres();
}

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

/** The CLI in this process: fast, and output captured line by line. */
export async function cli(...args: string[]): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    json: (v) => out.push(JSON.stringify(v)),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The CLI as a user runs it: a real process through bin/iu-core.js. */
export async function spawnCli(args: string[], opts: { env?: NodeJS.ProcessEnv; cwd?: string; timeout?: number } = {}): Promise<CliResult> {
  const r = await execa(process.execPath, [join(ROOT, 'bin/iu-core.js'), ...args], {
    cwd: opts.cwd ?? ROOT,
    env: opts.env,
    extendEnv: opts.env ? false : true,
    reject: false,
    timeout: opts.timeout ?? 120_000,
  });
  return { code: r.exitCode ?? -1, out: r.stdout, err: r.stderr };
}

/** A minimal environment for spawned CLIs: no DATABASE_URL or PG* leaking in from the machine. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const k of ['PATH', 'HOME', 'TMPDIR', 'LANG']) if (process.env[k]) env[k] = process.env[k];
  return { ...env, ...extra };
}

/** Write a migrations folder: { '001_a.sql': sql, 'rollback/001_a.rollback.sql': sql, … }. */
export function writeTree(files: Record<string, string>, dir = tempDir('tree')): string {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}


/**
 * The CLI on this test database, '@db' in `args` standing for `--db <its flag>`. PGlite is
 * closed first (one opener at a time) and reopened after, also when the CLI throws.
 */
export async function cliOn(t: TestDb, ...args: string[]): Promise<CliResult> {
  await t.db.close();
  try {
    return await cli(...args.flatMap((a) => (a === '@db' ? ['--db', t.flag] : [a])));
  } finally {
    await t.reopen();
  }
}
