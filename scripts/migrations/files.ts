// Migration files on disk: which files are migrations (one rule), how they pair with their
// rollbacks, their checksums and what their headers declare.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CheckFailed, UsageError } from '../errors.ts';
import { displayName } from '../sqlfile.ts';

export const DEFAULT_MIGRATIONS_DIR = 'sql/iu-core';

/** The one rule for a migration file name. */
export const MIGRATION_FILE = /^(\d{3})_([a-z0-9]+(?:_[a-z0-9]+)*)\.sql$/;
export const ROLLBACK_FILE = /^(\d{3})_([a-z0-9]+(?:_[a-z0-9]+)*)\.rollback\.sql$/;
export const MIGRATION_RULE = 'a migration is NNN_snake_name.sql (three digits, lowercase snake_case) with rollback/NNN_snake_name.rollback.sql beside it';

export const CLASSES = ['table', 'view', 'function', 'trigger', 'config', 'event_type', 'route'] as const;
export type ConformanceClass = (typeof CLASSES)[number];
export type Delta = Record<ConformanceClass, number>;

export interface Migration {
  version: string;
  name: string;
  stem: string;
  path: string;
  rollbackPath: string;
  checksum: string;
  /** sha256 of the rollback file as it is now (recorded in the ledger when the migration is applied). */
  rollbackChecksum: string;
  /** Declared by the `-- Delta:` header line, or null when the file declares none. */
  delta: Delta | null;
  noTransaction: boolean;
}

export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The `-- Delta: table +1, view +2, …` header line, all seven classes. */
export function parseDelta(text: string, file: string): Delta | null {
  const m = /^--\s*Delta:\s*(.+)$/m.exec(text);
  if (!m) return null;
  const delta: Partial<Delta> = {};
  for (const part of m[1]!.split(',')) {
    const pm = /^\s*([a-z_]+)\s+([+-]?\d+)\s*$/.exec(part);
    if (!pm || !(CLASSES as readonly string[]).includes(pm[1]!)) {
      throw new CheckFailed(`${file}: bad Delta header part '${part.trim()}': expected '<class> +N' with class one of ${CLASSES.join(', ')}`);
    }
    delta[pm[1] as ConformanceClass] = Number(pm[2]);
  }
  const missing = CLASSES.filter((c) => delta[c] === undefined);
  if (missing.length) throw new CheckFailed(`${file}: Delta header omits ${missing.join(', ')} (list all seven classes)`);
  return delta as Delta;
}

export const NO_TRANSACTION = /^--\s*iu-core:\s*no-transaction\s*$/m;

/**
 * A name that looks meant as a migration or rollback but does not follow the rule (036_x.SQL,
 * 036_x.sql.bak, 36_x.sql, "036_x.sql "): refused by name, never skipped in silence.
 */
const nearMiss = (f: string) => /\.sql/i.test(f) || /^\d/.test(f);
const isFile = (p: string) => statSync(p, { throwIfNoEntry: false })?.isFile() ?? false;

/**
 * Every migration in `dir`, ordered, each paired with its rollback. A stray .sql name, a
 * duplicate number, a forward file without its rollback or a rollback without its forward
 * is refused here, before anything runs.
 */
export function listMigrations(dir: string = DEFAULT_MIGRATIONS_DIR): Migration[] {
  const abs = resolve(dir);
  if (!existsSync(abs)) throw new UsageError(`migrations folder ${dir} does not exist`);
  const rollbackDir = join(abs, 'rollback');
  const problems: string[] = [];
  const forward = new Map<string, string>();
  for (const f of readdirSync(abs).sort()) {
    if (!nearMiss(f) || !isFile(join(abs, f))) continue;
    const m = MIGRATION_FILE.exec(f);
    if (!m) {
      problems.push(`${displayName(join(abs, f))}: not a migration file name (${MIGRATION_RULE})`);
      continue;
    }
    const prev = forward.get(m[1]!);
    if (prev) problems.push(`${displayName(join(abs, f))}: number ${m[1]} is already used by ${prev}`);
    else forward.set(m[1]!, f);
  }
  const rollbacks = new Map<string, string>();
  if (existsSync(rollbackDir)) {
    for (const f of readdirSync(rollbackDir).sort()) {
      if (!nearMiss(f) || !isFile(join(rollbackDir, f))) continue;
      const m = ROLLBACK_FILE.exec(f);
      if (!m) {
        problems.push(`${displayName(join(rollbackDir, f))}: not a rollback file name (${MIGRATION_RULE})`);
        continue;
      }
      rollbacks.set(`${m[1]}_${m[2]}`, f);
      const fwd = `${m[1]}_${m[2]}.sql`;
      if (forward.get(m[1]!) !== fwd) problems.push(`${displayName(join(rollbackDir, f))}: rollback without its forward migration ${fwd}`);
    }
  }
  const out: Migration[] = [];
  for (const [version, f] of [...forward].sort(([a], [b]) => a.localeCompare(b))) {
    const stem = f.slice(0, -'.sql'.length);
    const path = join(abs, f);
    if (!rollbacks.has(stem)) {
      problems.push(`${displayName(path)}: no rollback file ${displayName(join(rollbackDir, `${stem}.rollback.sql`))}`);
      continue;
    }
    const text = readFileSync(path);
    const source = text.toString('utf8');
    out.push({
      version,
      name: stem.slice(4),
      stem,
      path,
      rollbackPath: join(rollbackDir, `${stem}.rollback.sql`),
      checksum: sha256(text),
      rollbackChecksum: sha256(readFileSync(join(rollbackDir, `${stem}.rollback.sql`))),
      delta: parseDeltaOrProblem(source, displayName(path), problems),
      noTransaction: NO_TRANSACTION.test(source),
    });
  }
  if (problems.length) throw new CheckFailed(`migration files refused:\n  ${problems.join('\n  ')}`);
  return out;
}

function parseDeltaOrProblem(text: string, file: string, problems: string[]): Delta | null {
  try {
    return parseDelta(text, file);
  } catch (e) {
    problems.push((e as Error).message);
    return null;
  }
}

/** Normalise a user's NNN (e.g. "33" or "033") to the three-digit version, or refuse. */
export function parseVersion(v: string, flag: string): string {
  if (!/^\d{1,3}$/.test(v)) throw new UsageError(`${flag} takes a migration number NNN; got '${v}'`);
  return v.padStart(3, '0');
}
