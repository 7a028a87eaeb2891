// The ledger in iu_core_meta: what was applied, with which checksum, by whom, how fast, on
// which server; and the session lock that lets only one runner work at a time.
import { setTimeout as sleep } from 'node:timers/promises';
import { CheckFailed } from '../errors.ts';
import { resolve } from 'node:path';
import {
  FINGERPRINT_CLEAR, FINGERPRINT_DDL, FINGERPRINT_DELETE, FINGERPRINT_FILE, FINGERPRINT_ROLLBACK_UPSERT, FINGERPRINT_UPSERT, FINGERPRINTS_LIVE,
  LEDGER_DDL, LEDGER_EXISTS, LEDGER_ROWS, MIGRATE_LOCK_RELEASE, MIGRATE_LOCK_TRY,
} from '../sql.ts';
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
}

export async function ensureLedger(s: Queryable): Promise<void> {
  for (const stmt of LEDGER_DDL) await s.query(stmt);
}

export async function readLedger(s: Queryable): Promise<LedgerRow[]> {
  const [exists] = await s.query<{ exists: boolean }>(LEDGER_EXISTS);
  if (!exists?.exists) return [];
  return s.query<LedgerRow>(LEDGER_ROWS);
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

/** The project whose objects the ledger records (issue 14 will key the ledger by project). */
export const PROJECT = 'iu-core';

export interface Fingerprint {
  object_class: string;
  object_name: string;
  sha256: string;
  definition: string | null;
}

export const fingerprintKey = (f: { object_class: string; object_name: string }) => `${f.object_class} ${f.object_name}`;

/** The fingerprint tables and the function that computes fingerprints (sql/runtime/130), installed or refreshed. */
export async function ensureFingerprints(s: Queryable): Promise<void> {
  for (const stmt of FINGERPRINT_DDL) await s.query(stmt);
  const file = await loadSqlFile(resolve(PACKAGE_ROOT, FINGERPRINT_FILE));
  for (const st of file.statements) await s.query(st.text);
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
 * Inside a migration's transaction: record what it created or changed as its own and forget
 * what it dropped. Returns the live set after it (the next migration's "before").
 */
export async function recordMigrationFingerprints(s: Queryable, version: string, before: Fingerprint[]): Promise<Fingerprint[]> {
  const after = await liveFingerprints(s, true);
  const { changed, removed } = fingerprintDelta(before, after);
  if (changed.length) await s.query(FINGERPRINT_UPSERT, [PROJECT, ...columns(changed), version, 'migration']);
  if (removed.length) await s.query(FINGERPRINT_DELETE, [PROJECT, removed.map((r) => r.object_class), removed.map((r) => r.object_name)]);
  return after;
}

/** Inside a rollback's transaction: what it changed goes back to the migration before; what it dropped is forgotten. */
export async function recordRollbackFingerprints(s: Queryable, version: string, before: Fingerprint[]): Promise<Fingerprint[]> {
  const after = await liveFingerprints(s, true);
  const { changed, removed } = fingerprintDelta(before, after);
  if (changed.length) await s.query(FINGERPRINT_ROLLBACK_UPSERT, [PROJECT, ...columns(changed), version]);
  if (removed.length) await s.query(FINGERPRINT_DELETE, [PROJECT, removed.map((r) => r.object_class), removed.map((r) => r.object_name)]);
  return after;
}

/** Record every live object as it is now (a database migrated before fingerprints, or on a new server major). */
export async function recordBaseline(s: Queryable): Promise<number> {
  const live = await liveFingerprints(s, true);
  await s.query(FINGERPRINT_CLEAR, [PROJECT]);
  if (live.length) await s.query(FINGERPRINT_UPSERT, [PROJECT, ...columns(live), null, 'baseline']);
  return live.length;
}
