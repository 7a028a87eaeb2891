// iu-core migrate status | up | down | repair | baseline | history: each project's ordered
// migrations against its own rows of the ledger (IU Core's sql/iu-core, and the DBA's projects
// named in iu-core.config.json).
import { resolve } from 'node:path';
import { UsageError } from '../errors.ts';
import { DB_FLAGS, bool, durationFlag, intFlag, list, output, openFromFlags, parseFlags, printNotice, progress, str, type Io, type Parsed } from '../cli.ts';
import { parseVersion, projectMigrations } from '../migrations/files.ts';
import {
  DEFAULT_LOCK_WAIT, baselineProject, migrateDown, migrateUp, migrationStatus, planDown, repairChecksum, type RunnerOptions, type StatusEntry, type UpReport,
} from '../migrations/apply.ts';
import { ledgerProjects } from '../migrations/ledger.ts';
import { AMENDMENTS, AMENDMENTS_EXIST, SERVER_VERSION } from '../sql.ts';
import { IU_CORE, loadProjects, selectProject, type Project } from '../projects.ts';
import { displayName } from '../sqlfile.ts';
import type { Db, Queryable } from '../db/types.ts';
import type { PostgresDb } from '../db/postgres.ts';
import { onShutdown } from '../shutdown.ts';

export const usage = `iu-core migrate status [--project P] [--json]              every project's migrations, and the amendments
iu-core migrate up   [--project P] [--to V] [--dry-run] [--json]   no --project: every project, in config order
iu-core migrate down [--project P] [--to V | --steps K] [--plan] [--json]
iu-core migrate down --force [--to V | --steps K]   a rollback its guard refuses, forced (sets iu_core.force_rollback_V)
iu-core migrate repair --project P VERSION --why TEXT    accept a changed file's checksum, recorded as an amendment
iu-core migrate baseline --project P [--to V] --why TEXT  adopt a database whose objects predate the ledger
iu-core migrate history [--project P] [--json]            the recorded checksum amendments
  common: --db SPEC  --project NAME (iu-core.config.json; default iu-core)  --config PATH
          --dir FOLDER (the project's migrations from another folder)
          --accept-checksum V --why TEXT (up/down: repair V first)
          --lock-timeout DURATION (wait for the runner's lock, default 120s)
          --lock-wait DURATION (lock_timeout inside each migration, default 10s)
          durations: 500ms, 10s, 2min, 1h; a bare number is seconds`;

const COMMON = {
  ...DB_FLAGS, dir: { type: 'string' }, project: { type: 'string' }, config: { type: 'string' }, 'lock-timeout': { type: 'string' }, 'lock-wait': { type: 'string' },
} as const;
const ACCEPT = { 'accept-checksum': { type: 'string', multiple: true }, why: { type: 'string' } } as const;

export async function run(args: string[], io: Io): Promise<number> {
  const [verb, ...rest] = args;
  switch (verb) {
    case 'status':
      return status(parseFlags('migrate status', rest, COMMON), io);
    case 'history':
      return history(parseFlags('migrate history', rest, COMMON), io);
    case 'up':
      return up(parseFlags('migrate up', rest, { ...COMMON, ...ACCEPT, to: { type: 'string' }, 'dry-run': { type: 'boolean' } }), io);
    case 'down':
      return down(parseFlags('migrate down', rest, { ...COMMON, ...ACCEPT, to: { type: 'string' }, steps: { type: 'string' }, plan: { type: 'boolean' }, force: { type: 'boolean' } }), io);
    case 'repair':
      return repair(parseFlags('migrate repair', rest, { ...COMMON, why: { type: 'string' } }, { positionals: true }), io);
    case 'baseline':
      return baseline(parseFlags('migrate baseline', rest, { ...COMMON, to: { type: 'string' }, why: { type: 'string' } }), io);
    default:
      throw new UsageError(verb ? `migrate: unknown verb '${verb}'; expected status, up, down, repair, baseline or history` : `migrate: expected status, up, down, repair, baseline or history\n${usage}`);
  }
}

/** The configured projects (iu-core.config.json, --config or IU_CORE_CONFIG). */
const projectsOf = (p: Parsed) => loadProjects({ configPath: str(p, 'config') }).projects;

/**
 * The one project a command acts on: --project; else the project whose folder --dir names;
 * else, with --dir on a folder no project has, IU Core read from that folder (as before
 * projects: the ledger then refuses files that are not IU Core's applied migrations).
 */
function oneProject(p: Parsed, all: Project[]): Project {
  const dir = str(p, 'dir');
  if (str(p, 'project') !== undefined || dir === undefined) return selectProject(all, str(p, 'project'));
  return all.find((x) => x.migrationsDir === resolve(dir)) ?? selectProject(all, IU_CORE);
}

