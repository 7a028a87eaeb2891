// The ledger in iu_core_meta: what was applied, with which checksum, by whom, how fast, on
// which server; and the session lock that lets only one runner work at a time.
import { setTimeout as sleep } from 'node:timers/promises';
import { CheckFailed } from '../errors.ts';
import { LEDGER_DDL, LEDGER_EXISTS, LEDGER_ROWS, MIGRATE_LOCK_RELEASE, MIGRATE_LOCK_TRY } from '../sql.ts';
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
