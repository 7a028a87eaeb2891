// Applying and rolling back migrations. Each file runs in its own transaction together with
// its ledger row, so a failure leaves neither; a second runner waits on the lock and then
// finds nothing pending.
import { CheckFailed, SqlExecError, UsageError } from '../errors.ts';
import { catalogSnapshot, diffCensus, rowCounts, type CensusDiff } from '../census.ts';
import { displayName, loadSqlFile, runSqlFile, type SqlFile } from '../sqlfile.ts';
import { INVALID_INDEXES, LEDGER_ACCEPT_CHECKSUM, LEDGER_DELETE, LEDGER_INSERT, SET_LOCK_WAIT } from '../sql.ts';
import {
  acquireMigrateLock, ensureFingerprints, ensureLedger, readLedger, recordApplied, recordBaseline,
  recordRolledBack, releaseMigrateLock, startFingerprints, upsertProject, type Fingerprint, type LedgerRow,
} from './ledger.ts';
import { FINGERPRINTS_RECORDED } from '../sql.ts';
import { builtin, type Project } from '../projects.ts';
import type { Migration } from './files.ts';
import type { Db, Notice, Queryable, Session } from '../db/types.ts';

export interface RunnerOptions {
  lockTimeoutMs?: number;
  /** lock_timeout inside each migration (a PostgreSQL duration); DDL never queues behind a long lock. */
  lockWait?: string;
  /** Progress lines for a human; the returned report is what --json prints. */
  log?: (line: string) => void;
  onNotice?: (n: Notice, file: string) => void;
  /** Whose migrations these are: the ledger rows and fingerprints it reads and writes (IU Core by default). */
  project?: Project;
}

const projectOf = (opts: RunnerOptions): Project => opts.project ?? builtin();

export interface Step {
  version: string;
  name: string;
  ms: number;
}

export type MigrationState = 'applied' | 'pending' | 'drifted' | 'missing';

export interface StatusEntry {
  version: string;
  name: string;
  state: MigrationState;
  appliedAt: string | null;
  appliedBy: string | null;
  fileChecksum: string | null;
  ledgerChecksum: string | null;
  /** The name the ledger row has, when it differs from the file's: another migration, not an amended one. */
  ledgerName: string | null;
  /** Recorded by migrate baseline (the objects predate the ledger; the file never ran here). */
  baseline: boolean;
  /** The rollback file differs from the one recorded at apply (a warning: rollbacks may be amended). */
  rollbackChanged: boolean;
}

const DEFAULT_LOCK_TIMEOUT_MS = 120_000;
export const DEFAULT_LOCK_WAIT = '10s';

const noticesOf = (opts: RunnerOptions, file: SqlFile) => opts.onNotice && ((n: Notice) => opts.onNotice!(n, file.name));

/** Statements a migration or rollback may not contain: the runner owns the transaction. */
function refuseTransactionControl(file: SqlFile): void {
  const tx = file.statements.find((s) => s.transaction);
  if (tx) {
    throw new CheckFailed(
      `${file.name}:${tx.line}:${tx.column}: ${tx.transaction} in a migration file: the runner runs each file in its own transaction with its ledger row (see docs/sql-conventions.md)`,
    );
  }
}

async function loadAll(paths: string[]): Promise<Map<string, SqlFile>> {
  const out = new Map<string, SqlFile>();
  for (const p of paths) out.set(p, await loadSqlFile(p));
  return out;
}

/** Applied files whose checksum changed: refused unless the user accepts them one by one. */
function findDrift(files: Migration[], ledger: LedgerRow[]): Array<{ m: Migration; row: LedgerRow }> {
  const byVersion = new Map(files.map((m) => [m.version, m]));
  const out: Array<{ m: Migration; row: LedgerRow }> = [];
  for (const row of ledger) {
    const m = byVersion.get(row.version);
    if (m && m.checksum !== row.checksum) out.push({ m, row });
  }
  return out;
}

/**
 * Ledger rows whose version is on disk under another name: not an amended file but another
 * project's folder (or a renumbered file). Accepting its checksum would write one migration's
 * checksum over another's row, so it is refused outright.
 */
