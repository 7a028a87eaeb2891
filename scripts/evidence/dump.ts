// pg_dump for an evidence bundle: the server's own major version of pg_dump on a real
// server, PGlite's WASM pg_dump (pglite-tools) on a clone of the embedded database.
// Passwords travel only through the libpq environment, never on a command line.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa, execaSync } from 'execa';
import { CheckFailed, UsageError } from '../errors.ts';
import type { PgliteDb } from '../db/pglite.ts';

/**
 * pg_dump ≥ 15.14 / 16.10 / 17.6 writes `\restrict KEY` with a random key unless given one,
 * so two dumps of one database would hash differently. A fixed key keeps identical
 * databases byte-identical across dumps and bundles. Letters and digits only.
 */
export const RESTRICT_KEY = 'iucoreevidence';

export interface DumpInfo {
  file: string;
  sha256: string;
  bytes: number;
  takenAt: string;
  ms: number;
}

export interface PgDumpTool {
  path: string;
  /** `pg_dump (PostgreSQL) 15.18 (Debian …)` */
  version: string;
  major: number;
  restrictKey: boolean;
}

export function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

function info(path: string, file: string, takenAt: string, started: number): DumpInfo {
  return { file, sha256: sha256File(path), bytes: statSync(path).size, takenAt, ms: Math.round(performance.now() - started) };
}

const majorOf = (version: string) => Number(/(\d+)(?:\.\d+)?/.exec(version.replace(/^[^\d]*/, ''))?.[1] ?? 0);

function probeTool(path: string): PgDumpTool | null {
  try {
    const version = execaSync(path, ['--version']).stdout.trim();
    const help = execaSync(path, ['--help']).stdout;
    return { path, version, major: majorOf(version), restrictKey: help.includes('--restrict-key') };
  } catch {
    return null;
  }
}

/** Where pg_dump may be, best first: the Debian layout for this major, then the usual places. */
export function pgDumpCandidates(major: number): string[] {
  const out: string[] = [];
  if (process.env.IU_CORE_PG_BINDIR) out.push(join(process.env.IU_CORE_PG_BINDIR, 'pg_dump'));
  out.push(`/usr/lib/postgresql/${major}/bin/pg_dump`);
  try {
    out.push(join(execaSync('pg_config', ['--bindir']).stdout.trim(), 'pg_dump'));
  } catch {
    // no pg_config on PATH
  }
  for (const dir of (process.env.PATH ?? '').split(':').filter(Boolean)) out.push(join(dir, 'pg_dump'));
  return [...new Set(out)].filter((p) => existsSync(p));
}

/** The pg_dump whose major version is the server's, or a clear refusal naming what was tried. */
export function findPgDump(serverMajor: number): PgDumpTool {
  const tried: string[] = [];
  for (const path of pgDumpCandidates(serverMajor)) {
    const tool = probeTool(path);
    tried.push(tool ? `${path} (${tool.major})` : `${path} (does not run)`);
    if (tool && tool.major === serverMajor) return tool;
  }
  throw new UsageError(
    `evidence: the server is PostgreSQL ${serverMajor} and no pg_dump ${serverMajor} was found` +
      ` (tried ${tried.length ? tried.join(', ') : `/usr/lib/postgresql/${serverMajor}/bin/pg_dump, pg_config --bindir, PATH`});` +
      ` install postgresql-client-${serverMajor}, or point IU_CORE_PG_BINDIR at its bin directory`,
  );
}

const LIBPQ_PARAMS: Record<string, string> = {
  host: 'PGHOST',
  hostaddr: 'PGHOSTADDR',
  port: 'PGPORT',
  user: 'PGUSER',
  dbname: 'PGDATABASE',
  password: 'PGPASSWORD',
  sslmode: 'PGSSLMODE',
  sslrootcert: 'PGSSLROOTCERT',
  sslcert: 'PGSSLCERT',
  sslkey: 'PGSSLKEY',
  application_name: 'PGAPPNAME',
  options: 'PGOPTIONS',
  connect_timeout: 'PGCONNECT_TIMEOUT',
  target_session_attrs: 'PGTARGETSESSIONATTRS',
};

/**
 * The libpq environment for a postgres:// URL (or the caller's own PG* variables when there
 * is no URL). Every inherited PG* variable is dropped first, so nothing stray redirects the dump.
 */
export function libpqEnv(url: string | null, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  if (!url) return { ...base };
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(base)) if (!k.startsWith('PG')) env[k] = v;
  const u = new URL(url);
  if (u.hostname) env.PGHOST = u.hostname.replace(/^\[(.*)\]$/, '$1');
  if (u.port) env.PGPORT = u.port;
  if (u.username) env.PGUSER = decodeURIComponent(u.username);
  if (u.password) env.PGPASSWORD = decodeURIComponent(u.password);
  const db = decodeURIComponent(u.pathname.replace(/^\//, ''));
  if (db) env.PGDATABASE = db;
  for (const [k, v] of u.searchParams) {
    const name = LIBPQ_PARAMS[k];
    if (name) env[name] = v;
  }
  return env;
}

/** Plain-format pg_dump of a real server into `path`; connection through the environment only. */
export async function dumpServer(tool: PgDumpTool, url: string | null, path: string, file: string): Promise<DumpInfo> {
  const takenAt = new Date().toISOString();
  const started = performance.now();
  const args = ['--format=plain', '--no-password', `--file=${path}`];
  if (tool.restrictKey) args.push(`--restrict-key=${RESTRICT_KEY}`);
  const r = await execa(tool.path, args, { env: libpqEnv(url), extendEnv: false, reject: false });
  if (r.exitCode !== 0) throw new CheckFailed(`evidence: ${tool.path} failed (exit ${r.exitCode}): ${r.stderr.trim()}`);
  return info(path, file, takenAt, started);
}

/** The version line pglite-tools' pg_dump writes into its header. */
export function dumpedByVersion(text: string): string | null {
  return /^-- Dumped by pg_dump version (.+)$/m.exec(text)?.[1]?.trim() ?? null;
}

/**
 * PGlite: pglite-tools' WASM pg_dump on a clone, because pg_dump leaves its one connection
 * with its own session settings (and a read-only snapshot) that the live instance must not keep.
 * pglite-tools always adds --inserts and strips any \restrict line itself.
 */
export async function dumpPglite(db: PgliteDb, path: string, file: string): Promise<DumpInfo & { dumpedBy: string | null }> {
  const { pgDump } = await import('@electric-sql/pglite-tools/pg_dump');
  const takenAt = new Date().toISOString();
  const started = performance.now();
  const clone = await db.clone();
  try {
    const dump = await pgDump({ pg: clone.pg, args: ['--format=plain'] });
    const text = await dump.text();
    writeFileSync(path, text);
    return { ...info(path, file, takenAt, started), dumpedBy: dumpedByVersion(text) };
  } finally {
    await clone.close();
  }
}
