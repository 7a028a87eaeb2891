// iu-core migrate status | up | down: the ordered migrations of sql/iu-core against the ledger.
import { UsageError } from '../errors.ts';
import { DB_FLAGS, bool, durationFlag, intFlag, list, output, openFromFlags, parseFlags, printNotice, str, type Io, type Parsed } from '../cli.ts';
import { DEFAULT_MIGRATIONS_DIR, listMigrations, parseVersion } from '../migrations/files.ts';
import { DEFAULT_LOCK_WAIT, migrateDown, migrateUp, migrationStatus, planDown, type RunnerOptions, type StatusEntry } from '../migrations/apply.ts';
import { SERVER_VERSION } from '../sql.ts';
import type { Db } from '../db/types.ts';
import type { PostgresDb } from '../db/postgres.ts';
import { onShutdown } from '../shutdown.ts';

export const usage = `iu-core migrate status [--json]
iu-core migrate up   [--to NNN] [--dry-run] [--accept-checksum NNN]… [--json]
iu-core migrate down [--to NNN | --steps K] [--plan] [--accept-checksum NNN]… [--json]
iu-core migrate down --force [--to NNN | --steps K]   a rollback its guard refuses, forced (sets iu_core.force_rollback_NNN)
  common: --db SPEC  --dir FOLDER (default ${DEFAULT_MIGRATIONS_DIR})
          --lock-timeout DURATION (wait for the runner's lock, default 120s)
          --lock-wait DURATION (lock_timeout inside each migration, default 10s)
          durations: 500ms, 10s, 2min, 1h; a bare number is seconds`;

const COMMON = { ...DB_FLAGS, dir: { type: 'string' }, 'lock-timeout': { type: 'string' }, 'lock-wait': { type: 'string' } } as const;

export async function run(args: string[], io: Io): Promise<number> {
  const [verb, ...rest] = args;
  switch (verb) {
    case 'status':
      return status(parseFlags('migrate status', rest, COMMON), io);
    case 'up':
      return up(parseFlags('migrate up', rest, { ...COMMON, to: { type: 'string' }, 'dry-run': { type: 'boolean' }, 'accept-checksum': { type: 'string', multiple: true } }), io);
    case 'down':
      return down(parseFlags('migrate down', rest, { ...COMMON, to: { type: 'string' }, steps: { type: 'string' }, plan: { type: 'boolean' }, force: { type: 'boolean' }, 'accept-checksum': { type: 'string', multiple: true } }), io);
    default:
      throw new UsageError(verb ? `migrate: unknown verb '${verb}'; expected status, up or down` : `migrate: expected status, up or down\n${usage}`);
  }
}

/** Called before the database is opened: a bad duration is refused before anything is touched. */
function runnerOptions(p: Parsed, io: Io): RunnerOptions {
  const json = bool(p, 'json');
  return {
    lockTimeoutMs: durationFlag(p, 'lock-timeout', '120s').ms,
    lockWait: durationFlag(p, 'lock-wait', DEFAULT_LOCK_WAIT).text,
    log: json || output.quiet ? undefined : (l) => io.out(l),
    onNotice: json ? undefined : (n) => printNotice(io, n),
  };
}

async function header(db: Db, io: Io, p: Parsed, what: string): Promise<string> {
  const [v] = await db.query<{ version: string }>(SERVER_VERSION);
  if (!bool(p, 'json')) io.out(`iu-core migrate ${what} on ${db.label} (PostgreSQL ${v?.version})`);
  return v?.version ?? '';
}

async function status(p: Parsed, io: Io): Promise<number> {
  const files = listMigrations(str(p, 'dir'));
  runnerOptions(p, io);
  const db = await openFromFlags(p);
  const serverVersion = await header(db, io, p, 'status');
  const entries = await migrationStatus(db, files);
  const bad = entries.filter((e) => e.state === 'drifted' || e.state === 'missing');
  if (bool(p, 'json')) {
    io.json({ database: db.label, serverVersion, migrations: entries, summary: summarize(entries) });
  } else {
    printStatus(io, entries);
  }
  return bad.length ? 1 : 0;
}

function summarize(entries: StatusEntry[]): Record<string, number> {
  const counts: Record<string, number> = { applied: 0, pending: 0, drifted: 0, missing: 0 };
  for (const e of entries) counts[e.state] = (counts[e.state] ?? 0) + 1;
  return counts;
}

export function printStatus(io: Io, entries: StatusEntry[]): void {
  const width = Math.max(4, ...entries.map((e) => e.name.length));
  io.out(`${'ver'.padEnd(4)} ${'name'.padEnd(width)} ${'state'.padEnd(8)} applied`);
  for (const e of entries) {
    const when = e.appliedAt ? `${e.appliedAt.replace('T', ' ').slice(0, 19)} by ${e.appliedBy}` : '';
    io.out(`${e.version.padEnd(4)} ${e.name.padEnd(width)} ${e.state.padEnd(8)} ${when}`);
    if (e.state === 'drifted') io.out(`     file sha256 ${e.fileChecksum}, ledger sha256 ${e.ledgerChecksum}`);
    if (e.rollbackChanged) io.out(`     note: its rollback file changed since it was applied (migrate down runs it as it is now)`);
  }
  const s = summarize(entries);
  io.out(`${s.applied} applied, ${s.pending} pending, ${s.drifted} drifted, ${s.missing} missing`);
}