function foreignRows(files: Migration[], ledger: LedgerRow[], project: Project): void {
  const byVersion = new Map(files.map((m) => [m.version, m]));
  const clash = ledger.filter((r) => byVersion.has(r.version) && byVersion.get(r.version)!.name !== r.name);
  if (!clash.length) return;
  const lines = clash.map((r) => `${r.version}: the ledger has ${r.version}_${r.name}, the folder has ${byVersion.get(r.version)!.stem}`);
  throw new CheckFailed(
    `these files are not project ${project.name}'s applied migrations:\n  ${lines.join('\n  ')}\n` +
      `this folder belongs to another project: name it in iu-core.config.json and use --project NAME (see docs/projects.md); nothing was changed`,
  );
}

export interface Amendment {
  version: string;
  name: string;
  oldChecksum: string;
  newChecksum: string;
  acceptedAt: string;
  acceptedBy: string;
  sessionUser: string;
  why: string;
}

/** Record that the ledger now accepts `m` as it is on disk (repair): the row's checksum and an amendment. */
async function amend(s: Queryable, project: Project, m: Migration, row: LedgerRow, why: string, log: (l: string) => void): Promise<Amendment> {
  const old = row.checksum;
  const [r] = await s.query<{ accepted_at: Date; accepted_by: string; session_user_name: string }>(LEDGER_ACCEPT_CHECKSUM, [project.name, m.version, m.checksum, old, why]);
  if (!r) throw new CheckFailed(`${project.name} ${m.stem}: its ledger row changed while this ran; nothing was amended, run it again`);
  row.checksum = m.checksum;
  log(`project ${project.name}: accepted the new checksum of ${m.stem}: was ${old.slice(0, 12)}…, now ${m.checksum.slice(0, 12)}… (by ${r.accepted_by}, session ${r.session_user_name}; why: ${why})`);
  return { version: m.version, name: m.name, oldChecksum: old, newChecksum: m.checksum, acceptedAt: new Date(r.accepted_at).toISOString(), acceptedBy: r.accepted_by, sessionUser: r.session_user_name, why };
}

const repairAdvice = (project: Project, versions: string[]) =>
  versions.map((v) => `iu-core migrate repair --project ${project.name} ${v} --why "…"`).join('; ');