const filesOf = (p: Parsed, project: Project) => projectMigrations(project, str(p, 'dir'));

const needWhy = (p: Parsed, what: string): string => {
  const why = str(p, 'why')?.trim();
  if (!why) throw new UsageError(`${what} records why: give --why TEXT`);
  return why;
};

/** Called before the database is opened: a bad duration is refused before anything is touched. */
function runnerOptions(p: Parsed, io: Io, project?: Project): RunnerOptions {
  const json = bool(p, 'json');
  return {
    lockTimeoutMs: durationFlag(p, 'lock-timeout', '120s').ms,
    lockWait: durationFlag(p, 'lock-wait', DEFAULT_LOCK_WAIT).text,
    log: json || output.quiet ? undefined : (l) => io.out(l),
    onNotice: json ? undefined : (n) => printNotice(io, n),
    project,
  };
}

async function header(db: Db, io: Io, p: Parsed, what: string): Promise<string> {
  const [v] = await db.query<{ version: string }>(SERVER_VERSION);
  if (!bool(p, 'json')) progress(io, `iu-core migrate ${what} on ${db.label} (PostgreSQL ${v?.version})`);
  return v?.version ?? '';
}

interface AmendmentRow {
  project: string;
  version: string;
  name: string;
  old_checksum: string;
  new_checksum: string;
  accepted_at: Date | string;
  accepted_by: string;
  session_user_name: string | null;
  why: string | null;
}

async function amendments(q: Queryable, projects: string[] | null) {
  const [exists] = await q.query<{ exists: boolean }>(AMENDMENTS_EXIST);
  if (!exists?.exists) return [];
  const rows = await q.query<AmendmentRow>(AMENDMENTS);
  return rows
    .filter((r) => !projects || projects.includes(r.project))
    .map((r) => ({
      project: r.project, version: r.version, name: r.name, oldChecksum: r.old_checksum, newChecksum: r.new_checksum,
      acceptedAt: new Date(r.accepted_at).toISOString(), acceptedBy: r.accepted_by, sessionUser: r.session_user_name, why: r.why,
    }));
}

function printAmendments(io: Io, list: Awaited<ReturnType<typeof amendments>>): void {
  for (const a of list) {
    io.out(`amended ${a.project} ${a.version}_${a.name} ${a.acceptedAt.replace('T', ' ').slice(0, 19)} by ${a.acceptedBy}${a.sessionUser && a.sessionUser !== a.acceptedBy ? ` (session ${a.sessionUser})` : ''}: ` +
      `sha256 ${a.oldChecksum.slice(0, 12)}… -> ${a.newChecksum.slice(0, 12)}…; why: ${a.why ?? '(not recorded)'}`);
  }
}

async function status(p: Parsed, io: Io): Promise<number> {
  const all = projectsOf(p);
  const single = str(p, 'project') !== undefined || str(p, 'dir') !== undefined;
  const shown = single ? [oneProject(p, all)] : all;
  const files = new Map(shown.map((x) => [x.name, filesOf(p, x)]));
  runnerOptions(p, io);
  const db = await openFromFlags(p);
  const serverVersion = await header(db, io, p, 'status');
  const projects = [];
  for (const x of shown) {
    const entries = await migrationStatus(db, files.get(x.name)!, x.name);
    projects.push({ project: x.name, folder: displayName(str(p, 'dir') ?? x.migrationsDir), pattern: x.pattern, rollbacks: x.rollbacks, migrations: entries, summary: summarize(entries) });
  }
  // Rows of projects the config does not name (another checkout's config, or a removed project): shown, never touched.
  const unconfigured = single ? [] : (await ledgerProjects(db)).filter((r) => !all.some((x) => x.name === r.project));
  const amended = await amendments(db, single ? shown.map((x) => x.name) : null);
  const bad = projects.flatMap((x) => x.migrations).filter((e) => e.state === 'drifted' || e.state === 'missing');
  const main = projects.find((x) => x.project === (single ? shown[0]!.name : IU_CORE)) ?? projects[0]!;
  if (bool(p, 'json')) {
    io.json({ database: db.label, serverVersion, project: main.project, migrations: main.migrations, summary: main.summary, projects, unconfigured, amendments: amended });
  } else {
    for (const x of projects) {
      if (projects.length > 1) io.out(`project ${x.project} (${x.folder}, ${x.pattern}, rollbacks ${x.rollbacks})`);
      printStatus(io, x.migrations, x.project);
    }
    for (const u of unconfigured) io.out(`project ${u.project}: ${u.n} ledger row(s), not in the projects config (left alone)`);
    printAmendments(io, amended);
  }
  return bad.length ? 1 : 0;
}