async function up(p: Parsed, io: Io): Promise<number> {
  const files = listMigrations(str(p, 'dir'));
  const to = str(p, 'to') === undefined ? undefined : parseVersion(str(p, 'to')!, '--to');
  const accept = list(p, 'accept-checksum').map((v) => parseVersion(v, '--accept-checksum'));
  const opts = runnerOptions(p, io);
  const db = await openFromFlags(p);
  await header(db, io, p, bool(p, 'dry-run') ? 'up --dry-run' : 'up');
  const started = performance.now();
  const report = await migrateUp(db, files, { ...opts, to, dryRun: bool(p, 'dry-run'), acceptChecksums: accept });
  const ms = Math.round(performance.now() - started);
  if (bool(p, 'json')) {
    io.json({ database: db.label, ...report, ms });
  } else if (report.dryRun) {
    const c = report.wouldChange;
    if (c) {
      for (const k of c.added) io.out(`  + ${k}`);
      for (const k of c.changed) io.out(`  ~ ${k}`);
      for (const k of c.removed) io.out(`  - ${k}`);
    }
    io.out(`dry run: ${report.applied.length} migration(s) would apply; everything was rolled back, the database is unchanged`);
  } else if (report.applied.length) {
    io.out(`${report.applied.length} migration(s) applied in ${ms} ms; now at ${report.applied.at(-1)!.version}`);
  }
  return 0;
}

async function down(p: Parsed, io: Io): Promise<number> {
  if (str(p, 'to') !== undefined && str(p, 'steps') !== undefined) throw new UsageError('migrate down: give --to or --steps, not both');
  const files = listMigrations(str(p, 'dir'));
  const to = str(p, 'to') === undefined ? undefined : parseVersion(str(p, 'to')!, '--to');
  const steps = intFlag(p, 'steps', undefined, 999);
  const accept = list(p, 'accept-checksum').map((v) => parseVersion(v, '--accept-checksum'));
  const force = bool(p, 'force');
  if (force && bool(p, 'plan')) throw new UsageError('migrate down: --plan already previews refused steps as forced; give --plan or --force, not both');
  const opts = runnerOptions(p, io);
  let db = await openFromFlags(p);
  if (bool(p, 'plan')) {
    await header(db, io, p, 'down --plan');
    const plan = await planDown(db, files, { ...opts, to, steps });
    if (bool(p, 'json')) {
      io.json({ database: db.label, ...plan });
    } else {
      for (const s of plan.steps) {
        io.out(`${s.version}_${s.name}: ${s.refused ?? 'would run'}`);
        for (const d of s.drops) {
          const t = d.startsWith('table ') ? d.slice('table '.length) : null;
          io.out(`  drops ${d}${t !== null ? ` (${s.droppedRows[t] ?? 0} rows)` : ''}`);
        }
        for (const c of s.otherChanges) io.out(`  ${c}`);
      }
      io.out(`plan only: everything was rolled back, the database is unchanged`);
    }
    return plan.steps.some((s) => s.refused) ? 1 : 0;
  }
  await header(db, io, p, force ? 'down --force' : 'down');
  let forced: string[] = [];
  if (force) {
    // The settings the rollbacks' guards read, for exactly the migrations this run rolls back.
    const plan = await planDown(db, files, { ...opts, to, steps });
    forced = plan.steps.map((s) => `iu_core.force_rollback_${s.version}`);
    db = await withSettings(db, forced);
    if (!bool(p, 'json')) {
      io.out(`--force: ${forced.map((f) => `${f} = true`).join(', ') || 'nothing to roll back'} for this session`);
      for (const s of plan.steps.filter((x) => x.refused)) io.out(`  ${s.version}_${s.name}: its guard refuses (${s.refused}); forced`);
    }
  }
  const report = await migrateDown(db, files, { ...opts, to, steps, acceptChecksums: accept });
  if (bool(p, 'json')) io.json({ database: db.label, forced, ...report });
  else if (report.rolledBack.length) io.out(`${report.rolledBack.length} migration(s) rolled back`);
  return 0;
}

/**
 * The same database with `names` set to 'true' for every session the runner opens: on a
 * server, a new connection whose startup options carry them (as PGOPTIONS would); on PGlite,
 * whose one connection is every session, a session-level set_config.
 */
async function withSettings(db: Db, names: string[]): Promise<Db> {
  if (!names.length) return db;
  if (db.kind === 'postgres') {
    const forced = await (db as PostgresDb).withOptions(names.map((n) => `-c ${n}=true`).join(' '));
    onShutdown(() => forced.close());
    return forced;
  }
  for (const n of names) await db.query(`SELECT set_config($1, 'true', false)`, [n]);
  return db;
}