async function settleDrift(s: Session, files: Migration[], ledger: LedgerRow[], opts: { project: Project; accept: string[]; why?: string }, log: (l: string) => void): Promise<void> {
  const { project, accept } = opts;
  foreignRows(files, ledger, project);
  const drift = findDrift(files, ledger);
  const driftVersions = new Set(drift.map((d) => d.m.version));
  for (const v of accept) {
    if (!driftVersions.has(v)) {
      const applied = ledger.some((r) => r.version === v);
      throw new UsageError(`--accept-checksum ${v}: ${applied ? `its checksum matches project ${project.name}'s ledger; nothing to accept` : `not applied in project ${project.name}; nothing to accept`}`);
    }
  }
  const refused = drift.filter((d) => !accept.includes(d.m.version));
  if (refused.length) {
    const lines = refused.map(
      (d) => `${d.m.stem}.sql changed after it was applied: ledger sha256 ${d.row.checksum}, file sha256 ${d.m.checksum}`,
    );
    throw new CheckFailed(
      `project ${project.name}: checksum drift refused:\n  ${lines.join('\n  ')}\nrestore the file, or record the amendment: ${repairAdvice(project, refused.map((d) => d.m.version))}`,
    );
  }
  if (drift.length && !opts.why?.trim()) throw new UsageError(`--accept-checksum records an amendment and needs --why TEXT saying why the file changed`);
  for (const d of drift) await amend(s, project, d.m, d.row, opts.why!.trim(), log);
}

/**
 * Statements sent without waiting for each other's answers (the driver pipelines them: one
 * wait instead of one per statement). All are awaited; the first failure, in order, is raised.
 * Never for a statement whose notices are wanted: each exec routes notices while it runs.
 */
async function together(...sent: Array<Promise<unknown>>): Promise<void> {
  const settled = await Promise.allSettled(sent);
  const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}

type LedgerChange = (ms: number) => Promise<unknown>;

/** Run one file in its own transaction together with its ledger change; returns its duration. */
async function runInTransaction(s: Session, file: SqlFile, ledgerChange: LedgerChange, onNotice?: (n: Notice) => void, lockWait = DEFAULT_LOCK_WAIT): Promise<number> {
  const started = performance.now();
  const attempt = async (run: () => Promise<void>) => {
    await together(s.exec('BEGIN'), s.query(SET_LOCK_WAIT, [lockWait, true]));
    await run();
  };
  try {
    // The whole file in one round trip, as one simple-protocol query inside the transaction.
    // Its notices are held back until it succeeds, so that a failure's second pass (below)
    // does not print them twice.
    const held: Notice[] = [];
    await attempt(async () => void (await s.exec(file.text, (n) => held.push(n))));
    for (const n of held) onNotice?.(n);
  } catch {
    // It failed: roll back and run it again statement by statement, which fails at the same
    // statement and names its file:line:column (a migration is deterministic DDL).
    await s.exec('ROLLBACK').catch(() => undefined);
    try {
      await attempt(() => runSqlFile(s, file, { onNotice }));
    } catch (located) {
      await s.exec('ROLLBACK').catch(() => undefined);
      throw located;
    }
  }
  try {
    const ms = Math.round(performance.now() - started);
    await ledgerChange(ms);
    await s.exec('COMMIT');
    return ms;
  } catch (e) {
    await s.exec('ROLLBACK').catch(() => undefined);
    throw e;
  }
}

/** A `-- iu-core: no-transaction` file: statement by statement; on failure, name any INVALID index left. */
async function runWithoutTransaction(s: Session, file: SqlFile, ledgerChange: LedgerChange, onNotice?: (n: Notice) => void, lockWait = DEFAULT_LOCK_WAIT): Promise<number> {
  const started = performance.now();
  try {
    await s.query(SET_LOCK_WAIT, [lockWait, false]);
    await runSqlFile(s, file, { onNotice });
  } catch (e) {
    const invalid = await s.query<{ index_name: string }>(INVALID_INDEXES).catch(() => []);
    if (invalid.length && e instanceof SqlExecError) {
      throw new CheckFailed(`${e.describe()}\n  INVALID index(es) left behind: ${invalid.map((r) => r.index_name).join(', ')} (drop and re-run)`);
    }
    throw e;
  }
  await s.query(SET_LOCK_WAIT, ['0', false]);
  const ms = Math.round(performance.now() - started);
  await ledgerChange(ms);
  return ms;
}

async function withLock<T>(db: Db, opts: RunnerOptions, fn: (s: Session) => Promise<T>): Promise<T> {
  return db.session(async (s) => {
    await acquireMigrateLock(s, opts.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS, () => opts.log?.('waiting for another migration runner to finish …'));
    try {
      return await fn(s);
    } finally {
      await releaseMigrateLock(s).catch(() => undefined);
    }
  });
}

export interface UpOptions extends RunnerOptions {
  to?: string;
  dryRun?: boolean;
  acceptChecksums?: string[];
  /** Why the accepted files changed: recorded with each amendment (required with acceptChecksums). */
  why?: string;
}

export interface UpReport {
  dryRun: boolean;
  applied: Step[];
  /** Dry run only: what the catalog would gain, lose or see redefined. */
  wouldChange?: CensusDiff;
  /** Dry run only: no-transaction migrations that cannot be rehearsed inside a transaction. */
  notRehearsed?: string[];
}

export async function migrateUp(db: Db, files: Migration[], opts: UpOptions = {}): Promise<UpReport> {
  const log = opts.log ?? (() => undefined);
  const project = projectOf(opts);
  const target = opts.to ?? files.at(-1)?.version ?? '000';
  if (opts.to && !files.some((m) => m.version === opts.to)) throw new UsageError(`--to ${opts.to}: no such migration in project ${project.name}`);
  return withLock(db, opts, async (s) => {
    if (!opts.dryRun) {
      await ensureLedger(s);
      await upsertProject(s, project);
    }
    const ledger = await readLedger(s, project.name);
    await settleDrift(s, files, ledger, { project, accept: opts.acceptChecksums ?? [], why: opts.why }, log);
    if (!opts.dryRun) await prepareFingerprints(s, project, ledger, log);
    const applied = new Set(ledger.map((r) => r.version));
    const pending = files.filter((m) => !applied.has(m.version) && m.version <= target);
    const newest = ledger.at(-1)?.version;
    const outOfOrder = pending.filter((m) => newest && m.version < newest);
    if (outOfOrder.length) {
      throw new CheckFailed(
        `${outOfOrder.map((m) => m.stem).join(', ')} is older than the newest applied migration ${newest}; renumber it after ${newest}`,
      );
    }
    const sources = await loadAll(pending.map((m) => m.path));
    for (const m of pending) refuseTransactionControl(sources.get(m.path)!);
    if (!pending.length) {
      log(`nothing to apply: up to date at ${newest ?? 'empty'}`);
      return { dryRun: !!opts.dryRun, applied: [] };
    }
    return opts.dryRun ? rehearse(s, pending, sources, opts) : apply(s, pending, sources, opts);
  });
}

/**
 * Install the fingerprint tables and function, and when none are recorded yet, record what
 * is live now as a baseline. When the ledger already has migrations (a database migrated
 * before fingerprints were recorded) say so: there is nothing to compare that baseline with.
 */
async function prepareFingerprints(s: Session, project: Project, ledger: LedgerRow[], log: (l: string) => void): Promise<void> {
  await ensureFingerprints(s);
  const recorded = await s.query(FINGERPRINTS_RECORDED, [project.name]);
  if (!recorded.length) {
    // On a new database this records what of the project's was there before its first
    // migration (its schema), so that a later change to it is drift too; never host objects.
    const n = await recordBaseline(s, project);
    if (ledger.length) log(`fingerprints: none recorded for project ${project.name}'s ${ledger.length} migration(s) applied before; recorded ${n} of its object(s) as they are now (a baseline: nothing to compare them with)`);
  }
}

async function apply(s: Session, pending: Migration[], sources: Map<string, SqlFile>, opts: UpOptions): Promise<UpReport> {
  const log = opts.log ?? (() => undefined);
  const project = projectOf(opts);
  const steps: Step[] = [];
  // Each migration records, in its own transaction, the objects it created or changed.
  let before: Fingerprint[] | null = await startFingerprints(s);
  for (const m of pending) {
    const file = sources.get(m.path)!;
    const run = m.noTransaction ? runWithoutTransaction : runInTransaction;
    const ledgerChange = async (ms: number) => {
      before = await recordApplied(s, { project: project.name, version: m.version, name: m.name, checksum: m.checksum, ms, rollbackChecksum: m.rollbackChecksum }, before);
    };
    const ms = await run(s, file, ledgerChange, noticesOf(opts, file), opts.lockWait);
    steps.push({ version: m.version, name: m.name, ms });
    log(`applied ${m.stem}${m.noTransaction ? ' (no transaction)' : ''} in ${ms} ms`);
  }
  return { dryRun: false, applied: steps };
}

/** Apply inside one transaction, measure what changed, roll it all back. */
async function rehearse(s: Session, pending: Migration[], sources: Map<string, SqlFile>, opts: UpOptions): Promise<UpReport> {
  const log = opts.log ?? (() => undefined);
  const steps: Step[] = [];
  const notRehearsed: string[] = [];
  await s.exec('BEGIN');
  try {
    const before = await catalogSnapshot(s);
    await ensureLedger(s);
    for (const m of pending) {
      if (m.noTransaction) {
        notRehearsed.push(m.stem);
        log(`would apply ${m.stem}: runs outside a transaction, so it cannot be rehearsed; stopping here`);
        break;
      }
      const file = sources.get(m.path)!;
      const started = performance.now();
      await runSqlFile(s, file, { onNotice: noticesOf(opts, file) });
      const ms = Math.round(performance.now() - started);
      steps.push({ version: m.version, name: m.name, ms });
      log(`would apply ${m.stem} (${ms} ms, rehearsed and rolled back)`);
    }
    const after = await catalogSnapshot(s);
    const wouldChange = diffCensus({ objects: before.filter(notMeta), rows: {} }, { objects: after.filter(notMeta), rows: {} });
    return { dryRun: true, applied: steps, wouldChange, notRehearsed };
  } finally {
    await s.exec('ROLLBACK').catch(() => undefined);
  }
}

const notMeta = (o: { name: string }) => !o.name.startsWith('iu_core_meta');

export interface DownOptions extends RunnerOptions {
  to?: string;
  steps?: number;
  acceptChecksums?: string[];
  why?: string;
}

function downTargets(files: Migration[], ledger: LedgerRow[], opts: DownOptions): Migration[] {
  const project = projectOf(opts);
  const byVersion = new Map(files.map((m) => [m.version, m]));
  const applied = [...ledger].sort((a, b) => b.version.localeCompare(a.version));
  const everything = opts.to !== undefined && /^0+$/.test(opts.to);
  let chosen: LedgerRow[];
  if (opts.to !== undefined) {
    if (!everything && !ledger.some((r) => r.version === opts.to)) throw new UsageError(`--to ${opts.to}: not an applied migration of project ${project.name} (${'0'.repeat(opts.to.length)} rolls back everything)`);
    chosen = applied.filter((r) => r.version > opts.to!);
  } else {
    chosen = applied.slice(0, opts.steps ?? 1);
  }
  const dir = displayName(project.migrationsDir);
  return chosen.map((r) => {
    const m = byVersion.get(r.version);
    if (!m) throw new CheckFailed(`${r.version}_${r.name} is applied but its files are gone; restore ${dir}/${r.version}_${r.name}.sql and its rollback`);
    if (m.rollbackChecksum === null) throw new CheckFailed(`${m.stem} has no rollback file (${displayName(m.rollbackPath)}; rollbacks are optional in project ${project.name}), so it cannot be rolled back; nothing was rolled back`);
    return m;
  });
}

export async function migrateDown(db: Db, files: Migration[], opts: DownOptions = {}): Promise<{ rolledBack: Step[] }> {
  const log = opts.log ?? (() => undefined);
  const project = projectOf(opts);
  return withLock(db, opts, async (s) => {
    const ledger = await readLedger(s, project.name);
    if (ledger.length || opts.acceptChecksums?.length) {
      await ensureLedger(s);
      await upsertProject(s, project);
    }
    await settleDrift(s, files, ledger, { project, accept: opts.acceptChecksums ?? [], why: opts.why }, log);
    const targets = downTargets(files, ledger, opts);
    if (!targets.length) {
      log('nothing to roll back');
      return { rolledBack: [] };
    }
    const sources = await loadAll(targets.map((m) => m.rollbackPath));
    for (const m of targets) refuseTransactionControl(sources.get(m.rollbackPath)!);
    // Rollback files may be amended after apply (a guard made stricter): said, not refused.
    for (const line of rollbackChanges(targets, ledger)) log(`warning: ${line}`);
    await prepareFingerprints(s, project, ledger, log);
    let before: Fingerprint[] | null = await startFingerprints(s);
    const steps: Step[] = [];
    for (const m of targets) {
      const file = sources.get(m.rollbackPath)!;
      const ledgerChange = async () => {
        before = await recordRolledBack(s, project.name, m.version, before);
      };
      const ms = await runInTransaction(s, file, ledgerChange, noticesOf(opts, file), opts.lockWait);
      steps.push({ version: m.version, name: m.name, ms });
      log(`rolled back ${m.stem} in ${ms} ms`);
    }
    return { rolledBack: steps };
  });
}

/**
 * migrate repair: the ledger accepts `version` as its file is now, and records the amendment
 * (who: current_user and session_user, when, old and new checksum, why). Only that project's row.
 */
export async function repairChecksum(db: Db, files: Migration[], opts: RunnerOptions & { version: string; why: string }): Promise<Amendment> {
  const project = projectOf(opts);
  const log = opts.log ?? (() => undefined);
  return withLock(db, opts, async (s) => {
    const ledger = await readLedger(s, project.name);
    foreignRows(files, ledger, project);
    const row = ledger.find((r) => r.version === opts.version);
    if (!row) throw new UsageError(`migrate repair: ${opts.version} is not applied in project ${project.name}; nothing to repair`);
    const m = files.find((f) => f.version === opts.version);
    if (!m) throw new CheckFailed(`migrate repair: ${row.version}_${row.name} is applied in project ${project.name} but its file is gone from ${displayName(project.migrationsDir)}; restore it first`);
    if (m.checksum === row.checksum) throw new UsageError(`migrate repair: ${m.stem}'s checksum matches project ${project.name}'s ledger; nothing to repair`);
    await ensureLedger(s);
    await upsertProject(s, project);
    await s.exec('BEGIN');
    try {
      const a = await amend(s, project, m, row, opts.why, log);
      await s.exec('COMMIT');
      return a;
    } catch (e) {
      await s.exec('ROLLBACK').catch(() => undefined);
      throw e;
    }
  });
}

export interface BaselineReport {
  project: string;
  recorded: Array<{ version: string; name: string }>;
  objects: number;
}

/**
 * migrate baseline: a database whose objects predate the ledger. Records ledger rows (marked
 * baseline: not run here) for the project's migrations up to `to`, and claims as the project's
 * the live objects matching its names or prefixes in its schemas. Refused when the project
 * already has ledger rows: then the ledger, not a baseline, is the record.
 */
export async function baselineProject(db: Db, files: Migration[], opts: RunnerOptions & { to?: string; why: string }): Promise<BaselineReport> {
  const project = projectOf(opts);
  const log = opts.log ?? (() => undefined);
  if (opts.to && !files.some((m) => m.version === opts.to)) throw new UsageError(`--to ${opts.to}: no such migration in project ${project.name}`);
  const targets = files.filter((m) => opts.to === undefined || m.version <= opts.to);
  if (!targets.length) throw new UsageError(`migrate baseline: project ${project.name} has no migrations in ${displayName(project.migrationsDir)} to record`);
  return withLock(db, opts, async (s) => {
    const ledger = await readLedger(s, project.name);
    if (ledger.length) {
      throw new CheckFailed(`migrate baseline: project ${project.name} already has ${ledger.length} ledger row(s) (newest ${ledger.at(-1)!.version}); a baseline is only for a database whose objects predate the ledger; nothing was changed`);
    }
    await ensureLedger(s);
    await ensureFingerprints(s);
    await s.exec('BEGIN');
    try {
      await upsertProject(s, project);
      for (const m of targets) await s.query(LEDGER_INSERT, [project.name, m.version, m.name, m.checksum, 0, m.rollbackChecksum, true, opts.why]);
      const objects = await recordBaseline(s, project);
      await s.exec('COMMIT');
      for (const m of targets) log(`recorded ${m.stem} as applied (baseline: not run)`);
      log(`project ${project.name}: ${targets.length} migration(s) recorded as a baseline up to ${targets.at(-1)!.version}; ${objects} live object(s) claimed as ${project.name}'s (its names and prefixes in schema ${project.schemas.join(', ')}); why: ${opts.why}`);
      return { project: project.name, recorded: targets.map((m) => ({ version: m.version, name: m.name })), objects };
    } catch (e) {
      await s.exec('ROLLBACK').catch(() => undefined);
      throw e;
    }
  });
}

export interface PlanStep {
  version: string;
  name: string;
  /** Null when the rollback would run; the REFUSED message when its guard would stop it. */
  refused: string | null;
  drops: string[];
  /** Row counts of the tables this step would drop. */
  droppedRows: Record<string, number>;
  otherChanges: string[];
}

/**
 * Preview `migrate down`: run the rollbacks inside one transaction that is rolled back,
 * reporting per step what it drops, how many rows those tables hold, and which guards
 * would refuse. A refused step is previewed as if forced, so the plan covers every step.
 */
export async function planDown(db: Db, files: Migration[], opts: DownOptions = {}): Promise<{ steps: PlanStep[] }> {
  const project = projectOf(opts);
  return withLock(db, opts, async (s) => {
    const ledger = await readLedger(s, project.name);
    foreignRows(files, ledger, project);
    const targets = downTargets(files, ledger, opts);
    const sources = await loadAll(targets.map((m) => m.rollbackPath));
    const steps: PlanStep[] = [];
    await s.exec('BEGIN');
    try {
      // A ledger from before projects is upgraded inside this transaction, and rolled back with it.
      await ensureLedger(s);
      for (const m of targets) {
        const file = sources.get(m.rollbackPath)!;
        const objects = await catalogSnapshot(s);
        const rows = await rowCounts(s);
        let refused: string | null = null;
        await s.exec('SAVEPOINT plan_step');
        try {
          await runSqlFile(s, file);
        } catch (e) {
          if (!(e instanceof SqlExecError) || !e.server.message.startsWith('REFUSED')) throw e;
          refused = e.server.message;
          await s.exec('ROLLBACK TO SAVEPOINT plan_step');
          await s.query(`SELECT set_config($1, 'true', true)`, [`iu_core.force_rollback_${m.version}`]);
          await runSqlFile(s, file);
        }
        const after = await catalogSnapshot(s);
        const diff = diffCensus({ objects, rows: {} }, { objects: after, rows: {} });
        const drops = diff.removed.filter((k) => !k.startsWith('column ') && !k.startsWith('constraint '));
        const droppedRows = Object.fromEntries(
          drops.filter((k) => k.startsWith('table ')).map((k) => {
            const t = k.slice('table '.length);
            return [t, rows[t] ?? 0];
          }),
        );
        steps.push({ version: m.version, name: m.name, refused, drops, droppedRows, otherChanges: [...diff.added.map((k) => `+ ${k}`), ...diff.changed.map((k) => `~ ${k}`)] });
        await s.query(LEDGER_DELETE, [project.name, m.version]);
      }
    } finally {
      await s.exec('ROLLBACK').catch(() => undefined);
    }
    return { steps };
  });
}

/** Rollback files that differ from the one recorded when their migration was applied. */
export function rollbackChanges(files: Migration[], ledger: LedgerRow[]): string[] {
  const byVersion = new Map(ledger.map((r) => [r.version, r]));
  return files.flatMap((m) => {
    const recorded = byVersion.get(m.version)?.rollback_checksum;
    return recorded && recorded !== m.rollbackChecksum
      ? [`rollback/${m.stem}.rollback.sql changed since ${m.stem} was applied: ledger sha256 ${recorded}, file sha256 ${m.rollbackChecksum}; it runs as it is now`]
      : [];
  });
}

export async function migrationStatus(q: Queryable, files: Migration[], project: string = builtin().name): Promise<StatusEntry[]> {
  const ledger = await readLedger(q, project);
  const byVersion = new Map(ledger.map((r) => [r.version, r]));
  const entries: StatusEntry[] = files.map((m) => {
    const row = byVersion.get(m.version);
    return {
      version: m.version,
      name: m.name,
      state: !row ? 'pending' : row.checksum === m.checksum ? 'applied' : 'drifted',
      appliedAt: row ? new Date(row.applied_at).toISOString() : null,
      appliedBy: row?.applied_by ?? null,
      fileChecksum: m.checksum,
      ledgerChecksum: row?.checksum ?? null,
      ledgerName: row && row.name !== m.name ? row.name : null,
      baseline: row?.baseline ?? false,
      rollbackChanged: !!row?.rollback_checksum && row.rollback_checksum !== m.rollbackChecksum,
    };
  });
  const onDisk = new Set(files.map((m) => m.version));
  for (const row of ledger) {
    if (!onDisk.has(row.version)) {
      entries.push({ version: row.version, name: row.name, state: 'missing', appliedAt: new Date(row.applied_at).toISOString(), appliedBy: row.applied_by, fileChecksum: null, ledgerChecksum: row.checksum, ledgerName: row.name, baseline: row.baseline, rollbackChanged: false });
    }
  }
  return entries.sort((a, b) => a.version.localeCompare(b.version));
}
