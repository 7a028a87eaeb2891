// The ledger in iu_core_meta: what was applied, with which checksum, by whom, how fast, on
// which server; and the session lock that lets only one runner work at a time.
import { setTimeout as sleep } from 'node:timers/promises';
import { CheckFailed, serverError } from '../errors.ts';
import { resolve } from 'node:path';
import {
  FINGERPRINT_CHANGES, FINGERPRINT_CLEAR, FINGERPRINT_DDL, FINGERPRINT_DELETE, FINGERPRINT_FILE, FINGERPRINT_ROLLBACK_UPSERT, FINGERPRINT_UPSERT, FINGERPRINTS_LIVE,
  LEDGER_DDL, LEDGER_DELETE, LEDGER_DELETE_RECORDING_CHANGES, LEDGER_EXISTS, LEDGER_INSERT, LEDGER_INSERT_RECORDING_CHANGES, LEDGER_PROJECTS, LEDGER_ROWS, MIGRATE_LOCK_RELEASE, MIGRATE_LOCK_TRY, PROJECT_UPSERT,
} from '../sql.ts';
import { IU_CORE, type Project } from '../projects.ts';
import { loadSqlFile } from '../sqlfile.ts';
import { PACKAGE_ROOT } from '../paths.ts';
import type { Queryable } from '../db/types.ts';

export interface LedgerRow {
  version: string;
  name: string;
  checksum: string;
  applied_at: Date;
  applied_by: string;
  duration_ms: number;
  server_version: string;
  /** sha256 of the rollback file when the migration was applied; null in rows from before it was recorded. */
  rollback_checksum: string | null;
  /** Written by migrate baseline: the objects predate the ledger, the file never ran here. */
  baseline: boolean;
  /** Why, for a baseline row. */
  note: string | null;
}

// Each runs at every migrate: one round trip each, not one per statement.
export async function ensureLedger(s: Queryable): Promise<void> {
  await s.exec(LEDGER_DDL.join(';\n'));
}

/** One project's ledger rows (IU Core's by default), oldest version first. */
export async function readLedger(s: Queryable, project: string = IU_CORE): Promise<LedgerRow[]> {
  const [exists] = await s.query<{ exists: boolean }>(LEDGER_EXISTS);
  if (!exists?.exists) return [];
  return s.query<LedgerRow>(LEDGER_ROWS, [project]);
}

/** The projects that have ledger rows, with how many. */
export async function ledgerProjects(s: Queryable): Promise<Array<{ project: string; n: number }>> {
  const [exists] = await s.query<{ exists: boolean }>(LEDGER_EXISTS);
  if (!exists?.exists) return [];
  return s.query(LEDGER_PROJECTS);
}

/** Record the project's claims in iu_core_meta.project (read by SQL under plain psql). */
export async function upsertProject(s: Queryable, p: Project): Promise<void> {
  await s.query(PROJECT_UPSERT, [p.name, p.prefixes, p.names, p.schemas]);
}

/**
 * Take the runner lock, polling with pg_try_advisory_lock until `timeoutMs`. Calls
 * `onWait` once if another runner holds it, so the user knows why nothing happens.
 */
export async function acquireMigrateLock(s: Queryable, timeoutMs: number, onWait?: () => void): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let waited = false;
  for (;;) {
    const [r] = await s.query<{ locked: boolean }>(MIGRATE_LOCK_TRY);
    if (r?.locked) return;
    if (!waited) {
      waited = true;
      onWait?.();
    }
    if (Date.now() >= deadline) {
      throw new CheckFailed(`another migration runner has held the lock for over ${Math.round(timeoutMs / 1000)} s; try again later or raise --lock-timeout`);
    }
    await sleep(100 + Math.floor(Math.random() * 100));
  }
}

export async function releaseMigrateLock(s: Queryable): Promise<void> {
  await s.query(MIGRATE_LOCK_RELEASE);
}

// ---- Object fingerprints (issue 16) ----

/** IU Core, the project whose objects are recorded when no other is named. */
export const PROJECT = IU_CORE;

export interface Fingerprint {
  object_class: string;
  object_name: string;
  sha256: string;
  definition: string | null;
}

export const fingerprintKey = (f: { object_class: string; object_name: string }) => `${f.object_class} ${f.object_name}`;

/** The fingerprint tables and the function that computes fingerprints (sql/runtime/130), installed or refreshed. */
export async function ensureFingerprints(s: Queryable): Promise<void> {
  await s.exec(FINGERPRINT_DDL.join(';\n'));
  await s.exec((await loadSqlFile(resolve(PACKAGE_ROOT, FINGERPRINT_FILE))).text);
}

export function liveFingerprints(s: Queryable, withDefinitions = false): Promise<Fingerprint[]> {
  return s.query<Fingerprint>(FINGERPRINTS_LIVE, [withDefinitions]);
}

const columns = (fs: Fingerprint[]) => [fs.map((f) => f.object_class), fs.map((f) => f.object_name), fs.map((f) => f.sha256), fs.map((f) => f.definition ?? '')];

/** What changed between two fingerprint sets: added or redefined objects (from `after`), and removed keys. */
export function fingerprintDelta(before: Fingerprint[], after: Fingerprint[]): { changed: Fingerprint[]; removed: Array<{ object_class: string; object_name: string }> } {
  const was = new Map(before.map((f) => [fingerprintKey(f), f.sha256]));
  const now = new Set(after.map(fingerprintKey));
  return {
    changed: after.filter((f) => was.get(fingerprintKey(f)) !== f.sha256),
    removed: before.filter((f) => !now.has(fingerprintKey(f))),
  };
}