async function history(p: Parsed, io: Io): Promise<number> {
  const all = projectsOf(p);
  const only = str(p, 'project') === undefined ? null : [selectProject(all, str(p, 'project')).name];
  runnerOptions(p, io);
  const db = await openFromFlags(p);
  const serverVersion = await header(db, io, p, 'history');
  const amended = await amendments(db, only);
  if (bool(p, 'json')) io.json({ database: db.label, serverVersion, amendments: amended });
  else {
    printAmendments(io, amended);
    io.out(`${amended.length} amendment(s)`);
  }
  return 0;
}

function summarize(entries: StatusEntry[]): Record<string, number> {
  const counts: Record<string, number> = { applied: 0, pending: 0, drifted: 0, missing: 0 };
  for (const e of entries) counts[e.state] = (counts[e.state] ?? 0) + 1;
  return counts;
}

export function printStatus(io: Io, entries: StatusEntry[], project: string = IU_CORE): void {
  const vw = Math.max(4, ...entries.map((e) => e.version.length));
  const width = Math.max(4, ...entries.map((e) => e.name.length));
  io.out(`${'ver'.padEnd(vw)} ${'name'.padEnd(width)} ${'state'.padEnd(8)} applied`);
  for (const e of entries) {
    const when = e.appliedAt ? `${e.appliedAt.replace('T', ' ').slice(0, 19)} by ${e.appliedBy}${e.baseline ? ' (baseline: recorded, not run)' : ''}` : '';
    io.out(`${e.version.padEnd(vw)} ${e.name.padEnd(width)} ${e.state.padEnd(8)} ${when}`);
    if (e.state === 'drifted' && e.ledgerName) io.out(`     the ledger has ${e.version}_${e.ledgerName} here: another project's folder? (use --project)`);
    else if (e.state === 'drifted') io.out(`     file sha256 ${e.fileChecksum}, ledger sha256 ${e.ledgerChecksum}; if the change is reviewed: iu-core migrate repair --project ${project} ${e.version} --why "…"`);
    if (e.rollbackChanged) io.out(`     note: its rollback file changed since it was applied (migrate down runs it as it is now)`);
  }
  const s = summarize(entries);
  io.out(`${s.applied} applied, ${s.pending} pending, ${s.drifted} drifted, ${s.missing} missing`);
}

async function up(p: Parsed, io: Io): Promise<number> {
  const all = projectsOf(p);
  const every = str(p, 'project') === undefined && str(p, 'dir') === undefined && all.length > 1;
  const targets = every ? all : [oneProject(p, all)];
  const accept = list(p, 'accept-checksum');
  if (every && (str(p, 'to') !== undefined || accept.length)) {
    throw new UsageError(`migrate up: --to and --accept-checksum name one project's migrations; give --project (projects: ${all.map((x) => x.name).join(', ')})`);
  }
  const plans = targets.map((x) => ({
    project: x,
    files: filesOf(p, x),
    to: str(p, 'to') === undefined ? undefined : parseVersion(str(p, 'to')!, '--to', x.pattern),
    accept: accept.map((v) => parseVersion(v, '--accept-checksum', x.pattern)),
  }));
  const why = accept.length ? needWhy(p, '--accept-checksum') : undefined;
  const base = runnerOptions(p, io);
  const db = await openFromFlags(p);
  await header(db, io, p, bool(p, 'dry-run') ? 'up --dry-run' : 'up');
  const started = performance.now();
  const reports: Array<UpReport & { project: string }> = [];
  for (const x of plans) {
    if (every && !bool(p, 'json')) io.out(`project ${x.project.name} (${displayName(x.project.migrationsDir)}):`);
    const t0 = performance.now();
    const report = await migrateUp(db, x.files, { ...base, project: x.project, to: x.to, dryRun: bool(p, 'dry-run'), acceptChecksums: x.accept, why });
    const took = Math.round(performance.now() - t0);
    reports.push({ project: x.project.name, ...report });
    if (bool(p, 'json')) continue;
    if (report.dryRun) {
      const c = report.wouldChange;
      if (c) {
        for (const k of c.added) io.out(`  + ${k}`);
        for (const k of c.changed) io.out(`  ~ ${k}`);
        for (const k of c.removed) io.out(`  - ${k}`);
      }
      io.out(`dry run: ${report.applied.length} migration(s) would apply${every ? ` in project ${x.project.name}` : ''}; everything was rolled back, the database is unchanged`);
    } else if (report.applied.length) {
      io.out(`${report.applied.length} migration(s) applied${every || !x.project.builtin ? ` in project ${x.project.name}` : ''} in ${took} ms; now at ${report.applied.at(-1)!.version}`);
    }
  }
  const ms = Math.round(performance.now() - started);
  if (bool(p, 'json')) {
    const one = reports.length === 1 ? reports[0]! : null;
    io.json({
      database: db.label, ...(one ?? {}), dryRun: bool(p, 'dry-run'),
      applied: reports.flatMap((r) => r.applied.map((st) => ({ project: r.project, ...st }))), projects: reports, ms,
    });
  }
  return 0;
}

/**
 * Which project migrate down acts on: --project (or --dir); without them, the one project with
 * applied rows. Two or more with rows: refused, so that no one rolls back a project by default.
 */
async function downProject(p: Parsed, all: Project[], db: Db): Promise<Project> {
  if (str(p, 'project') !== undefined || str(p, 'dir') !== undefined) return oneProject(p, all);
  const withRows = (await ledgerProjects(db)).filter((r) => r.n > 0);
  if (withRows.length > 1) {
    throw new UsageError(`migrate down: ${withRows.length} projects have applied migrations (${withRows.map((r) => `${r.project}: ${r.n}`).join(', ')}); name the one to roll back with --project NAME`);
  }
  return withRows.length ? selectProject(all, withRows[0]!.project) : selectProject(all, IU_CORE);
}

async function down(p: Parsed, io: Io): Promise<number> {
  if (str(p, 'to') !== undefined && str(p, 'steps') !== undefined) throw new UsageError('migrate down: give --to or --steps, not both');
  const all = projectsOf(p);
  if (str(p, 'project') !== undefined) selectProject(all, str(p, 'project'));
  const steps = intFlag(p, 'steps', undefined, 999);
  const force = bool(p, 'force');
  if (force && bool(p, 'plan')) throw new UsageError('migrate down: --plan already previews refused steps as forced; give --plan or --force, not both');
  const why = list(p, 'accept-checksum').length ? needWhy(p, '--accept-checksum') : undefined;
  const base = runnerOptions(p, io);
  let db = await openFromFlags(p);
  const project = await downProject(p, all, db);
  const files = filesOf(p, project);
  const to = str(p, 'to') === undefined ? undefined : parseVersion(str(p, 'to')!, '--to', project.pattern);
  const accept = list(p, 'accept-checksum').map((v) => parseVersion(v, '--accept-checksum', project.pattern));
  const opts = { ...base, project };
  const named = project.builtin ? '' : ` (project ${project.name})`;
  if (bool(p, 'plan')) {
    await header(db, io, p, `down --plan${named}`);
    const plan = await planDown(db, files, { ...opts, to, steps });
    if (bool(p, 'json')) {
      io.json({ database: db.label, project: project.name, ...plan });
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
  await header(db, io, p, `${force ? 'down --force' : 'down'}${named}`);
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
  const report = await migrateDown(db, files, { ...opts, to, steps, acceptChecksums: accept, why });
  if (bool(p, 'json')) io.json({ database: db.label, project: project.name, forced, ...report });
  else if (report.rolledBack.length) io.out(`${report.rolledBack.length} migration(s) rolled back${named}`);
  return 0;
}

/** repair and baseline write one project's rows: with more than one project configured, it is named. */
function namedProject(p: Parsed, all: Project[], verb: string): Project {
  if (str(p, 'project') === undefined && str(p, 'dir') === undefined && all.length > 1) {
    throw new UsageError(`migrate ${verb}: name the project with --project (projects: ${all.map((x) => x.name).join(', ')})`);
  }
  return oneProject(p, all);
}

async function repair(p: Parsed, io: Io): Promise<number> {
  const all = projectsOf(p);
  const project = namedProject(p, all, 'repair');
  if (p.positionals.length !== 1) throw new UsageError(`migrate repair: give exactly one VERSION (got ${p.positionals.length ? p.positionals.join(' ') : 'none'}); see iu-core migrate --help`);
  const version = parseVersion(p.positionals[0]!, 'migrate repair', project.pattern);
  const why = needWhy(p, 'migrate repair');
  const files = filesOf(p, project);
  const opts = runnerOptions(p, io, project);
  const db = await openFromFlags(p);
  await header(db, io, p, `repair (project ${project.name})`);
  const a = await repairChecksum(db, files, { ...opts, version, why });
  if (bool(p, 'json')) io.json({ database: db.label, project: project.name, amendment: a });
  return 0;
}

async function baseline(p: Parsed, io: Io): Promise<number> {
  const all = projectsOf(p);
  const project = namedProject(p, all, 'baseline');
  const to = str(p, 'to') === undefined ? undefined : parseVersion(str(p, 'to')!, '--to', project.pattern);
  const why = needWhy(p, 'migrate baseline');
  const files = filesOf(p, project);
  const opts = runnerOptions(p, io, project);
  const db = await openFromFlags(p);
  await header(db, io, p, `baseline (project ${project.name})`);
  const report = await baselineProject(db, files, { ...opts, to, why });
  if (bool(p, 'json')) io.json({ database: db.label, ...report });
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