/**
 * Where a run's recording starts: the live set (read whole, `before` of the full method), or
 * null when the database tracks changes itself (sql/runtime/130: only the objects each
 * migration touched are read again). IU_CORE_FINGERPRINTS=full keeps the full method: the
 * oracle the incremental one is tested and benchmarked against. Without the TEMP privilege
 * (the tracking is kept in temporary tables) the full method is used.
 */
export async function startFingerprints(s: Queryable): Promise<Fingerprint[] | null> {
  if (process.env.IU_CORE_FINGERPRINTS !== 'full') {
    try {
      await s.query(FINGERPRINT_CHANGES, [true]);
      return null;
    } catch (e) {
      // No TEMP privilege (42501): the full method. Any other failure is a fault to see, not to route around.
      if (serverError(e)?.code !== '42501') throw e;
    }
  }
  return liveFingerprints(s);
}

/** What changed since `before`, read whole (the full method). */
async function changesSince(s: Queryable, before: Fingerprint[]) {
  const after = await liveFingerprints(s, true);
  return { ...fingerprintDelta(before, after), after };
}

/** A migration's ledger row. */
export interface AppliedRow {
  project: string;
  version: string;
  name: string;
  checksum: string;
  ms: number;
  rollbackChecksum: string | null;
}

/**
 * Inside a migration's transaction: its ledger row, and what it created or changed recorded
 * as its own, what it dropped forgotten. Incremental (`before` null): one statement, worked
 * out on the server. Returns the next migration's `before`.
 */
export async function recordApplied(s: Queryable, row: AppliedRow, before: Fingerprint[] | null): Promise<Fingerprint[] | null> {
  if (!before) {
    await s.query(LEDGER_INSERT_RECORDING_CHANGES, [row.project, row.version, row.name, row.checksum, row.ms, row.rollbackChecksum]);
    return null;
  }
  await s.query(LEDGER_INSERT, [row.project, row.version, row.name, row.checksum, row.ms, row.rollbackChecksum, false, null]);
  const { changed, removed, after } = await changesSince(s, before);
  if (changed.length) await s.query(FINGERPRINT_UPSERT, [row.project, ...columns(changed), row.version, 'migration']);
  if (removed.length) await s.query(FINGERPRINT_DELETE, [row.project, removed.map((r) => r.object_class), removed.map((r) => r.object_name)]);
  return after;
}

/**
 * Inside a rollback's transaction: its migration's ledger row deleted; what it changed goes
 * back to the migration before in each object's history, what it dropped is forgotten.
 */
export async function recordRolledBack(s: Queryable, project: string, version: string, before: Fingerprint[] | null): Promise<Fingerprint[] | null> {
  if (!before) {
    await s.query(LEDGER_DELETE_RECORDING_CHANGES, [project, version]);
    return null;
  }
  await s.query(LEDGER_DELETE, [project, version]);
  const { changed, removed, after } = await changesSince(s, before);
  if (changed.length) await s.query(FINGERPRINT_ROLLBACK_UPSERT, [project, ...columns(changed), version]);
  if (removed.length) await s.query(FINGERPRINT_DELETE, [project, removed.map((r) => r.object_class), removed.map((r) => r.object_name)]);
  return after;
}

/**
 * Record as the project's every live object it claims, as it is now (a database migrated
 * before fingerprints, on a new server major, or adopted by migrate baseline). Only objects
 * matching its names or prefixes in its schemas are claimed: never the host's. Without a
 * project (callers from before projects) it is IU Core.
 */
export async function recordBaseline(s: Queryable, project?: Project): Promise<number> {
  const live = (await liveFingerprints(s, true)).filter((f) => !project || claims(project, f));
  const name = project?.name ?? PROJECT;
  await s.query(FINGERPRINT_CLEAR, [name]);
  if (live.length) await s.query(FINGERPRINT_UPSERT, [name, ...columns(live), null, 'baseline']);
  return live.length;
}

/** IU Core's seeded rows (config keys, event types, routes) are fingerprinted too; they are its alone. */
const ROW_CLASSES = ['config', 'event_type', 'route'];

/**
 * Does `p` claim this fingerprinted object by name? Names are unqualified in schema public and
 * schema.name elsewhere; a trigger is table.trigger (judged by its table), a function
 * name(args), an index by its own name (which by convention starts with its table's).
 */
export function claims(p: Project, f: { object_class: string; object_name: string; definition?: string | null }): boolean {
  if (ROW_CLASSES.includes(f.object_class)) return p.builtin;
  // An index is its table's: its definition (CREATE INDEX … ON schema.table) names it.
  const on = f.object_class === 'index' && f.definition ? /\bON (?:ONLY )?(?:"?([^".\s]+)"?\.)?"?([^".\s]+)"? USING\b/.exec(f.definition) : null;
  if (on) return claims(p, { object_class: 'table', object_name: on[1] && on[1] !== 'public' ? `${on[1]}.${on[2]}` : on[2]! });
  if (f.object_class === 'schema') return p.schemas.includes(f.object_name);
  const bare = f.object_class === 'function' ? f.object_name.slice(0, f.object_name.indexOf('(') >>> 0) : f.object_name;
  const parts = bare.split('.');
  const qualified = f.object_class === 'trigger' ? parts.length === 3 : parts.length === 2;
  const schema = qualified ? parts[0]! : 'public';
  const base = qualified ? parts[1]! : parts[0]!;
  if (!p.schemas.includes(schema)) return false;
  if (!p.prefixes.length && !p.names.length) return true;
  if (p.prefixes.some((x) => base.startsWith(x)) || p.names.includes(base)) return true;
  // Without its definition, an index is judged by its name, which by convention starts with its table's.
  return f.object_class === 'index' && p.names.some((n) => base.startsWith(`${n}_`));
}
